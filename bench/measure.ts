/** Closed-loop load: `clients` workers call `run` back to back for `seconds`; latency percentiles and Bolt queries per request. */
import type { Counter } from './countingDriver';

export interface Stats { query: string; system: string; clients: number; p50: number; p95: number; throughput: number; roundTrips: number; size: number; requests: number }

/** Calls `run` back to back for `seconds` (at least 3 times), results discarded. */
export async function warmUp(run: () => Promise<number>, seconds: number): Promise<void> {
  const until = performance.now() + seconds * 1000;
  for (let i = 0; i < 3 || performance.now() < until; i++) await run();
}

export interface System { system: string; run: () => Promise<number>; counter: Counter }

/**
 * One client, the systems taking turns request by request (the order rotating every round) for
 * `seconds`: all three see the same JVM state — garbage collections, compilation, caches — so a
 * slow spell of the database cannot land on one system only. Throughput is 1 / mean latency.
 */
export async function measureInterleaved(query: string, systems: System[], seconds: number, log: (line: string) => void): Promise<Stats[]> {
  const latencies = new Map(systems.map((s) => [s.system, [] as number[]]));
  const sizes = new Map<string, number>();
  const before = new Map(systems.map((s) => [s.system, s.counter.queries]));
  const failed = new Set<string>();
  const until = performance.now() + seconds * 1000;
  for (let round = 0; performance.now() < until || round < 5; round++) {
    for (let i = 0; i < systems.length; i++) {
      const s = systems[(round + i) % systems.length] as System;
      if (failed.has(s.system)) continue;
      try {
        const t = performance.now();
        sizes.set(s.system, await s.run());
        latencies.get(s.system)?.push(performance.now() - t);
      } catch (error) {
        failed.add(s.system);
        log(`  ${query} ${s.system}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
      }
    }
  }
  return systems.map((s) => {
    const sorted = [...(latencies.get(s.system) ?? [])].sort((a, b) => a - b);
    const ok = !failed.has(s.system) && sorted.length > 0;
    const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
    return {
      query, system: s.system, clients: 1, requests: sorted.length,
      p50: ok ? percentile(sorted, 50) : NaN, p95: ok ? percentile(sorted, 95) : NaN, throughput: ok ? 1000 / mean : NaN,
      roundTrips: ok ? (s.counter.queries - (before.get(s.system) ?? 0)) / sorted.length : NaN, size: sizes.get(s.system) ?? NaN,
    };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export async function measure(query: string, system: string, clients: number, seconds: number, run: () => Promise<number>, counter: Counter): Promise<Stats> {
  let size = 0;
  for (let i = 0; i < 3; i++) size = await run(); // warm-up: plans cached, pages in memory
  const before = counter.queries;
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  // At least 5 requests per client, but never more than 10x the time asked for.
  const hardStop = started + seconds * 10_000;
  await Promise.all(Array.from({ length: clients }, async () => {
    let done = 0;
    while ((performance.now() < until || done < 5) && performance.now() < hardStop) {
      const t = performance.now();
      await run();
      latencies.push(performance.now() - t);
      done += 1;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { query, system, clients, p50: percentile(latencies, 50), p95: percentile(latencies, 95), throughput: latencies.length / elapsed,
    roundTrips: (counter.queries - before) / latencies.length, size, requests: latencies.length };
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** Markdown table; with `summary`, one row per query comparing the three systems. */
export function table(stats: Stats[], summary = false): string {
  if (!summary) {
    const rows = stats.map((s) => `| ${s.query} | ${s.system} | ${s.clients} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.throughput)} | ${f(s.roundTrips, 2)} | ${s.size} |`);
    return ['| query | system | clients | p50 ms | p95 ms | req/s | Bolt queries/req | answer size |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
  }
  const queries = [...new Set(stats.map((s) => s.query))];
  const find = (q: string, system: string, clients: number) => stats.find((s) => s.query === q && s.system === system && s.clients === clients);
  const rows = queries.map((q) => {
    const [api, floor, peer] = ['api', 'floor', 'peer'].map((sys) => find(q, sys, 1));
    const [api16, , peer16] = ['api', 'floor', 'peer'].map((sys) => find(q, sys, 16));
    return `| ${q} | ${f(api?.p50 ?? NaN)} / ${f(api?.p95 ?? NaN)} | ${f(floor?.p50 ?? NaN)} / ${f(floor?.p95 ?? NaN)} | ${f(peer?.p50 ?? NaN)} / ${f(peer?.p95 ?? NaN)} | ` +
      `${f((api?.p50 ?? NaN) / (floor?.p50 ?? NaN), 2)} | ${f((api?.p50 ?? NaN) / (peer?.p50 ?? NaN), 2)} / ${f((api?.p95 ?? NaN) / (peer?.p95 ?? NaN), 2)} | ` +
      `${f(api?.throughput ?? NaN)} / ${f(api16?.throughput ?? NaN)} | ${f(peer16?.throughput ?? NaN)} | ${f(api?.roundTrips ?? NaN, 1)} |`;
  });
  return ['| query | API p50/p95 ms | floor p50/p95 | peer p50/p95 | API/floor p50 | API/peer p50 / p95 | API req/s 1 / 16 clients | peer req/s 16 | API Bolt queries/req |',
    '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}
