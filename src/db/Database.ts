import neo4j, { Driver, ManagedTransaction, QueryResult, Session, isDate, isRetriableError, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isInt } from 'neo4j-driver';

import { AppError, ErrorCode } from '../errors';
import { clientWaitMs, queryTimedOut, withClientTimeout } from './queryTimer';

/** How long /ready waits for the database to answer before calling it unreachable. */
const REACHABILITY_TIMEOUT_MS = 2000;

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Transaction metadata, e.g. the GraphQL operation name, visible in Neo4j's query log. */
  metadata?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * The one owner of sessions and transactions. Repositories pass Cypher text (constants) and
 * parameters; reads run in read sessions (auto-commit) and writes in write transactions, so a
 * cluster routes each to the right member. Rows come back as plain JSON-like values: integers as
 * numbers, temporal values as ISO strings — driver types never leave this module.
 */
export class Database {
  constructor(
    private readonly driver: Driver,
    private readonly databaseName: string | undefined,
    private readonly defaultTimeoutMs: number,
    /** Epoch milliseconds after which no transaction may run (a request's deadline). */
    private readonly deadline: number = Number.POSITIVE_INFINITY,
  ) {}

  /**
   * The same database, bound to a deadline `ms` from now: every transaction's timeout shrinks to
   * the time left, so a request's queries together cannot outlive the request.
   */
  withDeadline(ms: number): Database {
    return new Database(this.driver, this.databaseName, this.defaultTimeoutMs, Date.now() + ms);
  }

  /**
   * One read query, as an auto-commit transaction: one round trip (a managed transaction adds a
   * COMMIT round trip, ~0.5 ms on every API query). The driver does not retry these, so a
   * transient failure (a cluster member going away) is retried here, once.
   */
  async read(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inSession('READ', options, async (session, config) =>
          rowsOf(await session.run(cypher, toDriverParams(params) as Params, config)));
      } catch (error) {
        if (attempt === 1 && isRetriableError(error)) continue;
        throw error;
      }
    }
  }

  async write(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.session('WRITE', (tx) => run(tx, cypher, params), options);
  }

  /**
   * Runs `work` in one managed write transaction: all of it commits or none of it does. The driver
   * retries transient failures, so `work` must be idempotent (MERGE-based writes are).
   */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.session('WRITE', (tx) => work({ run: (cypher, params) => run(tx, cypher, params ?? {}) }), options);
  }

  async readTransaction<T>(work: (tx: Transaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.session('READ', (tx) => work({ run: (cypher, params) => run(tx, cypher, params ?? {}) }), options);
  }

  /** True when the database answers a trivial query within 2 s (a frozen one never answers). */
  async isReachable(): Promise<boolean> {
    try {
      await withClientTimeout(this.driver.verifyConnectivity({ database: this.databaseName }), REACHABILITY_TIMEOUT_MS, queryTimedOut);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, options: QueryOptions): Promise<T> {
    return this.inSession(mode, options, (session, config) =>
      mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config));
  }

  /**
   * Runs `work` in a new session, bounded by a timer on this side (see queryTimer): past it the
   * caller gets TIMEOUT at once. The session is then closed without waiting, since closing waits
   * for the database too; its connection returns to the pool when the database answers or the
   * connection breaks.
   */
  private async inSession<T>(mode: 'READ' | 'WRITE', options: QueryOptions, work: (session: Session, config: TransactionConfig) => Promise<T>): Promise<T> {
    const config = this.transactionConfig(options);
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    let timedOut = false;
    try {
      return await withClientTimeout(work(session, config), clientWaitMs(config.timeout, this.deadline), () => {
        timedOut = true;
        return queryTimedOut();
      });
    } finally {
      if (timedOut) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  /** Timeout (never past the request's deadline) and metadata of one transaction. */
  private transactionConfig(options: QueryOptions): TransactionConfig {
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) throw new AppError('The request ran out of time.', ErrorCode.Timeout);
    const timeout = Math.max(1, Math.min(options.timeoutMs ?? this.defaultTimeoutMs, remaining));
    return { timeout, metadata: { app: 'council-graph', ...options.metadata } };
  }
}

interface TransactionConfig {
  timeout: number;
  metadata: Record<string, string>;
}

export interface Transaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

async function run(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
  return rowsOf(await tx.run(cypher, toDriverParams(params) as Params));
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/**
 * JavaScript numbers reach Neo4j as floats; whole numbers are sent as integers instead, so that
 * LIMIT/SKIP accept them and stored counts and line numbers stay integers.
 */
function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const converted: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) converted[key] = toDriverParams(inner);
    return converted;
  }
  return value;
}

/** Converts driver values (Integer, temporal types, nodes) into plain JSON-like values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // Nodes and relationships: expose their properties only.
    if ('properties' in object && ('labels' in object || 'type' in object)) {
      return toPlain(object.properties);
    }
    const plain: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(object)) plain[key] = toPlain(inner);
    return plain;
  }
  return value;
}
