/**
 * npm run bench -- [--scale N] [--seed S] [--seconds T]
 * On one embedded Neo4j holding the synthetic corpus of scale N (generated and bulk-ingested on
 * first use, kept in .data/bench/scale-N), asks six analyst questions three ways — the API over
 * HTTP, hand-written Cypher (the floor), @neo4j/graphql 7 (the peer, needs APOC core: copied into
 * this database's plugins folder only) — at 1 and 16 concurrent clients, and prints p50/p95,
 * throughput, the ratios API/floor and API/peer, and Bolt queries per request.
 * Options: --only name,name (some queries), --warm-up S (seconds per system before measuring).
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { createContext } from '../src/context';
import { Database } from '../src/db/Database';
import { driverOptions } from '../src/db/connect';
import { startEmbeddedNeo4j } from '../src/db/embedded/EmbeddedNeo4j';
import { applyMigrations } from '../src/db/migrations';
import { createHttpServer } from '../src/http';
import { bulkIngestFiles } from '../src/ingest/bulkIngest';
import { listSeedFiles } from '../src/ingest/seedFiles';
import { createApolloServer } from '../src/server';
import { ApiKeys, generateKey } from '../src/auth/ApiKeys';
import { writeCorpus } from '../src/synthetic/generateCorpus';
import { Counter, countingDriver } from './countingDriver';
import { ensureApoc } from './apoc';
import { PEER_TYPE_DEFS } from './peerSchema';
import { PARAMETER_QUERY, Params, QUERIES } from './queries';
import { Stats, measure, measureInterleaved, table, warmUp } from './measure';

const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] ?? fallback : fallback; };

async function main(): Promise<void> {
  const scale = Number(arg('--scale', '10'));
  const seed = Number(arg('--seed', '42'));
  const seconds = Number(arg('--seconds', '3'));
  const warmSeconds = Number(arg('--warm-up', String(seconds)));
  const corpus = path.join(PROJECT_ROOT, '.data', 'synthetic', `scale-${scale}`);
  const dataDir = path.join(PROJECT_ROOT, '.data', 'bench', `scale-${scale}`);
  if (!(await fs.stat(path.join(corpus, 'corpus.json')).catch(() => undefined))) {
    console.log(`generating scale ${scale} (seed ${seed}) into ${corpus}`);
    await writeCorpus(corpus, scale, seed);
  }
  const apocJar = await ensureApoc(path.join(dataDir, 'plugins'), (line) => console.log(line));
  const embedded = await startEmbeddedNeo4j({ dataDir, extraClasspath: [apocJar], port: 0, heap: process.env.NEO4J_EMBEDDED_HEAP ?? '2g', pageCache: process.env.NEO4J_EMBEDDED_PAGECACHE ?? '1g', log: () => {} });
  const apiCounter: Counter = { queries: 0 };
  const floorCounter: Counter = { queries: 0 };
  const peerCounter: Counter = { queries: 0 };
  const rawDriver = (counter: Counter) => countingDriver(neo4j.driver(embedded.uri, neo4j.auth.basic(embedded.credentials.user, embedded.credentials.password), { ...driverOptions(), maxConnectionPoolSize: 50 }), counter);
  const apiDatabase = new Database(rawDriver(apiCounter), undefined, 60_000);
  const floorDatabase = new Database(rawDriver(floorCounter), undefined, 60_000);
  const peerDriver = rawDriver(peerCounter);
  const stops: Array<() => Promise<void>> = [() => embedded.stop(), () => apiDatabase.close(), () => floorDatabase.close(), () => peerDriver.close()];
  try {
    await applyMigrations(floorDatabase);
    const [present] = await floorDatabase.read("MATCH (b:Body {id: 'syn-body-c01'}) RETURN count(b) AS n");
    if (Number(present?.n) === 0) {
      const report = await bulkIngestFiles(floorDatabase, await listSeedFiles(corpus), { log: (line) => console.log(line) });
      console.log(`bulk ingest: ${report.nodes + report.relationships} rows in ${report.writeSeconds.toFixed(1)} s = ${Math.round(report.rowsPerSecond)} rows/s`);
    }
    const [counts] = await floorDatabase.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
    const [picked] = await floorDatabase.read(PARAMETER_QUERY);
    const [other] = await floorDatabase.read("MATCH (b:Body) WHERE b.id STARTS WITH 'syn-body-c' AND b.id <> 'syn-body-c01' AND NOT b.id CONTAINS '-s' RETURN b.id AS id ORDER BY id LIMIT 1");
    const params: Params = {
      theme: String(picked?.theme), body: String(picked?.body), person: String(picked?.person), asOf: '2024-06-30', owner: String(picked?.owner),
      search: 'digital identity pilot', from: String(picked?.person), to: String(other?.id ?? 'syn-theme-area-digital'),
    };
    console.log(`scale ${scale}: ${counts?.nodes} nodes, ${counts?.relationships} relationships; parameters ${JSON.stringify(params)}`);

    const apollo = createApolloServer({ introspection: false });
    await apollo.start();
    // The benchmark measures queries, not the rate limit: it asks with a key of its own without one.
    const benchKey = generateKey('bench', 'reader', 'unlimited');
    const http = createHttpServer({ apollo, database: apiDatabase, createContext: (viewer) => createContext(apiDatabase, { viewer }), keys: ApiKeys.parse(benchKey.entry), readAccess: 'open' });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    stops.unshift(async () => { await new Promise<void>((resolve) => http.close(() => resolve())); http.closeAllConnections(); await apollo.stop(); });
    const apiUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

    const peerSchema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: peerDriver, features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } } }).getSchema();
    const peerServer = new ApolloServer({ schema: peerSchema });
    const { url: peerUrl } = await startStandaloneServer(peerServer, { listen: { port: 0, host: '127.0.0.1' }, context: async () => ({}) });
    stops.unshift(() => peerServer.stop());

    const post = async (url: string, call: { query: string; variables: Record<string, unknown> }) => {
      const auth: Record<string, string> = url === apiUrl ? { authorization: `Bearer ${benchKey.key}` } : {};
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(call) });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
      if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
      return body.data;
    };
    const results: Stats[] = [];
    const only = arg('--only', '').split(',').filter(Boolean);
    for (const q of QUERIES.filter((query) => only.length === 0 || only.includes(query.name))) {
      const api = q.api(params); const floor = q.floor(params); const peer = q.peer(params);
      const systems = [
        { system: 'api', counter: apiCounter, run: async () => api.size(await post(apiUrl, api)) },
        { system: 'floor', counter: floorCounter, run: async () => floor.size(await floorDatabase.read(floor.cypher, floor.params)) },
        { system: 'peer', counter: peerCounter, run: async () => peer.size(await post(peerUrl, peer)) },
      ];
      // The JVM compiles the operators a query uses as they get hot: every system gets the same
      // warm-up on this query before any is measured, so none pays for another's compilation.
      for (const s of systems) await warmUp(s.run, warmSeconds).catch(() => undefined);
      // One client: the systems interleaved request by request. Sixteen: one system at a time.
      results.push(...await measureInterleaved(q.name, systems, seconds, (line) => console.log(line)));
      for (const s of systems) {
        try {
          results.push(await measure(q.name, s.system, 16, seconds, s.run, s.counter));
        } catch (error) {
          console.log(`  ${q.name} ${s.system}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
          results.push({ query: q.name, system: s.system, clients: 16, p50: NaN, p95: NaN, throughput: NaN, roundTrips: NaN, size: NaN, requests: 0 });
        }
      }
      console.log(table(results.filter((r) => r.query === q.name)));
    }
    console.log('\nSummary (p50 ms at 1 client; ratios < 1 mean the API is faster)\n');
    console.log(table(results, true));
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
