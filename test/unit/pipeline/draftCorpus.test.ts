import path from 'node:path';
import { extractStages } from '../../../src/importer/pipeline';
import { importFile } from '../../../src/importer/pipeline/importFile';
import type { SeedDocument } from '../../../src/ingest/SeedDocument';

/** Drafting one meeting of a corpus whose bodies and people the reference data already holds. */
const reference: SeedDocument[] = [{
  format: 'council-graph/v1',
  bodies: [{ id: 'body-osab-rules-wg', type: 'WorkingGroup', name: { en: 'Rules Working Group' }, status: 'ACTIVE' }],
  people: [{ id: 'person-daniel-buijs', name: 'Daniel Buijs', aliases: ['Dan Buijs'] }],
}];

// OSAB Rules WG, 2018-11-19: the minutes never name their body; the user knows it.
const MINUTES = [
  '## Meeting Minutes November 19, 2018',
  '## Action items:',
  '* Identify possible scenarios of using existing OSS',
  '  * Dan Buijs and Jim Cowie will help with this',
];

async function draft(body?: string) {
  return importFile({ name: 'minutes.md', bytes: Buffer.from(`${MINUTES.join('\n')}\n`) }, extractStages, {
    reference, draftPath: path.join(process.cwd(), 'draft.yaml'), language: 'en', body,
  });
}

describe('drafting a meeting of a known corpus', () => {
  it('files the meeting under the body the user names, and refers to known people without defining them again', async () => {
    const { draft: d, yaml } = await draft('body-osab-rules-wg');
    expect(d.meeting).toMatchObject({ id: 'mtg-osab-rules-wg-2018-11-19', body: 'body-osab-rules-wg' });
    const [action] = d.items.flatMap((i) => i.actionItems);
    expect(action?.owners).toEqual(['person-daniel-buijs', 'person-jim-cowie']);
    expect(yaml).not.toMatch(/id: person-daniel-buijs/);
    expect(yaml).toMatch(/id: person-jim-cowie/);
  });

  it('writes a record\'s text without its list marker and keeps the marker in the verbatim evidence', async () => {
    const { draft: d } = await draft('body-osab-rules-wg');
    const [action] = d.items.flatMap((i) => i.actionItems);
    expect(action?.text.en).toMatch(/^Identify possible scenarios/);
    expect(action?.evidence.quote).toMatch(/^\* Identify possible scenarios/);
  });

  it('refuses a body the reference data does not hold, naming it', async () => {
    await expect(draft('body-nowhere')).rejects.toThrow(/--body body-nowhere: no body of the reference data/);
  });

  it('takes the date from the file name when the minutes state none, as inferred', async () => {
    const minutes = ['# Attendees', '* Daniel Buijs, Health Canada', '## Action items', '* Members to send their use cases'];
    const { draft: d, yaml } = await importFile({ name: '2018-06-13.md', bytes: Buffer.from(`${minutes.join('\n')}\n`) }, extractStages, {
      reference, draftPath: path.join(process.cwd(), 'draft.yaml'), language: 'en', body: 'body-osab-rules-wg',
    });
    expect(d.meeting).toMatchObject({ id: 'mtg-osab-rules-wg-2018-06-13', date: '2018-06-13', inferred: [{ field: 'date' }] });
    expect(yaml).toMatch(/inferred: \[\{ field: date, reason: "The minutes state no full date; it is taken from the file name \(2018-06-13.md\)." \}\]/);
    // "Members" owns it as a whole: the body whose minutes these are.
    expect(d.items.flatMap((i) => i.actionItems)[0]?.owners).toEqual(['body-osab-rules-wg']);
  });

  it('quotes the header and each heading, and keeps the number a heading prints out of its title', async () => {
    const minutes = ['# Open Source Advisory Board', 'October 17, 2018, 9am-10:30am', '', '## 4. Update: Tools Working Group', '* Tools working group to look at the top 5 use cases'];
    const { draft: d } = await importFile({ name: 'minutes.md', bytes: Buffer.from(`${minutes.join('\n')}\n`) }, extractStages, {
      reference, draftPath: path.join(process.cwd(), 'draft.yaml'), language: 'en', body: 'body-osab-rules-wg',
    });
    expect(d.meeting.evidence).toEqual({ quote: '# Open Source Advisory Board October 17, 2018, 9am-10:30am', lines: [1, 2] });
    expect(d.items[0]).toMatchObject({ number: '4', title: { en: 'Update: Tools Working Group' }, evidence: { quote: '## 4. Update: Tools Working Group', lines: [4, 4] } });
  });

  it('summarizes what the speaker said, without the list marker or the name label, and drops a label with no words', async () => {
    const minutes = ['## Meeting Minutes November 19, 2018', '## Attendees', '* Reg Maltais, SSC', '* Adam Peck, Yoppworks', '## Roundtable',
      '* Reg: PostgreSQL vs extensions. Still looking at options.', '* Adam:'];
    const { draft: d } = await importFile({ name: 'minutes.md', bytes: Buffer.from(`${minutes.join('\n')}\n`) }, extractStages, {
      reference, draftPath: path.join(process.cwd(), 'draft.yaml'), language: 'en', body: 'body-osab-rules-wg',
    });
    const statements = d.items.flatMap((i) => i.statements);
    expect(statements.map((st) => [st.speaker, st.summary.en, st.type])).toEqual([['person-reg-maltais', 'PostgreSQL vs extensions.', 'REMARK']]);
  });
});
