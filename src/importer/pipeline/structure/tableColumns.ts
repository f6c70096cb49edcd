import type { Block } from '../../read/types';
import { isPersonName, stripHonorifics } from '../text/personNames';
import { foldKey, wordCount } from '../text/words';
import { lookUpPeopleLabel } from './headingLexicon';

/** What a column of a people table holds, as its header cell says. */
export type PeopleColumn = 'name' | 'affiliation' | 'title' | 'role';

// A column of where a person sits (jurisdiction, campus, region): their affiliation unless the table also names their organisation.
const PLACE_COLUMN = /^(?:jurisdictions?|juridictions?|administrations?|governments?|gouvernements?|provinces?(?:\s*\/\s*territor\w*)?|municipalit(?:y|ies|e|es)|community|communities|communaute|first nation|nation|regions?|sectors?|secteurs?|campus|delegations?|delegation|countr(?:y|ies)|pays|member states?)$/u;

// Header words, accents and case folded: "Participant", "Jurisdiction", "Position", "Committee role", "Rôle au comité".
const PEOPLE_COLUMNS: [PeopleColumn, RegExp][] = [
  ['name', /^(?:(?:full\s+)?names?|(?:worker|employer|management|union|public|community|board|council|committee)\s+(?:representatives?|members?)|guests?|invitee?s?|resources?|noms?|nom et prenom|prenom et nom|participants?|participantes?|participantes et participants|participants et participantes|attendees?|members?|membres?|representatives?|representante?s?|delegates?|deleguee?s?|persons?|personnes?|people|(?:deputy\s+)?ministers?|(?:sous-)?ministres?|officials?|heads? of delegation|chefs? de delegation)$/u],
  ['affiliation', /^(?:organi[sz]ations?|organismes?|affiliations?|departments?|ministry|ministries|ministeres?|representing|agency|agence|body|company|employer|employeur|entreprise|etablissement|institutions?|ordre|association|groupe|facult(?:y|ies|e|es)|units?|unites?|teams?|equipes?|divisions?|branch|directions?|services?|firm|firme|union|syndicat|local)$/u],
  ['affiliation', PLACE_COLUMN],
  ['title', /^(?:titles?|titres?|positions?|postes?|fonctions?|job titles?|occupation|portfolio|portefeuille)$/u],
  ['role', /^(?:(?:committee|council|board|meeting|table)\s+)?(?:roles?)(?:\s+(?:au|a la|at|on)\b.*)?$|^(?:capacity|attendance|presence|statut|status|participation|qualite|present|presente?s?|attended|in attendance)$/u],
];

function headerKeys(cell: string): string[] {
  // "Représentant(e)", "Participant(e)s": the inclusive endings are no part of the word.
  const key = foldKey(cell).toLowerCase().replace(/[\s:*]+$/u, '').replace(/^\*+/u, '').replace(/\((?:e|s|es|e\)s|nes?)\)/gu, '').replace(/\(e$/u, '').trim();
  // "Organisation / Municipalité", "Title or role": either word says what the column holds.
  return [key, ...key.split(/\s*\/\s*|\s+(?:or|ou)\s+/u)];
}

function columnOf(cell: string): PeopleColumn | null {
  const keys = headerKeys(cell);
  return PEOPLE_COLUMNS.find(([, pattern]) => keys.some((part) => pattern.test(part)))?.[0] ?? null;
}

/**
 * The columns that give a row's affiliation: "| Jurisdiction | Name | Organization |" gives the
 * organisation (an empty cell there is no affiliation); a jurisdiction or campus column alone gives it.
 */
export function affiliationColumns(header: string[]): number[] {
  const columns = header.flatMap((cell, index) => (columnOf(cell) === 'affiliation' ? [index] : []));
  const organisations = columns.filter((index) => !headerKeys(header[index] ?? '').some((key) => PLACE_COLUMN.test(key)));
  return organisations.length > 0 ? organisations : columns;
}

/**
 * The columns of a people table, read from its header row: null unless the row names a name or
 * affiliation column and one more it knows, and every cell is a short label, not a person.
 */
export function peopleColumns(cells: string[]): (PeopleColumn | null)[] | null {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  // ("Worker Representatives" reads like a name, but the header words know it.)
  if (filled.length < 2 || filled.some((cell) => wordCount(cell) > 4 || (cell.includes(' ') && columnOf(cell) === null && isPersonName(stripHonorifics(cell))))) return null;
  const kinds = cells.map(columnOf);
  const known = kinds.filter((kind) => kind !== null);
  return known.length >= 2 && (kinds.includes('name') || kinds.includes('affiliation')) ? kinds : null;
}

/**
 * Each table row under a people header carries that header's cells (`columns`), so its cells are
 * read by what their column holds; a header row a Word or HTML table does not mark is marked.
 */
export function withTableColumns(blocks: Block[], source: string[] = []): Block[] {
  let header: string[] | undefined;
  let lastGroup = '';
  return blocks.map((block, index) => {
    if (block.kind !== 'tableRow') {
      header = undefined;
      lastGroup = '';
      return block;
    }
    const opensTable = blocks[index - 1]?.kind !== 'tableRow';
    if ((block.header || opensTable || header) && peopleColumns(block.cells)) {
      // "Resources / Guests | Organization | Attendance" inside a roll table: its rows are guests, as a heading would say.
      const listed = header === undefined ? undefined : block.cells.flatMap((cell) => cell.split(/\s*\/\s*/u)).find((part) => { const role = lookUpPeopleLabel(part)?.role; return role !== undefined && role !== 'MEMBER'; });
      header = block.cells;
      const marked = { ...block, header: true };
      return listed ? [{ kind: 'heading' as const, level: 6, text: listed.trim(), lines: block.lines }, marked] : marked;
    }
    if (block.header) header = undefined;
    if (!header) return block;
    // "Également présents" across the table: a label for the rows below it, which keep the header.
    const label = block.cells.filter((cell) => cell.trim() !== '');
    if (label.length === 1 && lookUpPeopleLabel(label[0] ?? '')) return { kind: 'heading' as const, level: 6, text: (label[0] ?? '').trim(), lines: block.lines };
    // "| HARVESTERS | | |", "| INDIGENOUS ORGANIZATIONS | |": a category in capitals over its rows, nobody of its own
    // (an acronym alone, "| SSC | |", may be an organisation that came).
    if (label.length === 1 && (label[0] ?? '').trim().length > 5 && !/\p{Ll}/u.test(label[0] ?? '')) return { kind: 'heading' as const, level: 6, text: (label[0] ?? '').trim(), lines: block.lines };
    const previous = blocks[index - 1];
    // A row short of cells under a cell merged down from the row above ("Canada" over two officials):
    // its first cells are the above row's, without their notes ("(federal co-chair)" was that person's).
    const missing = header.length - block.cells.length;
    const filled = missing > 0 && previous?.kind === 'tableRow' && !previous.header
      ? [...inherited(previous.cells, header.length).slice(0, missing), ...block.cells] : block.cells;
    // "| | Nathaniel Obi |" under "| Canada | Hélène Varga-Doucet |": an empty first cell that groups the
    // rows (the jurisdiction, the organisation) is the one above, as a merged cell would be.
    const groupedBy = peopleColumns(header)?.[0] === 'affiliation';
    const cells = groupedBy && (filled[0] ?? '').trim() === '' && (filled[1] ?? '').trim() !== '' && lastGroup !== '' ? [lastGroup, ...filled.slice(1)] : filled;
    lastGroup = groupedBy ? (cells[0] ?? '').trim() : '';
    return { ...block, cells, columns: header };
  }).flat().flatMap((block) => (block.kind === 'tableRow' && block.columns ? onePersonALine(block, source) : [block]));
}

/**
 * A Word or HTML cell with a person on each of its lines ("Nadia Bérubé" over "Karine Thibodeau" for
 * one organisation): one row per line, the other cells repeated from the row's first line.
 */
function onePersonALine(row: Extract<Block, { kind: 'tableRow' }>, source: string[]): Block[] {
  const [first, last] = row.lines;
  const kinds = row.columns ? peopleColumns(row.columns) : null;
  const name = kinds?.indexOf('name') ?? -1;
  if (first === last || name < 0) return [row];
  const grid = source.slice(first - 1, last).map((line) => line.split('\t'));
  const names = grid.map((cells) => (cells[name] ?? '').trim());
  if (grid.some((cells) => cells.length !== row.cells.length) || names.some((cell) => cell === '' || !/^\p{Lu}/u.test(stripHonorifics(cell)) || !isPersonName(stripHonorifics(cell).split(/\s*[,(]/u)[0] ?? ''))) return [row];
  return grid.map((cells, offset) => ({
    ...row,
    cells: cells.map((cell, column) => (column === name ? cell.trim() : (cell.trim() || (grid[0]?.[column] ?? '').trim()))),
    lines: [first + offset, first + offset] as [number, number],
  }));
}

function inherited(cells: string[], width: number): string[] {
  return cells.slice(0, width).map((cell) => cell.replace(/\s*\([^()]*\)\s*$/u, ''));
}
