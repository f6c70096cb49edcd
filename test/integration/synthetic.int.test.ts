import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/Database';
import { bulkIngestFiles } from '../../src/ingest/bulkIngest';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { writeCorpus } from '../../src/synthetic/generateCorpus';
import { countsByLabel, dangerouslyWipeDatabase, graphDigest, openTestDatabase } from '../support/testDatabase';

describe('synthetic corpus: ingestion and bulk ingestion', () => {
  let database: Database;
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    database = await openTestDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'synthetic-int-'));
    await writeCorpus(dir, 1, 42);
    files = await listSeedFiles(dir);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dangerouslyWipeDatabase(database);
    await database.close();
  });

  it('scale 1 validates and ingests document by document, about the size of the curated seed', async () => {
    await dangerouslyWipeDatabase(database);
    const reports = await ingestFiles(database, files);
    const nodes = reports.reduce((n, r) => n + r.nodes, 0);
    const relationships = reports.reduce((n, r) => n + r.relationships, 0);
    expect(nodes).toBeGreaterThan(250);
    expect(nodes).toBeLessThan(600);
    expect(relationships).toBeGreaterThan(700);
    expect(relationships).toBeLessThan(2000);
    expect((await countsByLabel(database)).Statement).toBeGreaterThan(50);
  });

  it('bulk ingestion gives exactly the graph of per-document ingestion, and a second bulk run changes nothing', async () => {
    await dangerouslyWipeDatabase(database);
    await ingestFiles(database, files);
    const perDocument = await graphDigest(database);

    await dangerouslyWipeDatabase(database);
    const report = await bulkIngestFiles(database, files, { batchSize: 97 });
    console.log(`bulk ingest of scale 1: ${report.nodes + report.relationships} rows, ${Math.round(report.rowsPerSecond)} rows/s`);
    expect(report.newDocuments).toBe(files.length);
    expect(await graphDigest(database)).toBe(perDocument);

    const again = await bulkIngestFiles(database, files);
    expect(again.updatedDocuments).toBe(files.length);
    expect(await graphDigest(database)).toBe(perDocument);
  });
});
