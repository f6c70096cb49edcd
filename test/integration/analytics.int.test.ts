import { useSeededApi } from '../support/seededApi';
import type { Database } from '../../src/db/Database';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { miniVariant, replaceOnce } from '../support/seedVariants';
import { PSSDC_SEED_FILES } from '../support/testDatabase';

/**
 * Theme analytics over the 24 September 2020 PSSDC minutes. Expected figures are read off
 * seeds/minutes/2020-09-24-pssdc.yaml (the `themes` and `onBehalfOf` of its 41 statements) and the
 * BROADER links of seeds/themes.yaml.
 */
const MEETING = 'mtg-pssdc-2020-09-24';
const id = (n: string) => `${MEETING}-statement-${n}`;

const seeded = useSeededApi([], PSSDC_SEED_FILES);

interface Activity {
  representative: { __typename: string; id: string; name: string };
  statementCount: number;
  meetings: Array<{ id: string; date: string | null }>;
  speakers: Array<{ name: string }>;
  statements: Array<{
    id: string; text: string; speaker: { name: string }; meeting: { id: string };
    evidence: { quote: string; lineStart: number; lineEnd: number; source: { path: string } | null };
  }>;
}
interface Across { theme: { id: string }; themes: Array<{ id: string }>; totalStatements: number; unattributedStatements: number; representatives: Activity[] }

const ACROSS = `query($themeId: ID!, $includeNarrower: Boolean, $from: Date, $to: Date, $bodyId: ID) {
  themeAcrossMeetings(themeId: $themeId, includeNarrower: $includeNarrower, from: $from, to: $to, bodyId: $bodyId) {
    theme { id } themes { id } totalStatements unattributedStatements
    representatives {
      representative { __typename ... on Jurisdiction { id name } ... on Organization { id name } }
      statementCount meetings { id date } speakers { name }
      statements { id text speaker { name } meeting { id } evidence { quote lineStart lineEnd source { path } } }
    }
  } }`;

async function across(variables: Record<string, unknown>, db: Database = seeded.database): Promise<Across | null> {
  const result = await seeded.api.query<{ themeAcrossMeetings: Across | null }>(ACROSS, variables, db);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.themeAcrossMeetings;
}
const summary = (report: Across | null) => report?.representatives.map((r) => `${r.representative.id}:${r.statementCount}`);

describe('themeAcrossMeetings', () => {
  it('names who raised digital identity, for whom, at which meeting, and where it is written', async () => {
    const report = await across({ themeId: 'theme-digital-identity' });
    expect(report).toMatchObject({ theme: { id: 'theme-digital-identity' }, themes: [{ id: 'theme-digital-identity' }], totalStatements: 2, unattributedStatements: 0 });
    expect(summary(report)).toEqual(['CA-BC:1', 'CA-YT:1']);
    const bc = report!.representatives[0]!;
    expect(bc.representative).toEqual({ __typename: 'Jurisdiction', id: 'CA-BC', name: 'British Columbia' });
    expect(bc.meetings).toEqual([{ id: MEETING, date: '2020-09-24' }]);
    expect(bc.speakers).toEqual([{ name: 'Bev Dicks' }]);
    expect(bc.statements).toHaveLength(1);
    const statement = bc.statements[0]!;
    expect(statement).toMatchObject({ id: id('33'), speaker: { name: 'Bev Dicks' }, meeting: { id: MEETING } });
    expect(statement.evidence).toMatchObject({ lineStart: 741, lineEnd: 747, source: { path: 'sources/2020-09-24-cpssp-compte-rendu-des-decisions.fr.txt' } });
    expect(statement.evidence.quote).toContain('Identité numérique');
    expect(statement.text).toBe(statement.evidence.quote);
    const yukon = report!.representatives[1]!;
    expect(yukon.speakers).toEqual([{ name: 'Mark Burns' }]);
    expect(yukon.statements.map((s) => s.id)).toEqual([id('29')]);
  });

  it('counts statements tagged with a narrower theme only when includeNarrower is true', async () => {
    const withNarrower = await across({ themeId: 'theme-digital-transformation', includeNarrower: true });
    expect(withNarrower!.themes.map((t) => t.id)).toEqual([
      'theme-digital-transformation', 'theme-ai-in-service-delivery', 'theme-chatbots', 'theme-code-sharing', 'theme-cybersecurity', 'theme-digital-divide',
      'theme-digital-government-transformation', 'theme-digital-identity', 'theme-digital-risk', 'theme-digital-service-delivery',
      'theme-leadership-culture', 'theme-open-source', 'theme-open-source-community', 'theme-open-source-licensing', 'theme-open-source-policy',
      'theme-open-source-procurement', 'theme-open-source-skills', 'theme-open-source-tools', 'theme-open-standards', 'theme-privacy', 'theme-virtual-agents',
    ]);
    // Mark Burns's presentation of the next agendas (statement 42, lines 585-652) adds one for Yukon.
    expect(withNarrower!.totalStatements).toBe(13);
    expect(summary(withNarrower)).toEqual(['CA-YT:3', 'ca-gc-esdc:3', 'CA-BC:2', 'org-unic:2', 'ca-gc-isc:1', 'org-msdo:1', 'org-nafc:1']);
    // Statement 37 raises only leadership culture, narrower (twice removed) than digital transformation.
    const bc = withNarrower!.representatives.find((r) => r.representative.id === 'CA-BC')!;
    expect(bc.statements.map((s) => s.id)).toEqual([id('33'), id('37')]);
    expect(bc.speakers).toEqual([{ name: 'Bev Dicks' }]);

    const direct = await across({ themeId: 'theme-digital-transformation', includeNarrower: false });
    expect(direct!.themes.map((t) => t.id)).toEqual(['theme-digital-transformation']);
    expect(direct!.totalStatements).toBe(4);
    expect(summary(direct)).toEqual(['CA-YT:2', 'CA-BC:1', 'ca-gc-isc:1']);
  });

  it('includes narrower themes by default', async () => {
    expect((await across({ themeId: 'theme-indigenous-service-delivery' }))!.totalStatements).toBe(18);
    expect((await across({ themeId: 'theme-indigenous-service-delivery', includeNarrower: false }))!.totalStatements).toBe(5);
  });

  it('leaves out meetings outside the date range or of another body', async () => {
    const before2020 = await across({ themeId: 'theme-digital-identity', from: '2019-01-01', to: '2019-12-31' });
    expect(before2020).toMatchObject({ totalStatements: 0, unattributedStatements: 0, representatives: [] });
    expect(summary(await across({ themeId: 'theme-digital-identity', to: '2020-09-23' }))).toEqual([]);
    expect(summary(await across({ themeId: 'theme-digital-identity', from: '2020-09-24', to: '2020-09-24' }))).toEqual(['CA-BC:1', 'CA-YT:1']);
    expect(summary(await across({ themeId: 'theme-digital-identity', bodyId: 'body-pssdc' }))).toEqual(['CA-BC:1', 'CA-YT:1']);
    expect(summary(await across({ themeId: 'theme-digital-identity', bodyId: 'body-fpt-dm-table' }))).toEqual([]);
  });

  it('is null for an unknown theme or an id that is not a theme', async () => {
    expect(await across({ themeId: 'theme-nothing' })).toBeNull();
    expect(await across({ themeId: 'CA-BC' })).toBeNull();
  });

  it('refuses a range whose start is after its end, and malformed dates', async () => {
    const reversed = await seeded.api.query(ACROSS, { themeId: 'theme-digital-identity', from: '2021-01-01', to: '2020-01-01' });
    expect(reversed.errors?.[0]).toMatchObject({ message: 'from must not be after to, but got: from 2021-01-01, to 2020-01-01', extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
    const malformed = await seeded.api.query(ACROSS, { themeId: 'theme-digital-identity', from: '2020-02-30' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/\$from.*Date must be a calendar date written YYYY-MM-DD, but got: "2020-02-30"/);
    const literal = await seeded.api.query('{ themeAcrossMeetings(themeId: "theme-digital-identity", to: "24/09/2020") { totalStatements } }');
    expect(literal.errors?.[0]?.message).toBe('Argument "to": Expected value of type "Date", found "24/09/2020"; Date must be a calendar date written YYYY-MM-DD, but got: "24/09/2020"');
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers in a fixed number of round trips, however many statements it returns', async () => {
    // One query: the report carries the entities it names and what the selection follows below
    // them (speakers, meetings, evidence sources of the statements).
    const expected = ['// themeAcrossMeetings'];
    const started = performance.now();
    const small = await across({ themeId: 'theme-digital-identity' }, seeded.counting);
    const elapsed = performance.now() - started;
    expect(small!.totalStatements).toBe(2);
    expect(seeded.counting.reads).toEqual(expected);
    seeded.counting.reads.length = 0;
    const large = await across({ themeId: 'theme-client-centric-services' }, seeded.counting);
    expect(large!.totalStatements).toBe(16);
    expect(seeded.counting.reads).toEqual(expected);
    process.stdout.write(`themeAcrossMeetings (digital identity, full selection): ${elapsed.toFixed(0)} ms\n`);
  });
});

interface Profile {
  representative: { id: string };
  totalStatements: number;
  themes: Array<{ theme: { id: string }; count: number; perMeeting: Array<{ meeting: { id: string }; count: number }>; perYear: Array<{ year: number; count: number }> }>;
}
const PROFILE = `query($id: ID!, $from: Date, $to: Date) { jurisdictionThemes(representativeId: $id, from: $from, to: $to) {
  representative { ... on Jurisdiction { id } ... on Organization { id } } totalStatements
  themes { theme { id } count perMeeting { meeting { id } count } perYear { year count } }
} }`;
const profile = async (variables: Record<string, unknown>) => (await seeded.api.data<{ jurisdictionThemes: Profile | null }>(PROFILE, variables)).jurisdictionThemes;
const counts = (p: Profile | null) => p?.themes.map((t) => `${t.theme.id.replace('theme-', '')}:${t.count}`);

describe('jurisdictionThemes', () => {
  it('lists the themes British Columbia raised, with counts per meeting and per year', async () => {
    const bc = await profile({ id: 'CA-BC' });
    expect(bc!.representative).toEqual({ id: 'CA-BC' });
    expect(bc!.totalStatements).toBe(2);
    expect(counts(bc)).toEqual([
      'contact-centres:1', 'cop-governance:1', 'covid-19-response:1', 'digital-identity:1', 'digital-transformation:1',
      'leadership-culture:1', 'omnichannel-service-experience:1', 'user-experience:1',
    ]);
    const identity = bc!.themes.find((t) => t.theme.id === 'theme-digital-identity')!;
    expect(identity.perMeeting).toEqual([{ meeting: { id: MEETING }, count: 1 }]);
    expect(identity.perYear).toEqual([{ year: 2020, count: 1 }]);
  });

  it('sorts by count, most first, for Yukon and for an organization', async () => {
    const yukon = await profile({ id: 'CA-YT' });
    expect(yukon!.totalStatements).toBe(10);
    expect(yukon!.themes).toHaveLength(35);
    expect(counts(yukon)!.slice(0, 5)).toEqual([
      'client-centric-design:5', 'council-strategic-direction:4', 'client-centric-services:3', 'working-groups-and-cops:3', 'covid-19-response:2',
    ]);
    expect(yukon!.themes[0]!.perYear).toEqual([{ year: 2020, count: 5 }]);
    const unic = await profile({ id: 'org-unic' });
    // Statement 27 speaks for the national urban strategy group, not UNIC (lines 462-463).
    expect(unic!.totalStatements).toBe(8);
    expect(counts(unic)!.slice(0, 2)).toEqual(['funding-and-investment:5', 'urban-indigenous-service-delivery:5']);
  });

  it('is empty outside the range, and null for what is not a jurisdiction or organization', async () => {
    expect(await profile({ id: 'CA-BC', to: '2019-12-31' })).toEqual({ representative: { id: 'CA-BC' }, totalStatements: 0, themes: [] });
    expect(await profile({ id: 'person-bev-dicks' })).toBeNull();
    expect(await profile({ id: 'CA-XX' })).toBeNull();
  });
});

interface Matrix { themes: Array<{ id: string }>; representatives: Array<{ id: string }>; cells: Array<{ theme: { id: string }; representative: { id: string }; count: number }> }
const MATRIX = `query($themeIds: [ID!], $includeNarrower: Boolean, $from: Date, $to: Date, $bodyId: ID) {
  themeJurisdictionMatrix(themeIds: $themeIds, includeNarrower: $includeNarrower, from: $from, to: $to, bodyId: $bodyId) {
    themes { id } representatives { ... on Jurisdiction { id } ... on Organization { id } }
    cells { theme { id } representative { ... on Jurisdiction { id } ... on Organization { id } } count }
  } }`;
const matrix = async (variables: Record<string, unknown> = {}) => (await seeded.api.data<{ themeJurisdictionMatrix: Matrix }>(MATRIX, variables)).themeJurisdictionMatrix;
const cellsOf = (m: Matrix) => m.cells.map((c) => `${c.theme.id.replace('theme-', '')}|${c.representative.id}:${c.count}`);

describe('themeJurisdictionMatrix', () => {
  it('has one non-zero cell per theme and representative, axes ranked by their totals', async () => {
    const all = await matrix();
    expect(all.cells).toHaveLength(105);
    expect(all.themes).toHaveLength(49);
    expect(all.themes.slice(0, 4).map((t) => t.id)).toEqual([
      'theme-urban-indigenous-service-delivery', 'theme-covid-19-response', 'theme-client-centric-design', 'theme-funding-and-investment',
    ]);
    expect(all.representatives.map((r) => r.id)).toEqual(['CA-YT', 'org-unic', 'org-nafc', 'ca-gc-esdc', 'ca-gc-isc', 'CA-BC', 'org-msdo', 'CA-AB', 'CA-NS', 'org-nuis-group']);
    expect(cellsOf(all).filter((c) => c.startsWith('urban-indigenous-service-delivery|'))).toEqual([
      'urban-indigenous-service-delivery|ca-gc-esdc:1', 'urban-indigenous-service-delivery|ca-gc-isc:2',
      'urban-indigenous-service-delivery|org-nafc:1', 'urban-indigenous-service-delivery|org-nuis-group:1', 'urban-indigenous-service-delivery|org-unic:5',
    ]);
    expect(all.cells.every((c) => c.count > 0)).toBe(true);
  });

  it('rolls narrower themes into the requested rows only with includeNarrower', async () => {
    const themeIds = ['theme-indigenous-service-delivery', 'theme-digital-transformation'];
    const direct = await matrix({ themeIds });
    expect(cellsOf(direct)).toEqual([
      'digital-transformation|CA-BC:1', 'digital-transformation|CA-YT:2', 'digital-transformation|ca-gc-isc:1',
      'indigenous-service-delivery|CA-NS:1', 'indigenous-service-delivery|CA-YT:2', 'indigenous-service-delivery|ca-gc-isc:2',
    ]);
    const rolledUp = await matrix({ themeIds, includeNarrower: true });
    expect(rolledUp.themes.map((t) => t.id)).toEqual(['theme-indigenous-service-delivery', 'theme-digital-transformation']);
    expect(cellsOf(rolledUp)).toEqual([
      'digital-transformation|CA-BC:2', 'digital-transformation|CA-YT:3', 'digital-transformation|ca-gc-esdc:3', 'digital-transformation|ca-gc-isc:1',
      'digital-transformation|org-msdo:1', 'digital-transformation|org-nafc:1', 'digital-transformation|org-unic:2',
      'indigenous-service-delivery|CA-NS:1', 'indigenous-service-delivery|CA-YT:2', 'indigenous-service-delivery|ca-gc-esdc:1',
      'indigenous-service-delivery|ca-gc-isc:3', 'indigenous-service-delivery|org-nafc:3', 'indigenous-service-delivery|org-nuis-group:1',
      'indigenous-service-delivery|org-unic:7',
    ]);
  });

  it('keeps requested rows without statements, ignores unknown ids, and is empty before 2020', async () => {
    const empty = await matrix({ themeIds: ['theme-digital-identity', 'theme-nothing'], to: '2019-12-31' });
    expect(empty).toEqual({ themes: [{ id: 'theme-digital-identity' }], representatives: [], cells: [] });
    expect(await matrix({ bodyId: 'body-fpt-dm-table' })).toEqual({ themes: [], representatives: [], cells: [] });
  });
});

interface MeetingThemes { meeting: { id: string }; statementCount: number; themes: Array<{ theme: { id: string }; count: number }> }
const PER_MEETING = `query($bodyId: ID, $from: Date, $to: Date) { themesPerMeeting(bodyId: $bodyId, from: $from, to: $to) {
  meeting { id } statementCount themes { theme { id } count } } }`;
const perMeeting = async (variables: Record<string, unknown> = {}) => (await seeded.api.data<{ themesPerMeeting: MeetingThemes[] }>(PER_MEETING, variables)).themesPerMeeting;

describe('themesPerMeeting', () => {
  it('counts the themes raised at the meeting of 24 September 2020', async () => {
    const meetings = await perMeeting({ bodyId: 'body-pssdc' });
    expect(meetings.map((m) => m.meeting.id)).toEqual([MEETING]);
    const [meeting] = meetings;
    expect(meeting!.statementCount).toBe(39);
    expect(meeting!.themes).toHaveLength(49);
    expect(meeting!.themes.slice(0, 4).map((t) => `${t.theme.id}:${t.count}`)).toEqual([
      'theme-urban-indigenous-service-delivery:10', 'theme-covid-19-response:9', 'theme-client-centric-design:8', 'theme-funding-and-investment:7',
    ]);
    expect(await perMeeting({ from: '2020-09-25' })).toEqual([]);
  });
});

describe('with a second, later meeting', () => {
  // The mini fixture's 2021 meeting, edited: its theme becomes narrower than digital identity, and
  // Ada Tester speaks once for no one and once for British Columbia, both on digital identity.
  beforeAll(async () => {
    const extra = `
          - id: mtg-test-2021-03-01-statement-02
            speaker: person-ada-tester
            type: REMARK
            summary: { en: Digital identity matters. }
            themes: [theme-digital-identity]
            evidence: { quote: "Ada Tester (Testland) says digital identity matters for everyone.", lines: [9, 9] }
          - id: mtg-test-2021-03-01-statement-03
            speaker: person-ada-tester
            onBehalfOf: CA-BC
            type: REMARK
            summary: { en: Digital identity matters. }
            themes: [theme-digital-identity]
            evidence: { quote: "Ada Tester (Testland) says digital identity matters for everyone.", lines: [9, 9] }
`;
    const file = miniVariant((yaml) =>
      replaceOnce(yaml, 'label: { en: Test identity, fr: Identité test }\n', 'label: { en: Test identity, fr: Identité test }\n    broader: [theme-digital-identity]\n').trimEnd() + extra);
    await ingestFiles(seeded.database, [...PSSDC_SEED_FILES, file]);
  });

  it('orders meetings by date, keeps unattributed statements apart and counts narrower themes', async () => {
    const report = await across({ themeId: 'theme-digital-identity' });
    expect(report).toMatchObject({ totalStatements: 5, unattributedStatements: 1 });
    expect(summary(report)).toEqual(['CA-BC:2', 'CA-YT:1', 'ca-test-testland:1']);
    const bc = report!.representatives[0]!;
    expect(bc.meetings).toEqual([{ id: MEETING, date: '2020-09-24' }, { id: 'mtg-test-2021-03-01', date: '2021-03-01' }]);
    expect(bc.speakers).toEqual([{ name: 'Bev Dicks' }, { name: 'Ada Tester' }]);
    expect(bc.statements.map((s) => s.id)).toEqual([id('33'), 'mtg-test-2021-03-01-statement-03']);

    const direct = await across({ themeId: 'theme-digital-identity', includeNarrower: false });
    expect(direct).toMatchObject({ totalStatements: 4, unattributedStatements: 1 });
    expect(summary(direct)).toEqual(['CA-BC:2', 'CA-YT:1']);
    expect(summary(await across({ themeId: 'theme-digital-identity', from: '2021-01-01' }))).toEqual(['CA-BC:1', 'ca-test-testland:1']);
    expect(summary(await across({ themeId: 'theme-digital-identity', bodyId: 'body-pssdc' }))).toEqual(['CA-BC:1', 'CA-YT:1']);
  });

  it('splits a representative’s counts per meeting and per year', async () => {
    const bc = await profile({ id: 'CA-BC' });
    expect(bc!.totalStatements).toBe(3);
    expect(bc!.themes[0]).toEqual({
      theme: { id: 'theme-digital-identity' }, count: 2,
      perMeeting: [{ meeting: { id: MEETING }, count: 1 }, { meeting: { id: 'mtg-test-2021-03-01' }, count: 1 }],
      perYear: [{ year: 2020, count: 1 }, { year: 2021, count: 1 }],
    });
    expect((await profile({ id: 'CA-BC', from: '2021-01-01' }))!.themes).toEqual([{
      theme: { id: 'theme-digital-identity' }, count: 1, perMeeting: [{ meeting: { id: 'mtg-test-2021-03-01' }, count: 1 }], perYear: [{ year: 2021, count: 1 }],
    }]);
  });

  it('lists meetings in date order in themesPerMeeting and leaves unattributed statements out of the matrix', async () => {
    const meetings = await perMeeting();
    expect(meetings.map((m) => m.meeting.id)).toEqual([MEETING, 'mtg-test-2021-03-01']);
    expect(meetings[1]).toEqual({
      meeting: { id: 'mtg-test-2021-03-01' }, statementCount: 3,
      themes: [{ theme: { id: 'theme-digital-identity' }, count: 2 }, { theme: { id: 'theme-test-identity' }, count: 1 }],
    });
    const identity = await matrix({ themeIds: ['theme-digital-identity'], includeNarrower: true });
    expect(cellsOf(identity)).toEqual(['digital-identity|CA-BC:2', 'digital-identity|CA-YT:1', 'digital-identity|ca-test-testland:1']);
  });
});
