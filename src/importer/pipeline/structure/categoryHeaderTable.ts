import type { Block } from '../../read/types';
import { foldWhitespace } from '../text/words';
import { isPersonName, stripHonorifics } from '../text/personNames';
import { isCount } from '../patterns/headCounts';
import { runsOf } from '../text/typedRuns';
import { lookUpHeading, lookUpPeopleLabel } from './headingLexicon';
import { peopleColumns } from './tableColumns';

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
  // "Administration | Participantes et participants": a jurisdiction column and a name column head a people table.
  if (peopleColumns(labels)?.includes('affiliation')) return null;
  return labels.every((label) => label !== '' && lookUpPeopleLabel(label) !== null) ? labels : null;
}

/**
 * The same layout typed with spaces (pdftotext, plain text, a PDF table): people labels side by side
 * on one line (under an "Attendance" title or not), each column's entries below it.
 *
 *     Members Present                          Members Absent
 *     Delphine Okafor (Chair)                  Rupert Vasquez-Hale, Northern Operators Association
 *     Marcus Tindall (Vice-Chair), Eastshore   Ingrid Solberg, Council of Seniors' Clubs
 *        Alliance
 *
 * A column starts where its entries start (a PDF centres its labels over them). A line indented past
 * its column's start, opening with "(" or in lower case, or after an unclosed "(", continues the entry
 * above. The table ends at a line that opens with a label ("Staff: …"). Null unless the block is so laid out.
 */
export function splitTypedCategoryColumns(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const titled = lookUpHeading((source[first - 1] ?? '').trim(), true)?.kind === 'attendance' && !/\S\s{3,}\S/u.test(source[first - 1] ?? '');
  const headerLine = titled ? first + 1 : first;
  const cells = segments(source[headerLine - 1] ?? '').map((segment) => ({ label: segment.text, start: segment.start }));
  if (cells.length < 2 || !categoryLabels(cells.map((cell) => cell.label))) return null;
  let end = headerLine;
  while (end < last && !/^\S[^:]{0,40}:\s/u.test(source[end] ?? '')) end += 1;
  const body = source.slice(headerLine, end);
  // Each column starts at the leftmost entry right of the middle between its label and the one before.
  const starts = cells.map((cell, index) => {
    if (index === 0) return 0;
    const previous = cells[index - 1]!;
    const middle = (previous.start + previous.label.length + cell.start) / 2;
    const found = body.flatMap(runsOf).map((segment) => segment.start).filter((at) => at >= middle);
    return found.length > 0 ? Math.min(...found) : cell.start;
  });
  const columns = cells.map((cell, index) => ({ label: cell.label, start: starts[index] ?? 0, entries: [] as Block[] }));
  // Each run of text belongs to the column it starts in (a long entry may run past the next column's start).
  const columnOf = (at: number) => columns.reduce((found, candidate, position) => (candidate.start <= at + 2 ? position : found), 0);
  body.forEach((line, offset) => {
    const number = headerLine + 1 + offset;
    // (Body runs part at two spaces: a PDF may leave no more between columns, "VP Patient Care &  Dr. Paul Desrosiers".)
    const runs = runsOf(line);
    for (const [index, column] of columns.entries()) {
      const mine = runs.filter((run) => columnOf(run.start) === index);
      if (mine.length === 0) continue;
      const text = foldWhitespace(mine.map((run) => run.text).join(' '));
      const indented = (mine[0]?.start ?? 0) - column.start >= 2;
      const open = column.entries[column.entries.length - 1];
      const unclosed = open?.kind === 'paragraph' && (open.text.match(/\(/gu) ?? []).length > (open.text.match(/\)/gu) ?? []).length;
      if (open?.kind === 'paragraph' && (indented || unclosed || /^[(&\p{Ll}]/u.test(text) || wrapsTo(open.text, text))) {
        open.text = `${open.text} ${text}`;
        open.lines = [open.lines[0], number];
      } else column.entries.push({ kind: 'paragraph', text, lines: [number, number] });
    }
  });
  const rest: Block[] = end < last ? [{ kind: 'paragraph', text: foldWhitespace(source.slice(end, last).join(' ')), lines: [end + 1, last] }] : [];
  const title: Block[] = titled ? [{ kind: 'heading', level, text: (source[first - 1] ?? '').trim(), lines: [first, first] }] : [];
  return [...title, ...columns.flatMap((column) => [{ kind: 'heading' as const, level: level + (titled ? 1 : 0), text: `${column.label}:`, lines: [headerLine, headerLine] as [number, number] }, ...column.entries]), ...rest];
}

/** The runs of text of a line typed in columns (separated by three spaces or more), with where each starts. */
function segments(line: string): { text: string; start: number }[] {
  return [...line.matchAll(/\S+(?:\s{1,2}\S+)*/gu)].map((match) => ({ text: match[0], start: match.index ?? 0 }));
}

/**
 * "Dr. Thomas Whitcombe, Chief of" over "Staff", "Nadia Harkness, Chair, Ridgecairn" over "Hospital
 * Foundation": a PDF wraps an entry inside its cell, and the next line of the column goes on with it
 * when the entry broke after a comma, "&" or a small word, or when that line names no one.
 */
function wrapsTo(open: string, next: string): boolean {
  if (/(?:[,&]|\s(?:of|to|and|for|de|du|des|et))$/u.test(open)) return true;
  const head = stripHonorifics(next.split(/\s*,/u)[0] ?? '').trim();
  return head !== '' && !isPersonName(head) && !isCount(next) && !/^\p{Lu}\.\s/u.test(next) && open.includes(',');
}
