/**
 * npm run import-minutes -- <minutes.txt> [--lang fr|en] [--out draft.yaml] [--reference file.yaml]…
 * Writes a DRAFT seed document from the text of a record of decisions (to --out, or stdout) and
 * prints what needs review to stderr. Exit code 2 on bad usage.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { importMinutes } from '../importer/importMinutes';
import { DEFAULT_REFERENCE_FILES, loadReference } from '../importer/loadReference';
import { reviewList } from '../importer/reviewList';
import { writeDraft } from '../importer/DraftWriter';

const USAGE = 'usage: npm run import-minutes -- <minutes.txt> [--lang fr|en] [--out draft.yaml] [--reference file.yaml]…';

async function main(argv: string[]): Promise<number> {
  let input: string | undefined;
  let out: string | undefined;
  let language: 'fr' | 'en' | undefined;
  const reference: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = argv[i + 1];
    if (arg === '--out' && value) { out = value; i++; }
    else if (arg === '--lang' && (value === 'fr' || value === 'en')) { language = value; i++; }
    else if (arg === '--reference' && value) { reference.push(path.resolve(value)); i++; }
    else if (!arg.startsWith('--') && !input) input = arg;
    else { console.error(USAGE); return 2; }
  }
  if (!input) { console.error(USAGE); return 2; }
  const bytes = await fs.readFile(input).catch(() => undefined);
  if (!bytes) { console.error(`${input}: cannot read file`); return 2; }
  const outDir = out ? path.dirname(path.resolve(out)) : process.cwd();
  const draft = importMinutes(bytes, {
    language,
    sourcePath: path.relative(outDir, path.resolve(input)).split(path.sep).join('/'),
    reference: await loadReference(reference.length > 0 ? reference : DEFAULT_REFERENCE_FILES),
  });
  const yaml = writeDraft(draft);
  if (out) {
    await fs.mkdir(outDir, { recursive: true });
    await fs.writeFile(out, yaml);
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
