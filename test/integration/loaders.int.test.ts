import { FIELD_TRAVERSALS } from '../../src/loaders/fieldTraversals';
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

it('plans every relationship field it knows, with results identical to level-by-level loading', async () => {
  // One query per root type, covering every field of FIELD_TRAVERSALS two levels deep.
  const selectionOf = (type: string) => Object.keys(FIELD_TRAVERSALS[type] ?? {})
    .map((field) => (field === 'evidence' ? 'evidence { quote source { id } }' : `${field} { ... on Node { id } }`)).join(' ');
  const roots: Array<[string, string]> = [];
  for (const type of Object.keys(FIELD_TRAVERSALS)) {
    // The best-connected entity of each type, so most fields have something to load.
    const [row] = await seeded.database.read('MATCH (n:Entity) WHERE $type IN labels(n) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, id LIMIT 1', { type });
    roots.push([`node(id: ${JSON.stringify(row?.id)}) { ... on ${type}`, type]);
  }
  for (const [root, type] of roots) {
    const query = `{ ${root} { id ${selectionOf(type)} } } }`;
    const unplanned = await seeded.api.query(query, {}, seeded.database, null, UNPLANNED);
    seeded.counting.reads.length = 0;
    const planned = await seeded.api.query(query, {}, seeded.counting);
    expect(unplanned.errors).toBeUndefined();
    expect(planned.errors).toBeUndefined();
    expect({ root, data: planned.data }).toEqual({ root, data: unplanned.data });
    expect({ root, reads: seeded.counting.reads }).toEqual({ root, reads: ['prefetch'] });
  }
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
