import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readSeedFile } from '../ingest/readSeedFile';
import type { SeedDocument } from '../ingest/SeedDocument';

const SEEDS = path.resolve(__dirname, '../../seeds');

/**
 * The reference data the importer resolves against: the seed documents at the top of seeds/
 * (jurisdictions, organizations, bodies, people and themes); records of meetings live below it.
 */
export const DEFAULT_REFERENCE_FILES = readdirSync(SEEDS).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(SEEDS, f));

/** Reads and checks reference documents; throws with every problem when one is invalid. */
export async function loadReference(files: string[] = DEFAULT_REFERENCE_FILES): Promise<SeedDocument[]> {
  const seeds = await Promise.all(files.map((file) => readSeedFile(file)));
  const problems = seeds.flatMap((s) => s.context.problems.map((p) => `${s.file}: ${p.path}: ${p.message}`));
  if (problems.length > 0) throw new Error(`invalid reference data:\n${problems.join('\n')}`);
  return seeds.map((s) => s.document as SeedDocument);
}
