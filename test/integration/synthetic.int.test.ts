import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('bulk ingestion merges nodes and relationships that other documents already wrote, as per-document ingestion does', async () => {
    // A later document redefining a person and a province (and its PART_OF, between two nodes
    // already in the graph) takes the MERGE statements instead of CREATE. It drops the province's
    // abbreviation, which another document wrote, so it says so (`replaces`).
    const extra = path.join(dir, 'reference', '20-redefine.yaml');
    writeFileSync(extra, [
      'format: council-graph/v1',
      'jurisdictions:',
      '  - id: syn-prov-nh',
      '    kind: PROVINCE',
      '    name: { en: Northaven (renamed), fr: Havre-du-Nord }',
      '    partOf: syn-ca',
      'people:',
      '  - id: syn-person-00024',
      '    name: Kateri Dubois-Renamed',
      'replaces: [syn-prov-nh]',
      '',
    ].join('\n'));
    try {
      await dangerouslyWipeDatabase(database);
      await ingestFiles(database, files);
      await ingestFiles(database, [extra]);
      const perDocument = await graphDigest(database);

      await dangerouslyWipeDatabase(database);
      await ingestFiles(database, files);
      const report = await bulkIngestFiles(database, [extra]);
      expect(report).toMatchObject({ newDocuments: 1, updatedDocuments: 0, nodes: 2, relationships: 1 });
      const [person] = await database.read("MATCH (p:Person {id: 'syn-person-00024'}) RETURN p.name AS name, p.document AS document");
      expect(person).toEqual({ name: 'Kateri Dubois-Renamed', document: expect.stringContaining('redefine') });
      expect(await graphDigest(database)).toBe(perDocument);
    } finally {
      rmSync(extra);
    }
  });
});
