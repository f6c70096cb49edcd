import type { Block } from '../../read/types';

type Row = Extract<Block, { kind: 'tableRow' }>;

// The cells between the bars: a bar at either end closes the row, it opens no empty cell.
const cellsOf = (line: string): string[] => line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((cell) => cell.trim());
const piped = (line: string) => (line.match(/\|/gu) ?? []).length >= 2;

/**
 * A table a web page or a word processor left in plain text with its cell bars ("ORGANIZATION |
 * REPRESENTATIVES | PRESENT |"): the lines before it stay paragraphs, the header and each row become
 * table rows, and a line that opens with a bar carries on the row above (a cell that wrapped). Null
 * unless the block holds a barred header with at least two barred lines below it.
 */
export function splitPipeTable(block: Block, source: string[]): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const lines = source.slice(first - 1, last);
  const start = lines.findIndex((line) => piped(line) && cellsOf(line).filter((cell) => cell !== '').length >= 2);
  if (start < 0 || lines.slice(start + 1).filter(piped).length < 2) return null;
  const before: Block[] = lines.slice(0, start).flatMap((line, index) => (line.trim() === '' ? [] : [{ kind: 'paragraph' as const, text: line.trim(), lines: [first + index, first + index] as [number, number] }]));
  const rows: Row[] = [{ kind: 'tableRow', cells: cellsOf(lines[start] ?? ''), header: true, lines: [first + start, first + start] }];
  let end = lines.length;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    if (!line.includes('|')) {
      end = index;
      break;
    }
    const open = rows[rows.length - 1] as Row;
    const number = first + index;
    if (/^\s*\|/u.test(line) && !open.header) {
      open.cells = [...open.cells, ...cellsOf(line).filter((cell) => cell !== '')];
      open.lines = [open.lines[0], number];
    } else {
      rows.push({ kind: 'tableRow', cells: cellsOf(line), header: false, lines: [number, number] });
    }
  }
  const rest: Block[] = end < lines.length ? [{ kind: 'paragraph', text: lines.slice(end).map((line) => line.trim()).filter((line) => line !== '').join(' '), lines: [first + end, last] }] : [];
  // Every row as wide as the header: a short row is a cell that wrapped or was left out, no cell merged from above.
  const width = rows[0]?.cells.length ?? 0;
  for (const row of rows) while (row.cells.length < width) row.cells.push('');
  return [...before, ...rows, ...rest];
}
