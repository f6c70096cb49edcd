import type { DatabaseConfig } from '../config';
import type { Database } from './Database';
import { enableTcpNoDelay } from './tcpNoDelay';
import { superviseEmbeddedNeo4j, type DatabaseHealth } from './embedded/supervisor';

export interface Connection {
  database: Database;
  /** The Bolt address in use, for the start-up log line. */
  uri: string;
  /** `degraded` while the embedded Neo4j is being restarted after a crash; always `ok` when external. */
  health(): DatabaseHealth;
  /** Closes the driver and, when embedded, stops the JVM. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j; with no NEO4J_URI, starts an embedded one first.
 * Driver timeouts are short so that a dead database shows up as a fast error, not a hung request.
 */
export async function connect(config: DatabaseConfig, transactionTimeoutMs: number, log: (line: string) => void = () => {}): Promise<Connection> {
  if (config.kind === 'external') {
    const [{ default: neo4j }, { Database }] = await Promise.all([import('neo4j-driver'), import('./Database')]);
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), driverOptions());
    const database = new Database(driver, config.database, transactionTimeoutMs);
    return { database, uri: config.uri, health: () => ({ status: 'ok' }), close: () => database.close() };
  }
  // The JVM is spawned first: loading the driver (~0.4 s) need not hold it up. Supervised: a JVM
  // that dies is restarted on the same port, where this driver reconnects.
  const [embedded, { default: neo4j }, { Database }] = await Promise.all([
    superviseEmbeddedNeo4j({ dataDir: config.dataDir, port: config.port, heap: config.heap, pageCache: config.pageCache, log }),
    import('neo4j-driver'),
    import('./Database'),
  ]);
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic(embedded.credentials.user, embedded.credentials.password), driverOptions());
  const database = new Database(driver, undefined, transactionTimeoutMs);
  return {
    database,
    uri: embedded.uri,
    health: () => embedded.health(),
    close: async () => {
      await database.close();
      await embedded.stop();
    },
  };
}

/** Driver settings shared by every connection (exported for tests and benchmarks). */
export function driverOptions() {
  enableTcpNoDelay();
  return {
    disableLosslessIntegers: true,
    // A dead database must surface as DATABASE_UNAVAILABLE within 2 s, so every wait is short.
    connectionAcquisitionTimeout: 1500,
    connectionTimeout: 1500,
    // The driver's first retry waits ~1 s (±20 %); past this window it does not retry again, so a
    // dead database fails one request in ~1.2 s at most, and a transient conflict still gets a retry.
    maxTransactionRetryTime: 500,
    maxConnectionPoolSize: 50,
    userAgent: 'council-graph/0.1',
  };
}
