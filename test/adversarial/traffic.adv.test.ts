/**
 * Issue 15, traffic: what one client may spend, what a refused write costs the server, what a
 * masked error leaves behind, and what a production server exposes — each against a real HTTP
 * server and a real Neo4j.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiKeys, generateKey } from '../../src/auth/ApiKeys';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import type { Database } from '../../src/db/Database';
import { createHttpServer, type HttpDependencies } from '../../src/http';
import { DEFAULT_RATE_LIMITS, RateLimiter } from '../../src/rateLimit/RateLimiter';
import { createApolloServer } from '../../src/server';
import { buildWeb } from '../../src/web/buildWeb';
import { TestApi } from '../support/graphql';
import { dangerouslyWipeDatabase, openTestDatabase } from '../support/testDatabase';

const editor = generateKey('curator', 'editor');
const reader = generateKey('dashboard', 'reader');
const keys = ApiKeys.parse(`${editor.entry},${reader.entry}`);
/** Costs 12,302 points (100 people × their statements × their themes) yet runs at once on an empty graph. */
const COSTLY = '{ people(first: 100) { nodes { id statements { summary themes { id } } } } }';
const COSTLY_POINTS = 12_302;
const INGEST = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { auditId } }';

let database: Database;
const servers: Array<{ close: () => Promise<void> }> = [];

interface Front { url: string; errorLog: string[] }

/** The HTTP front on port 0 as npm start builds it, with `options` over the defaults. */
async function start(options: Partial<HttpDependencies> = {}): Promise<Front> {
  const errorLog: string[] = [];
  const apollo = createApolloServer({ introspection: false, errorLog: (line) => errorLog.push(line) });
  await apollo.start();
  const server: Server = createHttpServer({
    apollo, database, keys, errorLog: (line) => errorLog.push(line),
    createContext: (viewer) => createContext(database, { requestTimeoutMs: 10_000, viewer }), ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, errorLog };
}

interface Answer { status: number; headers: Headers; body: { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } }

async function post(front: Front, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${front.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

async function auditCount(): Promise<number> {
  const [row] = await database.read('MATCH (a:AuditEvent) RETURN count(a) AS n');
  return Number(row?.n);
}

beforeAll(async () => {
  database = await openTestDatabase();
  await dangerouslyWipeDatabase(database);
  // Neo4j plans the query once, without a deadline (on a busy machine planning took up to 30 s):
  // the burst then measures the rate limit, not a cold query planner.
  const warm = await TestApi.start(database);
  expect((await warm.query(COSTLY)).errors).toBeUndefined();
  await warm.stop();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await database.close();
});

describe('rate limits (the run found none anywhere)', () => {
  it('a burst over one address’s budget gets 429 with Retry-After and the RateLimit fields; a key and another address keep theirs', async () => {
    // One proxy in front, so that two clients on this machine can be two addresses.
    const front = await start({ rateLimiter: new RateLimiter({ ...DEFAULT_RATE_LIMITS, trustedProxies: 1 }) });
    const attacker = { 'x-forwarded-for': '198.51.100.7' };
    const burst = await Promise.all(Array.from({ length: 30 }, () => post(front, COSTLY, {}, attacker)));

    const served = burst.filter((answer) => answer.status === 200);
    const refused = burst.filter((answer) => answer.status === 429);
    expect(served.length + refused.length).toBe(30);
    // 100,000 points a burst: eight queries of 12,302, plus what came back while the burst ran.
    expect(served.length).toBeGreaterThanOrEqual(8);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    for (const answer of served) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.headers.get('ratelimit-limit')).toBe('100000');
      // Charged its cost (its arrival point may have come back by the time the rest was charged).
      expect(Number(answer.headers.get('ratelimit-remaining'))).toBeLessThanOrEqual(100_000 - (COSTLY_POINTS - 1));
    }
    for (const answer of refused) {
      expect(answer.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(answer.headers.get('ratelimit-limit')).toBe('100000');
      expect(Number(answer.headers.get('ratelimit-remaining'))).toBeLessThan(COSTLY_POINTS);
      expect(answer.headers.get('ratelimit-reset')).toMatch(/^\d+$/);
    }

    expect((await post(front, COSTLY, {}, { 'x-forwarded-for': '203.0.113.20' })).status).toBe(200);
    const keyed = await post(front, COSTLY, {}, { ...attacker, authorization: `Bearer ${reader.key}` });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('ratelimit-limit')).toBe('200000');

    // A client that waits as told is served again.
    const wait = Math.max(...refused.map((answer) => Number(answer.headers.get('retry-after'))));
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    expect((await post(front, COSTLY, {}, attacker)).status).toBe(200);
    const health = (await (await fetch(`${front.url}/health`)).json()) as { rateLimited: number };
    expect(health.rateLimited).toBe(refused.length);
  });
});

describe('refused writes (the run: 118 audit nodes in 10 s from two clients, each answered HTTP 200)', () => {
  it('an anonymous write storm is answered 401 and stores nothing; the refusals are counted in /health', async () => {
    const front = await start();
    const before = (await (await fetch(`${front.url}/health`)).json()) as { refusedWrites: { UNAUTHENTICATED: number } };
    const storm = await Promise.all(Array.from({ length: 120 }, () => post(front, INGEST, { input: { yaml: 'format: council-graph/v1' } })));
    for (const answer of storm) {
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(answer.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await auditCount()).toBe(0);
    const after = (await (await fetch(`${front.url}/health`)).json()) as { refusedWrites: { UNAUTHENTICATED: number } };
    expect(after.refusedWrites.UNAUTHENTICATED - before.refusedWrites.UNAUTHENTICATED).toBe(120);
  });

  it('a write with a reader key is answered 403 FORBIDDEN and stores nothing', async () => {
    const front = await start();
    const answer = await post(front, INGEST, { input: { yaml: 'format: council-graph/v1' } }, { authorization: `Bearer ${reader.key}` });
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(0);
  });
});

describe('masked errors (the run: no log line, no request id)', () => {
  it('an internal error is logged with the request id the client got, and the client sees none of it', async () => {
    // A fault no classification knows: the database layer throws a plain Error with secrets in it.
    const fault = { value: async () => { throw new Error('pool exhausted at bolt://admin:hunter2@10.1.2.3:7687'); } };
    const faulty: Database = Object.create(database, { read: fault, readTransaction: fault });
    const front = await start({ createContext: (viewer) => createContext(faulty, { viewer }) });
    const answer = await post(front, '{ person(id: "person-x") { name } }');
    const requestId = answer.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const [error] = answer.body.errors ?? [];
    expect(error).toEqual({ message: 'Internal server error', path: ['person'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
    expect(JSON.stringify(answer.body)).not.toMatch(/hunter2|10\.1\.2\.3|bolt:|at .*\.ts/);
    const lines = front.errorLog.filter((line) => line.includes(requestId ?? 'no id'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/masked internal error in an anonymous operation at person: Error: pool exhausted at bolt:\/\/admin:hunter2@/);
  });

  it('every API answer carries its own request id, refused ones too', async () => {
    const front = await start();
    const ids = await Promise.all([post(front, '{ __typename }'), post(front, '{ __typename }', {}, { authorization: 'Bearer wrong' })]);
    expect(ids[1]?.status).toBe(401);
    const [first, second] = ids.map((answer) => answer.headers.get('x-request-id'));
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });
});

describe('GraphiQL (the run: served in production)', () => {
  beforeAll(async () => {
    await buildWeb();
  });

  const browserGet = (front: Front, path: string) => fetch(`${front.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });

  it('is absent with NODE_ENV=production, page and bundle, while the dashboard stays', async () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    const front = await start({ graphiql: config.graphiql });
    const ide = await browserGet(front, '/graphql');
    expect(ide.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await ide.text()).not.toMatch(/graphiql/i);
    expect((await browserGet(front, '/assets/graphiql.js')).status).toBe(404);
    expect((await browserGet(front, '/')).status).toBe(200);
  });

  it('is served in production only when GRAPHIQL=true, and outside production by default', async () => {
    for (const env of [{ NODE_ENV: 'production', GRAPHIQL: 'true' }, {}]) {
      const front = await start({ graphiql: loadConfig(env).graphiql });
      const ide = await browserGet(front, '/graphql');
      expect(ide.headers.get('content-type')).toMatch(/text\/html/);
      expect(await ide.text()).toMatch(/graphiql/i);
      expect((await browserGet(front, '/assets/graphiql.js')).status).toBe(200);
    }
  });
});
