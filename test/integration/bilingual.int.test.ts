import { useSeededApi } from '../support/seededApi';

/**
 * A meeting minuted in English and in French is one meeting with two source documents, asked of the
 * whole of seeds/ through the API. Expected passages are read from the minutes themselves:
 * en/Meetings/<date>.md and fr/Rencontres/<date>.md of the OSAB archive.
 */
const seeded = useSeededApi();

/* eslint-disable @typescript-eslint/no-explicit-any */
const ask = (query: string) => seeded.api.data<any>(query);
const PASSAGE = 'quote lineStart lineEnd language source { id path }';

it('one meeting, two source documents: the English minutes first, then the French version', async () => {
  const data = await ask(`{ meeting(id: "mtg-osab-2018-10-17") { source { id } sources { id language path } } }`);
  expect(data.meeting.source).toEqual({ id: 'src-osab-2018-10-17-en' });
  expect(data.meeting.sources).toEqual([
    { id: 'src-osab-2018-10-17-en', language: 'EN', path: '../../sources/osab/en/Meetings/2018-10-17.md' },
    { id: 'src-osab-2018-10-17-fr', language: 'FR', path: '../../sources/osab/fr/Rencontres/2018-10-17.md' },
  ]);
});

it('`lang` picks the quote: an attendance written in both lists (TBS in English, SCT in French)', async () => {
  const data = await ask(`{ meeting(id: "mtg-osab-2018-10-17") { attendance { person { id }
    own: evidence { ${PASSAGE} } fr: evidence(lang: FR) { ${PASSAGE} } en: evidence(lang: EN) { quote } evidences { quote language } } } }`);
  const ashley = data.meeting.attendance.find((a: any) => a.person.id === 'person-ashley-casovan');
  // en/Meetings/2018-10-17.md:22 and fr/Rencontres/2018-10-17.md:24.
  expect(ashley.own).toEqual({ quote: '* Ashley Casovan, TBS', lineStart: 22, lineEnd: 22, language: 'EN', source: { id: 'src-osab-2018-10-17-en', path: '../../sources/osab/en/Meetings/2018-10-17.md' } });
  expect(ashley.fr).toEqual({ quote: '* Ashley Casovan, SCT', lineStart: 24, lineEnd: 24, language: 'FR', source: { id: 'src-osab-2018-10-17-fr', path: '../../sources/osab/fr/Rencontres/2018-10-17.md' } });
  expect(ashley.en.quote).toBe('* Ashley Casovan, TBS');
  expect(ashley.evidences).toEqual([{ quote: '* Ashley Casovan, TBS', language: 'EN' }, { quote: '* Ashley Casovan, SCT', language: 'FR' }]);
  // Every attendance of that meeting is in both lists.
  expect(data.meeting.attendance.every((a: any) => a.evidences.length === 2)).toBe(true);
});

it('a statement\'s speaker named in full in French, by first name in English', async () => {
  const data = await ask(`{ statement(id: "mtg-osab-2018-12-19-statement-01") { speaker { name } evidence(lang: FR) { quote lineStart language } evidences { language } } }`);
  expect(data.statement.speaker.name).toBe('Elizabeth Rhodenizer');
  // fr/Rencontres/2018-12-19 .md:67 opens "* Elizabeth Rhodenizer : Est d’accord de prioriser le répertoire interne".
  expect(data.statement.evidence).toMatchObject({ lineStart: 67, language: 'FR' });
  expect(data.statement.evidence.quote).toMatch(/^\* Elizabeth Rhodenizer : Est d’accord de prioriser le répertoire interne/);
  expect(data.statement.evidences.map((e: any) => e.language)).toEqual(['EN', 'FR']);
});

it('a fact in the English minutes only: one passage, and `lang: FR` falls back to the English one', async () => {
  // en/Meetings/2018-04-18.md has "Chris to share notes"; the French discussion list has no such line.
  const data = await ask(`{ actionItem(id: "mtg-osab-2018-04-18-action-8") { evidences { language } evidence(lang: FR) { quote language } } }`);
  expect(data.actionItem.evidences).toEqual([{ language: 'EN' }]);
  expect(data.actionItem.evidence.language).toBe('EN');
  expect(data.actionItem.evidence.quote).toMatch(/Chris/);
});

it('a fact in the French minutes only: an action of the meeting whose only passage is French', async () => {
  // fr/Rencontres/2018-07-18.md:100-101 "Peut-on consulter les recommandations hors ligne? / Nous publierons le lien sur GitHub."
  const data = await ask(`{ meeting(id: "mtg-osab-2018-07-18") { actionItems { id owners { ... on Body { id } } evidences { quote lineStart language } basis } } }`);
  const frenchOnly = data.meeting.actionItems.filter((a: any) => a.evidences.every((e: any) => e.language === 'FR'));
  expect(frenchOnly).toEqual([{
    id: 'mtg-osab-2018-07-18-action-fr-1', owners: [{ id: 'body-osab' }], basis: 'INFERRED',
    evidences: [{ quote: '* Peut-on consulter les recommandations hors ligne? * Nous publierons le lien sur GitHub.', lineStart: 100, language: 'FR' }],
  }]);
});

it('the 26 French versions are source documents of the meetings their English minutes record', async () => {
  const data = await ask(`{ sourceDocuments(first: 100) { nodes { language meeting { id sources { language } } } } }`);
  const french = data.sourceDocuments.nodes.filter((s: any) => s.language === 'FR' && s.meeting?.id.startsWith('mtg-osab'));
  expect(french).toHaveLength(26);
  expect(french.every((s: any) => s.meeting.sources.map((v: any) => v.language).join() === 'EN,FR')).toBe(true);
});

it('a bilingual meeting\'s reports on earlier actions are quoted in both versions', async () => {
  const data = await ask('{ meeting(id: "mtg-osab-2018-06-20") { actionUpdates { id evidences { language } evidence(lang: FR) { source { id } } } } }');
  expect(data.meeting.actionUpdates.length).toBeGreaterThan(0);
  for (const update of data.meeting.actionUpdates) {
    expect({ id: update.id, languages: update.evidences.map((e: any) => e.language) }).toEqual({ id: update.id, languages: ['EN', 'FR'] });
    expect(update.evidence.source.id).toBe('src-osab-2018-06-20-fr');
  }
});

it('search finds a record by the words of its French passage, which its English text does not have', async () => {
  // fr/Rencontres/2018-05-16.md:76 "… pratiques exemplaires et leçons tirées"; the English action says "lessons learned".
  const data = await ask(`{ fr: search(query: "leçons tirées", kinds: [ACTION_ITEM], first: 10) { nodes { entity { ... on ActionItem { id } } } }
    en: search(query: "lessons learned DevExchange", kinds: [ACTION_ITEM], first: 10) { nodes { entity { ... on ActionItem { id } } } } }`);
  expect(data.fr.nodes.map((hit: any) => hit.entity.id)).toContain('mtg-osab-2018-05-16-action-4');
  expect(data.en.nodes.map((hit: any) => hit.entity.id)).toContain('mtg-osab-2018-05-16-action-4');
});
