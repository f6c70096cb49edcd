import type { Block } from '../../read/types';
import { foldWhitespace } from '../text/words';
import { lookUpHeading } from './headingLexicon';

/**
 * A two-column label block, as school boards, councils and procès-verbaux type their attendance:
 *
 *     Trustees Present:     Janet Holloway (Chair), Derek Osei,
 *                           Peter Kowalski, Samira Farouk
 *     Staff Present:        Robert Ellison, Director of Education
 *                           Karen Liu, Superintendent of Business
 *
 * Each label (a people label the lexicon knows) becomes a heading on its line, and each value a
 * paragraph of its own: the text after the label, then every indented line below it. An indented
 * line continues the value above only when that value ends with a comma or a conjunction (a list
 * wrapped to the next line); otherwise it is the next entry of the same label. Null when the block
 * is not such a block (at least one indented continuation line under a known label).
 */
export function splitLabelColumns(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'paragraph') return null;
  const [first, last] = block.lines;
  if (first === last) return null;
  const rows = source.slice(first - 1, last).map((line, index) => ({ line, number: first + index }));
  if (!rows.some(({ line }, index) => index > 0 && isContinuation(line)) || labelOf(rows[0]?.line ?? '') === null) return null;
  const blocks: Block[] = [];
  for (const { line, number } of rows) {
    const label = labelOf(line);
    const open = blocks[blocks.length - 1];
    if (label) {
      blocks.push({ kind: 'heading', level, text: label.label, lines: [number, number] });
      if (label.value !== '') blocks.push({ kind: 'paragraph', text: label.value, lines: [number, number] });
    } else if (!isContinuation(line) || line.trim() === '') {
      return null; // a line at the left margin that is no label: not a label block
    } else if (open?.kind === 'paragraph' && /(?:,|\s(?:and|et|&))$/u.test(open.text)) {
      open.text = foldWhitespace(`${open.text} ${line}`);
      open.lines = [open.lines[0], number];
    } else {
      blocks.push({ kind: 'paragraph', text: foldWhitespace(line), lines: [number, number] });
    }
  }
  return blocks;
}

/**
 * A table row laying out attendance as label and value cells (HTML and Word minutes): "Present:" |
 * "Mayor Jane Doe" over "Deputy Mayor Sam Lee". The label becomes a heading and each line of the
 * value a paragraph. Null when the row's first cell is no people label.
 */
export function splitLabelRow(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'tableRow' || block.header) return null;
  const cells = block.cells.filter((cell) => cell.trim() !== '');
  if (cells.length < 2) return null;
  const label = cells[0] ?? '';
  const meaning = lookUpHeading(/:\s*$/u.test(label) ? label : `${label}:`, true);
  if (!meaning || (meaning.kind !== 'attendance' && meaning.kind !== 'regrets')) return null;
  const [first, last] = block.lines;
  const blocks: Block[] = [{ kind: 'heading', level, text: label, lines: [first, first] }];
  for (let number = first; number <= last; number += 1) {
    const columns = (source[number - 1] ?? '').split('\t');
    const value = foldWhitespace((number === first ? columns.slice(1) : columns).join(' '));
    if (value !== '') blocks.push({ kind: 'paragraph', text: value, lines: [number, number] });
  }
  return blocks;
}

// "Trustees Present:", "Étaient présents :", "Secrétaire d'assemblée :" then the value.
const LABEL = /^(\p{Lu}[\p{L}'’\-]*(?:\s[\p{L}'’\-]+){0,3}\s?:)\s*(.*)$/u;

function labelOf(line: string): { label: string; value: string } | null {
  const match = LABEL.exec(line);
  if (!match) return null;
  const meaning = lookUpHeading(match[1] ?? '', true);
  if (!meaning || (meaning.kind !== 'attendance' && meaning.kind !== 'regrets')) return null;
  return { label: match[1] ?? '', value: foldWhitespace(match[2] ?? '') };
}

/** A line indented into the value column (at least four columns). */
function isContinuation(line: string): boolean {
  return /^(?: {4,}|\t)\S/u.test(line);
}
