/**
 * Source coverage: which lines of a source document are evidence of some record, which are marked
 * as carrying no fact (`source.noFacts`), which are blank, and which content is in no record at all.
 * Pure: works on the parsed seed document (a plain object) and the source text.
 */

export type LineStatus = 'covered' | 'noFact' | 'blank' | 'uncovered';

/** An evidence object found anywhere in the document, with the path that leads to it. */
export interface EvidenceRange { path: string; first: number; last: number }

export interface SourceCoverage {
  /** Lines of the source, numbered like evidence ranges (1-based; same split as the validator). */
  lineCount: number;
  /** `statuses[n - 1]` is the status of line n. */
  statuses: LineStatus[];
  /** Lines that are not blank. */
  contentLines: number;
  /** Content lines inside some evidence range. */
  coveredLines: number;
  /** Content lines marked as carrying no fact and inside no evidence range. */
  noFactLines: number;
  /** Content lines in neither: facts that no record holds. */
  uncovered: number[];
  /** covered / (content − no-fact), 100 when nothing is left to cover. */
  percentage: number;
  /** Harmless findings, e.g. a no-fact range that overlaps evidence. */
  notes: string[];
  /** Ranges that point past the end of the source. */
  errors: string[];
}

type Pair = [number, number];

/** Computes the coverage of `sourceText` by the evidence and `source.noFacts` of `document`. */
export function sourceCoverage(document: unknown, sourceText: string): SourceCoverage {
  // The same split as SourceText, so line numbers and the end of the file agree with the validator.
  const lines = sourceText.split(/\r?\n/);
  const lineCount = lines.length;
  const errors: string[] = [];
  const notes: string[] = [];

  const covered = new Array<boolean>(lineCount).fill(false);
  const evidence = findEvidence(document);
  for (const range of evidence) {
    if (range.last > lineCount) errors.push(pastEnd(`${range.path}.lines`, [range.first, range.last], lineCount));
    for (let n = range.first; n <= Math.min(range.last, lineCount); n++) covered[n - 1] = true;
  }

  const noFact = new Array<boolean>(lineCount).fill(false);
  noFactRanges(document).forEach(({ lines: [first, last], kind }, index) => {
    const path = `source.noFacts[${index}]`;
    if (last > lineCount) errors.push(pastEnd(`${path}.lines`, [first, last], lineCount));
    for (let n = first; n <= Math.min(last, lineCount); n++) noFact[n - 1] = true;
    const overlapping = evidence.filter((range) => range.first <= last && first <= range.last);
    if (overlapping.length > 0) {
      const shown = overlapping.slice(0, 3).map((range) => `${range.path} [${range.first}, ${range.last}]`).join(', ');
      const more = overlapping.length > 3 ? ` and ${overlapping.length - 3} more` : '';
      notes.push(`${path} (${kind}, lines ${first}-${last}) overlaps evidence: ${shown}${more}`);
    }
  });

  const statuses = lines.map((text, index): LineStatus => {
    if (/^\s*$/.test(text)) return 'blank';
    if (covered[index]) return 'covered';
    return noFact[index] ? 'noFact' : 'uncovered';
  });
  const count = (status: LineStatus) => statuses.filter((s) => s === status).length;
  const coveredLines = count('covered');
  const noFactLines = count('noFact');
  const uncovered = statuses.flatMap((status, index) => (status === 'uncovered' ? [index + 1] : []));
  const toCover = coveredLines + uncovered.length;
  return {
    lineCount, statuses, contentLines: lineCount - count('blank'), coveredLines, noFactLines, uncovered,
    percentage: toCover === 0 ? 100 : (100 * coveredLines) / toCover, notes, errors,
  };
}

/**
 * Every `{ quote, lines: [first, last] }` map in the document, found generically so that any new
 * kind of evidence (statusEvidence, noDiscussion, inferred[].evidence, …) counts without changes here.
 */
export function findEvidence(document: unknown): EvidenceRange[] {
  const found: EvidenceRange[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
    } else if (isRecord(value)) {
      if (typeof value.quote === 'string' && isPair(value.lines)) {
        found.push({ path, first: value.lines[0], last: value.lines[1] });
      }
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(document, '');
  return found;
}

function noFactRanges(document: unknown): { lines: Pair; kind: string }[] {
  const source = isRecord(document) ? document.source : undefined;
  const entries = isRecord(source) && Array.isArray(source.noFacts) ? source.noFacts : [];
  return entries.flatMap((entry) =>
    isRecord(entry) && isPair(entry.lines) ? [{ lines: entry.lines, kind: String(entry.kind ?? '?') }] : []);
}

/** One decimal, never rounded up to 100: a document with one uncovered line must not show 100.0. */
export function formatPercentage(value: number): string {
  return (Math.floor(value * 10) / 10).toFixed(1);
}

/** Groups sorted line numbers into [first, last] runs: 3,4,5,9 → [3,5],[9,9]. */
export function toRanges(numbers: readonly number[]): Pair[] {
  const ranges: Pair[] = [];
  for (const n of numbers) {
    const lastRange = ranges[ranges.length - 1];
    if (lastRange && n === lastRange[1] + 1) lastRange[1] = n;
    else ranges.push([n, n]);
  }
  return ranges;
}

/**
 * The uncovered lines with their text, one block per run of lines; blank lines between two
 * uncovered lines join their runs, so a paragraph reads as one block.
 */
export function describeUncovered(coverage: SourceCoverage, sourceText: string): string[] {
  const lines = sourceText.split(/\r?\n/);
  const shown: number[] = [];
  let pendingBlanks: number[] = [];
  coverage.statuses.forEach((status, index) => {
    if (status === 'blank') {
      if (shown.length > 0 && shown[shown.length - 1] === index - pendingBlanks.length) pendingBlanks.push(index + 1);
      return;
    }
    if (status === 'uncovered') shown.push(...pendingBlanks, index + 1);
    pendingBlanks = [];
  });
  return toRanges(shown).flatMap(([first, last]) => [
    first === last ? `  line ${first}:` : `  lines ${first}-${last}:`,
    ...lines.slice(first - 1, last).filter((text) => text.trim() !== '').map((text) => `    ${text.trim()}`),
  ]);
}

function pastEnd(path: string, [first, last]: Pair, lineCount: number): string {
  return `${path}: [${first}, ${last}] is past the end of the source (${lineCount} lines)`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPair(value: unknown): value is Pair {
  return Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n) && n >= 1)
    && value[0] <= value[1];
}
