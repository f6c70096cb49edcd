/**
 * Development aid for the importer: for one development-set document, prints the sections as
 * STRUCTURE classified them (kind, heading, first block lines), then what EXTRACT found beside what
 * the expectation holds, field by field, so a missed form is visible at a glance.
 * Usage: node --import tsx scripts/importerDiagnose.ts <document id> [--text] [--held-out]
 */
import { DEV_SET_DIR, HELD_OUT_DIR, loadDevSet, loadExpected, sourceFile } from '../src/importer/eval/devSet';
import { extract } from '../src/importer/pipeline/extract';
import { structure } from '../src/importer/pipeline/structure';
import { readMinutes } from '../src/importer/read/readMinutes';

async function main(argv: string[]): Promise<void> {
  const dir = argv.includes('--held-out') ? HELD_OUT_DIR : DEV_SET_DIR;
  const id = argv.find((a) => !a.startsWith('--'));
  const document = (await loadDevSet(dir)).find((d) => d.id === id);
  if (!document) throw new Error(`no document ${id} in ${dir}`);
  const read = await readMinutes(await sourceFile(document, dir));
  if (argv.includes('--text')) read.source.lines.forEach((line, i) => console.log(`${String(i + 1).padStart(4)}| ${line}`));
  const structured = structure(read, document.language as 'en' | 'fr');
  console.log('\n== sections');
  for (const section of structured.sections) {
    console.log(`${section.kind.padEnd(10)} ${section.lines.join('-').padEnd(9)} ${section.role ?? ''} ${section.heading?.kind === 'heading' || section.heading?.kind === 'paragraph' ? JSON.stringify(section.heading.text.slice(0, 70)) : ''}`);
  }
  const found = extract(structured);
  const expected = await loadExpected(document, dir);
  const show = (title: string, got: string[], want: string[]) => {
    console.log(`\n== ${title}: found ${got.length}, expected ${want.length}`);
    const max = Math.max(got.length, want.length);
    for (let i = 0; i < max; i++) console.log(`  ${(got[i] ?? '').slice(0, 75).padEnd(77)}| ${(want[i] ?? '').slice(0, 75)}`);
  };
  show('attendance', found.attendance.map((a) => `${a.name} ${a.role} [${a.affiliation ?? ''}] L${a.lines[0]}`), expected.attendance.map((a) => `${a.name} ${a.role} [${a.affiliation ?? ''}] L${a.line ?? ''}`));
  show('decisions', found.decisions.map((d) => `L${d.lines[0]} ${d.text}`), expected.decisions.map((d) => `L${d.line ?? ''} ${d.text}`));
  show('actions', found.actionItems.map((a) => `L${a.lines[0]} [${a.owners.join('; ')}] ${a.text}`), expected.actionItems.map((a) => `L${a.line ?? ''} [${a.owners.join('; ')}] ${a.text}`));
  show('statements', found.statements.map((s) => `L${s.lines[0]} ${s.speaker}`), expected.statements.map((s) => `L${s.line ?? ''} ${s.speaker}`));
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
