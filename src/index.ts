/**
 * Process entry: configuration → database (embedded unless NEO4J_URI is set) → migrations →
 * seeds → HTTP. SIGINT/SIGTERM drain the HTTP server, close the driver and stop the JVM.
 */
import type { ApolloServer } from '@apollo/server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from './context';
import { ApiKeys } from './auth/ApiKeys';
import { loadConfig } from './config';
import { createContext } from './context';
import { connect } from './db/connect';
import { applyMigrations } from './db/migrations';
import { createHttpServer } from './http';
import { describeChanges, ingestFiles } from './ingest/ingestFiles';
import { hasChanges } from './ingest/PlanWriter';
import { bulkIngestFiles } from './ingest/bulkIngest';
import { listSeedFiles } from './ingest/seedFiles';
import { createApolloServer } from './server';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const connection = await connect(config.database, config.transactionTimeoutMs, (line) => console.log(line));
  console.log(`Neo4j ready at ${connection.uri}`);

  let server: Server | undefined;
  let apollo: ApolloServer<Context> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // A stuck shutdown must not leave the process (and its JVM) running.
    setTimeout(() => process.exit(1), 15_000).unref();
    if (server) {
      const closed = new Promise<void>((resolve) => server?.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
    }
    await apollo?.stop();
    await connection.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const migrationsStarted = performance.now();
  await applyMigrations(connection.database);
  console.log(`schema migrations applied in ${seconds(migrationsStarted)} s`);
  if (config.seedsDir) {
    const seedsStarted = performance.now();
    const files = await listSeedFiles(config.seedsDir);
    const [graph] = await connection.database.read('RETURN EXISTS { MATCH (n:Entity) } AS holdsEntities');
    if (graph?.holdsEntities !== true) {
      // An empty database (a first start): every document at once, whole documents batched together,
      // each with its digest. If this is interrupted, the next start skips the documents written and
      // writes the others.
      const report = await bulkIngestFiles(connection.database, files, { recordDigests: true });
      console.log(`seeds: ${report.documents} documents written together into an empty database (${report.nodes} nodes, ${report.relationships} relationships), in ${seconds(seedsStarted)} s`);
    } else {
      // Documents whose plan is the one last written are skipped: a restart on unchanged seeds is quick.
      const reports = await ingestFiles(connection.database, files, { skipUnchanged: true });
      for (const report of reports) if (hasChanges(report.changes)) console.log(`seed ${describeChanges(report, false)}`);
      const written = reports.filter((report) => hasChanges(report.changes)).length;
      console.log(`seeds: ${reports.length} documents, ${written} written, ${reports.length - written} unchanged, in ${seconds(seedsStarted)} s`);
    }
  }

  apollo = createApolloServer({ introspection: config.introspection, limits: config.limits });
  await apollo.start();
  server = createHttpServer({ apollo, database: connection.database, createContext: (viewer) => createContext(connection.database, { requestTimeoutMs: config.limits.requestTimeoutMs, viewer }),
    keys: ApiKeys.parse(process.env.API_KEYS),
    readAccess: config.readAccess,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { address, port } = server.address() as AddressInfo;
  console.log(`GraphQL ready at http://${address}:${port}/graphql (started in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
