import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContext } from '../../src/context';
import { createHttpServer } from '../../src/http';
import { createApolloServer } from '../../src/server';
import { useSeededApi } from '../support/seededApi';
import { PSSDC_SEED_FILES } from '../support/testDatabase';

/**
 * Issue 15, request validation: anonymous queries within every documented limit that held the
 * server (fragments re-walked at every spread, 30 aliased graph traversals), bad variables that
 * answered 500, and a list argument of 50,000 ids. A real HTTP server, as in production
 * (introspection off), on the reference data and the PSSDC record (quick to load on a busy machine;
 * its hubs have the largest neighbourhoods); `seeded.counting` records every read the requests send.
 */
const seeded = useSeededApi([], PSSDC_SEED_FILES);

interface Answer { status: number; ms: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }

let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const apollo = createApolloServer({ introspection: false });
  await apollo.start();
  const server: Server = createHttpServer({ apollo, database: seeded.database, createContext: () => createContext(seeded.counting) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
  };
});
afterAll(async () => {
  await close?.();
});

async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as Answer['body'], ms: performance.now() - started };
}

/** Refused with HTTP 400 before any resolver ran; returns the first error. */
function refusedBeforeExecution(answer: Answer) {
  expect(answer.status).toBe(400);
  expect(answer.body.data ?? null).toBeNull();
  expect(seeded.counting.reads).toEqual([]);
  const [error] = answer.body.errors ?? [];
  expect(error).toBeDefined();
  return { message: error?.message ?? '', extensions: error?.extensions ?? {} };
}

/** 1.2 KB: 25 fragments, each spreading the one below it twice (2^25 uses of the first). */
function doublingFragments(levels: number): string {
  const fragments = ['fragment F0 on Jurisdiction { id name }'];
  for (let level = 1; level <= levels; level++) fragments.push(`fragment F${level} on Jurisdiction { ...F${level - 1} ...F${level - 1} }`);
  return `{ node(id: "CA-BC") { ...F${levels} } } ${fragments.join(' ')}`;
}

describe('CPU: queries within the size limits that held the whole server', () => {
  it('refuses 25 nested fragments by cost at once, and /health answers meanwhile (the depth check took 3 s, doubling per level)', async () => {
    const query = doublingFragments(25);
    expect(query.length).toBeLessThan(1500);
    const attack = post(query);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const healthStarted = performance.now();
    const health = await fetch(`${url}/health`);
    const healthMs = performance.now() - healthStarted;
    const answer = await attack;
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(1000);
    expect(refusedBeforeExecution(answer).extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', maxCost: 25_000 });
    expect(answer.ms).toBeLessThan(2000);
  });

  it('refuses 30 aliased neighbourhood calls (4 s of Neo4j work on the seed graph) before any runs', async () => {
    const calls = Array.from({ length: 30 }, (_, i) => `n${i}: neighbourhood(id: "body-pssdc", depth: 2) { nodes { id } edges { from } truncated }`);
    expect(refusedBeforeExecution(await post(`{ ${calls.join(' ')} }`)).extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED' });
  });

  it('still answers the dashboard\'s neighbourhood query, and a few of them at once', async () => {
    const dashboard = 'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 60) { truncated nodes { id type label } edges { from to type } } }';
    const one = await post(dashboard, { id: 'body-pssdc' });
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    const calls = ['body-pssdc', 'mtg-pssdc-2020-09-24', 'ca-gc-tbs', 'CA-BC'].map((id, i) => `n${i}: neighbourhood(id: "${id}", depth: 2, limit: 60) { nodes { id } }`);
    const four = await post(`{ ${calls.join(' ')} }`);
    expect(four.body.errors).toBeUndefined();
    expect(Object.keys(four.body.data ?? {})).toHaveLength(4);
  });
});

describe('bad variables and dates: HTTP 400 naming the variable or argument, not 500', () => {
  const MEETINGS_FROM = 'query($from: Date) { meetings(filter: { from: $from }) { totalCount } }';
  it.each([
    ['a wrong enum value', 'query($status: [ActionStatus!]) { actionItems(filter: { status: $status }) { totalCount } }', { status: ['OPEN', 'OPENED'] }, 'status'],
    ['1.5 for an Int', 'query($n: Int) { people(first: $n) { totalCount } }', { n: 1.5 }, 'n'],
    ['a missing required variable', 'query($id: ID!) { person(id: $id) { name } }', {}, 'id'],
    ['a string for an Int', 'query($n: Int) { people(first: $n) { totalCount } }', { n: 'ten' }, 'n'],
    ['a date that is not in the calendar', MEETINGS_FROM, { from: '2020-02-30' }, 'from'],
    ['a date in another format', MEETINGS_FROM, { from: '24/09/2020' }, 'from'],
    ['a number for a date', MEETINGS_FROM, { from: 20200924 }, 'from'],
  ])('%s', async (_, query, variables, variable) => {
    const { message, extensions } = refusedBeforeExecution(await post(query, variables));
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', variable });
    expect(message).toContain(`Variable "$${variable}"`);
    expect(message).not.toMatch(/Did you mean/); // introspection is off
  });

  it.each([
    ['a date that is not in the calendar', '{ meetings(filter: { from: "2020-13-45" }) { totalCount } }', 'filter.from'],
    ['1.5 for an Int', '{ people(first: 1.5) { totalCount } }', 'first'],
    ['a wrong enum value in a list', '{ actionItems(filter: { status: [OPEN, SHELVED] }) { totalCount } }', 'filter.status[1]'],
  ])('a literal: %s, refused by validation with the argument named', async (_, query, argument) => {
    const { message, extensions } = refusedBeforeExecution(await post(query));
    expect(extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(message.startsWith(`Argument "${argument}": `)).toBe(true);
  });
});

describe('list arguments: at most 100 items', () => {
  const MATRIX = 'query($ids: [ID!]) { themeJurisdictionMatrix(themeIds: $ids) { themes { id } } }';
  const ids = (count: number) => Array.from({ length: count }, (_, i) => `theme-${i}`);

  it('refuses 50,000 ids with BAD_USER_INPUT naming the argument, before any query', async () => {
    const { extensions } = refusedBeforeExecution(await post(MATRIX, { ids: ids(50_000) }));
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'themeIds', field: 'themeJurisdictionMatrix' });
  });

  it('refuses a long list inside an input object, naming its path', async () => {
    const query = 'query($status: [ActionStatus!]) { actionItems(filter: { status: $status }) { totalCount } }';
    const { extensions } = refusedBeforeExecution(await post(query, { status: Array(101).fill('OPEN') }));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.status' });
  });

  it('accepts 100', async () => {
    const answer = await post(MATRIX, { ids: ['theme-digital-identity', ...ids(99)] });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});
