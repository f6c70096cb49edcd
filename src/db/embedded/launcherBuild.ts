/**
 * The launcher's build (neo4j-launcher/, Maven) and the classpath the JVM runs with.
 * `mvn package` compiles the launcher into target/neo4j-launcher-0.1.0.jar and copies Neo4j's jars
 * into target/lib; the signed ones among them are then rewritten unsigned (UnsignJars.java).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';

export const PROJECT_ROOT = path.resolve(__dirname, '../../..');
const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');
export const TARGET_DIR = path.join(LAUNCHER_DIR, 'target');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const LIB_DIR = path.join(TARGET_DIR, 'lib');
// A jar rather than target/classes: the JVM's class-data archive accepts jars only on the classpath.
const LAUNCHER_JAR = path.join(TARGET_DIR, 'neo4j-launcher-0.1.0.jar');
const JAVA_SOURCES = path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'council', 'graph');
const OUTPUT_TAIL_LINES = 40;

const noop = (): void => undefined;

export function mtimeMs(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function libJars(): string[] {
  try {
    return fs.readdirSync(LIB_DIR).filter((name) => name.endsWith('.jar')).sort();
  } catch {
    return [];
  }
}

/** True when the launcher jar and its dependency jars exist and the jar is newer than pom + sources. */
export function launcherIsBuilt(): boolean {
  const built = mtimeMs(LAUNCHER_JAR);
  if (built === undefined) return false;
  const jars = libJars();
  if (!jars.some((f) => /^neo4j-bolt-\d.*\.jar$/.test(f)) || !jars.some((f) => /^neo4j-\d.*\.jar$/.test(f))) {
    return false;
  }
  let sources: string[];
  try {
    sources = fs.readdirSync(JAVA_SOURCES).map((name) => path.join(JAVA_SOURCES, name));
  } catch {
    sources = [];
  }
  return [POM, ...sources].map(mtimeMs).every((m) => m === undefined || m <= built);
}

/**
 * Every jar the launcher runs with, in a fixed order (a class-data archive is valid only for the
 * classpath it was made with, and a `lib/*` wildcard follows the order of the directory).
 */
export function launcherJars(): string[] {
  return [LAUNCHER_JAR, ...libJars().map((name) => path.join(LIB_DIR, name))];
}

/** The launcher's classpath (Neo4j and its tools, e.g. the offline importer); `extra` comes last. */
export function launcherClasspath(extra: readonly string[] = []): string {
  return [...launcherJars(), ...extra].join(path.delimiter);
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}

function commandWorks(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
  return r.error === undefined && r.status === 0;
}

let buildInFlight: Promise<void> | undefined;

/** Runs `mvn -q -B -f neo4j-launcher/pom.xml package`, then unsigns jars. Concurrent callers share one build. */
export async function buildLauncher(log: (line: string) => void = noop): Promise<void> {
  buildInFlight ??= (async () => {
    if (!commandWorks('java', ['-version'])) {
      throw new Error('Cannot build the Neo4j launcher: `java` (JDK 17+) was not found on PATH or does not run.');
    }
    if (!commandWorks('mvn', ['-v', '-q'])) {
      throw new Error('Cannot build the Neo4j launcher: Maven (`mvn`, 3.8+) was not found on PATH or does not run.');
    }
    await run('mvn', ['-q', '-B', '-f', POM, 'package'], 'Building the Neo4j launcher', log);
    // Maven leaves an up-to-date jar as it was: mark it built now, or a pom touched without any
    // change would look newer than the jar at every start.
    if (mtimeMs(LAUNCHER_JAR) !== undefined && !launcherIsBuilt()) fs.utimesSync(LAUNCHER_JAR, new Date(), new Date());
    if (!launcherIsBuilt()) throw new Error(`mvn succeeded but ${LAUNCHER_JAR} or jars in ${LIB_DIR} are missing`);
    await run('java', ['-cp', LAUNCHER_JAR, 'council.graph.UnsignJars', LIB_DIR], 'Unsigning the launcher\'s jars', log);
  })().finally(() => {
    buildInFlight = undefined;
  });
  return buildInFlight;
}

/** Runs a build command; rejects with the tail of its output when it fails. */
function run(command: string, args: string[], what: string, log: (line: string) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const output: string[] = [];
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (raw: string): void => {
      const line = stripAnsi(raw).trimEnd();
      if (line === '') return;
      output.push(line);
      if (output.length > OUTPUT_TAIL_LINES) output.shift();
      log(line);
    };
    readline.createInterface({ input: child.stdout }).on('line', onLine);
    readline.createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', (err) => reject(new Error(`Cannot run ${command}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (${command} exit ${code ?? signal ?? '?'}):\n${output.join('\n')}`));
    });
  });
}
