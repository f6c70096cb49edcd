import type { LineRange } from '../read/types';
import { foldKey } from '../text';
import type { Extraction } from '../pipeline/types';
import type { Expected } from './devSet';

/**
 * Precision and recall of one extraction against hand-checked expectations, field by field. Items
 * are paired one to one, first fit in document order. An expected item with a line matches a
 * predicted item whose line range holds that line; without lines (text extracted from PDF or Word)
 * it matches by its words.
 */

export interface Count { matched: number; predicted: number; expected: number }
export type FieldCounts = Record<string, Count>;

export const FIELDS = [
  'attendance (name+role)', 'affiliation (name+role+affiliation)', 'decisions', 'action items', 'action owners',
  'statements (speaker)', 'date',
] as const;

/** The importer's comparison form (accents, case), with punctuation as white space too. */
export function fold(text: string | null | undefined): string {
  return foldKey(text ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const within = (line: number | undefined, lines: LineRange) => line !== undefined && lines[0] <= line && line <= lines[1];
const wordsIn = (fragment: string, quote: string) => fold(quote).includes(fold(fragment).slice(0, 60));

/** Pairs each expected item with the first unpaired predicted item it fits; returns the pairs. */
function pair<E, P>(expected: E[], predicted: P[], fits: (e: E, p: P) => boolean): Array<[E, P]> {
  const used = new Set<number>();
  const pairs: Array<[E, P]> = [];
  for (const e of expected) {
    const index = predicted.findIndex((p, i) => !used.has(i) && fits(e, p));
    if (index >= 0) {
      used.add(index);
      pairs.push([e, predicted[index] as P]);
    }
  }
  return pairs;
}

const count = (matched: number, predicted: number, expected: number): Count => ({ matched, predicted, expected });

/** Owners agree when each expected owner is named by a predicted one (either may be the shorter form). */
function sameOwners(expected: string[], predicted: string[]): boolean {
  if (expected.length !== predicted.length) return false;
  return expected.every((owner) => predicted.some((p) => {
    const [a, b] = [fold(owner), fold(p)];
    return a === b || (a.length > 0 && b.length > 0 && (a.startsWith(`${b} `) || b.startsWith(`${a} `)));
  }));
}

export function scoreExtraction(expected: Expected, predicted: Extraction): FieldCounts {
  const person = (name: string | null, affiliation: string | null) => (name ? fold(name) : `org:${fold(affiliation)}`);
  const attendees = pair(expected.attendance, predicted.attendance,
    (e, p) => person(e.name, e.affiliation) === person(p.name, p.affiliation) && e.role === p.role);
  const affiliations = attendees.filter(([e, p]) => fold(e.affiliation) === fold(p.affiliation));
  const located = <E extends { line?: number; text?: string }>(e: E, p: { lines: LineRange; quote: string }) =>
    (e.line !== undefined ? within(e.line, p.lines) : wordsIn(e.text ?? '', p.quote));
  const decisions = pair(expected.decisions, predicted.decisions, located);
  const actions = pair(expected.actionItems, predicted.actionItems, located);
  const owners = actions.filter(([e, p]) => sameOwners(e.owners, p.owners));
  const statements = pair(expected.statements, predicted.statements,
    (e, p) => fold(e.speaker) === fold(p.speaker) && (e.line === undefined || within(e.line, p.lines)));
  const dateExpected = expected.date ? 1 : 0;
  return {
    'attendance (name+role)': count(attendees.length, predicted.attendance.length, expected.attendance.length),
    'affiliation (name+role+affiliation)': count(affiliations.length, predicted.attendance.length, expected.attendance.length),
    decisions: count(decisions.length, predicted.decisions.length, expected.decisions.length),
    'action items': count(actions.length, predicted.actionItems.length, expected.actionItems.length),
    'action owners': count(owners.length, predicted.actionItems.length, expected.actionItems.length),
    'statements (speaker)': count(statements.length, predicted.statements.length, expected.statements.length),
    date: count(dateExpected && predicted.date === expected.date ? 1 : 0, predicted.date ? 1 : 0, dateExpected),
  };
}

export function addCounts(total: FieldCounts, more: FieldCounts): FieldCounts {
  const sum: FieldCounts = { ...total };
  for (const [field, c] of Object.entries(more)) {
    const t = sum[field] ?? count(0, 0, 0);
    sum[field] = count(t.matched + c.matched, t.predicted + c.predicted, t.expected + c.expected);
  }
  return sum;
}

/** Precision and recall; an empty side scores 1 (nothing predicted is nothing wrong; nothing expected, nothing missed). */
export function ratios(c: Count): { precision: number; recall: number } {
  return { precision: c.predicted === 0 ? 1 : c.matched / c.predicted, recall: c.expected === 0 ? 1 : c.matched / c.expected };
}
