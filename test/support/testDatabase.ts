import { createHash } from 'node:crypto';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { Database, Params, QueryOptions, Row, Transaction } from '../../src/db/Database';
import { applyMigrations } from '../../src/db/migrations';
import { driverOptions } from '../../src/db/connect';

export const SEEDS_DIR = path.resolve(__dirname, '../../seeds');
export const FIXTURES_DIR = path.resolve(__dirname, '../fixtures');

/**
 * The reference data and the record of the PSSDC meeting of 24 September 2020: the graph of the
 * suites that assert that record's facts and counts (lists, analyst questions on the first meeting,
 * analytics, provenance, search), so a new corpus under seeds/ does not move their answers.
 * The whole of seeds/ (what npm start loads) is tested by acrossMeetings and seedGraph.
 */
export const PSSDC_SEED_FILES = ['reference.yaml', 'themes.yaml', 'minutes/2020-09-24-pssdc.yaml'].map((file) => path.join(SEEDS_DIR, file));

/** A Database on the run's Neo4j (see globalSetup), with the schema migrations applied. */
export async function openTestDatabase(): Promise<Database> {
  const database = new Database(testDriver(), process.env.NEO4J_DATABASE || undefined, 30000);
  await untilReachable(database);
  await applyMigrations(database);
  return database;
}

/**
 * The driver waits 1.5 s for a connection (connect.ts: a dead database must show fast); on a
 * loaded machine the first Bolt handshake of a suite can take longer, which is no test's subject.
 */
async function untilReachable(database: Database, withinMs = 60_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await database.isReachable())) {
    if (Date.now() > deadline) throw new Error(`the test Neo4j was not reachable within ${withinMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A Database that records the traversal or query of every read it sends (one entry per round trip). */
export class CountingDatabase extends Database {
  readonly reads: string[] = [];

  constructor() {
    super(testDriver(), process.env.NEO4J_DATABASE || undefined, 30000);
  }

  override read(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    this.reads.push(options.metadata?.traversal ?? options.metadata?.list ?? cypher.trim().split('\n')[0] ?? cypher);
    return super.read(cypher, params, options);
  }

  override readTransaction<T>(work: (tx: Transaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    this.reads.push(`transaction:${options.metadata?.operation ?? options.metadata?.list ?? 'read'}`);
    return super.readTransaction(work, options);
  }
}

function testDriver() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run tests through jest so globalSetup starts Neo4j');
  const auth = neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  return neo4j.driver(uri, auth, driverOptions());
}

/** Deletes every node and relationship: only ever on the disposable test database. */
export async function dangerouslyWipeDatabase(database: Database): Promise<void> {
  await database.write('MATCH (n) DETACH DELETE n');
}

/**
 * A digest of the whole graph (labels, properties, relationships), to prove nothing changed. The
 * ingester's bookkeeping (IngestedDocument digests, which bulk writes do not record) is left out:
 * two ingestion paths that write the same graph give the same digest.
 */
export async function graphDigest(database: Database): Promise<string> {
  // Labels sorted: Neo4j keeps no order among a node's labels (it follows label token ids).
  const nodes = await database.read(
    'MATCH (n) WHERE NOT n:IngestedDocument RETURN n.id AS id, COLLECT { UNWIND labels(n) AS label RETURN label ORDER BY label } AS labels, properties(n) AS props ORDER BY id',
  );
  const relationships = await database.read(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to',
  );
  const canonical = JSON.stringify([nodes.map(sortKeys), relationships.map(sortKeys)]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function countsByLabel(database: Database): Promise<Record<string, number>> {
  const rows = await database.read('MATCH (n) WHERE NOT n:IngestedDocument UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label');
  return Object.fromEntries(rows.map((row) => [String(row.label), Number(row.count)]));
}

export async function countsByRelationshipType(database: Database): Promise<Record<string, number>> {
  const rows = await database.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
  return Object.fromEntries(rows.map((row) => [String(row.type), Number(row.count)]));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
