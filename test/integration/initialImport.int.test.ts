import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EmbeddedDatabaseConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import type { Database } from '../../src/db/Database';
import { SeedValidationError, ingestFiles } from '../../src/ingest/ingestFiles';
import { NotEmptyError, importInitialCorpus } from '../../src/ingest/initialImport';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { writeCorpus } from '../../src/synthetic/generateCorpus';
import { dangerouslyWipeDatabase, graphDigest, openTestDatabase } from '../support/testDatabase';

/** `--import`: Neo4j's offline importer into a fresh embedded database of its own. */
describe('initial import of a corpus with the offline importer', () => {
  let database: Database;
  let dir: string;
  let files: string[];
  const dataDirs: string[] = [];
  const embedded = (): EmbeddedDatabaseConfig => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'import-int-data-'));
    dataDirs.push(dataDir);
    return { kind: 'embedded', dataDir, port: 0, heap: '512m', pageCache: '64m', database: undefined };
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'import-int-corpus-'));
    await writeCorpus(dir, 1, 7);
    files = await listSeedFiles(dir);
  });

  afterAll(async () => {
    for (const d of [dir, ...dataDirs]) rmSync(d, { recursive: true, force: true });
    await dangerouslyWipeDatabase(database);
    await database.close();
  });

  it('gives exactly the graph of per-document ingestion, with constraints and the search index online', async () => {
    await dangerouslyWipeDatabase(database);
    await ingestFiles(database, files);
    const perDocument = await graphDigest(database);

    const config = embedded();
    const report = await importInitialCorpus(config, files);
    expect(report.documents).toBe(files.length);
    expect(report.nodes).toBeGreaterThan(250);

    const imported = await connect(config, 30_000);
    try {
      expect(await graphDigest(imported.database)).toBe(perDocument);
      const indexes = await imported.database.read("SHOW INDEXES YIELD name, state WHERE name IN ['entity_id', 'entity_search'] RETURN name, state ORDER BY name");
      expect(indexes).toEqual([{ name: 'entity_id', state: 'ONLINE' }, { name: 'entity_search', state: 'ONLINE' }]);
      const [hit] = await imported.database.read("CALL db.index.fulltext.queryNodes('entity_search', 'digital') YIELD node RETURN count(node) AS n");
      expect(Number(hit?.n)).toBeGreaterThan(0);
    } finally {
      await imported.close();
    }

    // The database is no longer empty: a second import is refused and changes nothing.
    await expect(importInitialCorpus(config, files)).rejects.toThrow(NotEmptyError);
  }, 180_000);

  it('imports nothing when a document is invalid, and names the file and field', async () => {
    const bad = path.join(dir, 'reference', '99-bad.yaml');
    writeFileSync(bad, 'format: council-graph/v1\npeople:\n  - id: syn-person-bad\n');
    try {
      const config = embedded();
      const attempt = importInitialCorpus(config, [...files, bad]);
      await expect(attempt).rejects.toThrow(SeedValidationError);
      await expect(attempt).rejects.toThrow(/99-bad\.yaml: people\[0\]/);
      const check = await connect(config, 30_000);
      try {
        const [row] = await check.database.read('MATCH (n) RETURN count(n) AS n');
        expect(Number(row?.n)).toBe(0);
      } finally {
        await check.close();
      }
    } finally {
      rmSync(bad);
    }
  }, 120_000);
});
