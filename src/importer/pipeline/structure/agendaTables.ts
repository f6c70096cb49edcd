import type { Block, LineRange } from '../../read/types';
import { foldKey, foldWhitespace } from '../text/words';
import { type Run, runsOf } from '../text/typedRuns';

/** What a column of an agenda table holds, as its header cell says. */
type AgendaColumn = 'item' | 'discussion' | 'decision' | 'action' | 'lead' | 'due';

// Header words, accents and case folded: "Agenda Item", "Discussion", "Motion/Decision", "Action", "Lead", "Due".
const AGENDA_COLUMNS: [AgendaColumn, RegExp][] = [
  ['item', /^(?:(?:agenda\s+)?items?|topics?|sujets?|points?|agenda|subject|objet|#|no\.?|n°)$/u],
  ['discussion', /^(?:discussions?|summary(?: of discussion)?|notes|highlights|key points|resume|points saillants|commentaires|comments|details|report|update|deliberations|echanges)$/u],
  ['decision', /^(?:decisions?|motions?|outcomes?|resolutions?|recommendations?|results?|resultats?|motion\s*\/\s*decision|decision\s*\/\s*motion|decision\s*\/\s*resolution|decisions? (?:taken|made)|decisions? prises?)$/u],
  ['action', /^(?:actions?|action items?|follow[- ]?ups?|next steps|suivis?|mesures de suivi|actions? required|actions? a prendre|actions?\s*\/\s*follow[- ]?up)$/u],
  ['lead', /^(?:responsible|responsibility|lead|owner|who|responsables?|assigned to|person responsible|par)$/u],
  ['due', /^(?:due(?: date)?|deadline|target(?: date)?|timeline|echeance|by when|when)$/u],
];

function columnOf(cell: string): AgendaColumn | null {
  const key = foldKey(cell).toLowerCase().replace(/[\s:*]+$/u, '').trim();
  return AGENDA_COLUMNS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

/**
 * The columns of a minutes table laid out by agenda item ("Agenda Item | Discussion | Motion/Decision
 * | Action"): null unless every header cell is known and the table records discussion or decisions
 * beside them (a follow-up table of "Action | Lead | Due" alone is read by the task rules).
 */
export function agendaColumns(cells: string[]): (AgendaColumn | null)[] | null {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length < 2) return null;
  const kinds = cells.map((cell) => (cell.trim() === '' ? null : columnOf(cell)));
  if (filled.length !== kinds.filter((kind) => kind !== null).length) return null;
  const has = (kind: AgendaColumn) => kinds.includes(kind);
  return has('discussion') && (has('decision') || has('action')) ? kinds : has('decision') && has('action') && has('item') ? kinds : null;
}

/**
 * One row's cells as blocks the later stages read by kind: the item as a heading, then each cell
 * under a label of its own ("Discussion", "Decision:", "Action:"), an action carrying its lead and due
 * date as fields. Every block keeps the row's (or the cell's) lines.
 */
function cellBlocks(kind: AgendaColumn | null, text: string, lines: LineRange, level: number, fields = ''): Block[] {
  const written = foldWhitespace(text);
  if (written === '' || kind === null || kind === 'lead' || kind === 'due') return [];
  const at: LineRange = [lines[0], lines[0]];
  if (kind === 'item') return [{ kind: 'heading', level, text: written, lines: at }];
  const label = kind === 'discussion' ? 'Discussion' : kind === 'decision' ? 'Decision:' : 'Action:';
  return [{ kind: 'heading', level: level + 1, text: label, lines: at }, { kind: 'paragraph', text: `${written}${fields}`, lines }];
}

/** A table row's cells (Markdown, HTML, Word) under an agenda header, as blocks by kind. */
export function splitAgendaTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let level = 0;
  let kinds: (AgendaColumn | null)[] | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') level = block.level;
    if (block.kind !== 'tableRow') {
      kinds = null;
      out.push(block);
      continue;
    }
    const header = agendaColumns(block.cells);
    if (header) {
      kinds = header;
      continue;
    }
    if (!kinds) {
      out.push(block);
      continue;
    }
    const columns = kinds;
    const cell = (kind: AgendaColumn) => foldWhitespace(block.cells[columns.indexOf(kind)] ?? '');
    const fields = [cell('lead') ? ` — Responsible: ${cell('lead')}` : '', cell('due') ? ` — Due: ${cell('due')}` : ''].join('');
    block.cells.forEach((text, index) => out.push(...cellBlocks(columns[index] ?? null, text, block.lines, level + 1, columns[index] === 'action' ? fields : '')));
  }
  return out;
}

/**
 * The same table typed with spaces, as a PDF lays it out: the header's runs fix the columns, each run
 * below goes to the column it starts under, and a column's lines that follow one another (a PDF may
 * leave one line between them where it centres a cell beside a taller one) are one cell. The table
 * ends at a line that runs across the first two columns (a signature, prose at the margin). Null
 * unless the block's first line is such a header. Blocks come back in the order their cells start.
 */
export function splitTypedAgendaTable(blocks: Block[], source: string[]): Block[] {
  const out: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as Block;
    const header = block.kind === 'paragraph' ? runsOf(source[block.lines[0] - 1] ?? '') : [];
    const kinds = header.length >= 3 ? agendaColumns(header.map((run) => run.text)) : null;
    if (!kinds) {
      out.push(block);
      continue;
    }
    let last = block.lines[1];
    while (index + 1 < blocks.length && (blocks[index + 1] as Block).kind !== 'heading' && !endsTable(source[(blocks[index + 1] as Block).lines[0] - 1] ?? '', header)) {
      index += 1;
      last = (blocks[index] as Block).lines[1];
    }
    out.push(...typedCells(header, kinds, block.lines[0] + 1, last, source));
  }
  return out;
}

function endsTable(line: string, header: Run[]): boolean {
  const first = runsOf(line)[0];
  const second = header[1]?.start ?? Infinity;
  return first !== undefined && first.start < second && first.start + first.text.length > second + 2;
}

function typedCells(header: Run[], kinds: (AgendaColumn | null)[], from: number, to: number, source: string[]): Block[] {
  const open = new Map<number, { text: string; lines: LineRange }>();
  const cells: { column: number; text: string; lines: LineRange }[] = [];
  const close = (column: number) => {
    const cell = open.get(column);
    if (cell) cells.push({ column, ...cell });
    open.delete(column);
  };
  for (let number = from; number <= to; number += 1) {
    for (const run of runsOf(source[number - 1] ?? '')) {
      const column = header.reduce((found, cell, at) => (cell.start <= run.start + 3 ? at : found), 0);
      const cell = open.get(column);
      // A gap of more than one line ends the cell; the next words open another.
      if (cell && number - cell.lines[1] > 2) close(column);
      const kept = open.get(column);
      // ("self-" over "evaluation": a word broken at its hyphen joins again.)
      if (kept) open.set(column, { text: /\p{L}-$/u.test(kept.text) ? `${kept.text}${run.text}` : `${kept.text} ${run.text}`, lines: [kept.lines[0], number] });
      else open.set(column, { text: run.text, lines: [number, number] });
    }
  }
  [...open.keys()].forEach(close);
  cells.sort((a, b) => a.lines[0] - b.lines[0] || a.column - b.column);
  return cells.flatMap((cell) => cellBlocks(kinds[cell.column] ?? null, cell.text, cell.lines, 2));
}
