import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkSeedText, readSeedFile } from '../ingest/readSeedFile';
import { type Score, evaluateDraft } from './evaluate';
import { DEFAULT_REFERENCE_FILES, loadReference } from './loadReference';
import { importMinutes } from './importMinutes';
import { reviewList } from './reviewList';
import { writeDraft } from './DraftWriter';

const SEEDS = path.resolve(__dirname, '../../seeds');
export const CURATED_SEED = path.join(SEEDS, 'minutes/2020-09-24-pssdc.yaml');
export const CURATED_SOURCE = path.join(SEEDS, 'minutes/sources/2020-09-24-cpssp-compte-rendu-des-decisions.fr.txt');

export interface CuratedEvaluation {
  sourceFile: string; goldFile: string; scores: Score[]; yaml: string; reviewCount: number;
  /** Seed-check and reference problems of the draft (empty when it would ingest). */
  problems: string[];
}

/**
 * Imports the curated record's source as if the draft were written next to the curated seed,
 * checks the draft like any seed (offline: references must resolve to the reference data or the
 * draft itself) and scores it against the curated seed.
 */
export async function evaluateCuratedMinutes(): Promise<CuratedEvaluation> {
  const reference = await loadReference(DEFAULT_REFERENCE_FILES);
  const bytes = await fs.readFile(CURATED_SOURCE);
  const sourcePath = path.relative(path.dirname(CURATED_SEED), CURATED_SOURCE);
  const draft = importMinutes(bytes, { language: 'fr', sourcePath, reference });
  const yaml = writeDraft(draft);
  const problems = await checkDraft(yaml, path.dirname(CURATED_SEED));
  const gold = await readSeedFile(CURATED_SEED);
  const parsed = await checkSeedText('draft', Buffer.from(yaml), (p) => fs.readFile(path.resolve(path.dirname(CURATED_SEED), p)).catch(() => undefined));
  return {
    sourceFile: CURATED_SOURCE, goldFile: CURATED_SEED, yaml, reviewCount: reviewList(draft).length, problems,
    scores: parsed.document && gold.document ? evaluateDraft(parsed.document, gold.document) : [],
  };
}

/** The problems `npm run ingest -- --dry-run` would report for the draft, without a database. */
export async function checkDraft(yaml: string, directory: string): Promise<string[]> {
  const checked = await checkSeedText('draft', Buffer.from(yaml), (p) => fs.readFile(path.resolve(directory, p)).catch(() => undefined));
  const problems = checked.context.problems.map((p) => `${p.path}: ${p.message}`);
  const referenceSeeds = await Promise.all(DEFAULT_REFERENCE_FILES.map((f) => readSeedFile(f)));
  const known = new Map<string, string>();
  for (const seed of [...referenceSeeds, checked]) for (const [id, { kind }] of seed.context.defined) known.set(id, kind);
  for (const ref of checked.context.references) {
    const kind = known.get(ref.id);
    if (!kind) problems.push(`${ref.path}: unknown reference '${ref.id}'`);
    else if (!ref.kinds.includes(kind as (typeof ref.kinds)[number])) problems.push(`${ref.path}: '${ref.id}' is a ${kind}, expected a ${ref.kinds.join(' or ')}`);
  }
  return problems;
}
