/**
 * npm run coverage [-- <file.yaml|dir>…]
 * Source coverage of every seed document with a `source` under seeds/ (or of the files given):
 * one line per document, then its uncovered lines. Exit code 1 when any is below 100 %.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { isComplete, measureSeedFile } from '../coverage/seedCoverage';
import { describeUncovered, formatPercentage } from '../coverage/sourceCoverage';
import { expandSeedTargets } from '../ingest/seedFiles';

async function main(argv: string[]): Promise<number> {
  const targets = argv.length > 0 ? argv : [path.join(PROJECT_ROOT, 'seeds')];
  const { files, missing } = await expandSeedTargets(targets);
  if (missing !== null) {
    console.error(`${missing}: no such file or directory`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const result = await measureSeedFile(file);
    const name = path.relative(process.cwd(), file);
    if (result.kind === 'noSource') {
      if (argv.length > 0) console.log(`${name}  no source (reference data): nothing to cover`);
      continue;
    }
    if (result.kind === 'invalid') {
      failed = true;
      console.log(`${name}  unreadable document`);
      for (const problem of result.problems) console.log(`  ${problem}`);
      continue;
    }
    const { coverage } = result;
    const toCover = coverage.coveredLines + coverage.uncovered.length;
    console.log(`${name}  ${coverage.coveredLines}/${coverage.contentLines} content lines  ` +
      `${formatPercentage(coverage.percentage)}%  (${coverage.noFactLines} no-fact, ${toCover} to cover)`);
    // Validity is ingestion's check; shown here because a broken record may hide its evidence.
    for (const problem of result.problems) console.log(`  invalid: ${problem}`);
    for (const error of coverage.errors) console.log(`  error: ${error}`);
    for (const note of coverage.notes) console.log(`  note: ${note}`);
    if (!isComplete(coverage)) {
      failed = true;
      if (coverage.uncovered.length > 0) {
        console.log(`  ${coverage.uncovered.length} uncovered line(s):`);
        for (const line of describeUncovered(coverage, result.sourceText)) console.log(line);
      }
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`coverage failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
