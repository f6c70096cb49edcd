import type { Block } from '../../read/types';
import { isTaskHeaderRow } from '../patterns/taskFields';
import { peopleColumns } from './tableColumns';

/**
 * A table typed with spaces, as plain-text and PDF-to-text minutes lay out follow-ups and roll calls:
 *
 *     No.  Action                                          Responsible        Due
 *     1    Circulate revised Policy E-3 to registrants     H. Sandhu          July 15, 2024
 *          and post it on the College website
 *
 * The header's words (a task or people header the lexicons know) fix the columns; each text run of a
 * line goes to the column it starts under, and a line with nothing under the first column continues
 * the row above (a wrapped cell). Null when the block's first line is no such header.
 */
export function splitTypedTable(block: Block, source: string[]): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const header = runs(source[first - 1] ?? '');
  const labels = header.map((run) => run.text);
  if (header.length < 2 || !(isTaskHeaderRow(labels.filter((label) => !NUMBER_LABEL.test(label))) || peopleColumns(labels))) return null;
  const rows: Extract<Block, { kind: 'tableRow' }>[] = [{ kind: 'tableRow', cells: labels, header: true, lines: [first, first] }];
  for (let number = first + 1; number <= last; number += 1) {
    const line = source[number - 1] ?? '';
    if (line.trim() === '') continue;
    const cells = labels.map(() => '');
    for (const run of runs(line)) {
      const column = header.reduce((found, cell, index) => (cell.start <= run.start + 2 ? index : found), 0);
      cells[column] = `${cells[column]} ${run.text}`.trim();
    }
    const open = rows[rows.length - 1];
    if (cells[0] === '' && open && !open.header) {
      open.cells = open.cells.map((cell, index) => `${cell} ${cells[index] ?? ''}`.trim());
      open.lines = [open.lines[0], number];
    } else {
      rows.push({ kind: 'tableRow', cells, header: false, lines: [number, number] });
    }
  }
  return rows.length >= 2 ? rows : null;
}

// "No.", "#", "N°": the column numbering the rows, read by no lexicon.
const NUMBER_LABEL = /^(?:no\.?|n[°o]\.?|#|num(?:éro)?\.?|item)$/iu;

/** The runs of text of a line (words joined by single spaces) and the column each starts at. */
function runs(line: string): { start: number; text: string }[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((match) => ({ start: match.index ?? 0, text: match[0] }));
}
