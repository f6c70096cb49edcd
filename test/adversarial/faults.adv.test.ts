import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { createContext } from '../../src/context';
import { driverOptions } from '../../src/db/connect';
import { Database } from '../../src/db/Database';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from '../../src/db/embedded/supervisor';
import { applyMigrations } from '../../src/db/migrations';
import { createHttpServer } from '../../src/http';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { createApolloServer } from '../../src/server';
import { MINI_YAML } from '../support/seedVariants';
import { freePort } from '../support/freePort';

/**
 * Issue 15, faults of the embedded Neo4j under a running API. Uses its own supervised embedded
 * Neo4j (as `npm start` runs it): the shared test database is never frozen or killed.
 */
jest.setTimeout(600_000);

const REQUEST_TIMEOUT_MS = 5000;
const QUERY = '{ meeting(id: "mtg-test-2021-03-01") { date attendance { person { name } } } }';

let neo4jHandle: SupervisedNeo4j;
const logLines: string[] = [];
let database: Database;
let server: Server;
let url: string;
let apollo: ReturnType<typeof createApolloServer>;
let frozen = false;

interface Answer { status: number; ms: number; body: { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } }


async function graphql(query: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, ms: performance.now() - started, body };
}

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'council-graph-faults-'));
  neo4jHandle = await superviseEmbeddedNeo4j({ dataDir, port: await freePort(), heap: '256m', pageCache: '32m',
    // Other work shares this 2-core machine: a JVM start has taken more than the default 90 s.
    startTimeoutMs: 240_000, log: (line) => logLines.push(line) });
  database = new Database(neo4j.driver(neo4jHandle.uri, neo4j.auth.basic(neo4jHandle.credentials.user, neo4jHandle.credentials.password), driverOptions()), undefined, 30_000);
  // A cold JVM on a busy machine may miss the driver's 1.5 s connection limit at first: retry the setup.
  for (let attempt = 1; ; attempt++) {
    try {
      await applyMigrations(database);
      await ingestFiles(database, [MINI_YAML]);
      break;
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }
  apollo = createApolloServer({ introspection: false });
  await apollo.start();
  server = createHttpServer({ apollo, database, createContext: () => createContext(database, { requestTimeoutMs: REQUEST_TIMEOUT_MS }),
    health: () => neo4jHandle.health() });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (frozen) process.kill(neo4jHandle.pid(), 'SIGCONT');
  server?.closeAllConnections();
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  await apollo?.stop();
  await database?.close();
  await neo4jHandle?.stop();
});

/** Asks until an answer has no error (a cold JVM on a busy machine can exceed the deadline at first); its time in ms. */
async function answeredAgainWithin(limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (!(await graphql(QUERY)).body.errors) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Number.NaN;
}

/*
 * Was: with the JVM stopped (SIGSTOP), 30 of 60 requests were still waiting after 60 s despite the
 * 10 s request deadline, and the others got INTERNAL_SERVER_ERROR.
 */
it('answers 60 requests to a frozen (SIGSTOPped) Neo4j within the deadline with TIMEOUT or DATABASE_UNAVAILABLE, then recovers on SIGCONT', async () => {
  expect(await answeredAgainWithin(60_000)).toBeLessThan(60_000);
  process.kill(neo4jHandle.pid(), 'SIGSTOP');
  frozen = true;

  const answers = await Promise.all(Array.from({ length: 60 }, () => graphql(QUERY)));
  const codes = answers.map((answer) => answer.body.errors?.[0]?.extensions.code);
  const slowest = Math.max(...answers.map((answer) => answer.ms));
  const tally = codes.reduce<Record<string, number>>((counts, code) => ({ ...counts, [String(code)]: (counts[String(code)] ?? 0) + 1 }), {});
  process.stdout.write(`frozen Neo4j: 60 requests answered, slowest in ${slowest.toFixed(0)} ms (deadline ${REQUEST_TIMEOUT_MS} ms); codes ${JSON.stringify(tally)}\n`);
  for (const code of codes) expect(['TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(code);
  // The deadline plus a margin for 60 concurrent answers on a busy 2-core machine (it took > 60 s).
  expect(slowest).toBeLessThan(REQUEST_TIMEOUT_MS + 3000);
  expect(JSON.stringify(answers.map((answer) => answer.body))).not.toMatch(/acquisition|127\.0\.0\.1|Pool status/);
  const ready = await fetch(`${url}/ready`);
  expect(ready.status).toBe(503);

  process.kill(neo4jHandle.pid(), 'SIGCONT');
  frozen = false;
  const recoveredAfter = await answeredAgainWithin(60_000);
  process.stdout.write(`frozen Neo4j: answered again ${recoveredAfter.toFixed(0)} ms after SIGCONT\n`);
  expect(recoveredAfter).toBeLessThan(60_000);
});

/* Was: after kill -9 of the JVM, DATABASE_UNAVAILABLE for good, nothing logged, /health 200. */
it('logs a killed (kill -9) Neo4j, reports /health degraded, restarts it and answers again without restarting the API', async () => {
  expect(await answeredAgainWithin(60_000)).toBeLessThan(60_000);
  const killedPid = neo4jHandle.pid();
  process.kill(killedPid, 'SIGKILL');
  const killed = performance.now();

  let health = await fetch(`${url}/health`);
  for (let tries = 0; health.status === 200 && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    health = await fetch(`${url}/health`);
  }
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ status: 'degraded', reason: expect.stringContaining('restarted') });
  expect(logLines.some((line) => line.includes(`pid ${killedPid}) exited unexpectedly (signal SIGKILL)`))).toBe(true);
  const down = await graphql(QUERY);
  expect(['DATABASE_UNAVAILABLE', 'TIMEOUT']).toContain(down.body.errors?.[0]?.extensions.code);

  const recoveredAfter = await answeredAgainWithin(180_000);
  const firstAnswerMs = performance.now() - killed;
  process.stdout.write(`killed Neo4j: first answer ${firstAnswerMs.toFixed(0)} ms after kill -9; ` +
    `log: ${logLines.filter((line) => line.startsWith('embedded Neo4j')).join(' | ')}\n`);
  expect(recoveredAfter).toBeLessThan(180_000);
  // Bolt listens a moment before the new JVM announces itself (it sets its password first): the driver
  // may be answered before the supervisor has read the READY line and taken the new pid.
  for (let tries = 0; neo4jHandle.health().status !== 'ok' && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(neo4jHandle.pid()).not.toBe(killedPid);
  expect((await fetch(`${url}/health`)).status).toBe(200);
  expect((await fetch(`${url}/ready`)).status).toBe(200);
});
