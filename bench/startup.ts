/**
 * npm run bench:startup — seconds from `npm start` to the first answered GraphQL query, cold (a
 * fresh data folder: every seed written) and again on the same folder (seeds unchanged), and the
 * resident memory of the Node process and the embedded Neo4j JVM once idle. Free ports; stops
 * everything it started.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.BENCH_PORT ?? 4900);
const BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 7900);
const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'council-graph-bench-'));
  await startOnce('cold start (empty database, every seed written)', dataDir, true);
  await startOnce('restart (same database, seeds unchanged)', dataDir, false);
}

/** One `npm start` on `dataDir`, up to its first answered query; stopped (and waited for) before returning. */
async function startOnce(what: string, dataDir: string, measureMemory: boolean): Promise<void> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(PORT), NEO4J_EMBEDDED_PORT: String(BOLT_PORT), NEO4J_EMBEDDED_DATA_DIR: dataDir },
  });
  const log: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    const firstAnswer = await waitForFirstAnswer(started);
    console.log(`${what}: first answered GraphQL query after npm start: ${(firstAnswer / 1000).toFixed(1)} s`);
    if (measureMemory) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const tree = descendants(child.pid ?? 0);
      const rss = (name: string) => tree.filter((pid) => commandOf(pid).includes(name)).map(residentMegabytes).reduce((a, b) => Math.max(a, b), 0);
      console.log(`resident memory while idle: JVM ${rss('java').toFixed(0)} MB, Node ${rss('src/index.ts').toFixed(0)} MB`);
    }
    console.log(log.join('').split('\n').filter((line) => /ready|seeds:|migrations/.test(line)).map((line) => `  | ${line}`).join('\n'));
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
    // The JVM releases its store lock and port as the process group ends.
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function waitForFirstAnswer(started: number): Promise<number> {
  const deadline = started + 180_000;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ meeting(id: "mtg-pssdc-2020-09-24") { date } }' }),
      });
      const body = (await response.json()) as { data?: { meeting?: { date?: string } } };
      if (body.data?.meeting?.date) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no answer within 180 s');
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // process ended meanwhile
    }
  }
  const found: number[] = [];
  const visit = (p: number) => (children.get(p) ?? []).forEach((c) => { found.push(c); visit(c); });
  visit(pid);
  return found;
}

function commandOf(pid: number): string {
  try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '); } catch { return ''; }
}

function residentMegabytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : 0;
  } catch { return 0; }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
