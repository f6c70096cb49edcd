import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkDraft } from '../../src/importer/evaluateCurated';
import { importMinutes } from '../../src/importer/importMinutes';
import { loadReference } from '../../src/importer/loadReference';
import { reviewList } from '../../src/importer/reviewList';
import { writeDraft } from '../../src/importer/DraftWriter';
import type { Draft } from '../../src/importer/types';

const FIXTURE = path.resolve(__dirname, '../fixtures/minutes/2021-03-03-pscioc-record-of-decisions-en.txt');
const MEETING = 'mtg-pscioc-2021-03-03';

let draft: Draft;

beforeAll(async () => {
  draft = importMinutes(await fs.readFile(FIXTURE), { sourcePath: path.basename(FIXTURE), reference: await loadReference() });
});

describe('importer: an English record of decisions', () => {
  it('reads the meeting metadata and guesses the language', () => {
    expect(draft.language).toBe('en');
    expect(draft.sourceId).toBe('src-2021-03-03-pscioc-rod-en');
    expect(draft.meeting).toMatchObject({ id: MEETING, body: 'body-pscioc', date: '2021-03-03', modality: 'VIRTUAL', endTime: '15:10 EST' });
  });

  it('reads the attendance lists with roles and resolved affiliations', () => {
    const rows = draft.attendance.map((a) => [a.person, a.role, a.onBehalfOf, a.listed]);
    expect(rows).toEqual([
      ['person-alex-tremblay', 'CO_CHAIR', 'ca-gc-tbs', true],
      ['person-jordan-whitfield', 'CO_CHAIR', 'CA-AB', true],
      ['person-priya-raman', 'MEMBER', 'CA-BC', true],
      ['person-hugh-macleod', 'MEMBER', 'CA-NS', true],
      ['person-sylvie-gagnon', 'MEMBER', 'CA-QC', true],
      ['person-tom-okafor', 'MEMBER', 'ca-gc-cra', true],
      ['person-nadia-haddad', 'OBSERVER', 'CA-ON', true],
      ['person-robin-ellis', 'SECRETARIAT', 'org-isac', true],
      ['person-priya-raman', 'PRESENTER', 'CA-BC', true],
      ['person-mei-lin', 'SPEAKER', 'org-service-nova-scotia', false],
    ]);
  });

  it('reads the agenda, two decisions and two action items, one completed', () => {
    expect(draft.items.map((i) => [i.id, i.title.en])).toEqual([
      [`${MEETING}-item-1`, 'ADMINISTRATIVE MATTERS'],
      [`${MEETING}-item-1a`, 'Approval of the record of decisions of the PSCIOC meeting of November 18, 2020'],
      [`${MEETING}-item-1b`, 'Approval of the agenda of the PSCIOC meeting of March 3, 2021'],
      [`${MEETING}-item-2`, 'Digital identity pilots in the provinces'],
      [`${MEETING}-item-3`, 'Other business'],
    ]);
    const decisions = draft.items.flatMap((i) => i.decisions.map((d) => [i.number, d.id, d.text.en]));
    expect(decisions).toEqual([
      ['1.A', `${MEETING}-decision-1`, 'The record of decisions of the PSCIOC meeting of November 18, 2020 is approved.'],
      ['1.B', `${MEETING}-decision-2`, 'The agenda of the March 3, 2021 PSCIOC meeting is approved.'],
    ]);
    const [completed, open] = draft.items.flatMap((i) => i.actionItems);
    expect(completed).toMatchObject({
      id: `${MEETING}-action-1`, owners: ['org-isac'], status: 'COMPLETED', completedOn: '2021-03-10', completedBy: ['person-robin-ellis'],
      completionNote: { en: 'Action item completed: Robin Ellis sent the report on March 10, 2021' }, evidence: { lines: [66, 74] },
    });
    expect(open).toMatchObject({ id: `${MEETING}-action-2`, owners: ['body-pscioc'], status: 'OPEN', due: { text: { en: 'spring of 2021' }, by: '2021-06-20' } });
  });

  it('attributes statements to speakers and items, with types, affiliations and themes', () => {
    const rows = draft.items.flatMap((i) => i.statements.map((s) => [i.number, s.speaker, s.onBehalfOf, s.type, s.evidence.lines]));
    expect(rows).toEqual([
      ['1', 'person-alex-tremblay', 'ca-gc-tbs', 'REMARK', [34, 34]],
      ['1', 'person-jordan-whitfield', 'CA-AB', 'REMARK', [34, 34]],
      ['2', 'person-priya-raman', 'CA-BC', 'PRESENTATION', [59, 61]],
      ['2', 'person-mei-lin', 'org-service-nova-scotia', 'REMARK', [63, 64]],
      ['2', 'person-hugh-macleod', 'CA-NS', 'QUESTION', [79, 79]],
      ['2', 'person-priya-raman', 'CA-BC', 'ANSWER', [81, 81]],
      ['2', 'person-tom-okafor', 'ca-gc-cra', 'REMARK', [83, 84]],
      ['3', 'person-jordan-whitfield', 'CA-AB', 'REMARK', [93, 93]],
    ]);
    const presentation = draft.items[3]?.statements[0];
    expect(presentation?.themes).toEqual(expect.arrayContaining(['theme-digital-identity', 'theme-wait-time-reduction', 'theme-privacy']));
  });

  it('flags the unlisted speaker and the inferred roles for review', () => {
    const review = reviewList(draft);
    expect(review).toEqual(expect.arrayContaining([
      expect.stringMatching(/^attendance person-mei-lin SPEAKER .*on no attendance list/),
      expect.stringMatching(/^attendance person-priya-raman PRESENTER .*briefing tab/),
      expect.stringMatching(/^attendance person-robin-ellis SECRETARIAT .*list heading/),
    ]));
  });

  it('writes a draft that passes the seed checks, with review comments', async () => {
    const yaml = writeDraft(draft);
    expect(yaml).toContain('# REVIEW: speaks but is on no attendance list');
    expect(await checkDraft(yaml, path.dirname(FIXTURE))).toEqual([]);
  });
});
