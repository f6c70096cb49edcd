/**
 * npm run load — drives the running API (npm start) with the headline theme query and a search,
 * from 50 concurrent clients for 30 s, and prints throughput, latency percentiles and errors.
 * A GraphQL `errors` entry in an HTTP 200 answer counts as an error, and so does a refusal by the
 * rate limit (HTTP 429, counted apart). Only loopback targets.
 *   LOAD_URL (default http://127.0.0.1:4000/graphql), LOAD_CLIENTS (50), LOAD_SECONDS (30),
 *   LOAD_API_KEY: the load's own budget. 50 clients on one address spend far more than the anonymous
 *   budget of one address, so give the load a key: `npm run api-key -- load reader unlimited`,
 *   its entry in the server's API_KEYS, and the key here.
 */
const url = new URL(process.env.LOAD_URL ?? 'http://127.0.0.1:4000/graphql');
const clients = Number(process.env.LOAD_CLIENTS ?? 50);
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const headers: Record<string, string> = { 'content-type': 'application/json' };
if (process.env.LOAD_API_KEY) headers.authorization = `Bearer ${process.env.LOAD_API_KEY}`;

if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  console.error(`LOAD_URL must be a loopback address, but got: ${url.hostname}`);
  process.exit(2);
}

const OPERATIONS = [
  {
    name: 'themeAcrossMeetings',
    query: `query Headline($theme: ID!) { themeAcrossMeetings(themeId: $theme) {
      totalStatements representatives { statementCount representative { ... on Jurisdiction { id name } ... on Organization { id name } }
        meetings { id date } speakers { name } statements { summary evidence { quote lineStart lineEnd } } } } }`,
    variables: { theme: 'theme-digital-identity' },
  },
  {
    name: 'search',
    query: 'query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { node { score snippet kind entity { id } } } } }',
    variables: { q: 'identite numerique' },
  },
];

interface Sample { operation: string; ms: number; ok: boolean; throttled: boolean }

async function client(until: number, samples: Sample[], index: number): Promise<void> {
  let turn = index;
  while (performance.now() < until) {
    const operation = OPERATIONS[turn++ % OPERATIONS.length]!;
    const started = performance.now();
    let ok = false;
    let throttled = false;
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: operation.query, variables: operation.variables }) });
      const body = (await response.json()) as { errors?: unknown[] };
      ok = response.status === 200 && !body.errors;
      throttled = response.status === 429;
    } catch {
      ok = false;
    }
    samples.push({ operation: operation.name, ms: performance.now() - started, ok, throttled });
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const samples: Sample[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, i) => client(started + seconds * 1000, samples, i)));
  const elapsed = (performance.now() - started) / 1000;
  console.log(`${clients} clients, ${elapsed.toFixed(1)} s against ${url.href}`);
  for (const name of [...OPERATIONS.map((o) => o.name), 'all']) {
    const of = samples.filter((s) => name === 'all' || s.operation === name);
    const ms = of.map((s) => s.ms).sort((a, b) => a - b);
    const errors = of.filter((s) => !s.ok).length;
    const throttled = of.filter((s) => s.throttled).length;
    console.log(`${name.padEnd(20)} ${String(of.length).padStart(7)} requests  ${(of.length / elapsed).toFixed(1).padStart(7)} req/s  ` +
      `p50 ${percentile(ms, 50).toFixed(1)} ms  p95 ${percentile(ms, 95).toFixed(1)} ms  p99 ${percentile(ms, 99).toFixed(1)} ms  errors ${errors} (rate-limited ${throttled})`);
  }
  if (samples.some((s) => !s.ok)) process.exitCode = 1;
}

void main();
