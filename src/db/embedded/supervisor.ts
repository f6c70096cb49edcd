/**
 * Keeps the embedded Neo4j running: when its JVM exits without being asked to (a crash, an OOM
 * kill, kill -9), the exit is logged, health turns `degraded`, and the JVM is started again on the
 * same data folder and the same port, so the driver's URI stays valid and it reconnects by itself.
 * Restarts back off (1 s, 2 s, 4 s … 30 s) while starts fail or the JVM keeps dying soon after start.
 */
import { startEmbeddedNeo4j, type EmbeddedNeo4jHandle, type EmbeddedNeo4jOptions } from './EmbeddedNeo4j';
import type { EmbeddedCredentials } from './embeddedPassword';

export type DatabaseHealth = { status: 'ok' } | { status: 'degraded'; reason: string; since: string };

export interface SupervisedNeo4j {
  uri: string;
  /** The same across restarts: they reuse the data folder, which keeps the password. */
  credentials: EmbeddedCredentials;
  /** The running JVM's pid; it changes on every restart. */
  pid(): number;
  health(): DatabaseHealth;
  /** Stops the JVM and any restart in progress; no restart follows. */
  stop(): Promise<void>;
}

export interface SupervisorOptions extends Omit<EmbeddedNeo4jOptions, 'onUnexpectedExit'> {
  /** First and longest wait between restarts, in ms (defaults 1000 and 30000). */
  backoffMs?: { initial: number; max: number };
  /** A JVM that ran this long counts as stable: the backoff starts over (default 60 s). */
  stableAfterMs?: number;
  /** For tests: what starts one JVM. */
  start?: (options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4jHandle>;
}

export async function superviseEmbeddedNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const supervisor = new Supervisor(options);
  await supervisor.startFirst();
  return supervisor;
}

/** Delay before restart number `failures` (0: at once), doubling up to the maximum. */
export function restartDelayMs(failures: number, backoff: { initial: number; max: number }): number {
  return failures === 0 ? 0 : Math.min(backoff.max, backoff.initial * 2 ** (failures - 1));
}

class Supervisor implements SupervisedNeo4j {
  uri = '';
  credentials: EmbeddedCredentials = { user: '', password: '', file: '' };
  private handle: EmbeddedNeo4jHandle | undefined;
  private startedAt = 0;
  private port: number;
  private failures = 0;
  private degraded: { reason: string; since: string } | undefined;
  private stopped = false;
  private restarting: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private readonly log: (line: string) => void;
  private readonly backoff: { initial: number; max: number };

  constructor(private readonly options: SupervisorOptions) {
    this.port = options.port ?? 0;
    this.log = options.log ?? (() => undefined);
    this.backoff = options.backoffMs ?? { initial: 1000, max: 30_000 };
  }

  async startFirst(): Promise<void> {
    await this.startOne();
    // A restart must come back where the driver looks: the port the OS picked, if it picked one.
    this.port = Number(new URL(this.uri.replace(/^bolt:/, 'http:')).port);
  }

  pid(): number {
    if (!this.handle) throw new Error('expected a running embedded Neo4j, but it is restarting');
    return this.handle.pid;
  }

  health(): DatabaseHealth {
    return this.degraded ? { status: 'degraded', ...this.degraded } : { status: 'ok' };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.restarting;
    await this.handle?.stop();
  }

  private async startOne(): Promise<void> {
    const start = this.options.start ?? startEmbeddedNeo4j;
    const handle = await start({ ...this.options, port: this.port, onUnexpectedExit: (code, signal) => this.onExit(handle.pid, code, signal) });
    this.handle = handle;
    this.uri = handle.uri;
    this.credentials = handle.credentials;
    this.startedAt = performance.now();
  }

  private onExit(pid: number, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopped) return;
    this.handle = undefined;
    const ranMs = performance.now() - this.startedAt;
    this.failures = ranMs >= (this.options.stableAfterMs ?? 60_000) ? 0 : this.failures + 1;
    this.degraded = { reason: 'the embedded Neo4j stopped unexpectedly and is being restarted', since: new Date().toISOString() };
    this.log(`embedded Neo4j (pid ${pid}) exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}) after ${(ranMs / 1000).toFixed(0)} s; restarting it`);
    this.restarting = this.restartLoop(performance.now());
  }

  private async restartLoop(exitedAt: number): Promise<void> {
    while (!this.stopped) {
      const delay = restartDelayMs(this.failures, this.backoff);
      if (delay > 0) {
        this.log(`embedded Neo4j: next start in ${delay} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wakeUp = () => { clearTimeout(timer); resolve(); };
        });
        if (this.stopped) return;
      }
      try {
        await this.startOne();
        if (this.stopped) return; // stop() stops this.handle after awaiting this loop
        this.degraded = undefined;
        this.log(`embedded Neo4j restarted (pid ${this.handle?.pid}) at ${this.uri}, ${((performance.now() - exitedAt) / 1000).toFixed(1)} s after it exited`);
        return;
      } catch (error) {
        this.failures++;
        this.log(`embedded Neo4j restart failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
      }
    }
  }
}
