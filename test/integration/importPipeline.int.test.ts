import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/Database';
import { DEV_SET_DIR, loadDevSet, osabArchiveDir, sourceFile } from '../../src/importer/eval/devSet';
import { type DevSetResult, evaluateDevSet } from '../../src/importer/eval/evaluateDevSet';
import { FIELDS, ratios } from '../../src/importer/eval/score';
import { DEFAULT_REFERENCE_FILES, loadReference } from '../../src/importer/loadReference';
import { extractStages } from '../../src/importer/pipeline';
import { importFile } from '../../src/importer/pipeline/importFile';
import { ingestSeeds } from '../../src/ingest/ingestFiles';
import { readSeedFile } from '../../src/ingest/readSeedFile';
import { dangerouslyWipeDatabase, openTestDatabase } from '../support/testDatabase';

/**
 * The importer pipeline on its development set (test/fixtures/importer-dev): OSAB minutes (the
 * archive shipped under seeds/minutes/sources/osab), the PSSDC record, and other layouts as markdown, text, Word
 * and PDF. These are development-set figures (the rules were written looking at these documents).
 */
let database: Database;
let result: DevSetResult;

// Reading and scoring 201 documents takes ~30 s on an idle machine and minutes on a loaded one.
beforeAll(async () => {
  await fs.access(osabArchiveDir()).catch(() => {
    throw new Error(`the OSAB archive is missing at ${osabArchiveDir()} (seeds/minutes/sources/osab, or OSAB_ARCHIVE_DIR)`);
  });
  database = await openTestDatabase();
  await dangerouslyWipeDatabase(database);
  result = await evaluateDevSet((read, language) => extractStages(read, language).extraction);
}, 600_000);

afterAll(async () => {
  await database?.close();
});

it('reads every document of the development set without an error', () => {
  expect(result.documents.filter((d) => d.error).map((d) => `${d.document.id}: ${d.error}`)).toEqual([]);
  expect(result.documents.length).toBeGreaterThanOrEqual(25);
});

// The development target is 0.95 on every field. Since blind batches 9–22 joined the set (68 documents in
// new layouts, each measured once at first sight before any rule was written for it; batches 20–22 modelled
// on real published minutes), attendance and precision are at or near it, while affiliation, decisions,
// actions, owners and statement recall stand at 0.84–0.90 (docs/importer.md). The floor guards those
// figures against regression; it is not the target.
const DEVELOPMENT_FLOOR = 0.82;

it.each([...FIELDS])('%s stays at or above the development floor: precision and recall >= 0.82', (field) => {
  const counts = result.total[field];
  expect(counts).toBeDefined();
  const { precision, recall } = ratios(counts!);
  expect({ field, precision: precision >= DEVELOPMENT_FLOOR, recall: recall >= DEVELOPMENT_FLOOR }).toEqual({ field, precision: true, recall: true });
});

// Each draft is checked as a user would ingest it: on its own, with the reference data. Drafts are not
// ingested together: two drafts of one meeting (its English and French minutes) both define the meeting
// with a title in their own language, and the second would drop the first's title, which ingestion
// refuses unless the document says so (entityDefinitions.ts).
it('drafts every document so that a dry-run ingest with the reference data accepts it, and writes nothing', async () => {
  const reference = await loadReference(DEFAULT_REFERENCE_FILES);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pipeline-drafts-'));
  const refused: string[] = [];
  let accepted = 0;
  for (const document of await loadDevSet(DEV_SET_DIR)) {
    const draftPath = path.join(dir, `${document.id}.yaml`);
    const imported = await importFile(await sourceFile(document), extractStages, { reference, draftPath, language: document.language });
    await fs.writeFile(draftPath, imported.yaml);
    // Text and markdown drafts cite the file where it is; the text extracted from Word or PDF goes beside the draft.
    if (imported.source.extracted) await fs.writeFile(imported.source.path, imported.source.text);
    const seeds = await Promise.all([...DEFAULT_REFERENCE_FILES, draftPath].map((file) => readSeedFile(file)));
    const problems = seeds.flatMap((seed) => seed.context.problems.map((p) => `${seed.file}: ${p.path}: ${p.message}`));
    if (problems.length > 0) {
      refused.push(...problems);
      continue;
    }
    const reports = await ingestSeeds(database, seeds, { dryRun: true }).catch((error: Error) => {
      refused.push(`${draftPath}: ${error.message}`);
      return [];
    });
    if (reports.some((r) => r.changes.nodesCreated === 0)) refused.push(`${draftPath}: a document whose dry run creates nothing`);
    else if (reports.length === seeds.length) accepted += 1;
  }
  expect(refused).toEqual([]);
  expect(accepted).toBeGreaterThanOrEqual(25);
  const [row] = await database.read('MATCH (n:Entity) RETURN count(n) AS n');
  expect(row?.n).toBe(0);
  await fs.rm(dir, { recursive: true, force: true });
}, 600_000);
