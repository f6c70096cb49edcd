import type { Database } from '../../src/db/Database';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { TestApi } from '../support/graphql';
import { MINI_YAML } from '../support/seedVariants';
import { CountingDatabase, SEEDS_DIR, dangerouslyWipeDatabase, openTestDatabase } from '../support/testDatabase';

/** Every relationship a resolver follows goes through a per-request DataLoader: no N+1. */
let database: Database;
let counting: CountingDatabase;
let api: TestApi;

beforeAll(async () => {
  database = await openTestDatabase();
  await dangerouslyWipeDatabase(database);
  await ingestFiles(database, [...(await listSeedFiles(SEEDS_DIR)), MINI_YAML]);
  counting = new CountingDatabase();
  api = await TestApi.start(database);
});
afterAll(async () => {
  await api.stop();
  await counting.close();
  await database.close();
});
beforeEach(() => {
  counting.reads.length = 0;
});

it('sends one query per level of the selection, however many attendees there are', async () => {
  const result = await api.query(`{ meeting(id: "mtg-pssdc-2020-09-24") {
    attendance { role person { name memberships { role } } onBehalfOf { ... on Jurisdiction { id name } } }
  } }`, {}, counting);
  expect(result.errors).toBeUndefined();
  const attendance = (result.data as { meeting: { attendance: unknown[] } }).meeting.attendance;
  expect(attendance.length).toBeGreaterThan(60);
  // meeting by id, its attendance, then one batch each for person, onBehalfOf and memberships.
  expect(counting.reads).toEqual([
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN n {.*, labels: labels(n)} AS node',
    'meetingAttendance',
    'attendancePerson',
    'onBehalfOf',
    'personMemberships',
  ]);
});

it('starts with empty caches on every request', async () => {
  const query = '{ node(id: "CA-BC") { id } }';
  await api.query(query, {}, counting);
  await api.query(query, {}, counting);
  expect(counting.reads).toHaveLength(2);
});

it('answers a nested query over many meetings, people and statements in one query per level', async () => {
  const result = await api.query(`{ meetings(first: 10) { nodes {
    agenda { statements { speaker { name attendance { role } } themes { id } } }
    attendance { person { name } }
  } } }`, {}, counting);
  expect(result.errors).toBeUndefined();
  const meetings = (result.data as { meetings: { nodes: Array<{ agenda: Array<{ statements: unknown[] }> }> } }).meetings.nodes;
  const statements = meetings.flatMap((m) => m.agenda.flatMap((item) => item.statements));
  expect(meetings.length).toBeGreaterThanOrEqual(7);
  expect(statements.length).toBeGreaterThan(40);
  // One read for the page (and its count), then one batch per relationship level, whatever the row counts.
  const traversals = counting.reads.slice(1);
  expect(new Set(traversals).size).toBe(traversals.length);
  expect(traversals.sort()).toEqual(['attendancePerson', 'itemStatements', 'meetingAgenda', 'meetingAttendance', 'personAttendance', 'speaker', 'themesOf']);
});
