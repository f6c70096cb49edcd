/**
 * npm run import-minutes:eval [-- --held-out] [--documents] [--only id,id…]
 * Runs the importer on its development set (test/fixtures/importer-dev: OSAB board and working-group
 * minutes in English and French, the PSSDC record, minutes in other layouts as markdown, text, Word
 * and PDF) and prints precision and recall per field, per layout and, with --documents, per
 * document; --held-out runs the held-out set (test/fixtures/importer-heldout), documents no rule
 * was developed on; --only scores the named documents alone (a new document's first figures, before
 * any rule is written for it). Then drafts every document and checks each draft like `ingest --dry-run` would
 * (offline). Exit code 1 when a draft fails those checks or a document cannot be read.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDraft } from '../importer/evaluateCurated';
import { DEV_SET_DIR, HELD_OUT_DIR, loadDevSet, sourceFile } from '../importer/eval/devSet';
import { evaluateDevSet, formatFieldTable, formatPerDocument } from '../importer/eval/evaluateDevSet';
import { DEFAULT_REFERENCE_FILES, loadReference } from '../importer/loadReference';
import { extractStages } from '../importer/pipeline';
import { importFile } from '../importer/pipeline/importFile';

async function main(argv: string[]): Promise<number> {
  const dir = argv.includes('--held-out') ? HELD_OUT_DIR : DEV_SET_DIR;
  const only = onlyIds(argv);
  const documents = (await loadDevSet(dir)).filter((document) => !only || only.has(document.id));
  if (only && documents.length !== only.size) throw new Error(`--only: no such document in ${dir}: ${[...only].filter((id) => !documents.some((d) => d.id === id)).join(', ')}`);
  const result = await evaluateDevSet((read, language) => extractStages(read, language).extraction, dir, only);
  console.log(`${path.relative(process.cwd(), dir)}: ${documents.length} documents, ${result.byLayout.size} layouts\n`);
  console.log(formatFieldTable(result.total));
  for (const [layout, counts] of result.byLayout) console.log(`\n${layout}\n${formatFieldTable(counts)}`);
  if (argv.includes('--documents')) console.log(`\n${formatPerDocument(result)}`);

  const reference = await loadReference(DEFAULT_REFERENCE_FILES);
  const draftDir = await fs.mkdtemp(path.join(os.tmpdir(), 'import-eval-'));
  let failed = result.documents.filter((d) => d.error).length;
  for (const document of documents) {
    const draftPath = path.join(draftDir, `${document.id}.yaml`);
    const imported = await importFile(await sourceFile(document, dir), extractStages, { reference, draftPath, language: document.language });
    if (imported.source.extracted) await fs.writeFile(imported.source.path, imported.source.text);
    const problems = await checkDraft(imported.yaml, draftDir);
    if (problems.length > 0) {
      failed++;
      console.error(`${document.id}: draft refused:\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
  }
  console.log(`\ndrafts: ${documents.length - failed} of ${documents.length} pass the seed checks`);
  await fs.rm(draftDir, { recursive: true, force: true });
  return failed === 0 ? 0 : 1;
}

/** `--only a,b` (or `--only=a,b`): the ids to score, or null for all. */
function onlyIds(argv: string[]): Set<string> | null {
  const index = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (index < 0) return null;
  const value = argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if (!value) throw new Error('--only needs a comma-separated list of document ids');
  return new Set(value.split(',').map((id) => id.trim()).filter((id) => id !== ''));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import-minutes:eval failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
