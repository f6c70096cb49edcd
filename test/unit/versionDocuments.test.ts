import { createHash } from 'node:crypto';
import { buildPlan } from '../../src/ingest/buildPlan';
import { checkSeedText } from '../../src/ingest/readSeedFile';
import type { SeedDocument } from '../../src/ingest/SeedDocument';

/** Version documents (a meeting's minutes in a second language) and later meetings' reports on earlier actions. */
const FRENCH = '# Réunion\nLe 17 octobre 2018\n* Ashley Casovan, SCT\n* Nous publierons le lien sur GitHub.\n';
const ENGLISH = '# Meeting\nOctober 17, 2018\n* Ashley Casovan, TBS\n* Roadmap was circulated\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const check = (yaml: string, text = FRENCH) =>
  checkSeedText('doc.yaml', Buffer.from(`format: council-graph/v1\n${yaml}`), async () => Buffer.from(text));

const source = (records = '  records: mtg-a\n', text = FRENCH) =>
  `source:\n  id: src-a-fr\n  path: a.md\n  sha256: ${sha(text)}\n  language: fr\n  kind: RECORD_OF_DECISIONS\n  title: { fr: Réunion }\n${records}`;

const problems = async (yaml: string, text?: string) => (await check(yaml, text)).context.problems.map((p) => `${p.path}: ${p.message}`);

describe('a version document', () => {
  it('gives each record another SOURCED_FROM, to its own source, with the passage', async () => {
    const seed = await check(`${source()}evidence:\n  - { record: mtg-a-att-ashley-casovan-member, quote: "* Ashley Casovan, SCT", lines: [3, 3] }\n`);
    expect(seed.context.problems).toEqual([]);
    const plan = buildPlan(seed.document as SeedDocument, 'src-a-fr');
    expect(plan.relationships.get('SOURCED_FROM')).toEqual([{
      from: 'mtg-a-att-ashley-casovan-member', to: 'src-a-fr', props: { document: 'src-a-fr', quote: '* Ashley Casovan, SCT', lineStart: 3, lineEnd: 3 },
    }]);
    expect(seed.context.references).toContainEqual(expect.objectContaining({ id: 'mtg-a-att-ashley-casovan-member', kinds: expect.arrayContaining(['Attendance']) }));
  });

  it('checks each passage against its own source and names the entry', async () => {
    expect(await problems(`${source()}evidence:\n  - { record: mtg-a, quote: "October 17, 2018", lines: [2, 2] }\n`))
      .toEqual([expect.stringMatching(/^evidence\[0\]\.quote: quote not found in the source at lines 2-2/)]);
  });

  it('needs the meeting its source records', async () => {
    expect(await problems(`${source('')}evidence:\n  - { record: mtg-a, quote: "Le 17 octobre 2018", lines: [2, 2] }\n`))
      .toEqual([expect.stringMatching(/^evidence: records of a meeting another document holds need `source.records`/)]);
  });

  it('writes a record only its version says under the other document\'s agenda item, after that item\'s own', async () => {
    const seed = await check(`${source()}additions:
  - agendaItem: mtg-a-item-1
    actionItems:
      - { id: mtg-a-action-fr-1, number: fr-1, text: { en: Post the link }, owners: [body-a], status: OPEN,
          evidence: { quote: "Nous publierons le lien", lines: [4, 4] } }
`);
    expect(seed.context.problems).toEqual([]);
    const plan = buildPlan(seed.document as SeedDocument, 'src-a-fr');
    expect(plan.relationships.get('HAS_ACTION')).toEqual([{ from: 'mtg-a-item-1', to: 'mtg-a-action-fr-1', props: { document: 'src-a-fr' } }]);
    expect(plan.nodes.get('ActionItem')?.[0]?.props).toMatchObject({ position: 1001, quote: 'Nous publierons le lien', document: 'src-a-fr' });
  });
});

describe('a later meeting\'s report on an earlier action', () => {
  const meeting = (updates: string) => `${source('  records: mtg-b\n', ENGLISH).replace('language: fr', 'language: en').replace('src-a-fr', 'src-b-en')}meetings:
  - id: mtg-b
    bodies: [body-a]
    title: { en: Meeting }
    status: PASSED
    actionUpdates:
${updates}`;
  const update = (id: string, action: string) =>
    `      - { id: ${id}, action: ${action}, status: COMPLETED, evidence: { quote: "Roadmap was circulated", lines: [4, 4] }, inferred: [{ field: action, reason: same task }] }\n`;

  it('is an ActionUpdate of that action, reported at this meeting, with its passage and basis', async () => {
    const seed = await check(meeting(update('mtg-b-update-1', 'mtg-a-action-3')), ENGLISH);
    expect(seed.context.problems).toEqual([]);
    const plan = buildPlan(seed.document as SeedDocument, 'src-b-en');
    expect(plan.nodes.get('ActionUpdate')?.[0]?.props).toMatchObject({ status: 'COMPLETED', basis: 'INFERRED', inferredFields: ['action'], quote: 'Roadmap was circulated' });
    expect(plan.relationships.get('UPDATES')?.map((r) => [r.from, r.to])).toEqual([['mtg-b-update-1', 'mtg-a-action-3']]);
    expect(plan.relationships.get('REPORTED_AT')?.map((r) => [r.from, r.to])).toEqual([['mtg-b-update-1', 'mtg-b']]);
  });

  it('is given once per action and meeting (carried-over counts meetings)', async () => {
    expect(await problems(meeting(update('mtg-b-update-1', 'mtg-a-action-3') + update('mtg-b-update-2', 'mtg-a-action-3')), ENGLISH))
      .toEqual(['meetings[0].actionUpdates[1].action: mtg-a-action-3 is already reported on at meetings[0].actionUpdates[0]: one report per action and meeting']);
  });

  it('rejects a status outside the list, naming the field', async () => {
    const bad = update('mtg-b-update-1', 'mtg-a-action-3').replace('COMPLETED', 'DONE');
    expect(await problems(meeting(bad), ENGLISH)).toEqual([expect.stringMatching(/^meetings\[0\]\.actionUpdates\[0\]\.status: expected one of OPEN, IN_PROGRESS/)]);
  });
});
