/**
 * The first load of a large corpus into an empty embedded database (npm run ingest -- --import):
 * the same validation as every ingestion, then Neo4j's offline importer instead of transactions,
 * then the constraints and indexes built over the imported graph.
 *
 * Steps: start Neo4j on the data folder and check it holds nothing; validate every document
 * (references resolved as usual); merge rows across documents (bulkRows.ts); stop Neo4j; write
 * CSV (bulkCsv.ts); import; start Neo4j again, create constraints and indexes and wait until they
 * are online; check the counts. An invalid document stops everything before anything is written.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EmbeddedDatabaseConfig } from '../config';
import { connect } from '../db/connect';
import { importCsvOffline } from '../db/embedded/offlineImport';
import type { Database } from '../db/Database';
import { applyMigrations } from '../db/migrations';
import { emptyLists, writeImportCsv } from './bulkCsv';
import { validateCorpus } from './bulkIngest';
import { mergeRows } from './bulkRows';

export interface ImportReport {
  documents: number; nodes: number; relationships: number;
  validationSeconds: number; csvSeconds: number; importSeconds: number; indexSeconds: number;
  /** Rows over CSV + import + index time (validation excluded, as for --bulk). */
  rowsPerSecond: number;
}

export class NotEmptyError extends Error {}

export async function importInitialCorpus(config: EmbeddedDatabaseConfig, files: string[], log: (line: string) => void = () => {}): Promise<ImportReport> {
  const first = await connect(config, 600_000);
  let rows;
  let validation;
  try {
    await applyMigrations(first.database);
    const [present] = await first.database.read('MATCH (n) RETURN count(n) AS nodes');
    if (Number(present?.nodes) > 0) {
      throw new NotEmptyError(`--import loads an empty database only, but ${config.dataDir} holds ${String(present?.nodes)} nodes: use --bulk to add to it`);
    }
    validation = await validateCorpus(first.database, files, { log });
    rows = mergeRows(validation.plans);
  } finally {
    await first.close();
  }

  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'council-graph-import-'));
  try {
    let started = performance.now();
    const csv = await writeImportCsv(rows, workDir);
    const csvSeconds = (performance.now() - started) / 1000;
    log(`wrote ${rows.nodes.length} nodes and ${rows.relationships.length} relationships as CSV in ${csvSeconds.toFixed(1)} s`);

    started = performance.now();
    await importCsvOffline({ dataDir: config.dataDir, files: csv, workDir, heap: config.heap, log });
    const importSeconds = (performance.now() - started) / 1000;
    log(`imported in ${importSeconds.toFixed(1)} s`);

    started = performance.now();
    const second = await connect(config, 600_000);
    try {
      const opened = performance.now();
      await applyMigrations(second.database, 1800);
      const indexed = performance.now();
      await writeEmptyLists(second.database, emptyLists(rows));
      const indexSeconds = (performance.now() - started) / 1000;
      log(`database started in ${((opened - started) / 1000).toFixed(1)} s, constraints and indexes online in ${((indexed - opened) / 1000).toFixed(1)} s, empty lists written in ${((performance.now() - indexed) / 1000).toFixed(1)} s`);
      const [counts] = await second.database.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
      if (Number(counts?.nodes) !== rows.nodes.length || Number(counts?.relationships) !== rows.relationships.length) {
        throw new Error(`import incomplete: expected ${rows.nodes.length} nodes and ${rows.relationships.length} relationships, found ${String(counts?.nodes)} and ${String(counts?.relationships)}`);
      }
      const total = rows.nodes.length + rows.relationships.length;
      return {
        documents: validation.plans.length, nodes: rows.nodes.length, relationships: rows.relationships.length,
        validationSeconds: validation.validationSeconds, csvSeconds, importSeconds, indexSeconds,
        rowsPerSecond: total / (csvSeconds + importSeconds + indexSeconds),
      };
    } finally {
      await second.close();
    }
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

const SET_NODE_LISTS = 'UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.props';
const SET_RELATIONSHIP_LISTS = 'UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r:$(row.type)]->(:Entity {id: row.to}) SET r += row.props';

/** Stores the empty lists the importer cannot (an empty CSV cell is no property). */
async function writeEmptyLists(database: Database, lists: ReturnType<typeof emptyLists>): Promise<void> {
  for (const [statement, rows] of [[SET_NODE_LISTS, lists.nodes], [SET_RELATIONSHIP_LISTS, lists.relationships]] as const) {
    for (let i = 0; i < rows.length; i += 50_000) {
      await database.writeTransaction((tx) => tx.run(statement, { rows: rows.slice(i, i + 50_000) }), { metadata: { operation: 'import' }, timeoutMs: 600_000 });
    }
  }
}
