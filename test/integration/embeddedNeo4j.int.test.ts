/**
 * Integration tests for the embedded Neo4j launcher. They start a real JVM, so they are slow:
 * the first run may also build neo4j-launcher/ with Maven (downloads ~125 MB of jars).
 *
 * Run: npx jest --preset ts-jest test/integration/embeddedNeo4j.int.test.ts
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { auth, driver as createDriver, type Integer } from 'neo4j-driver';

import { startEmbeddedNeo4j, type EmbeddedNeo4jHandle } from '../../src/db/embedded/EmbeddedNeo4j';

const PROJECT_ROOT = path.resolve(__dirname, '../..');
const MODULE_PATH = path.join(PROJECT_ROOT, 'src', 'db', 'embedded', 'EmbeddedNeo4j.ts');

// Cold Maven build + JVM start can take a few minutes on a slow network.
jest.setTimeout(300_000);

/** True once the process is gone. A zombie (exited, not yet reaped by a non-reaping PID 1) counts as gone. */
function processIsGone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Format: "pid (comm) S ..."; comm may contain spaces, so split after the last ')'.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    if (process.platform === 'linux') return true;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (processIsGone(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return processIsGone(pid);
}

describe('embedded Neo4j', () => {
  const tmpDirs: string[] = [];
  const makeTmp = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-neo4j-'));
    tmpDirs.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts, serves Bolt to the data folder\'s password only, and stops its JVM', async () => {
    const logs: string[] = [];
    const neo4j: EmbeddedNeo4jHandle = await startEmbeddedNeo4j({
      dataDir: path.join(makeTmp(), 'data'),
      log: (line) => logs.push(line),
    });
    try {
      expect(neo4j.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(processIsGone(neo4j.pid)).toBe(false);

      // The password lives in the data folder, readable by its owner only, and is the only way in.
      expect(fs.statSync(neo4j.credentials.file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(neo4j.credentials.file, 'utf8').trim()).toBe(neo4j.credentials.password);
      const stranger = createDriver(neo4j.uri, auth.basic('neo4j', 'neo4j'));
      await expect(stranger.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      await stranger.close();
      const driver = createDriver(neo4j.uri, auth.basic(neo4j.credentials.user, neo4j.credentials.password));
      try {
        await driver.verifyConnectivity();
        const session = driver.session();
        try {
          const one = await session.run<{ n: Integer }>('RETURN 1 AS n');
          expect(one.records[0]?.get('n').toNumber()).toBe(1);

          await session.executeWrite((tx) =>
            tx.run('CREATE (:Council {id: $id, name: $name})', { id: 'c1', name: 'Council of the Federation' }),
          );
          const read = await session.executeRead((tx) =>
            tx.run<{ name: string }>('MATCH (c:Council {id: $id}) RETURN c.name AS name', { id: 'c1' }),
          );
          expect(read.records.map((r) => r.get('name'))).toEqual(['Council of the Federation']);
        } finally {
          await session.close();
        }
      } finally {
        await driver.close();
      }
    } finally {
      await neo4j.stop();
    }
    await neo4j.stop(); // idempotent
    expect(await waitUntilGone(neo4j.pid, 2_000)).toBe(true);
  });

  it('leaves no orphan JVM when the Node parent is SIGKILLed', async () => {
    const tmp = makeTmp();
    const script = path.join(tmp, 'start-and-wait.ts');
    fs.writeFileSync(
      script,
      [
        `import { startEmbeddedNeo4j } from ${JSON.stringify(MODULE_PATH)};`,
        `startEmbeddedNeo4j({ dataDir: ${JSON.stringify(path.join(tmp, 'data'))} }).then(`,
        `  (h) => { console.log('JVM_PID ' + h.pid); setInterval(() => undefined, 60_000); },`,
        `  (e: unknown) => { console.error(e); process.exit(1); },`,
        `);`,
      ].join('\n'),
    );

    // `node --import tsx` runs the script in this very process; the `tsx` CLI would add a wrapper
    // process, and SIGKILL-ing the wrapper would leave the real parent (and the JVM) alive.
    const parent = spawn(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, script], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    parent.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const parentExited = new Promise<void>((resolve) => parent.once('exit', () => resolve()));

    const jvmPid = await new Promise<number>((resolve, reject) => {
      readline.createInterface({ input: parent.stdout }).on('line', (line) => {
        const m = /^JVM_PID (\d+)$/.exec(line);
        if (m?.[1] !== undefined) resolve(Number(m[1]));
      });
      parent.once('exit', (code) => reject(new Error(`helper exited early (code ${code}):\n${stderr}`)));
    });

    try {
      expect(processIsGone(jvmPid)).toBe(false);
      parent.kill('SIGKILL');
      await parentExited;
      expect(await waitUntilGone(jvmPid, 10_000)).toBe(true);
    } finally {
      if (!processIsGone(jvmPid)) process.kill(jvmPid, 'SIGKILL');
    }
  });
});
