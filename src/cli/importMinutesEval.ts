/**
 * npm run import-minutes:eval
 * Imports the French record of the PSSDC meeting of 24 September 2020 and measures the draft
 * against the curated seed (seeds/minutes/2020-09-24-pssdc.yaml): precision and recall per kind.
 * Exit code 1 when the draft fails the seed checks.
 */
import path from 'node:path';
import { evaluateCuratedMinutes } from '../importer/evaluateCurated';
import { formatScores } from '../importer/evaluate';

async function main(): Promise<number> {
  const result = await evaluateCuratedMinutes();
  console.log(`draft of ${path.relative(process.cwd(), result.sourceFile)} against ${path.relative(process.cwd(), result.goldFile)}`);
  console.log(formatScores(result.scores));
  console.log(`${result.reviewCount} review notes; draft checks: ${result.problems.length === 0 ? 'pass' : 'FAIL'}`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  return result.problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import-minutes:eval failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
