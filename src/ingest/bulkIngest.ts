/**
 * Bulk ingestion for large corpora (npm run ingest -- --bulk <dir>). Every document goes through
 * the same checks as the per-document path and, as there, one invalid document means nothing is
 * written. Documents the graph does not hold yet are then written together: node rows, then
 * relationship rows, merged across documents (bulkRows.ts) and `UNWIND`-batched, many thousand rows
 * per transaction; `CREATE` for ids new to the graph, `MERGE` for the rest (bulkStatements.ts).
 * Documents already in the graph take the per-document path (diff, stale removal) instead.
 *
 * Not atomic as a whole: an interrupted run leaves whole batches written; running it again then
 * treats those documents as present and rewrites them one by one, which repairs them.
 */
import path from 'node:path';
import type { Database } from '../db/Database';
import { buildPlan, documentKey } from './buildPlan';
import { SeedValidationError, orderForWriting, resolveReferences } from './ingestFiles';
import { diffPlan, forgetDigests, hasChanges, recordDigests, writePlan } from './PlanWriter';
import { SeedFile, readSeedFile } from './readSeedFile';
import type { SeedDocument } from './SeedDocument';
import type { WritePlan } from './WritePlan';
import { mergeRows, splitByExistence } from './bulkRows';
import {
  BULK_CREATE_NODES, BULK_CREATE_RELATIONSHIPS, BULK_EXISTING_IDS, BULK_MERGE_NODES, BULK_MERGE_RELATIONSHIPS,
} from './bulkStatements';

export interface BulkOptions {
  batchSize?: number; log?: (line: string) => void; readConcurrency?: number;
  /** Once everything is written, record each document's digest (as ingestSeeds does), so a later `npm start` skips it. */
  recordDigests?: boolean;
  /** The caller found no entity in the graph: no document or id can be present, so none is looked up. */
  graphIsEmpty?: boolean;
}
export interface BulkReport {
  documents: number; newDocuments: number; updatedDocuments: number; nodes: number; relationships: number;
  validationSeconds: number; writeSeconds: number; rowsPerSecond: number;
}

interface Checked { seed: SeedFile; hasSource: boolean; plan: WritePlan | undefined }

/**
 * Reads and checks every document as the per-document path does (references resolved against the
 * graph and the other documents); throws SeedValidationError listing every problem of every file.
 * The plans come back in writing order.
 */
export async function validateCorpus(database: Database, files: string[], options: BulkOptions = {}): Promise<{ plans: WritePlan[]; validationSeconds: number }> {
  const started = performance.now();
  const checked = await checkAll(files, options.readConcurrency ?? 8, options.log ?? (() => {}));
  return validateChecked(database, checked, started, options);
}

async function validateChecked(database: Database, checked: Checked[], started: number, options: BulkOptions): Promise<{ plans: WritePlan[]; validationSeconds: number }> {
  const rank = new Map(orderForWriting(checked.map((c) => c.seed)).map((seed, index) => [seed, index]));
  checked.sort((a, b) => Number(a.hasSource) - Number(b.hasSource) || (rank.get(a.seed) ?? 0) - (rank.get(b.seed) ?? 0));
  await resolveReferences(database, checked.map((c) => c.seed));
  const problems = checked.flatMap(({ seed }) => seed.context.problems.map((p) => `${displayPath(seed.file)}: ${p.path || '(document)'}: ${p.message}`));
  if (problems.length > 0) throw new SeedValidationError(problems);
  const plans = checked.map((c) => c.plan).filter((plan): plan is WritePlan => plan !== undefined);
  const validationSeconds = (performance.now() - started) / 1000;
  options.log?.(`validated ${plans.length} documents in ${validationSeconds.toFixed(1)} s`);
  return { plans, validationSeconds };
}

export async function bulkIngestFiles(database: Database, files: string[], options: BulkOptions = {}): Promise<BulkReport> {
  return writeCorpus(database, await validateCorpus(database, files, options), options);
}

/** Like bulkIngestFiles, for documents already read and checked on their own (npm start reads them while Neo4j starts). */
export async function bulkIngestSeeds(database: Database, seeds: SeedFile[], options: BulkOptions = {}): Promise<BulkReport> {
  const started = performance.now();
  return writeCorpus(database, await validateChecked(database, seeds.map(withPlan), started, options), options);
}

async function writeCorpus(database: Database, { plans, validationSeconds }: { plans: WritePlan[]; validationSeconds: number }, options: BulkOptions): Promise<BulkReport> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 50_000;
  const present = options.graphIsEmpty ? new Set<string>() : await presentDocuments(database, plans.map((p) => p.document));
  const fresh = plans.filter((p) => !present.has(p.document));
  const writeStarted = performance.now();
  // Bulk writes record no digests: the documents they touch are compared in full at the next start.
  await database.writeTransaction((tx) => forgetDigests(tx, plans.map((p) => p.document)), { metadata: { operation: 'bulk-ingest' } });
  for (const plan of plans.filter((p) => present.has(p.document))) {
    await database.writeTransaction(async (tx) => {
      if (hasChanges(await diffPlan(tx, plan))) await writePlan(tx, plan);
    }, { metadata: { operation: 'ingest', document: plan.document }, timeoutMs: 120_000 });
  }
  if (present.size > 0) log(`rewrote ${present.size} document(s) already in the graph one by one`);

  const rows = mergeRows(fresh);
  const existing = options.graphIsEmpty ? new Set<string>() : await existingIds(database, rows.nodes.map((row) => row.id), batchSize);
  const { create, merge } = splitByExistence(rows, existing);
  const total = rows.nodes.length + rows.relationships.length;
  let done = 0;
  const write = async (what: string, statement: string, all: object[]) => {
    for (const batch of batches(all, batchSize)) {
      const [row] = await database.writeTransaction((tx) => tx.run(statement, { rows: batch }), { metadata: { operation: 'bulk-ingest' }, timeoutMs: 600_000 });
      if (Number(row?.written ?? 0) !== batch.length) {
        throw new Error(`${what}: expected ${batch.length} written, but got ${String(row?.written)} (a referenced node is missing)`);
      }
      done += batch.length;
      const seconds = (performance.now() - writeStarted) / 1000;
      log(`  ${String(done).padStart(9)}/${total} rows (${(100 * done / Math.max(1, total)).toFixed(0)}%) ${what.padEnd(22)} ${Math.round(done / Math.max(seconds, 1e-3))} rows/s`);
    }
  };
  await write('nodes (new)', BULK_CREATE_NODES, create.nodes);
  await write('nodes (merged)', BULK_MERGE_NODES, merge.nodes);
  await write('relationships (new)', BULK_CREATE_RELATIONSHIPS, create.relationships);
  await write('relationships (merged)', BULK_MERGE_RELATIONSHIPS, merge.relationships);
  if (options.recordDigests) await database.writeTransaction((tx) => recordDigests(tx, plans), { metadata: { operation: 'bulk-ingest' } });
  const writeSeconds = (performance.now() - writeStarted) / 1000;
  return {
    documents: plans.length, newDocuments: fresh.length, updatedDocuments: present.size, nodes: rows.nodes.length, relationships: rows.relationships.length,
    validationSeconds, writeSeconds, rowsPerSecond: total / Math.max(writeSeconds, 1e-3),
  };
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

async function existingIds(database: Database, ids: string[], batchSize: number): Promise<Set<string>> {
  const existing = new Set<string>();
  for (const batch of batches(ids, batchSize)) {
    for (const row of await database.read(BULK_EXISTING_IDS, { ids: batch })) existing.add(String(row.id));
  }
  return existing;
}

async function presentDocuments(database: Database, keys: string[]): Promise<Set<string>> {
  const rows = await database.read('UNWIND $keys AS key WITH key WHERE EXISTS { MATCH (n:Entity {document: key}) } RETURN key', { keys });
  return new Set(rows.map((row) => String(row.key)));
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
