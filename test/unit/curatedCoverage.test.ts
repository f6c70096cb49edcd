import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { isComplete, measureSeedFile } from '../../src/coverage/seedCoverage';
import { describeUncovered, formatPercentage } from '../../src/coverage/sourceCoverage';
import { listSeedFiles } from '../../src/ingest/seedFiles';

/** Curated records: every content line of their source is evidence of a record or marked as carrying no fact. */
const CURATED_DIR = path.join(PROJECT_ROOT, 'seeds/minutes');

describe('source coverage of the curated seed documents', () => {
  let files: string[] = [];

  beforeAll(async () => {
    files = await listSeedFiles(CURATED_DIR);
  });

  it('finds curated documents', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('covers every content line of every curated source', async () => {
    const failures: string[] = [];
    for (const file of files) {
      const result = await measureSeedFile(file);
      const name = path.relative(PROJECT_ROOT, file);
      if (result.kind === 'noSource') continue;
      if (result.kind === 'invalid') {
        failures.push(`${name}: unreadable: ${result.problems.join('; ')}`);
      } else if (!isComplete(result.coverage)) {
        const { coverage } = result;
        failures.push([
          `${name}: ${formatPercentage(coverage.percentage)} % covered, ${coverage.uncovered.length} uncovered line(s)`,
          ...coverage.errors.map((error) => `  error: ${error}`),
          ...describeUncovered(coverage, result.sourceText),
        ].join('\n'));
      }
    }
    // The failure message lists the uncovered lines with their text, so a curator can act on it.
    expect(failures.join('\n\n')).toBe('');
  });
});
