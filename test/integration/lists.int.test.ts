import { useSeededApi } from '../support/seededApi';
import { DEFAULT_LIMITS } from '../../src/plugins/limits';
import { LISTS as LIST_QUERIES } from '../../src/repositories/ListRepository';
import { TestApi } from '../support/graphql';
import { graphDigest, PSSDC_SEED_FILES } from '../support/testDatabase';

/** Typed lookups and the filtered, sorted, paginated lists, on the seed data. */
const MEETING = 'mtg-pssdc-2020-09-24';
const INJECTION = "x' }) MATCH (n) DETACH DELETE n //";

/** Every list of the API; each takes `filter`, `sort`, `first` and `after`. */
const LISTS = [
  'people', 'jurisdictions', 'organizations', 'bodies', 'councils', 'communitiesOfPractice', 'workingGroups', 'committees',
  'meetings', 'agendaItems', 'decisions', 'actionItems', 'statements', 'themes', 'sourceDocuments',
] as const;

const seeded = useSeededApi([], PSSDC_SEED_FILES);

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
  nodes: Array<{ id: string }>;
}

const CONNECTION_FIELDS = 'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id }';

/** One page of `list`; `args` is GraphQL argument text such as `filter: {kind: PROVINCE}`. */
async function page(list: string, args = '', variables: Record<string, unknown> = {}, declarations = ''): Promise<Connection> {
  const data = await seeded.api.data<Record<string, Connection>>(
    `query${declarations ? `(${declarations})` : ''} { list: ${list}${args ? `(${args})` : ''} { ${CONNECTION_FIELDS} } }`, variables);
  const result = data.list;
  if (!result) throw new Error(`no ${list}`);
  return result;
}

/** Total count and ids of the whole list (at most 100 items). */
async function ids(list: string, args = ''): Promise<{ totalCount: number; ids: string[] }> {
  const result = await page(list, args ? `${args}, first: 100` : 'first: 100');
  expect(result.pageInfo.hasNextPage).toBe(false);
  return { totalCount: result.totalCount, ids: result.nodes.map((node) => node.id) };
}

function codeOf(result: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown {
  return result.errors?.[0]?.extensions?.code;
}

/** The filter input type of a list, with the named type of each of its fields. */
async function filterFieldsOf(list: string): Promise<Array<{ name: string; scalar: string | null }>> {
  const query = await seeded.api.data<{ __type: { fields: Array<{ name: string; args: Array<{ name: string; type: { name: string } }> }> } }>(
    '{ __type(name: "Query") { fields { name args { name type { name } } } } }');
  const filterType = query.__type.fields.find((field) => field.name === list)?.args.find((arg) => arg.name === 'filter')?.type.name;
  if (!filterType) throw new Error(`${list} has no filter`);
  const input = await seeded.api.data<{ __type: { inputFields: Array<{ name: string; type: { name: string | null; ofType: { name: string | null } | null } }> } }>(
    `{ __type(name: "${filterType}") { inputFields { name type { name ofType { name } } } } }`);
  return input.__type.inputFields.map((field) => ({ name: field.name, scalar: field.type.name ?? field.type.ofType?.name ?? null }));
}

async function count(list: string, filter: string): Promise<number> {
  return (await page(list, `filter: ${filter}`)).totalCount;
}

describe('lookups', () => {
  it.each([
    ['jurisdiction', 'CA-ON', 'person-bev-dicks'],
    ['organization', 'org-isac', 'CA-ON'],
    ['body', 'body-pssdc', 'org-isac'],
    ['council', 'body-pssdc', 'body-fpt-dm-table'],
    ['communityOfPractice', 'body-contact-centre-cop', 'body-pssdc'],
    ['workingGroup', 'body-jc-client-centric-services-wg', 'body-jc-client-centric-design-cop'],
    ['committee', 'body-fpt-dm-table', 'body-joint-councils'],
    ['membership', 'ms-catherine-bennett-pssdc-co-chair', `${MEETING}-att-bev-dicks-member`],
    ['agendaItem', `${MEETING}-item-3`, MEETING],
    ['decision', `${MEETING}-decision-1`, `${MEETING}-action-1`],
    ['actionItem', `${MEETING}-action-2a`, `${MEETING}-decision-2`],
    ['statement', `${MEETING}-statement-33`, `${MEETING}-item-3`],
    ['theme', 'theme-digital-identity', 'body-pssdc'],
    ['sourceDocument', 'src-2020-09-24-pssdc-rod-fr', MEETING],
  ])('%s(id) finds %s, and is null for %s (another type) and for an unknown id', async (field, own, foreign) => {
    const query = `query($id: ID!) { typed: ${field}(id: $id) { id } any: node(id: $id) { id } }`;
    expect(await seeded.api.data(query, { id: own })).toEqual({ typed: { id: own }, any: { id: own } });
    expect(await seeded.api.data(query, { id: foreign })).toEqual({ typed: null, any: { id: foreign } });
    expect(await seeded.api.data(query, { id: 'no-such-id' })).toEqual({ typed: null, any: null });
  });
});

describe('people', () => {
  it('lists everyone by name', async () => {
    const data = await seeded.api.data<{ people: { totalCount: number; nodes: Array<{ name: string }> } }>('{ people(first: 100) { totalCount nodes { name } } }');
    expect(data.people.totalCount).toBe(63);
    const names = data.people.nodes.map((person) => person.name);
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    expect(names.slice(0, 3)).toEqual(['Adriana Poveda', 'Aeda Naami', 'Alan Doody']);
  });

  it('answers "who represented Ontario, in what role"', async () => {
    const data = await seeded.api.data<{ people: { totalCount: number; nodes: Array<{ name: string; attendance: Array<{ role: string; onBehalfOf: { id: string } }> }> } }>(`{
      people(filter: {jurisdictionId: "CA-ON"}, first: 10) { totalCount nodes { name attendance { role onBehalfOf { ... on Jurisdiction { id } ... on Organization { id } } } } } }`);
    // Six list Ontario itself (lines 26, 49, 51, 64, 65, 69); three sit for MSDO from an Ontario
    // municipality (lines 19, 21, 36: Waterloo, Norfolk, Peel).
    expect(data.people.totalCount).toBe(9);
    expect(data.people.nodes.map((p) => `${p.name}:${p.attendance.map((a) => `${a.role}/${a.onBehalfOf.id}`).join()}`)).toEqual([
      'Aeda Naami:OBSERVER/CA-ON', 'Dafna Carr:OBSERVER/CA-ON', 'Dawn Pilgrim:OBSERVER/CA-ON',
      'Deb Bergey:MEMBER/org-msdo,PRESENTER/org-msdo', 'Louise Simos:OBSERVER/CA-ON', 'Renee Nand:MEMBER/org-msdo',
      'Shelley Darlington:MEMBER/org-msdo', 'Susan Erwin:MEMBER/CA-ON', 'Tareq Al-Shumari:OBSERVER/CA-ON',
    ]);
  });

  it('filters on each attendance condition, and on all of them together', async () => {
    // Canada, its departments and provinces, and municipalities spoken for through MSDO.
    expect(await count('people', '{jurisdictionId: "CA"}')).toBe(56);
    expect(await count('people', '{role: MEMBER}')).toBe(28); // lines 17-45; Jackie Stankey (line 748) is on no list
    expect(await count('people', '{role: MEMBER, listed: false}')).toBe(0);
    expect(await count('people', '{listed: false}')).toBe(6);
    expect(await count('people', '{jurisdictionId: "CA-ON", role: OBSERVER}')).toBe(5);
    expect((await ids('people', 'filter: {jurisdictionId: "CA-YT", role: PRESENTER}')).ids).toEqual(['person-mark-burns']);
    expect(await count('people', '{bodyId: "body-pssdc"}')).toBe(63);
    expect(await count('people', '{bodyId: "body-pscioc"}')).toBe(0);
    expect(await count('people', `{meetingId: "${MEETING}"}`)).toBe(63);
    expect(await count('people', '{meetingId: "mtg-pssdc-2020-09-03"}')).toBe(0);
  });

  it('finds names containing a text, ignoring case', async () => {
    expect((await ids('people', 'filter: {nameContains: "DICKS"}')).ids).toEqual(['person-bev-dicks']);
    expect((await ids('people', 'filter: {nameContains: "mark", role: CO_CHAIR}')).ids).toEqual(['person-mark-burns']);
  });
});

describe('jurisdictions and organizations', () => {
  it('filters by kind', async () => {
    // seeds/reference.yaml: Canada, 13 provinces and territories, 19 departments (9 in the PSSDC record, 10 more in the OSAB's), 5 municipalities.
    expect(await count('jurisdictions', '{}')).toBe(38);
    expect(await count('jurisdictions', '{kind: PROVINCE}')).toBe(10);
    expect(await count('jurisdictions', '{kind: FEDERAL_DEPARTMENT}')).toBe(19);
    expect(await count('jurisdictions', '{kind: MUNICIPALITY}')).toBe(5);
    expect(await count('organizations', '{}')).toBe(12);
    expect((await ids('organizations', 'filter: {kind: INDIGENOUS_ORGANIZATION}')).ids)
      .toEqual(['org-friendship-centres', 'org-halifax-friendship-centre', 'org-nafc', 'org-unic', 'org-whitehorse-friendship-centre']);
  });

  it('sorts by English name in either direction', async () => {
    expect((await ids('jurisdictions', 'filter: {kind: TERRITORY}')).ids).toEqual(['CA-NT', 'CA-NU', 'CA-YT']);
    expect((await ids('jurisdictions', 'filter: {kind: TERRITORY}, sort: {field: NAME, direction: DESC}')).ids).toEqual(['CA-YT', 'CA-NU', 'CA-NT']);
  });
});

describe('bodies', () => {
  it('filters by kind, status and parent', async () => {
    expect(await count('bodies', '{}')).toBe(8);
    expect((await ids('councils')).ids).toEqual(['body-joint-councils', 'body-pscioc', 'body-pssdc']);
    expect((await ids('bodies', 'filter: {kind: COUNCIL}')).ids).toEqual(['body-joint-councils', 'body-pscioc', 'body-pssdc']);
    expect((await ids('communitiesOfPractice')).ids).toEqual(['body-contact-centre-cop', 'body-jc-client-centric-design-cop']);
    expect((await ids('workingGroups')).ids).toEqual(['body-jc-client-centric-services-wg']);
    expect((await ids('committees')).ids).toEqual(['body-fpt-dm-table', 'body-jc-research-committee']);
    expect(await count('bodies', '{partOfId: "body-joint-councils"}')).toBe(5);
    expect(await count('bodies', '{kind: COMMITTEE, status: ACTIVE}')).toBe(2);
    expect((await ids('communitiesOfPractice', 'filter: {status: PROPOSED}')).ids).toEqual(['body-jc-client-centric-design-cop']);
    expect((await ids('councils', 'filter: {partOfId: "body-joint-councils"}')).ids).toEqual(['body-pscioc', 'body-pssdc']);
    expect(await count('workingGroups', '{status: ACTIVE}')).toBe(0);
  });

  it('lists the decisions and follow-up actions of meetings of a body', async () => {
    const data = await seeded.api.data<{ pssdc: { decisions: Array<{ id: string }>; open: Array<{ id: string }>; all: Array<{ status: string }>; none: unknown[] }; pscioc: { decisions: unknown[]; actionItems: unknown[] } }>(`{
      pssdc: body(id: "body-pssdc") {
        decisions { id } open: actionItems(status: [OPEN, IN_PROGRESS]) { id } all: actionItems { status } none: actionItems(status: []) { id }
      }
      pscioc: body(id: "body-pscioc") { decisions { id } actionItems { id } }
    }`);
    expect(data.pssdc.decisions.map((d) => d.id)).toEqual([`${MEETING}-decision-1`, `${MEETING}-decision-2`, `${MEETING}-decision-3`]);
    expect(data.pssdc.open).toHaveLength(8);
    expect(data.pssdc.all.map((a) => a.status).sort()).toEqual(['COMPLETED', ...Array(8).fill('OPEN')]);
    expect(data.pssdc.none).toEqual([]);
    expect(data.pscioc).toEqual({ decisions: [], actionItems: [] });
  });
});

describe('meetings', () => {
  it('lists the meetings of the PSSDC in 2020, most recent first', async () => {
    expect(await ids('meetings', 'filter: {bodyId: "body-pssdc", from: "2020-01-01", to: "2020-12-31"}'))
      .toEqual({ totalCount: 3, ids: ['mtg-pssdc-2020-09-24', 'mtg-pssdc-2020-09-03', 'mtg-pssdc-2020-02-26'] });
  });

  it('filters by status and by one date bound, and keeps undated meetings last in both directions', async () => {
    expect((await ids('meetings', 'filter: {status: TENTATIVE}')).ids).toEqual(['mtg-pssdc-2021-02-25']);
    expect((await ids('meetings', 'filter: {from: "2020-09-24"}')).ids).toEqual(['mtg-pssdc-2021-02-25', 'mtg-pssdc-2020-09-24']);
    expect(await count('meetings', '{bodyId: "body-fpt-dm-table"}')).toBe(1);
    expect((await ids('meetings')).ids).toEqual([
      'mtg-pssdc-2021-02-25', 'mtg-pssdc-2020-09-24', 'mtg-pssdc-2020-09-03', 'mtg-fpt-dm-table-2020-07-15', 'mtg-pssdc-2020-02-26', 'mtg-pssdc-winnipeg',
    ]);
    expect((await ids('meetings', 'sort: {field: DATE, direction: ASC}')).ids).toEqual([
      'mtg-pssdc-2020-02-26', 'mtg-fpt-dm-table-2020-07-15', 'mtg-pssdc-2020-09-03', 'mtg-pssdc-2020-09-24', 'mtg-pssdc-2021-02-25', 'mtg-pssdc-winnipeg',
    ]);
  });
});

describe('agenda items and decisions', () => {
  it('lists agenda items in agenda order, by meeting and by theme (narrower themes included unless asked not to)', async () => {
    const all = await ids('agendaItems', `filter: {meetingId: "${MEETING}"}`);
    expect(all.ids.map((id) => id.replace(`${MEETING}-item-`, ''))).toEqual(['1', '1a', '1b', '1c', '1d', '1e', '2', '3', '4', '5']);
    expect(await count('agendaItems', '{}')).toBe(10);
    expect((await ids('agendaItems', 'filter: {themeId: "theme-council-governance"}')).ids.map((id) => id.replace(`${MEETING}-item-`, '')))
      .toEqual(['1', '1a', '1b', '1c', '1d', '1e', '3']);
    expect(await count('agendaItems', '{themeId: "theme-council-governance", includeNarrower: false}')).toBe(4);
  });

  it('filters decisions by meeting, body and date', async () => {
    expect((await ids('decisions', `filter: {meetingId: "${MEETING}"}`)).ids).toEqual([`${MEETING}-decision-1`, `${MEETING}-decision-2`, `${MEETING}-decision-3`]);
    expect(await count('decisions', '{bodyId: "body-pssdc", from: "2020-09-24", to: "2020-09-24"}')).toBe(3);
    expect(await count('decisions', '{bodyId: "body-pscioc"}')).toBe(0);
    expect(await count('decisions', '{from: "2020-09-25"}')).toBe(0);
  });
});

describe('action items', () => {
  it('answers "which action items are still open?"', async () => {
    expect(await count('actionItems', '{status: [OPEN, IN_PROGRESS]}')).toBe(8);
    expect((await ids('actionItems', 'filter: {status: [COMPLETED]}')).ids).toEqual([`${MEETING}-action-1`]);
    expect(await count('actionItems', '{status: []}')).toBe(0);
    expect(await count('actionItems', '{}')).toBe(9);
  });

  it('filters by owner of any kind, by body, by meeting and by date', async () => {
    expect((await ids('actionItems', 'filter: {ownerId: "org-isac"}')).ids).toEqual([`${MEETING}-action-1`]);
    expect((await ids('actionItems', 'filter: {ownerId: "person-catherine-bennett"}')).ids)
      .toEqual(['2a', '2c', '3'].map((n) => `${MEETING}-action-${n}`));
    expect(await count('actionItems', '{ownerId: "body-pssdc"}')).toBe(5);
    expect(await count('actionItems', '{ownerId: "body-pssdc", status: [COMPLETED]}')).toBe(0);
    expect(await count('actionItems', '{bodyId: "body-pssdc"}')).toBe(9);
    expect(await count('actionItems', `{meetingId: "${MEETING}", from: "2020-09-01", to: "2020-09-30"}`)).toBe(9);
    expect(await count('actionItems', '{to: "2020-09-23"}')).toBe(0);
  });

  it('sorts open ones first, by due date (none last) or by meeting date', async () => {
    const numbers = async (args: string) => (await ids('actionItems', args)).ids.map((id) => id.replace(`${MEETING}-action-`, ''));
    expect(await numbers('')).toEqual(['2a', '2b', '2c', '2d', '2e', '2f', '3', '4', '1']);
    expect(await numbers('sort: {field: STATUS, direction: DESC}')).toEqual(['1', '2a', '2b', '2c', '2d', '2e', '2f', '3', '4']);
    expect(await numbers('sort: {field: DUE_BY}')).toEqual(['4', '1', '2a', '2b', '2c', '2d', '2e', '2f', '3']);
    expect(await numbers('sort: {field: DUE_BY, direction: DESC}')).toEqual(['4', '1', '2a', '2b', '2c', '2d', '2e', '2f', '3']);
    expect(await numbers('sort: {field: MEETING_DATE}')).toEqual(['1', '2a', '2b', '2c', '2d', '2e', '2f', '3', '4']);
  });
});

describe('statements', () => {
  it('finds who raised digital identity (and narrower themes), with the jurisdiction they spoke for', async () => {
    const data = await seeded.api.data<{ statements: { totalCount: number; nodes: Array<{ id: string; speaker: { name: string }; onBehalfOf: { id: string } }> } }>(`{
      statements(filter: {themeId: "theme-digital-identity"}) { totalCount nodes { id speaker { name } onBehalfOf { ... on Jurisdiction { id } } } } }`);
    expect(data.statements.totalCount).toBe(2);
    expect(data.statements.nodes.map((s) => `${s.speaker.name}:${s.onBehalfOf.id}`)).toEqual(['Mark Burns:CA-YT', 'Bev Dicks:CA-BC']);
    expect(await count('statements', '{themeId: "theme-digital-identity", includeNarrower: false}')).toBe(2);
  });

  it('includes statements raising narrower themes, transitively, unless includeNarrower is false', async () => {
    expect(await count('statements', '{themeId: "theme-digital-transformation"}')).toBe(13);
    expect(await count('statements', '{themeId: "theme-digital-transformation", includeNarrower: false}')).toBe(4);
  });

  it('filters by jurisdiction (and what is part of it), speaker, meeting and date', async () => {
    expect(await count('statements', '{}')).toBe(43);
    expect(await count('statements', '{jurisdictionId: "CA-YT"}')).toBe(10);
    expect(await count('statements', '{jurisdictionId: "CA"}')).toBe(28);
    // Discussion and presentation split the statements between them.
    const presented = await count('statements', '{types: [PRESENTATION]}');
    expect(presented).toBeGreaterThan(0);
    expect(presented + await count('statements', '{types: [REMARK, QUESTION, ANSWER]}')).toBe(43);
    expect(await count('statements', '{jurisdictionId: "org-unic"}')).toBe(0); // an organization is not a jurisdiction
    expect(await count('statements', '{speakerId: "person-bev-dicks"}')).toBe(2);
    expect(await count('statements', '{themeId: "theme-digital-identity", jurisdictionId: "CA-BC"}')).toBe(1);
    expect(await count('statements', `{meetingId: "${MEETING}", bodyId: "body-pssdc", from: "2020-09-24", to: "2020-09-24"}`)).toBe(43);
    expect(await count('statements', '{from: "2021-01-01"}')).toBe(0);
  });
});

describe('themes and source documents', () => {
  it('filters themes by kind and broader theme, sorted by label', async () => {
    expect(await count('themes', '{}')).toBe(59); // seeds/themes.yaml: 50 from the PSSDC record, 9 for the OSAB's subjects
    expect(await count('themes', '{kind: PRIORITY_AREA}')).toBe(5);
    const data = await seeded.api.data<{ themes: { nodes: Array<{ id: string; label: string }> } }>(
      '{ themes(filter: {broaderId: "theme-digital-transformation"}) { nodes { id label } } }');
    expect(data.themes.nodes.map((theme) => theme.id)).toEqual([
      'theme-ai-in-service-delivery', 'theme-digital-government-transformation', 'theme-digital-service-delivery', 'theme-digital-identity', 'theme-digital-risk',
    ]);
    const labels = data.themes.nodes.map((theme) => theme.label.toLowerCase());
    expect(labels).toEqual([...labels].sort());
  });

  it('lists source documents by kind and meeting', async () => {
    expect((await ids('sourceDocuments')).ids).toEqual(['src-2020-09-24-pssdc-rod-fr']);
    expect(await count('sourceDocuments', `{kind: RECORD_OF_DECISIONS, meetingId: "${MEETING}"}`)).toBe(1);
    expect(await count('sourceDocuments', '{kind: AGENDA}')).toBe(0);
    expect(await count('sourceDocuments', '{meetingId: "mtg-pssdc-2020-09-03"}')).toBe(0);
  });
});

describe('sorting and pagination of every list', () => {
  it.each(LISTS)('%s: sorts by id in both directions', async (list) => {
    const ascending = (await ids(list, 'sort: {field: ID}')).ids;
    expect(ascending.length).toBeGreaterThan(0);
    expect(ascending).toEqual([...ascending].sort());
    expect((await ids(list, 'sort: {field: ID, direction: DESC}')).ids).toEqual([...ascending].reverse());
  });

  it.each(LISTS)('%s: walks page by page with after, with no duplicates or gaps', async (list) => {
    const whole = await ids(list);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Connection = await page(list, 'first: $first, after: $after', { first: 4, after }, '$first: Int, $after: String');
      pages += 1;
      expect(result.totalCount).toBe(whole.totalCount);
      expect(result.edges.map((edge) => edge.node.id)).toEqual(result.nodes.map((node) => node.id));
      expect(result.pageInfo.endCursor).toBe(result.edges.at(-1)?.cursor ?? null);
      seen.push(...result.nodes.map((node) => node.id));
      if (!result.pageInfo.hasNextPage) break;
      expect(result.nodes).toHaveLength(4);
      after = result.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.max(1, Math.ceil(whole.totalCount / 4)));
    expect(seen).toEqual(whole.ids);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('pages through a filtered, sorted list', async () => {
    const first = await page('people', 'filter: {jurisdictionId: "CA"}, sort: {field: NAME, direction: DESC}, first: 50');
    const rest = await page('people', `filter: {jurisdictionId: "CA"}, sort: {field: NAME, direction: DESC}, first: 50, after: "${first.pageInfo.endCursor}"`);
    expect([first.pageInfo.hasNextPage, rest.pageInfo.hasNextPage]).toEqual([true, false]);
    expect(first.nodes.length + rest.nodes.length).toBe(56);
    expect(new Set([...first.nodes, ...rest.nodes].map((node) => node.id)).size).toBe(56);
  });

  it('returns an empty page for first: 0 and after the last item', async () => {
    const none = await page('themes', 'first: 0');
    expect(none).toMatchObject({ totalCount: 59, edges: [], nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
    const all = await page('themes', 'first: 100');
    const after = await page('themes', `after: "${all.pageInfo.endCursor}"`);
    expect(after).toMatchObject({ totalCount: 59, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe('refused arguments', () => {
  // With the default limits, the cost check (src/plugins) refuses first: 10000 before any resolver
  // runs (MAX_COST_EXCEEDED); this server lifts it, so that the lists' own bound answers.
  let uncapped: TestApi;
  beforeAll(async () => {
    uncapped = await TestApi.start(seeded.database, { limits: { ...DEFAULT_LIMITS, maxCost: Number.MAX_SAFE_INTEGER } });
  });
  afterAll(async () => {
    await uncapped.stop();
  });

  it.each([101, 10000, -1])('refuses first: %p, as a literal and as a variable, with BAD_USER_INPUT', async (first) => {
    for (const target of [seeded.api, uncapped]) {
      const literal = await target.query(`{ statements(first: ${first}) { totalCount } }`);
      const variable = await target.query('query($first: Int) { statements(first: $first) { totalCount } }', { first });
      for (const result of [literal, variable]) {
        expect(result.data?.statements ?? null).toBeNull();
        expect({ first, code: codeOf(result), message: result.errors?.[0]?.message }).toEqual({ first, code: 'BAD_USER_INPUT', message: `first must be between 0 and 100, but got: ${first}` });
      }
    }
  });

  it.each(['bogus', Buffer.from('offset:-1').toString('base64url'), Buffer.from('offset:abc').toString('base64url')])('refuses the cursor %p', async (after) => {
    const result = await seeded.api.query('query($after: String) { meetings(after: $after) { totalCount } }', { after });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/after is not a cursor/);
  });
});

describe('Cypher injection', () => {
  it('leaves the graph unchanged whatever string reaches a filter, a cursor or a lookup', async () => {
    const before = await graphDigest(seeded.database);
    let attempts = 0;
    for (const list of LISTS) {
      for (const field of await filterFieldsOf(list)) {
        if (!field.scalar || !['String', 'ID', 'Date'].includes(field.scalar)) continue;
        const result = await seeded.api.query(`query($value: ${field.scalar}) { ${list}(filter: {${field.name}: $value}) { totalCount } }`, { value: INJECTION });
        attempts += 1;
        if (field.scalar === 'Date') {
          expect(codeOf(result)).toBe('BAD_USER_INPUT');
        } else {
          // No entity has this id or name, so a filter that is applied matches nothing.
          expect({ list, filter: field.name, result }).toEqual({ list, filter: field.name, result: { data: { [list]: { totalCount: 0 } } } });
        }
      }
      expect(codeOf(await seeded.api.query(`query($after: String) { ${list}(after: $after) { totalCount } }`, { after: INJECTION }))).toBe('BAD_USER_INPUT');
    }
    for (const lookup of ['jurisdiction', 'body', 'council', 'theme', 'statement', 'sourceDocument']) {
      expect(await seeded.api.data(`query($id: ID!) { ${lookup}(id: $id) { id } }`, { id: INJECTION })).toEqual({ [lookup]: null });
    }
    expect(attempts).toBeGreaterThanOrEqual(30);
    expect(await graphDigest(seeded.database)).toBe(before);
  });
});

describe('filter inputs', () => {
  /** Lists of one body kind read the `bodies` query with the kind's label fixed; `bodies` turns `kind` into that label. */
  const BODY_LISTS: readonly string[] = ['bodies', 'councils', 'communitiesOfPractice', 'workingGroups', 'committees'];

  it.each(LISTS)('%s: every filter field is a parameter of the Cypher, and the Cypher has no other', async (list) => {
    const fields = (await filterFieldsOf(list)).map((field) => field.name);
    const isBodyList = BODY_LISTS.includes(list);
    const params = LIST_QUERIES[isBodyList ? 'bodies' : (list as keyof typeof LIST_QUERIES)].params;
    const expected = isBodyList ? [...fields.filter((name) => name !== 'kind'), 'kindLabel'] : fields;
    expect([...params].sort()).toEqual(expected.sort());
  });
});
