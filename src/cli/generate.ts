/**
 * npm run generate -- --scale N --seed S [--out DIR]
 * Writes a deterministic synthetic corpus (default .data/synthetic/scale-N/, git-ignored and never
 * loaded by npm start). Ingest it with: npm run ingest -- --bulk <dir>
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { writeCorpus } from '../synthetic/generateCorpus';

function option(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const scale = Number(option(argv, '--scale') ?? '1');
  const seed = Number(option(argv, '--seed') ?? '1');
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000 || !Number.isInteger(seed) || seed < 0) {
    console.error('usage: npm run generate -- --scale N (1..1000) --seed S (integer ≥ 0) [--out DIR]');
    return 2;
  }
  const out = path.resolve(option(argv, '--out') ?? path.join(PROJECT_ROOT, '.data', 'synthetic', `scale-${scale}`));
  const started = performance.now();
  const summary = await writeCorpus(out, scale, seed, (line) => console.log(line));
  console.log(`wrote ${summary.documents} documents (${summary.meetings} meetings, ${summary.bodies} bodies, ${summary.people} people, ` +
    `${summary.themes} themes, ${(summary.bytes / 1e6).toFixed(1)} MB) to ${path.relative(process.cwd(), out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
  console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
