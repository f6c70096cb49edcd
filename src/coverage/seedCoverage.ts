import { promises as fs } from 'node:fs';
import { parse } from 'yaml';
import { readSeedFile } from '../ingest/readSeedFile';
import { type SourceCoverage, sourceCoverage } from './sourceCoverage';

export type SeedCoverage =
  /** `problems`: what the document's own checks report (coverage is still measured on its ranges). */
  | { file: string; kind: 'measured'; coverage: SourceCoverage; sourceText: string; problems: string[] }
  /** Reference data: nothing to cover. */
  | { file: string; kind: 'noSource' }
  /** Unreadable: no YAML, or its source text is missing. */
  | { file: string; kind: 'invalid'; problems: string[] };

/** Reads and checks one seed document like ingestion does, then measures its source coverage. */
export async function measureSeedFile(file: string): Promise<SeedCoverage> {
  const seed = await readSeedFile(file);
  const problems = seed.context.problems.map((p) => `${p.path}: ${p.message}`);
  // The checker keeps only valid documents; while a curator is mid-edit (an unrelated problem),
  // the ranges are still worth measuring, so the YAML is read again without the checks.
  const document: unknown = seed.document ?? (await parseUnchecked(file));
  if (!isRecord(document)) return { file, kind: 'invalid', problems };
  if (document.source === undefined) {
    return problems.length > 0 ? { file, kind: 'invalid', problems } : { file, kind: 'noSource' };
  }
  const sourceText = seed.sourceText;
  if (sourceText === undefined) return { file, kind: 'invalid', problems };
  return { file, kind: 'measured', coverage: sourceCoverage(document, sourceText), sourceText, problems };
}

/** A document passes when every content line is evidence or marked as carrying no fact. */
export function isComplete(coverage: SourceCoverage): boolean {
  return coverage.uncovered.length === 0 && coverage.errors.length === 0;
}

async function parseUnchecked(file: string): Promise<unknown> {
  try {
    return parse(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
