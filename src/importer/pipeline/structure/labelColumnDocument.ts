import type { Block } from '../../read/types';
import { foldWhitespace, wordCount } from '../text/words';
import { lookUpHeading, lookUpPeopleLabel } from './headingLexicon';
import { wrappedEntries } from './labelColumns';

/**
 * A whole record laid out as a two-column table, labels on the left and text on the right, as
 * `pdftotext -layout` gives a record of decisions or a summary of discussion:
 *
 *    Co-chairs             Hon. Marguerite Ashdown, Minister of Rural Economic Development
 *                          (Canada)
 *    Item 1:               Ministers were briefed by officials on the updated coverage
 *    Coverage progress     map. Teodora Mihailescu noted that …
 *    Decisions             Ministers agreed to adopt a common methodology for …
 *
 * The document is such a table when two blocks at least open with a label the lexicon knows, then a
 * gap, then text starting in the same column. Then every label (known or not: "Opening", "Item 1:
 * Coverage progress") becomes a heading, and the text beside and below it the blocks under it: a
 * people label's entries one a line (a line continues the entry above when it wraps it), any other
 * label's text one paragraph.
 */
export function labelColumnOf(blocks: Block[], source: string[]): LabelColumn | null {
  const columns = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const opening = LABEL_THEN_TEXT.exec(source[block.lines[0] - 1] ?? '');
    if (!opening || !isLabel(opening[2] ?? '') || !lookUpHeading(`${(opening[2] ?? '').replace(/:$/u, '')}:`, true)) continue;
    const margin = (opening[1] ?? '').length;
    const key = `${margin}:${margin + (opening[2] ?? '').length + (opening[3] ?? '').length}`;
    columns.set(key, (columns.get(key) ?? 0) + 1);
  }
  const [key, count] = [...columns.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const [margin, column] = key.split(':').map(Number);
  return count >= 2 ? { margin: margin ?? 0, column: column ?? 0 } : null;
}

/** Where the labels start, and the column where the text beside them starts. */
export interface LabelColumn { margin: number; column: number }

/** The block cut at its labels in the document's label column; null when it holds no label there. */
export function splitAtLabelColumn(block: Block, source: string[], layout: LabelColumn, level: number): Block[] | null {
  const { margin, column } = layout;
  if (block.kind !== 'paragraph') return null;
  const [first, last] = block.lines;
  const groups: Array<{ label: string; labelLines: [number, number]; values: Array<{ text: string; number: number; length: number }> }> = [];
  for (let number = first; number <= last; number += 1) {
    const line = source[number - 1] ?? '';
    if (line.trim() === '') continue;
    const left = foldWhitespace(line.slice(0, Math.max(0, column - 2)));
    const value = foldWhitespace(line.slice(Math.max(0, column - 2)));
    // A label starts at the labels' margin; text reaching into the gap (a line typed across both
    // columns, "Moved by:" indented under an item): not this layout.
    const indent = line.length - line.trimStart().length;
    if (left !== '' && (Math.abs(indent - margin) > 1 || !/^ {2}$/u.test(line.slice(column - 3, column - 1)) || wordCount(left) > 5 || /[.,;]$/u.test(left))) return null;
    if (left === '' && Math.abs(indent - column) > 2) return null; // text beside no label, off the text column
    const open = groups[groups.length - 1];
    if (left !== '') {
      // "Item 1:" over "Coverage progress" over "and gaps": a label wrapped in its column; a known label starts anew.
      if (open && open.labelLines[1] === number - 1 && !lookUpHeading(`${left.replace(/:$/u, '')}:`, true)) {
        open.label = `${open.label} ${left}`;
        open.labelLines = [open.labelLines[0], number];
      } else {
        groups.push({ label: left, labelLines: [number, number], values: [] });
      }
    } else if (!open) {
      return null;
    }
    if (value !== '') groups[groups.length - 1]?.values.push({ text: value, number, length: line.trimEnd().length });
  }
  if (groups.length === 0 || groups.some((group) => wordCount(group.label) > 8)) return null;
  const width = Math.max(...source.map((line) => line.trimEnd().length));
  return groups.flatMap((group): Block[] => {
    const label = /:$/u.test(group.label) ? group.label : `${group.label}:`;
    const heading: Block = { kind: 'heading', level, text: label, lines: group.labelLines };
    if (group.values.length === 0) return [heading];
    const people = lookUpPeopleLabel(group.label) !== null;
    return [heading, ...(people ? wrappedEntries(group.values, width) : [prose(group.values)])];
  });
}

// "   Co-chairs             Hon. Marguerite Ashdown, …": a margin, a label, a gap of three spaces or more, text.
const LABEL_THEN_TEXT = /^(\s*)(\S(?:.*?\S)?)(\s{3,})(\S.*)$/u;

function isLabel(text: string): boolean {
  return wordCount(text) <= 5 && !/[.;,]$/u.test(text);
}

function prose(values: Array<{ text: string; number: number }>): Block {
  return { kind: 'paragraph', text: foldWhitespace(values.map((value) => value.text).join(' ')), lines: [values[0]?.number ?? 0, values[values.length - 1]?.number ?? 0] };
}
