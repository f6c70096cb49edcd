import { useSeededApi } from '../support/seededApi';
import { MINI_YAML } from '../support/seedVariants';

/** Every relationship a resolver follows goes through a per-request DataLoader: no N+1. */
const seeded = useSeededApi([MINI_YAML]);

it('sends one query per level of the selection, however many attendees there are', async () => {
  const result = await seeded.api.query(`{ meeting(id: "mtg-pssdc-2020-09-24") {
    attendance { role person { name memberships { role } } onBehalfOf { ... on Jurisdiction { id name } } }
  } }`, {}, seeded.counting);
  expect(result.errors).toBeUndefined();
  const attendance = (result.data as { meeting: { attendance: unknown[] } }).meeting.attendance;
  expect(attendance.length).toBeGreaterThan(60);
  // meeting by id, its attendance, then one batch each for person, onBehalfOf and memberships.
  expect(seeded.counting.reads).toEqual([
    'entitiesById',
    'meetingAttendance',
    'attendancePerson',
    'onBehalfOf',
    'personMemberships',
  ]);
});

it('starts with empty caches on every request', async () => {
  const query = '{ node(id: "CA-BC") { id } }';
  await seeded.api.query(query, {}, seeded.counting);
  await seeded.api.query(query, {}, seeded.counting);
  expect(seeded.counting.reads).toHaveLength(2);
});

it('answers a nested query over many meetings, people and statements in one query per level', async () => {
  const result = await seeded.api.query(`{ meetings(first: 10) { nodes {
    agenda { statements { speaker { name attendance { role } } themes { id } } }
    attendance { person { name } }
  } } }`, {}, seeded.counting);
  expect(result.errors).toBeUndefined();
  const meetings = (result.data as { meetings: { nodes: Array<{ agenda: Array<{ statements: unknown[] }> }> } }).meetings.nodes;
  const statements = meetings.flatMap((m) => m.agenda.flatMap((item) => item.statements));
  expect(meetings.length).toBeGreaterThanOrEqual(7);
  expect(statements.length).toBeGreaterThan(40);
  // One read for the page (and its count), then one batch per relationship level, whatever the row counts.
  const traversals = seeded.counting.reads.slice(1);
  expect(new Set(traversals).size).toBe(traversals.length);
  expect(traversals.sort()).toEqual(['attendancePerson', 'itemStatements', 'meetingAgenda', 'meetingAttendance', 'personAttendance', 'speaker', 'themesOf']);
});
