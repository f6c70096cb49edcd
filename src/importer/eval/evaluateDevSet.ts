import { readMinutes } from '../read/readMinutes';
import type { ReadDocument } from '../read/types';
import type { Extraction } from '../pipeline/types';
import { DEV_SET_DIR, type DevDocument, loadDevSet, loadExpected, sourceFile } from './devSet';
import { FIELDS, type FieldCounts, addCounts, ratios, scoreExtraction } from './score';

/** The stages under test: a read document (and its language) to what they extract. */
export type Pipeline = (read: ReadDocument, language: 'en' | 'fr') => Extraction;

export interface DocumentResult { document: DevDocument; counts: FieldCounts; error?: string }
export interface DevSetResult { documents: DocumentResult[]; total: FieldCounts; byLayout: Map<string, FieldCounts> }

/**
 * Runs the pipeline on every document of the development set and scores it. A document the
 * pipeline cannot read counts as predicting nothing (its error is reported): a crash is a miss,
 * never a skipped document.
 */
export async function evaluateDevSet(pipeline: Pipeline, dir = DEV_SET_DIR, only: Set<string> | null = null): Promise<DevSetResult> {
  const results: DocumentResult[] = [];
  for (const document of await loadDevSet(dir)) {
    if (only && !only.has(document.id)) continue;
    const expected = await loadExpected(document, dir);
    let extraction: Extraction = { date: null, title: null, attendance: [], decisions: [], actionItems: [], statements: [], unread: [] };
    let error: string | undefined;
    try {
      extraction = pipeline(await readMinutes(await sourceFile(document, dir)), document.language);
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    results.push({ document, counts: scoreExtraction(expected, extraction), error });
  }
  const byLayout = new Map<string, FieldCounts>();
  let total: FieldCounts = {};
  for (const result of results) {
    total = addCounts(total, result.counts);
    byLayout.set(result.document.layout, addCounts(byLayout.get(result.document.layout) ?? {}, result.counts));
  }
  return { documents: results, total, byLayout };
}

const pct = (value: number) => value.toFixed(3);

/** One line per field: matched, predicted, expected, precision, recall. */
export function formatFieldTable(counts: FieldCounts): string {
  const rows = FIELDS.filter((field) => counts[field]).map((field) => {
    const c = counts[field]!;
    const { precision, recall } = ratios(c);
    return `${field.padEnd(38)} ${String(c.matched).padStart(7)} ${String(c.predicted).padStart(9)} ${String(c.expected).padStart(8)}  ${pct(precision).padStart(9)}  ${pct(recall).padStart(6)}`;
  });
  return [`${'field'.padEnd(38)} matched predicted expected  precision  recall`, ...rows].join('\n');
}

/** Recall per field for each document: where to look first. */
export function formatPerDocument(result: DevSetResult): string {
  const short = ['att', 'aff', 'dec', 'act', 'own', 'stm', 'date'];
  const lines = [`${'document'.padEnd(34)} ${short.map((s) => `${s} P/R`.padStart(11)).join('')}`];
  for (const { document, counts, error } of result.documents) {
    const cells = FIELDS.map((field) => {
      const c = counts[field];
      if (!c || (c.expected === 0 && c.predicted === 0)) return '-'.padStart(11);
      const { precision, recall } = ratios(c);
      return `${precision.toFixed(2)}/${recall.toFixed(2)}`.padStart(11);
    });
    lines.push(`${document.id.padEnd(34)} ${cells.join('')}${error ? `  ERROR: ${error}` : ''}`);
  }
  return lines.join('\n');
}
