import type { Block } from '../../read/types';
import { isPersonName, namesSomeone, opensWithFullName, startsWithHonorific, stripHonorifics } from '../text/personNames';
import { foldWhitespace, wordCount } from '../text/words';
import { lookUpHeading, lookUpPeopleLabel } from './headingLexicon';
import { peopleColumns } from './tableColumns';

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
 * wrapped to the next line) or is a list separated by semicolons (its entries are cut there, not at
 * line ends); otherwise it is the next entry of the same label. Null when the block
 * is not such a block (at least one indented continuation line under a known label).
 */
export function splitLabelColumns(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'paragraph') return null;
  const [first, last] = block.lines;
  // One line is such a block when it sets entries side by side ("Regrets:   A (Org)      B (Org)").
  if (first === last && !/\S\s{3,}\S.*\S\s{3,}\S/u.test(source[first - 1] ?? '')) return null;
  // A document indented as a whole ("   Members Present:  …"): columns count from its margin.
  const margin = /^ */u.exec(source[first - 1] ?? '')?.[0].length ?? 0;
  const rows = source.slice(first - 1, last).map((line, index) => ({ line: line.startsWith(' '.repeat(margin)) ? line.slice(margin) : line.trimStart(), number: first + index }));
  if ((first !== last && !rows.some(({ line }, index) => index > 0 && isContinuation(line))) || labelOf(rows[0]?.line ?? '') === null) return null;
  const blocks: Block[] = [];
  for (const { line, number } of rows) {
    const label = labelOf(line);
    const open = blocks[blocks.length - 1];
    if (label) {
      blocks.push({ kind: 'heading', level, text: label.label, lines: [number, number] });
      blocks.push(...cellsOf(label.value, number));
    } else if (!isContinuation(line) || line.trim() === '') {
      return null; // a line at the left margin that is no label: not a label block
    } else if (open?.kind === 'paragraph' && (/(?:,|\s(?:and|et|&))$/u.test(open.text) || open.text.includes(';'))) {
      open.text = foldWhitespace(`${open.text} ${line}`);
      open.lines = [open.lines[0], number];
    } else {
      blocks.push(...cellsOf(line, number));
    }
  }
  return blocks;
}

/**
 * A label column whose label sits level with the middle of its entries, as PDF minutes lay out a
 * two-column attendance table with vertically centred label cells:
 *
 *                           KAREN LINDQVIST, Board Chair
 *                           PRIYA NAIDOO-BERG
 *     TRUSTEES PRESENT
 *                           TOMASZ WIERZBICKI
 *
 * The block (one group between blank lines) has one line at the margin, a people label the lexicon
 * knows (no colon needed), possibly followed by an entry in the value column; every other line is in
 * the value column. The label heads the whole group. A value line continues the entry above when it
 * names no one and the line above ran to the right margin (a wrapped entry). Null otherwise.
 */
export function splitCentredLabel(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const rows = source.slice(first - 1, last).map((line, index) => ({ line, number: first + index, indent: line.length - line.trimStart().length }));
  const atMargin = rows.filter((row) => row.indent < 4);
  if (atMargin.length !== 1 || atMargin[0] === rows[0]) return null;
  const column = Math.min(...rows.filter((row) => row.indent >= 8).map((row) => row.indent));
  if (!Number.isFinite(column) || rows.some((row) => row.indent >= 4 && row.indent < column)) return null;
  const labelRow = atMargin[0]!;
  const label = foldWhitespace(labelRow.line.slice(0, column));
  if (label === '' || /[,;.]$/u.test(label) || wordCount(label) > 5 || !lookUpPeopleLabel(label)) return null;
  const width = Math.max(...source.map((line) => line.trimEnd().length));
  const values = rows.map((row) => ({ text: foldWhitespace(row === labelRow ? row.line.slice(column) : row.line), number: row.number, length: row.line.trimEnd().length }));
  const entries = wrappedEntries(values, width);
  if (entries.length === 0) return null;
  return [{ kind: 'heading', level, text: `${label}:`, lines: [labelRow.number, labelRow.number] }, ...entries];
}

/**
 * A column's lines as entries, one a line, except that a line continues the entry above when it
 * opens with "(" or in lower case, or when the line above ran to the right margin (`width`) and this
 * one names no one: an entry wrapped by the layout ("…, Alberta" over "Teachers' Association").
 */
export function wrappedEntries(values: Array<{ text: string; number: number; length: number }>, width: number): Block[] {
  const entries: Array<{ kind: 'paragraph'; text: string; lines: [number, number] }> = [];
  let previousLength = 0;
  for (const value of values) {
    if (value.text === '') continue;
    const open = entries[entries.length - 1];
    const wraps = /^[(\p{Ll}]/u.test(value.text) || (previousLength >= 0.75 * width && !namesSomeone(value.text));
    if (open && wraps) {
      open.text = `${open.text} ${value.text}`;
      open.lines = [open.lines[0], value.number];
    } else {
      entries.push({ kind: 'paragraph', text: value.text, lines: [value.number, value.number] });
    }
    previousLength = value.length;
  }
  return entries;
}

/** "R. Vandermeer (Township of Carrow Hills)        P. Lavigne (City of Port Esker)": entries side by side. */
function cellsOf(value: string, number: number): Block[] {
  // "Colin Mercier      Chief Administrative Officer": a cell that names no one is the detail of the entry before it.
  const entries: string[] = [];
  for (const cell of value.trim().split(/\s{3,}/u).filter((part) => part !== '')) {
    // ("M. Castellanos*": an initial or an honorific, then a surname.)
    const person = isPersonName(stripHonorifics(cell).split(/\s*[,(]/u)[0] ?? '') || /^\p{Lu}\.(?:-?\p{Lu}\.)?\s+\p{Lu}/u.test(cell);
    if (entries.length > 0 && !person) entries[entries.length - 1] = `${entries[entries.length - 1]}, ${cell}`;
    else entries.push(cell);
  }
  return entries.map((cell) => ({ kind: 'paragraph' as const, text: foldWhitespace(cell), lines: [number, number] as [number, number] }));
}

/**
 * A table row laying out attendance as label and value cells (HTML and Word minutes): "Present:" |
 * "Mayor Jane Doe" over "Deputy Mayor Sam Lee". The label becomes a heading and each line of the
 * value a paragraph. Null when the row's first cell is no people label.
 */
export function splitLabelRow(block: Block, source: string[], level: number): Block[] | null {
  if (block.kind !== 'tableRow' || block.header) return null;
  const cells = block.cells.filter((cell) => cell.trim() !== '');
  // "Observer | Beatriz Salgado | Policy Director, …": a row of a people table, its first cell a role.
  // ("PRESENT: | Priya Ramdial | President (Chair)": a label, then a person and their title in cells of their own.)
  const labelled = cells.length >= 3 && (block.cells[0] ?? '').trim() !== '' && /:\s*$/u.test(cells[0] ?? '');
  if (cells.length !== 2 && !labelled) return null;
  const label = cells[0] ?? '';
  if (!lookUpPeopleLabel(label)) return null;
  // "Administration | Participants": a people table's header row, not a label and its value.
  if (peopleColumns(cells)?.includes('affiliation')) return null;
  const [first, last] = block.lines;
  // Written as a label ("Administration:"), so the section is read as the list it heads.
  const blocks: Block[] = [{ kind: 'heading', level, text: /:\s*$/u.test(label) ? label : `${label}:`, lines: [first, first] }];
  if (labelled) return [...blocks, { kind: 'paragraph', text: foldWhitespace(cells.slice(1).join(', ')), lines: [first, last] }];
  // A markdown row ("| Secretariat | A; B |") is one line without tabs: its cells are the value.
  if (!(source[first - 1] ?? '').includes('\t')) return [...blocks, { kind: 'paragraph', text: foldWhitespace(cells.slice(1).join(', ')), lines: [first, last] }];
  for (let number = first; number <= last; number += 1) {
    const columns = (source[number - 1] ?? '').split('\t');
    const value = foldWhitespace((number === first ? columns.slice(1) : columns).join(' '));
    if (value !== '') blocks.push({ kind: 'paragraph', text: value, lines: [number, number] });
  }
  return blocks;
}

/**
 * A row under a "PRESENT: | A | Title" row that leaves the label cell empty ("" | "Gordon Whitfield" |
 * "Treasurer"): the next entry of that label, as a paragraph. Null for any other row.
 */
export function splitLabelRowContinuation(block: Block): Block[] | null {
  if (block.kind !== 'tableRow' || block.header || block.cells.length < 3 || (block.cells[0] ?? '').trim() !== '') return null;
  const cells = block.cells.filter((cell) => cell.trim() !== '');
  if (cells.length < 2 || !isPersonName(stripHonorifics(cells[0] ?? '').split(/\s*[,(]/u)[0] ?? '')) return null;
  return [{ kind: 'paragraph', text: foldWhitespace(cells.join(', ')), lines: block.lines }];
}

/**
 * A people list laid out with a category column and no colons, under a people heading:
 *
 *     Parents          Mme Valérie Gingras, présidente
 *                      M. Jean-François Lapointe, vice-président
 *     Communauté (sans droit de vote)
 *                      Mme Francine Dubé, Maison des jeunes L'Envolée
 *
 * Each entry becomes a paragraph of its own. A category is a kind of the members the heading lists,
 * unless the lexicon gives it another role ("Invités", "Regrets"): then its first entry is written
 * "Category : entry", the way such a label heads its people inline. Null when the block is not so laid out.
 */
export function splitCategoryColumns(block: Block, source: string[]): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const rows = source.slice(first - 1, last);
  const head = CATEGORY_ROW.exec(rows[0] ?? '');
  if (!head || wordCount(head[1] ?? '') > 5) return null;
  // "Jim Tran      Chair" is a name and its function; "Parents      Mme Valérie Gingras" a category and its person.
  const personFirst = (text: string) => isPersonName(stripHonorifics(text).split(/\s*[,(]/u)[0] ?? '');
  if (isPersonName(stripHonorifics(head[1] ?? '')) && ((head[1] ?? '').includes(' ') || !personFirst(head[2] ?? ''))) return null;
  const column = (rows[0] ?? '').indexOf(head[2] ?? '');
  const indent = (line: string) => line.length - line.trimStart().length;
  if (!rows.slice(1).some((line) => line.trim() !== '' && indent(line) >= column)) return null;
  const blocks: Block[] = [];
  let category: string | null = null;
  for (const [index, line] of rows.entries()) {
    const number = first + index;
    if (line.trim() === '') continue;
    let entry = line.trim();
    if (indent(line) < column - 1) {
      const labelled = CATEGORY_ROW.exec(line);
      category = foldWhitespace(labelled?.[1] ?? line);
      if (/[,;:.]$/u.test(category) || wordCount(category.replace(/\([^)]*\)/gu, '')) > 5) return null;
      if (!labelled) continue;
      entry = labelled[2] ?? '';
    }
    // "Parents", "Personnel", "Communauté": kinds of the members the heading lists; "Invités", "Regrets": people of another role.
    const role = category ? lookUpHeading(`${category.replace(/\s*\([^)]*\)$/u, '')}:`, true)?.role : undefined;
    const otherRole = role === 'GUEST' || role === 'OBSERVER' || role === 'PRESENTER' || role === 'REGRETS';
    blocks.push({ kind: 'paragraph', text: otherRole ? `${category} : ${foldWhitespace(entry)}` : foldWhitespace(entry), lines: [number, number] });
    category = null;
  }
  return blocks;
}

// "   Parents          Mme Valérie Gingras, présidente": a category, a gap of two spaces or more, an entry.
const CATEGORY_ROW = /^\s*(\p{Lu}[^,;:]*?\S)\s{2,}(\S.*)$/u;

// "Trustees Present:", "Étaient présents :", "Secrétaire d'assemblée :" then the value.
const LABEL = /^(\p{Lu}[\p{L}'’\-]*(?:\s[\p{L}'’\-]+){0,3}\s?:)\s*(.*)$/u;

function labelOf(line: string): { label: string; value: string } | null {
  const match = LABEL.exec(line);
  if (!match) return null;
  if (!lookUpPeopleLabel(match[1] ?? '')) return null;
  return { label: match[1] ?? '', value: (match[2] ?? '').trim() };
}

/** A line indented into the value column (at least four columns). */
function isContinuation(line: string): boolean {
  return /^(?: {4,}|\t)\S/u.test(line);
}

/**
 * "Rachelle Boudreau-Landry      Yvon Gallant-Poirier      Lucienne Arsenault-Doiron (présidente)": people set
 * side by side in columns under a people heading, each cell opening with a full name — one entry a cell.
 */
export function peopleGrid(block: Block, source: string[]): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] !== block.lines[1]) return null;
  const cells = (source[block.lines[0] - 1] ?? '').trim().split(/\s{2,}|\t+/u);
  // (Two cells are as often a name and its organisation, "Mathieu Lacasse      Moisson Vallée-des-Ormes": three make a grid —
  // or two that each open with a title, "Madame Élodie Brassard, présidente      Monsieur Karim Haddad".)
  // (A Word table's tab-separated columns are read column by column elsewhere.)
  const titled = cells.length >= 2 && !(source[block.lines[0] - 1] ?? '').includes('\t') && cells.every((cell) => startsWithHonorific(cell) && opensWithFullName(cell));
  if (!titled && (cells.length < 3 || !cells.every((cell) => opensWithFullName(cell) && !/,/u.test(cell)))) return null;
  return cells.map((cell) => ({ kind: 'paragraph', text: foldWhitespace(cell), lines: block.lines }));
}
