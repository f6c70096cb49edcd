/**
 * Process entry: configuration → database (embedded unless NEO4J_URI is set) → migrations →
 * seeds → HTTP. SIGINT/SIGTERM drain the HTTP server, close the driver and stop the JVM.
 *
 * Neo4j takes longest to come up, so it is started first, and what needs no database runs
 * meanwhile: loading the rest of the application (imported below, after the JVM is spawned),
 * bringing the dashboard bundle up to date, starting the GraphQL server, and reading and checking
 * the seeds.
 */
import type { ApolloServer } from '@apollo/server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Context } from './context';
import type { ReadSeeds } from './ingest/startupSeeds';
import { AppConfig, loadConfig } from './config';
import { Connection, connect } from './db/connect';
import { RateLimiter } from './rateLimit/RateLimiter';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const connecting = connect(config.database, config.transactionTimeoutMs, (line) => console.log(line)).then((connection) => {
    console.log(`Neo4j ready at ${connection.uri} (in ${seconds(started)} s)`);
    return connection;
  });
  const [connection, app] = await Promise.all([connecting, prepareWithoutDatabase(config)]);

  let server: Server | undefined;
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
    await app.apollo.stop();
    await connection.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const migrationsStarted = performance.now();
  await app.applyMigrations(connection.database);
  console.log(`schema migrations applied in ${seconds(migrationsStarted)} s`);
  if (app.seeds) await app.loadSeeds(connection.database, app.seeds, (line) => console.log(line));

  server = app.listen(connection);
  await new Promise<void>((resolve) => server?.listen(config.port, config.host, resolve));
  const { address, port } = server.address() as AddressInfo;
  console.log(`GraphQL ready at http://${address}:${port}/graphql (started in ${seconds(started)} s)`);
}

interface PreparedApp {
  apollo: ApolloServer<Context>;
  seeds: ReadSeeds | undefined;
  applyMigrations: typeof import('./db/migrations').applyMigrations;
  loadSeeds: typeof import('./ingest/startupSeeds').loadSeeds;
  listen(connection: Connection): Server;
}

/** Everything that needs no database, done while Neo4j starts. */
async function prepareWithoutDatabase(config: AppConfig): Promise<PreparedApp> {
  const { readSeeds, loadSeeds } = await import('./ingest/startupSeeds');
  const seeds = config.seedsDir ? readSeeds(config.seedsDir) : undefined;
  const [{ applyMigrations }, { ApiKeys }, { createContext }, { createHttpServer }, { createApolloServer }, { buildWeb, DIST_DIR }] = await Promise.all([
    import('./db/migrations'), import('./auth/ApiKeys'), import('./context'), import('./http'), import('./server'), import('./web/buildWeb'),
  ]);
  if (await buildWeb()) console.log(`web: built ${path.relative(process.cwd(), DIST_DIR)}`);
  const apollo = createApolloServer({ introspection: config.introspection, limits: config.limits });
  await apollo.start();
  const listen = (connection: Connection) => createHttpServer({ apollo, database: connection.database,
    createContext: (viewer) => createContext(connection.database, { requestTimeoutMs: config.limits.requestTimeoutMs, viewer }),
    keys: ApiKeys.parse(process.env.API_KEYS),
    readAccess: config.readAccess,
    rateLimiter: new RateLimiter(config.rateLimits),
    graphiql: config.graphiql,
    health: connection.health,
  });
  return { apollo, seeds: await seeds, applyMigrations, loadSeeds, listen };
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
