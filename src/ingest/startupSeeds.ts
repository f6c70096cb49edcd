/**
 * The seeds at `npm start`, in two steps so the first can run while Neo4j starts: read and check
 * every document on its own (no database needed), then load them once the database is up.
 */
import type { Database } from '../db/Database';
import { bulkIngestSeeds } from './bulkIngest';
import { describeChanges, ingestSeeds } from './ingestFiles';
import { hasChanges } from './PlanWriter';
import { SeedFile, readSeedFile } from './readSeedFile';
import { listSeedFiles } from './seedFiles';

export interface ReadSeeds { seeds: SeedFile[]; seconds: number }

/** Every seed document under `dir`, read and checked on its own (references are resolved when loading). */
export async function readSeeds(dir: string): Promise<ReadSeeds> {
  const started = performance.now();
  const seeds = await Promise.all((await listSeedFiles(dir)).map((file) => readSeedFile(file)));
  return { seeds, seconds: (performance.now() - started) / 1000 };
}

/**
 * An empty database (a first start) gets every document at once, whole documents batched together,
 * each with its digest; if this is interrupted, the next start skips the documents written and
 * writes the others.
 * Otherwise documents whose plan is the one last written are skipped: a restart on unchanged
 * seeds is quick. Throws SeedValidationError, with nothing written, when a document is invalid.
 */
export async function loadSeeds(database: Database, { seeds, seconds: readSeconds }: ReadSeeds, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const [graph] = await database.read('RETURN EXISTS { MATCH (n:Entity) } AS holdsEntities');
  if (graph?.holdsEntities !== true) {
    const report = await bulkIngestSeeds(database, seeds, { recordDigests: true, graphIsEmpty: true });
    log(`seeds: ${report.documents} documents written together into an empty database (${report.nodes} nodes, ${report.relationships} relationships), ` +
      `in ${seconds(started)} s (read and checked in ${readSeconds.toFixed(1)} s while Neo4j started; then validated in ${report.validationSeconds.toFixed(1)} s, written in ${report.writeSeconds.toFixed(1)} s)`);
  } else {
    const reports = await ingestSeeds(database, seeds, { skipUnchanged: true });
    for (const report of reports) if (hasChanges(report.changes)) log(`seed ${describeChanges(report, false)}`);
    const written = reports.filter((report) => hasChanges(report.changes)).length;
    log(`seeds: ${reports.length} documents, ${written} written, ${reports.length - written} unchanged, in ${seconds(started)} s (read and checked in ${readSeconds.toFixed(1)} s while Neo4j started)`);
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
