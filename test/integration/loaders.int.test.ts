import { buildSchema, getNamedType, isAbstractType, isLeafType, isObjectType, type GraphQLNamedType } from 'graphql';
import { FIELD_TRAVERSALS } from '../../src/loaders/fieldTraversals';
import { DEFAULT_LIMITS } from '../../src/plugins/limits';
import { loadTypeDefs } from '../../src/schema';
import { TestApi } from '../support/graphql';
import { useSeededApi } from '../support/seededApi';
import { MINI_YAML } from '../support/seedVariants';

/**
 * Every relationship a resolver follows goes through a per-request DataLoader: no N+1. A root
 * lookup also plans its selection (loaders/selectionPlan): one query loads the levels below it and
 * primes those loaders, so the answer must be identical to level-by-level loading.
 */
const seeded = useSeededApi([MINI_YAML]);
const UNPLANNED = { planSelections: false };

const MEETING_ATTENDANCE = `{ meeting(id: "mtg-pssdc-2020-09-24") {
  attendance { role person { name memberships { role } } onBehalfOf { ... on Jurisdiction { id name } } }
} }`;

it('without planning, sends one query per level of the selection, however many attendees there are', async () => {
  const result = await seeded.api.query(MEETING_ATTENDANCE, {}, seeded.counting, null, UNPLANNED);
  expect(result.errors).toBeUndefined();
  const attendance = (result.data as { meeting: { attendance: unknown[] } }).meeting.attendance;
  expect(attendance.length).toBeGreaterThan(60);
  // meeting by id, its attendance, then one batch each for person, onBehalfOf and memberships.
  expect(seeded.counting.reads).toEqual(['entitiesById', 'meetingAttendance', 'attendancePerson', 'onBehalfOf', 'personMemberships']);
});

it('with planning, answers the same three levels in one query and the same data', async () => {
  const unplanned = await seeded.api.query(MEETING_ATTENDANCE, {}, seeded.database, null, UNPLANNED);
  const planned = await seeded.api.query(MEETING_ATTENDANCE, {}, seeded.counting);
  expect(planned.errors).toBeUndefined();
  expect(planned.data).toEqual(unplanned.data);
  expect(seeded.counting.reads).toEqual(['prefetch']);
});

it('plans through fragments, unions and aliases, and honours @skip', async () => {
  const query = `query($skip: Boolean!) { node(id: "CA-ON") { ...Rep } other: jurisdiction(id: "CA-ON") { id } }
    fragment Rep on Jurisdiction { statements { speaker { name } onBehalfOf { ... on Jurisdiction { id } ... on Organization { id } } }
      attendance @skip(if: $skip) { person { id } } }`;
  const unplanned = await seeded.api.query(query, { skip: true }, seeded.database, null, UNPLANNED);
  const planned = await seeded.api.query(query, { skip: true }, seeded.counting);
  expect(planned.errors).toBeUndefined();
  expect(planned.data).toEqual(unplanned.data);
  // Both roots are planned; `other` selects nothing to follow, so it is a plain lookup.
  expect([...seeded.counting.reads].sort()).toEqual(['entitiesById', 'prefetch']);
});

it('plans every relationship field it knows, reading every property a field needs: answers identical to level-by-level loading', async () => {
  const schema = buildSchema(loadTypeDefs());
  // These queries select everything, far past the public limits on size and aliases.
  const api = await TestApi.start(seeded.database, { limits: { ...DEFAULT_LIMITS, maxCharacters: 1e6, maxTokens: 1e6, maxAliases: 1e4, maxCost: 1e9 } });
  // Every leaf field of a type (in both languages where it has one), and evidence with its source.
  const leaves = (typeName: string): string => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return '__typename';
    return Object.values(type.getFields()).flatMap((field) => {
      if (isLeafType(getNamedType(field.type))) {
        // Aliased by type: fields of union members may share a name but not a type.
        const alias = `${typeName}_${field.name}`;
        return field.args.some((arg) => arg.name === 'lang') ? [`${alias}En: ${field.name}(lang: EN)`, `${alias}Fr: ${field.name}(lang: FR)`] : [`${alias}: ${field.name}`];
      }
      return getNamedType(field.type).name === 'Evidence' ? [`${typeName}_${field.name}: ${field.name} { quote lineStart lineEnd source { id title } }`] : [];
    }).join(' ');
  };
  const everyType = (type: GraphQLNamedType) =>
    (isAbstractType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name]).map((name) => `... on ${name} { ${leaves(name)} }`).join(' ');
  for (const typeName of Object.keys(FIELD_TRAVERSALS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    // Leaf fields computed from a traversal (an action's current status) are among the leaves already.
    const selection = Object.keys(FIELD_TRAVERSALS[typeName] ?? {})
      .filter((field) => field !== 'evidence' && !isLeafType(getNamedType(type.getFields()[field]!.type)))
      .map((field) => `${field} { ${everyType(getNamedType(type.getFields()[field]!.type))} }`).join(' ');
    // The best-connected entity of each type, so most fields have something to load.
    const [row] = await seeded.database.read('MATCH (n:Entity) WHERE $type IN labels(n) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, id LIMIT 1', { type: typeName });
    const query = `{ node(id: ${JSON.stringify(row?.id)}) { ... on ${typeName} { ${leaves(typeName)} ${selection} } } }`;
    const unplanned = await api.query(query, {}, seeded.database, null, UNPLANNED);
    seeded.counting.reads.length = 0;
    const planned = await api.query(query, {}, seeded.counting);
    expect(unplanned.errors).toBeUndefined();
    expect(planned.errors).toBeUndefined();
    expect({ typeName, data: planned.data }).toEqual({ typeName, data: unplanned.data });
    expect({ typeName, reads: seeded.counting.reads }).toEqual({ typeName, reads: ['prefetch'] });
  }
  await api.stop();
});

it('reads, for a traversal primed once, what every resolver of the request following it needs', async () => {
  // The first root primes personStatements with the statements' ids only; the second root needs
  // their summaries through the same loader and key.
  const [row] = await seeded.database.read('MATCH (p:Person)<-[:SPOKEN_BY]-(s:Statement) RETURN p.id AS person, s.id AS statement LIMIT 1');
  const query = `{ a: person(id: "${String(row?.person)}") { statements { id } }
    b: statement(id: "${String(row?.statement)}") { speaker { statements { id summary type } } } }`;
  const unplanned = await seeded.api.query(query, {}, seeded.database, null, UNPLANNED);
  const planned = await seeded.api.query(query, {}, seeded.database);
  expect(planned.errors).toBeUndefined();
  expect(planned.data).toEqual(unplanned.data);
});

it('plans below the entities an analytics report names, with the same answer', async () => {
  const query = `{ themeAcrossMeetings(themeId: "theme-client-centric-services") { totalStatements representatives {
    meetings { id bodies { id } } speakers { name } statements { id speaker { name } meeting { id } evidence { quote source { id } } } } } }`;
  const unplanned = await seeded.api.query(query, {}, seeded.database, null, UNPLANNED);
  const planned = await seeded.api.query(query, {}, seeded.counting);
  expect(planned.errors).toBeUndefined();
  expect(planned.data).toEqual(unplanned.data);
  expect(seeded.counting.reads).toEqual(['// themeAcrossMeetings']);
});

it('plans dated memberships with the date in the query, one step per date', async () => {
  const query = `query($on: Date) { body(id: "body-pssdc") {
    during: members(asOf: $on, role: TREASURER) { person { name memberships(asOf: "2021-01-01") { role } } }
    after: members(asOf: "2021-01-01", role: TREASURER) { id }
    all: members { id } } }`;
  const unplanned = await seeded.api.query(query, { on: '2020-12-31' }, seeded.database, null, UNPLANNED);
  const planned = await seeded.api.query<{ body: { during: Array<{ person: { name: string } }>; after: unknown[]; all: unknown[] } }>(query, { on: '2020-12-31' }, seeded.counting);
  expect(planned.errors).toBeUndefined();
  expect(planned.data).toEqual(unplanned.data);
  expect(planned.data?.body.during.map((m) => m.person.name)).toEqual(['Deb Bergey']);
  expect(planned.data?.body.after).toEqual([]);
  expect(planned.data?.body.all.length).toBeGreaterThan(20);
  expect(seeded.counting.reads).toEqual(['prefetch']);
});

it('starts with empty caches on every request', async () => {
  const query = '{ node(id: "CA-BC") { id } }';
  await seeded.api.query(query, {}, seeded.counting);
  await seeded.api.query(query, {}, seeded.counting);
  expect(seeded.counting.reads).toHaveLength(2);
});

const MEETINGS_NESTED = `{ meetings(first: 10) { nodes {
  agenda { statements { speaker { name attendance { role } } themes { id } } }
  attendance { person { name } }
} } }`;

it('without planning, answers a nested query over many meetings, people and statements in one query per level', async () => {
  const result = await seeded.api.query(MEETINGS_NESTED, {}, seeded.counting, null, UNPLANNED);
  expect(result.errors).toBeUndefined();
  const meetings = (result.data as { meetings: { nodes: Array<{ agenda: Array<{ statements: unknown[] }> }> } }).meetings.nodes;
  const statements = meetings.flatMap((m) => m.agenda.flatMap((item) => item.statements));
  expect(meetings.length).toBeGreaterThanOrEqual(7);
  expect(statements.length).toBeGreaterThan(40);
  // One read for the page (and its count), then one batch per relationship level, whatever the row counts.
  expect(seeded.counting.reads[0]).toBe('meetings');
  const traversals = seeded.counting.reads.slice(1);
  expect(new Set(traversals).size).toBe(traversals.length);
  expect(traversals.sort()).toEqual(['attendancePerson', 'itemStatements', 'meetingAgenda', 'meetingAttendance', 'personAttendance', 'speaker', 'themesOf']);
});

it('with planning, loads a list page and three levels below it in one query, then one query per deeper level', async () => {
  const unplanned = await seeded.api.query(MEETINGS_NESTED, {}, seeded.database, null, UNPLANNED);
  const planned = await seeded.api.query(MEETINGS_NESTED, {}, seeded.counting);
  expect(planned.errors).toBeUndefined();
  expect(planned.data).toEqual(unplanned.data);
  // meetings → agenda → statements → speaker is planned; the speaker's attendance is a fourth level.
  expect(seeded.counting.reads).toEqual(['meetings', 'personAttendance']);
});
