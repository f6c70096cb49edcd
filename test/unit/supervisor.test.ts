import type { EmbeddedNeo4jHandle, EmbeddedNeo4jOptions } from '../../src/db/embedded/EmbeddedNeo4j';
import { restartDelayMs, superviseEmbeddedNeo4j } from '../../src/db/embedded/supervisor';

/** A fake launcher: records each start's options, and can fail or "kill" the JVMs it started. */
function fakeLauncher(failStarts = 0) {
  const starts: EmbeddedNeo4jOptions[] = [];
  let failuresLeft = failStarts;
  const start = async (options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4jHandle> => {
    starts.push(options);
    if (starts.length > 1 && failuresLeft-- > 0) throw new Error('port busy\nmore detail');
    const port = options.port === 0 ? 40123 : options.port;
    return { uri: `bolt://127.0.0.1:${port}`, credentials: { user: 'neo4j', password: 'secret-password', file: '/tmp/x/neo4j-password' }, pid: 1000 + starts.length, stop: async () => undefined };
  };
  const kill = () => starts[starts.length - 1]?.onUnexpectedExit?.(null, 'SIGKILL');
  return { start, starts, kill };
}

const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('superviseEmbeddedNeo4j', () => {
  it('logs an unexpected exit, reports degraded, and restarts on the port first bound', async () => {
    const launcher = fakeLauncher();
    const log: string[] = [];
    const neo4j = await superviseEmbeddedNeo4j({ dataDir: '/tmp/x', port: 0, stableAfterMs: 0, start: launcher.start, log: (line) => log.push(line) });
    expect(neo4j.health()).toEqual({ status: 'ok' });
    launcher.kill();
    expect(neo4j.health()).toMatchObject({ status: 'degraded' });
    expect(log[0]).toMatch(/^embedded Neo4j \(pid 1001\) exited unexpectedly \(signal SIGKILL\)/);
    await settle();
    expect(launcher.starts.map((options) => options.port)).toEqual([0, 40123]);
    expect(neo4j.health()).toEqual({ status: 'ok' });
    expect(neo4j.pid()).toBe(1002);
    await neo4j.stop();
  });

  it('backs off while restarts fail, and stops retrying once stopped', async () => {
    const launcher = fakeLauncher(10);
    const log: string[] = [];
    const neo4j = await superviseEmbeddedNeo4j({ dataDir: '/tmp/x', port: 7777, start: launcher.start, log: (line) => log.push(line), backoffMs: { initial: 20, max: 40 } });
    launcher.kill();
    await settle(150);
    const attempts = launcher.starts.length;
    expect(attempts).toBeGreaterThan(2);
    expect(attempts).toBeLessThan(9);
    expect(log).toContain('embedded Neo4j restart failed: port busy');
    expect(neo4j.health()).toMatchObject({ status: 'degraded' });
    await neo4j.stop();
    await settle(100);
    expect(launcher.starts.length).toBe(attempts);
  });

  it('does not restart a JVM that was stopped on purpose', async () => {
    const launcher = fakeLauncher();
    const neo4j = await superviseEmbeddedNeo4j({ dataDir: '/tmp/x', port: 7777, start: launcher.start });
    await neo4j.stop();
    launcher.kill();
    await settle();
    expect(launcher.starts).toHaveLength(1);
  });
});

describe('restartDelayMs', () => {
  it('restarts at once the first time, then doubles up to the maximum', () => {
    expect([0, 1, 2, 3, 6, 10].map((failures) => restartDelayMs(failures, { initial: 1000, max: 30_000 }))).toEqual([0, 1000, 2000, 4000, 30_000, 30_000]);
  });
});
