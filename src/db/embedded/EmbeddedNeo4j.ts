/**
 * Starts an embedded Neo4j 5.26 Community (see neo4j-launcher/) as a child JVM of this Node process.
 *
 * Lifecycle contract with the JVM:
 *  - it prints exactly one stdout line `NEO4J_READY bolt://127.0.0.1:<port>` once the database is up;
 *  - it shuts down cleanly when its stdin reaches EOF. We keep stdin open as a pipe, so if this Node
 *    process dies for any reason (even SIGKILL) the kernel closes the pipe and the JVM follows.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { archiveClassesArgs, classDataSharingArgs } from './classDataArchive';
import { embeddedCredentials, type EmbeddedCredentials } from './embeddedPassword';
import { PROJECT_ROOT, buildLauncher, launcherClasspath, launcherIsBuilt } from './launcherBuild';

export { buildLauncher, launcherClasspath } from './launcherBuild';

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) lets the OS choose a free one. */
  port?: number;
  /** JVM heap, e.g. `512m` (the default). */
  heap?: string;
  /** Neo4j page cache, e.g. `128m` (the default). */
  pageCache?: string;
  /** Time allowed from spawn to NEO4J_READY; default 90 s. */
  startTimeoutMs?: number;
  /** Optional Neo4j transaction timeout (db.transaction.timeout), in seconds. */
  txTimeoutSeconds?: number;
  /**
   * Extra jars on the JVM classpath, for the benchmark only (APOC core registers its extensions
   * through the classpath). Never set by the application.
   */
  extraClasspath?: string[];
  /** Receives the launcher's stderr (and any stray stdout) lines and build output. */
  log?: (line: string) => void;
  /** Called when the JVM exits after it was ready without stop() being called (a crash, kill -9). */
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
  /**
   * `npm run neo4j:build` only: write the classes this JVM loads to a class-data archive at exit
   * (see classDataArchive.ts). Stopping then takes longer, while the JVM writes it.
   */
  archiveClassesTo?: string;
}

export interface EmbeddedNeo4jHandle {
  uri: string;
  /** Authentication is on: the user and the data folder's password (see embeddedPassword.ts). */
  credentials: EmbeddedCredentials;
  pid: number;
  stop(): Promise<void>;
}

const MAIN_CLASS = 'council.graph.EmbeddedNeo4j';
const READY_PREFIX = 'NEO4J_READY ';
const DEFAULT_HEAP = '512m';
const DEFAULT_PAGE_CACHE = '128m';
const DEFAULT_START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 15_000;
const ARCHIVING_STOP_GRACE_MS = 180_000;
const STDERR_TAIL_LINES = 40;
const MEMORY_SIZE = /^\d+[kKmMgG]?$/;

const noop = (): void => undefined;

const SIZE_FACTORS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
const INITIAL_HEAP_CAP = '128m';

function sizeToBytes(size: string): number {
  const unit = size.slice(-1).toLowerCase();
  const hasUnit = unit in SIZE_FACTORS && unit !== '';
  return Number(hasUnit ? size.slice(0, -1) : size) * (SIZE_FACTORS[hasUnit ? unit : ''] ?? 1);
}

function initialHeap(heap: string): string {
  return sizeToBytes(heap) < sizeToBytes(INITIAL_HEAP_CAP) ? heap : INITIAL_HEAP_CAP;
}

export function validateSize(name: string, value: string): string {
  if (!MEMORY_SIZE.test(value)) throw new Error(`${name} must look like 512m or 1g, got "${value}"`);
  return value;
}

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4jHandle> {
  const log = options.log ?? noop;
  const heap = validateSize('heap', options.heap ?? DEFAULT_HEAP);
  const pageCache = validateSize('pageCache', options.pageCache ?? DEFAULT_PAGE_CACHE);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${port}`);
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const dataDir = path.resolve(options.dataDir);

  if (!launcherIsBuilt()) {
    log('Neo4j launcher not built yet; running Maven (first time downloads ~125 MB of jars)...');
    await buildLauncher(log);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const credentials = embeddedCredentials(dataDir);

  const args = [
    `-Xmx${heap}`,
    // Neo4j warns without an explicit -Xms; a small one (not = -Xmx) keeps idle RSS ~120 MB lower.
    `-Xms${initialHeap(heap)}`,
    '-XX:+UseSerialGC', // fewest GC threads / least native memory for a small laptop
    // Lets the page cache use DirectByteBuffer without a slower fallback (same as neo4j's own scripts).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    ...(options.archiveClassesTo ? archiveClassesArgs(options.archiveClassesTo) : classDataSharingArgs(log)),
    '-cp',
    launcherClasspath(options.extraClasspath),
    MAIN_CLASS,
    '--data-dir',
    dataDir,
    '--port',
    String(port),
    '--pagecache',
    pageCache,
    // The path, not the password: a command line is visible to every local user.
    '--password-file',
    credentials.file,
  ];
  if (options.txTimeoutSeconds !== undefined) args.push('--tx-timeout', String(options.txTimeoutSeconds));

  const child: ChildProcessWithoutNullStreams = spawn('java', args, {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Writing to / ending a pipe of a JVM that already died raises EPIPE; exit handling covers that case.
  child.stdin.on('error', noop);
  // A late 'error' (e.g. a failed kill) must not become an uncaught exception.
  child.on('error', (err) => log(`embedded Neo4j process error: ${err.message}`));

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const isAlive = (): boolean => child.exitCode === null && child.signalCode === null;

  // Belt and braces: if this process exits without stop(), kill the JVM synchronously.
  const killOnExit = (): void => {
    if (isAlive()) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(line);
  });

  const uri = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (isAlive()) child.kill('SIGKILL');
      // Give stderr a moment to drain so the tail holds the JVM's last words.
      setTimeout(() => {
        const tail = stderrTail.join('\n');
        reject(new Error(`Embedded Neo4j did not start: ${reason}${tail ? `\n--- launcher stderr ---\n${tail}` : ''}`));
      }, 100);
    };
    const timer = setTimeout(() => fail(`no NEO4J_READY within ${startTimeoutMs} ms`), startTimeoutMs);

    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!settled && line.startsWith(READY_PREFIX)) {
        settled = true;
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).trim());
      } else {
        log(line);
      }
    });
    child.once('error', (err) => fail(`cannot run java: ${err.message}`));
    child.once('exit', (code, signal) => fail(`launcher exited (code ${code ?? 'null'}, signal ${signal ?? 'null'})`));
  });

  const pid = child.pid;
  if (pid === undefined) throw new Error('Embedded Neo4j started but has no pid'); // cannot happen after READY

  const stopGraceMs = options.archiveClassesTo ? ARCHIVING_STOP_GRACE_MS : STOP_GRACE_MS;
  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (stopping === undefined) options.onUnexpectedExit?.(code, signal);
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (!isAlive()) return;
      child.stdin.end(); // EOF => the launcher shuts Neo4j down and exits 0
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), stopGraceMs);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut && isAlive()) {
        log(`Embedded Neo4j (pid ${pid}) did not stop within ${stopGraceMs} ms; sending SIGKILL`);
        child.kill('SIGKILL');
        await exited;
      }
    })();
    return stopping;
  };

  return { uri, credentials, pid, stop };
}
