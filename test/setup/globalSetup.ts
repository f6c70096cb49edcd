import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, EmbeddedNeo4jHandle } from '../../src/db/embedded/EmbeddedNeo4j';

declare global {
  // eslint-disable-next-line no-var
  var __embeddedNeo4j: EmbeddedNeo4jHandle | undefined;
}

/**
 * One real Neo4j per test run: the embedded one in a throw-away folder, or the server named by
 * NEO4J_URI. Tests wipe the database, so an external one must be declared disposable.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    if (process.env.NEO4J_TEST_DATABASE_IS_DISPOSABLE !== 'true') {
      throw new Error('NEO4J_URI is set: tests delete everything in that database. Set NEO4J_TEST_DATABASE_IS_DISPOSABLE=true to confirm.');
    }
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'council-graph-test-'));
  const started = performance.now();
  const handle = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '512m', pageCache: '64m' });
  globalThis.__embeddedNeo4j = handle;
  process.env.NEO4J_URI = handle.uri;
  process.env.NEO4J_USER = handle.credentials.user;
  process.env.NEO4J_PASSWORD = handle.credentials.password;
  process.env.NEO4J_TEST_EMBEDDED = 'true';
  process.stdout.write(`\nembedded Neo4j for tests at ${handle.uri} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
