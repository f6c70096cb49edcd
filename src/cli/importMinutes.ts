/**
 * npm run import-minutes -- <minutes.{txt,md,html,pdf,docx}> [--lang fr|en] [--out draft.yaml] [--reference file.yaml]… [--body <body id or name>]
 * Writes a DRAFT seed document from any council's minutes (to --out, or stdout) through the
 * pipeline read → structure → classify → extract → resolve → draft, and prints what needs review
 * (with the lines no rule read) to stderr. For HTML, PDF and Word the extracted text the evidence
 * quotes is written beside the draft (`<draft>.source.txt`), so --out is required. Exit code 2 on
 * bad usage or an unreadable file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_REFERENCE_FILES, loadReference } from '../importer/loadReference';
import { extractStages } from '../importer/pipeline';
import { importFile } from '../importer/pipeline/importFile';
import { ReadError } from '../importer/read/ReadError';
import { reviewList } from '../importer/reviewList';

const USAGE = 'usage: npm run import-minutes -- <minutes.{txt,md,html,pdf,docx}> [--lang fr|en] [--out draft.yaml] [--reference file.yaml]… [--body <body id or name>]';

async function main(argv: string[]): Promise<number> {
  let input: string | undefined;
  let out: string | undefined;
  let language: 'fr' | 'en' | undefined;
  let body: string | undefined;
  const reference: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = argv[i + 1];
    if (arg === '--out' && value) { out = value; i++; }
    else if (arg === '--lang' && (value === 'fr' || value === 'en')) { language = value; i++; }
    else if (arg === '--reference' && value) { reference.push(path.resolve(value)); i++; }
    else if (arg === '--body' && value) { body = value; i++; }
    else if (!arg.startsWith('--') && !input) input = arg;
    else { console.error(USAGE); return 2; }
  }
  if (!input) { console.error(USAGE); return 2; }
  const bytes = await fs.readFile(input).catch(() => undefined);
  if (!bytes) { console.error(`${input}: cannot read file`); return 2; }
  const outDir = out ? path.dirname(path.resolve(out)) : process.cwd();
  let imported;
  try {
    imported = await importFile({ name: input, bytes }, extractStages, {
      language, body, draftPath: out ?? path.join(process.cwd(), 'draft.yaml'),
      reference: await loadReference(reference.length > 0 ? reference : DEFAULT_REFERENCE_FILES),
    });
  } catch (error) {
    if (error instanceof ReadError) { console.error(error.message); return 2; }
    throw error;
  }
  if (imported.source.extracted && !out) { console.error(`${input}: the text extracted from it must be written beside the draft: give --out`); return 2; }
  const { draft, yaml } = imported;
  if (out) {
    await fs.mkdir(outDir, { recursive: true });
    await fs.writeFile(out, yaml);
    if (imported.source.extracted) await fs.writeFile(imported.source.path, imported.source.text);
  }
  else process.stdout.write(yaml);
  const review = reviewList(draft);
  const statements = draft.items.reduce((n, i) => n + i.statements.length, 0);
  const decisions = draft.items.reduce((n, i) => n + i.decisions.length, 0);
  const actions = draft.items.reduce((n, i) => n + i.actionItems.length, 0);
  console.error(`${draft.meeting.id}: ${draft.attendance.length} attendance, ${draft.items.length} agenda items, ${decisions} decisions, ${actions} actions, ${statements} statements${out ? ` → ${out}` : ''}`);
  console.error(`${review.length} to review:`);
  for (const line of review) console.error(`  REVIEW ${line}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import-minutes failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
