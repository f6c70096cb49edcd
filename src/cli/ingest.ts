/**
 * npm run ingest -- [--dry-run] <file.yaml|dir>…
 * Validates every document, then writes each in one transaction. Exit code 1 on invalid input.
 * npm run ingest -- --bulk [--batch-size <rows>] <dir>…  same validation, then whole documents written
 *   together, about <rows> (default 50,000) rows per transaction, halved while Neo4j refuses a batch
 *   for its transaction memory (bulkIngest.ts).
 * npm run ingest -- --import <dir>…  same validation, then Neo4j's offline importer into an empty
 *   embedded database (initialImport.ts); the fastest first load of a large corpus.
 */
import { loadConfig, type DatabaseConfig } from '../config';
import { connect } from '../db/connect';
import { applyMigrations } from '../db/migrations';
import { SeedValidationError, ingestFiles } from '../ingest/ingestFiles';
import { bulkIngestFiles } from '../ingest/bulkIngest';
import { NotEmptyError, importInitialCorpus } from '../ingest/initialImport';
import { expandSeedTargets } from '../ingest/seedFiles';

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const bulk = argv.includes('--bulk');
  const offline = argv.includes('--import');
  const sizeAt = argv.indexOf('--batch-size');
  const batchSize = sizeAt >= 0 ? Number(argv[sizeAt + 1]) : undefined;
  const targets = argv.filter((arg, index) => arg !== '--dry-run' && arg !== '--bulk' && arg !== '--import' && index !== sizeAt && (sizeAt < 0 || index !== sizeAt + 1));
  if (targets.length === 0 || targets.some((arg) => arg.startsWith('--')) || [dryRun, bulk, offline].filter(Boolean).length > 1
    || (batchSize !== undefined && (!bulk || !Number.isInteger(batchSize) || batchSize < 1))) {
    console.error('usage: npm run ingest -- [--dry-run | --bulk [--batch-size <rows>] | --import] <file.yaml|dir>…');
    return 2;
  }
  const { files, missing } = await expandSeedTargets(targets);
  if (missing !== null) {
    console.error(`${missing}: no such file or directory`);
    return 2;
  }
  const config = loadConfig();
  if (offline) return importOffline(config.database, files);
  const connection = await connect(config.database, config.transactionTimeoutMs);
  try {
    await applyMigrations(connection.database);
    const started = performance.now();
    if (bulk) {
      const report = await bulkIngestFiles(connection.database, files, { batchSize, log: (line) => console.log(line) });
      console.log(`bulk-ingested ${report.documents} document(s) (${report.newDocuments} new, ${report.updatedDocuments} rewritten): ` +
        `${report.nodes} nodes + ${report.relationships} relationships in ${report.writeSeconds.toFixed(1)} s = ${Math.round(report.rowsPerSecond)} rows/s ` +
        `(validation ${report.validationSeconds.toFixed(1)} s; total ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    }
    const reports = await ingestFiles(connection.database, files, { dryRun, log: (line) => console.log(line) });
    console.log(`${dryRun ? 'checked' : 'ingested'} ${reports.length} document(s) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await connection.close();
  }
}

async function importOffline(database: DatabaseConfig, files: string[]): Promise<number> {
  if (database.kind !== 'embedded') {
    console.error('--import runs the offline importer on the embedded database (NEO4J_URI unset); for a server, use --bulk');
    return 2;
  }
  try {
    const started = performance.now();
    const report = await importInitialCorpus(database, files, (line) => console.log(line));
    console.log(`imported ${report.documents} document(s): ${report.nodes} nodes + ${report.relationships} relationships in ` +
      `${(report.csvSeconds + report.importSeconds + report.indexSeconds).toFixed(1)} s = ${Math.round(report.rowsPerSecond)} rows/s ` +
      `(CSV ${report.csvSeconds.toFixed(1)} s, import ${report.importSeconds.toFixed(1)} s, constraints and indexes ${report.indexSeconds.toFixed(1)} s; ` +
      `validation ${report.validationSeconds.toFixed(1)} s; total ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError || error instanceof NotEmptyError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
