import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { createContext } from '../../src/context';
import { driverOptions } from '../../src/db/connect';
import { Database, Transaction } from '../../src/db/Database';
import { EmbeddedNeo4jHandle, startEmbeddedNeo4j } from '../../src/db/embedded/EmbeddedNeo4j';
import { applyMigrations } from '../../src/db/migrations';
import { createHttpServer } from '../../src/http';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { createApolloServer } from '../../src/server';
import { MINI_YAML, miniVariant, replaceOnce } from '../support/seedVariants';
import { graphDigest } from '../support/testDatabase';
import { freePort } from '../support/freePort';

/**
 * Neo4j killed (SIGKILL) under a running API, then restarted: fast masked errors, readiness,
 * recovery without restarting the API, and no partial ingestion. Uses its own embedded Neo4j.
 */
jest.setTimeout(180_000);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'council-graph-outage-'));
let port: number;
let neo4jHandle: EmbeddedNeo4jHandle;
let database: Database;
let server: Server;
let url: string;
let apollo: ReturnType<typeof createApolloServer>;


async function kill(handle: EmbeddedNeo4jHandle): Promise<void> {
  process.kill(handle.pid, 'SIGKILL');
  await handle.stop(); // waits for the process to be gone
}

async function graphql(query: string): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as never };
}

const QUERY = '{ meeting(id: "mtg-test-2021-03-01") { date attendance { person { name } } } }';

beforeAll(async () => {
  port = await freePort();
  neo4jHandle = await startEmbeddedNeo4j({ dataDir, port, heap: '256m', pageCache: '32m' });
  // A freshly started JVM on a busy machine may take more than a few seconds over its first transactions: the
  // setup gets a generous timeout; what the tests measure (failing fast while Neo4j is down) does not depend on it.
  database = new Database(neo4j.driver(neo4jHandle.uri, neo4j.auth.basic(neo4jHandle.credentials.user, neo4jHandle.credentials.password), driverOptions()), undefined, 30_000);
  await applyMigrations(database);
  await ingestFiles(database, [MINI_YAML]);
  apollo = createApolloServer({ introspection: false });
  await apollo.start();
  server = createHttpServer({ apollo, database, createContext: () => createContext(database, { requestTimeoutMs: 10_000 }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await apollo.stop();
  await database.close();
  await neo4jHandle.stop();
});

it('fails fast with DATABASE_UNAVAILABLE while Neo4j is down, then recovers by itself when it returns', async () => {
  expect((await graphql(QUERY)).body.errors).toBeUndefined();
  await kill(neo4jHandle);

  const started = performance.now();
  const down = await graphql(QUERY);
  const failedAfter = performance.now() - started;
  expect(down.body.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
  expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:\d|stack|Neo4jError/);
  expect(failedAfter).toBeLessThan(2000);
  expect((await fetch(`${url}/ready`)).status).toBe(503);
  expect((await fetch(`${url}/health`)).status).toBe(200);

  const restarted = performance.now();
  neo4jHandle = await startEmbeddedNeo4j({ dataDir, port, heap: '256m', pageCache: '32m' });
  const back = performance.now();
  let recoveredAfter = Number.NaN;
  while (performance.now() - back < 30_000) {
    const result = await graphql(QUERY);
    if (!result.body.errors) {
      recoveredAfter = performance.now() - back;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.stdout.write(`outage: failed in ${failedAfter.toFixed(0)} ms; Neo4j restarted in ${(back - restarted).toFixed(0)} ms; ` +
    `API answered again ${recoveredAfter.toFixed(0)} ms after Neo4j was back\n`);
  expect(recoveredAfter).toBeLessThan(30_000);
  expect((await fetch(`${url}/ready`)).status).toBe(200);
});

it('leaves the graph unchanged when Neo4j dies in the middle of an ingestion', async () => {
  const before = await graphDigest(database);
  const changed = miniVariant((yaml) => replaceOnce(yaml, 'name: Ada Tester', 'name: Ada Interrupted'), 'mini.yaml');
  const handle = neo4jHandle;
  // Kill the database after the first statement of the ingestion's transaction, before it commits.
  class DyingDatabase extends Database {
    override writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
      return database.writeTransaction(async (tx) => {
        let statements = 0;
        return work({
          run: async (cypher, params) => {
            const rows = await tx.run(cypher, params);
            if (++statements === 2) await kill(handle);
            return rows;
          },
        });
      });
    }
  }
  const dying = new DyingDatabase(neo4j.driver(handle.uri, neo4j.auth.basic(handle.credentials.user, handle.credentials.password), driverOptions()), undefined, 5000);
  await expect(ingestFiles(dying, [changed])).rejects.toThrow();
  await dying.close();

  neo4jHandle = await startEmbeddedNeo4j({ dataDir, port, heap: '256m', pageCache: '32m' });
  const deadline = performance.now() + 30_000;
  let after: string | undefined;
  while (!after && performance.now() < deadline) {
    after = await graphDigest(database).catch(() => undefined);
    if (!after) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(after).toBe(before);
});
