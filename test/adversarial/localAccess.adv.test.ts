/**
 * Attack (issue 15, case 7): the embedded Neo4j listened on 127.0.0.1 with authentication off, so
 * any local user could connect to its Bolt port and read or rewrite the graph around the API keys.
 * Now `npm start`'s connection (connect() with NEO4J_URI unset) runs it with authentication on and
 * a password generated into the data folder, readable by its owner only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { databaseConfig } from '../../src/config';
import { connect, type Connection } from '../../src/db/connect';
import { PASSWORD_FILE_NAME } from '../../src/db/embedded/embeddedPassword';
import { freePort } from '../support/freePort';

let dataDir: string;
let connection: Connection;
let boltUri: string;


beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-graph-local-access-'));
  const port = await freePort();
  const config = databaseConfig({ NEO4J_EMBEDDED_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: String(port), NEO4J_EMBEDDED_HEAP: '256m', NEO4J_EMBEDDED_PAGECACHE: '32m' });
  connection = await connect(config, 10_000);
  boltUri = connection.uri;
}, 240_000);

afterAll(async () => {
  await connection?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** What a local user without the password gets from the Bolt port. */
async function strangerConnects(token: ReturnType<typeof neo4j.auth.basic> | undefined): Promise<unknown> {
  const driver = neo4j.driver(boltUri, token, { connectionTimeout: 5000 });
  try {
    return await driver.executeQuery('MATCH (n) DETACH DELETE n').then(() => 'connected and wrote');
  } catch (error) {
    return (error as { code?: string }).code;
  } finally {
    await driver.close();
  }
}

it.each([
  ['no credentials', undefined],
  ["Neo4j's default password", neo4j.auth.basic('neo4j', 'neo4j')],
  ['a guessed password', neo4j.auth.basic('neo4j', 'password')],
])('refuses a local client with %s', async (_what, token) => {
  expect(await strangerConnects(token)).toBe('Neo.ClientError.Security.Unauthorized');
});

it('keeps the password in the data folder, readable by its owner only, and the API still reads', async () => {
  const file = path.join(dataDir, PASSWORD_FILE_NAME);
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  expect(fs.readFileSync(file, 'utf8').trim().length).toBeGreaterThanOrEqual(32);
  const [row] = await connection.database.read('RETURN 1 AS one');
  expect(row?.one).toBe(1);
});
