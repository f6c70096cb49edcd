/**
 * Bulk ingestion for large corpora (npm run ingest -- --bulk <dir>; npm start on an empty database).
 * Every document goes through the same checks as the per-document path and, as there, one invalid
 * document means nothing is written. Then, in writing order, documents the graph does not hold yet
 * are written in groups of whole documents, one transaction per group: its node rows, then its
 * relationship rows, merged across its documents (bulkRows.ts) and `UNWIND`-batched; `CREATE` for
 * ids new to the graph, `MERGE` for the rest (bulkStatements.ts). A document the graph already
 * holds is rewritten on its own transaction instead (diff, stale removal).
 *
 * A run cut short (killed, or Neo4j gone) therefore leaves whole documents written and the others
 * absent, never a document's nodes without its relationships; running it again finds the written
 * ones unchanged and writes the rest.
 */
import path from 'node:path';
import type { Database, Transaction } from '../db/Database';
import { buildPlan, documentKey } from './buildPlan';
import { checkDefinitions, orderForWriting, resolveReferences, throwIfInvalid } from './ingestFiles';
import { diffPlan, forgetDigests, hasChanges, recordDigests, writePlan } from './PlanWriter';
import { SeedFile, readSeedFile } from './readSeedFile';
import type { SeedDocument } from './SeedDocument';
import type { WritePlan } from './WritePlan';
import { mergeRows, splitByExistence } from './bulkRows';
import { BULK_CREATE_NODES, BULK_CREATE_RELATIONSHIPS, BULK_MERGE_NODES, BULK_MERGE_RELATIONSHIPS } from './bulkStatements';

export interface BulkOptions {
  /**
   * Rows per transaction at first, roughly: a group of documents is closed once it holds this many
   * (a larger document is a group of its own). A group Neo4j refuses for memory is split in half
   * and later groups are cut smaller, so the default fits any heap.
   */
  batchSize?: number;
  log?: (line: string) => void; readConcurrency?: number;
  /** Record each document's digest with its writes (as ingestSeeds does), so a later `npm start` skips it. */
  recordDigests?: boolean;
  /** The caller found no entity in the graph: no document can be present, so none is looked up. */
  graphIsEmpty?: boolean;
}
export interface BulkReport {
  documents: number; newDocuments: number; updatedDocuments: number; nodes: number; relationships: number;
  validationSeconds: number; writeSeconds: number; rowsPerSecond: number;
}

interface Checked { seed: SeedFile; hasSource: boolean; plan: WritePlan | undefined }

/**
 * Reads and checks every document as the per-document path does (references resolved against the
 * graph and the other documents, definitions of entities already held: entityDefinitions.ts);
 * throws SeedValidationError listing every problem of every file. The plans come back in writing
 * order, with the node ids the graph already held and, per plan, the last plan it needs written
 * with or before it (`needs`: beyond its own index only on a cycle of references).
 */
type Validated = { plans: WritePlan[]; needs: number[]; existing: Set<string>; validationSeconds: number };

export async function validateCorpus(database: Database, files: string[], options: BulkOptions = {}): Promise<Validated> {
  const started = performance.now();
  const checked = await checkAll(files, options.readConcurrency ?? 8, options.log ?? (() => {}));
  return validateChecked(database, checked, started, options);
}

async function validateChecked(database: Database, checked: Checked[], started: number, options: BulkOptions): Promise<Validated> {
  const rank = new Map(orderForWriting(checked.map((c) => c.seed)).map((seed, index) => [seed, index]));
  checked.sort((a, b) => Number(a.hasSource) - Number(b.hasSource) || (rank.get(a.seed) ?? 0) - (rank.get(b.seed) ?? 0));
  const seeds = checked.map((c) => c.seed);
  await resolveReferences(database, seeds);
  throwIfInvalid(seeds);
  const entries = checked.filter((c): c is Checked & { plan: WritePlan } => c.plan !== undefined);
  const { conflicts, existing } = await checkDefinitions(database, entries);
  throwIfInvalid(seeds, conflicts);
  const plans = entries.map((entry) => entry.plan);
  const validationSeconds = (performance.now() - started) / 1000;
  options.log?.(`validated ${plans.length} documents in ${validationSeconds.toFixed(1)} s`);
  return { plans, needs: lastDefiners(seeds), existing, validationSeconds };
}

export async function bulkIngestFiles(database: Database, files: string[], options: BulkOptions = {}): Promise<BulkReport> {
  return writeCorpus(database, await validateCorpus(database, files, options), options);
}

/** Like bulkIngestFiles, for documents already read and checked on their own (npm start reads them while Neo4j starts). */
export async function bulkIngestSeeds(database: Database, seeds: SeedFile[], options: BulkOptions = {}): Promise<BulkReport> {
  const started = performance.now();
  return writeCorpus(database, await validateChecked(database, seeds.map(withPlan), started, options), options);
}

async function writeCorpus(database: Database, { plans, needs, existing, validationSeconds }: Validated, options: BulkOptions): Promise<BulkReport> {
  const log = options.log ?? (() => {});
  const present = options.graphIsEmpty ? new Set<string>() : await presentDocuments(database, plans.map((p) => p.document));
  const writeStarted = performance.now();
  // Digests are written (if asked) with each document's rows, never ahead of them.
  await database.writeTransaction((tx) => forgetDigests(tx, plans.map((p) => p.document)), { metadata: { operation: 'bulk-ingest' } });
  const total = plans.filter((p) => !present.has(p.document)).reduce((sum, p) => sum + p.nodeCount + p.relationshipCount, 0);
  const written = { documents: 0, rows: 0, nodes: 0, relationships: 0 };
  let group: WritePlan[] = [];
  let groupRows = 0;
  // Rows per transaction follow the server's memory: a group over its transaction memory limit
  // is written again as two halves, and later groups are cut at the size that fitted.
  let batchSize = options.batchSize ?? 50_000;

  const writeGroup = async () => {
    if (group.length === 0) return;
    const plansToWrite = group;
    group = [];
    groupRows = 0;
    await writeWithinMemory(plansToWrite);
  };

  const writeWithinMemory = async (plansWritten: WritePlan[]): Promise<void> => {
    try {
      await writePlans(plansWritten);
    } catch (error) {
      if (!isMemoryLimitError(error) || plansWritten.length < 2) throw error;
      const half = Math.ceil(plansWritten.length / 2);
      batchSize = Math.max(1, Math.floor(rowCount(plansWritten.slice(0, half))));
      log(`  ${plansWritten.length} documents passed Neo4j's transaction memory limit; writing them in two halves (about ${batchSize} rows per transaction from here)`);
      await writeWithinMemory(plansWritten.slice(0, half));
      await writeWithinMemory(plansWritten.slice(half));
    }
  };

  const writePlans = async (plansWritten: WritePlan[]): Promise<void> => {
    const rows = mergeRows(plansWritten);
    const { create, merge } = splitByExistence(rows, existing);
    await database.writeTransaction(async (tx) => {
      await writeRows(tx, 'nodes (new)', BULK_CREATE_NODES, create.nodes);
      await writeRows(tx, 'nodes (merged)', BULK_MERGE_NODES, merge.nodes);
      await writeRows(tx, 'relationships (new)', BULK_CREATE_RELATIONSHIPS, create.relationships);
      await writeRows(tx, 'relationships (merged)', BULK_MERGE_RELATIONSHIPS, merge.relationships);
      if (options.recordDigests) await recordDigests(tx, plansWritten);
    }, { metadata: { operation: 'bulk-ingest' }, timeoutMs: 600_000 });
    for (const row of rows.nodes) existing.add(row.id);
    written.documents += plansWritten.length;
    written.rows += rowCount(plansWritten);
    written.nodes += rows.nodes.length;
    written.relationships += rows.relationships.length;
    const rate = Math.round(written.rows / Math.max((performance.now() - writeStarted) / 1000, 1e-3));
    log(`  ${String(written.rows).padStart(9)}/${total} rows (${(100 * written.rows / Math.max(1, total)).toFixed(0)}%), ${written.documents}/${plans.length} documents written, ${rate} rows/s`);
  };

  let needed = 0;
  for (const [index, plan] of plans.entries()) {
    needed = Math.max(needed, needs[index] ?? index);
    if (!present.has(plan.document)) {
      group.push(plan);
      groupRows += plan.nodeCount + plan.relationshipCount;
      // Documents referring to each other in a cycle stay in one group: a relationship needs both ends.
      if (groupRows >= batchSize && needed <= index) await writeGroup();
      continue;
    }
    await writeGroup();
    await database.writeTransaction(async (tx) => {
      if (hasChanges(await diffPlan(tx, plan))) await writePlan(tx, plan);
      if (options.recordDigests) await recordDigests(tx, [plan]);
    }, { metadata: { operation: 'ingest', document: plan.document }, timeoutMs: 120_000 });
    for (const rows of plan.nodes.values()) for (const row of rows) existing.add(row.id);
    written.documents += 1;
  }
  await writeGroup();
  if (present.size > 0) log(`rewrote ${present.size} document(s) already in the graph one by one`);
  const writeSeconds = (performance.now() - writeStarted) / 1000;
  return {
    documents: plans.length, newDocuments: plans.length - present.size, updatedDocuments: present.size,
    nodes: written.nodes, relationships: written.relationships,
    validationSeconds, writeSeconds, rowsPerSecond: (written.nodes + written.relationships) / Math.max(writeSeconds, 1e-3),
  };
}

function rowCount(plans: WritePlan[]): number {
  return plans.reduce((sum, p) => sum + p.nodeCount + p.relationshipCount, 0);
}

/**
 * Neo4j refused the transaction for its memory (dbms.memory.transaction.total.max or the
 * per-transaction limit): https://neo4j.com/docs/status-codes/current/errors/all-errors/
 */
function isMemoryLimitError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error
    && (error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError'
      || error.code === 'Neo.TransientError.General.TransactionMemoryLimit');
}

/** Runs one bulk statement over `rows` in `tx`; throws (rolling the group back) unless every row was written. */
async function writeRows(tx: Transaction, what: string, statement: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const [row] = await tx.run(statement, { rows });
  if (Number(row?.written ?? 0) !== rows.length) {
    throw new Error(`${what}: expected ${rows.length} written, but got ${String(row?.written)} (a referenced node is missing)`);
  }
}

/** Reads and checks each file; keeps only the plan and what reference resolution needs. */
async function checkAll(files: string[], concurrency: number, log: (line: string) => void): Promise<Checked[]> {
  const results: Checked[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index] as string;
      const seed = await readSeedFile(file);
      // Drop the source text: only the plan is needed from here on.
      seed.context.source = undefined;
      results[index] = withPlan(seed);
      if ((index + 1) % 500 === 0) log(`  checked ${index + 1}/${files.length} documents`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** The document's plan, and the seed without the parsed document and source text. */
function withPlan(seed: SeedFile): Checked {
  const document = seed.document as SeedDocument | undefined;
  const plan = document ? buildPlan(document, documentKey(document, path.basename(seed.file))) : undefined;
  return { seed: { ...seed, document: undefined, sourceText: undefined }, hasSource: document?.source !== undefined, plan };
}

/** For each document in writing order, the index of the last document defining an id it refers to (or its own). */
function lastDefiners(seeds: SeedFile[]): number[] {
  const definer = new Map<string, number>();
  seeds.forEach((seed, index) => {
    for (const id of seed.context.defined.keys()) if (!definer.has(id)) definer.set(id, index);
  });
  return seeds.map((seed, index) => seed.context.references.reduce((last, { id }) => Math.max(last, definer.get(id) ?? -1), index));
}

async function presentDocuments(database: Database, keys: string[]): Promise<Set<string>> {
  const rows = await database.read('UNWIND $keys AS key WITH key WHERE EXISTS { MATCH (n:Entity {document: key}) } RETURN key', { keys });
  return new Set(rows.map((row) => String(row.key)));
}
