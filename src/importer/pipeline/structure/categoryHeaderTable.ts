import type { Block } from '../../read/types';
import { foldWhitespace } from '../text/words';
import { lookUpListLabel } from './headingLexicon';

/**
 * An attendance table whose columns are kinds of attendee, as Word and HTML minutes lay it out:
 *
 *     | Committee members          | Staff                      | Guests              |
 *     | Dana Whitcombe (Chair)     | Tomasz Brodeur, Registrar  | Marcus Thiessen, …  |
 *     | Priya Venkataraman         | Aisha Okonkwo, …           |                     |
 *
 * Every cell of the first row is a people label, so each column is read as that label heading one
 * paragraph per line of its cells (cells of several lines keep them as tab-separated source lines).
 * Other blocks pass through unchanged.
 */
export function splitCategoryHeaderTables(blocks: Block[], source: string[]): Block[] {
  const out: Block[] = [];
  let level = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'heading') level = block.level;
    const labels = block.kind === 'tableRow' ? categoryLabels(block.cells) : null;
    if (!labels) {
      out.push(block);
      continue;
    }
    const rows: Block[] = [];
    while (blocks[index + 1]?.kind === 'tableRow' && !categoryLabels((blocks[index + 1] as { cells: string[] }).cells)) rows.push(blocks[++index]!);
    if (rows.length === 0) {
      out.push(block);
      continue;
    }
    labels.forEach((label, column) => {
      const line = block.lines[0];
      out.push({ kind: 'heading', level: level + 1, text: `${label}:`, lines: [line, line] });
      for (const row of rows) {
        for (let number = row.lines[0]; number <= row.lines[1]; number += 1) {
          const text = foldWhitespace((source[number - 1] ?? '').split('\t')[column] ?? '');
          if (text !== '') out.push({ kind: 'paragraph', text, lines: [number, number] });
        }
      }
    });
  }
  return out;
}

/** The row's labels when it has at least two cells and each is a people label ("Staff", "Regrets"), else null. */
function categoryLabels(cells: string[]): string[] | null {
  const labels = cells.map((cell) => foldWhitespace(cell).replace(/\s*:$/u, ''));
  if (labels.length < 2) return null;
  const people = labels.every((label) => {
    const meaning = label === '' ? null : lookUpListLabel(`${label}:`);
    return meaning !== null && (meaning.kind === 'attendance' || meaning.kind === 'regrets');
  });
  return people ? labels : null;
}

/**
 * The same layout typed with spaces (pdftotext, plain text): people labels side by side on the first
 * line, each column's entries below it at the label's position.
 *
 *     Members Present                          Members Absent
 *     Delphine Okafor (Chair)                  Rupert Vasquez-Hale, Northern Operators Association
 *     Marcus Tindall (Vice-Chair), Eastshore   Ingrid Solberg, Council of Seniors' Clubs
 *        Alliance
 *
 * A line indented past its column's start continues the entry above. Null unless the block is so laid out.
 */
export function splitTypedCategoryColumns(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const header = source[first - 1] ?? '';
  const cells = [...header.matchAll(/\S+(?:\s{1,2}\S+)*/gu)].map((match) => ({ label: match[0], start: match.index ?? 0 }));
  if (cells.length < 2 || !categoryLabels(cells.map((cell) => cell.label))) return null;
  const columns = cells.map((cell, index) => ({ ...cell, end: cells[index + 1]?.start ?? Infinity, entries: [] as Block[] }));
  for (let number = first + 1; number <= last; number += 1) {
    const line = source[number - 1] ?? '';
    for (const column of columns) {
      const slice = line.slice(column.start, column.end === Infinity ? undefined : column.end);
      const text = foldWhitespace(slice);
      if (text === '') continue;
      const open = column.entries[column.entries.length - 1];
      // "   Alliance": indented under its column, the entry above goes on.
      if (open?.kind === 'paragraph' && /^\s{2,}/u.test(slice)) {
        open.text = `${open.text} ${text}`;
        open.lines = [open.lines[0], number];
      } else column.entries.push({ kind: 'paragraph', text, lines: [number, number] });
    }
  }
  return columns.flatMap((column) => [{ kind: 'heading' as const, level, text: `${column.label}:`, lines: [first, first] as [number, number] }, ...column.entries]);
}
