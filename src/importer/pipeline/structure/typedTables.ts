import type { Block } from '../../read/types';
import { isTaskHeaderRow, taskColumns } from '../patterns/taskFields';
import { lookUpHeading, lookUpPeopleLabel } from './headingLexicon';
import { namesSomeone } from '../text/personNames';
import { peopleColumns } from './tableColumns';
import { type Run, runsOf } from '../text/typedRuns';

type Row = Extract<Block, { kind: 'tableRow' }>;

/**
 * A table typed with spaces, as plain-text and PDF-to-text minutes lay out follow-ups and roll calls:
 *
 *     No.  Action                                          Responsible        Due
 *     1    Circulate revised Policy E-3 to registrants     H. Sandhu          July 15, 2024
 *          and post it on the College website
 *
 * The header's words (a task or people header the lexicons know) fix the columns, and each run of
 * text goes to the column it starts under. A row starts where its main column (the task, or the
 * name) starts with a capital; a line with nothing there, or words in lower case, continues the row
 * (a wrapped cell, or the other cells a PDF centres on a tall row). Null when the block's first
 * line is no such header.
 */
export function splitTypedTable(block: Block, source: string[]): Block[] | null {
  if (block.kind !== 'paragraph' || block.lines[0] === block.lines[1]) return null;
  const [first, last] = block.lines;
  const header = runs(source[first - 1] ?? '');
  const main = mainColumn(header);
  if (main === null) return null;
  const labels = header.map((run) => run.text);
  const rows: Row[] = [{ kind: 'tableRow', cells: labels, header: true, lines: [first, first] }];
  let rest: Block | null = null;
  // Rows a PDF sets apart with blank lines are read a group at a time: a tall row's short cells are
  // centred on it, so its first line may hold only another column's words ("Deputy" over "Written response …").
  // (Two gaps at least between rows: one blank line inside a table is a page's or a section's break.)
  const grouped = source.slice(first, last).join('\n').trim().split(/\n\s*\n/u).length >= 3;
  // (Only a last column runs to the table's edge; a cell further left wraps short of it.)
  const peopleTable = !isTaskHeaderRow(labels);
  const wrapsAtEdge = peopleTable && main === labels.length - 1;
  const columnWidth = Math.max(...source.slice(first - 1, last).map((line) => line.trimEnd().length)) - (header[main]?.start ?? 0);
  const numberColumn = main > 0 && NUMBER_HEADER.test(labels[0] ?? '');
  let rowEnded = true;
  // The open row's main-cell lines above a centred line, and how many of them the lines below it still owe.
  let mainLinesAbove = 0;
  let owed = 0;
  let lastMainLength = 0;
  let rowComplete = false;
  for (let number = first + 1; number <= last; number += 1) {
    const line = source[number - 1] ?? '';
    if (line.trim() === '') {
      rowEnded = true;
      continue;
    }
    if (opensLabelledList(runs(line))) {
      const text = source.slice(number - 1, last).map((kept) => kept.trim()).filter((kept) => kept !== '').join(' ');
      rest = { kind: 'paragraph', text, lines: [number, last] };
      break;
    }
    const cells = labels.map(() => '');
    // (Tabs set no columns by position: a row tab-separated like its header is cut at its tabs, cell by cell.)
    const tabbed = line.trim().split(/\t+/u).map((cell) => cell.trim());
    // (So is a line cut into as many runs as the header has labels: a PDF's proportional text drifts off its columns.)
    const lineRuns = runs(line);
    if ((source[first - 1] ?? '').includes('\t') && tabbed.length === labels.length) tabbed.forEach((cell, index) => { cells[index] = cell; });
    // (Runs past the last label are that cell's: "5  décembre 2025" drifts apart too.)
    else if (!line.includes('\t') && labels.length >= 3 && lineRuns.length >= labels.length && (!numberColumn || ROW_NUMBER.test(lineRuns[0]?.text ?? ''))) lineRuns.forEach((run, index) => { const at = Math.min(index, labels.length - 1); cells[at] = `${cells[at]} ${run.text}`.trim(); });
    else for (const run of runs(line).flatMap((typed) => (line.includes('\t') ? [typed] : splitAtColumns(typed, header)))) {
      const column = columnOf(run, header);
      cells[column] = `${cells[column]} ${run.text}`.trim();
    }
    const open = rows[rows.length - 1] as Row;
    const mainCell = cells[main] ?? '';
    // A PDF centres a tall row's short cells: a line holding only them ("25-08", "Nova Scotia (Co-Chair)") sits in
    // the middle of the row, so as many main-cell lines as stood above it belong below it, capitalised or not
    // (in a people table, unless the line names someone: a label centred between two people heads both).
    // In a people table, a main cell that names no one after a line run to the table's edge is the entry's wrap.
    // (A column of names alone, narrower than a line of prose, never wraps.)
    const wrapped = wrapsAtEdge && columnWidth >= 40 && lastMainLength >= 0.75 * columnWidth && !namesSomeone(mainCell);
    // ("6.3" under "Item" when the open row has its number already: the next row, whatever its main cell.)
    const numbered = numberColumn && (cells[0] ?? '') !== '' && !open.header && (open.cells[0] ?? '') !== '';
    // (Once a row has as many main-cell lines below its centred line as above, a line of other cells tops the next row.)
    // (A row opened by such a line has yet to meet its main cell.)
    const awaitsMain = !open.header && (open.cells[main] ?? '') === '';
    // (A lone later cell, "In progress", may as well be a tall cell's wrap or the top of the next row's.)
    const centred = (cells[0] ?? '') !== '' || cells.filter((cell) => cell !== '').length >= 2;
    // ("Presenter" alone under a wrapped row: a label over the rows below, no wrap of the row above.)
    const labelRow = peopleTable && cells.filter((cell) => cell !== '').length === 1 && lookUpPeopleLabel(mainCell) !== null;
    const nextRowTop: boolean = (mainCell === '' && centred && rowComplete) || labelRow;
    const continues: boolean = grouped ? !rowEnded : !numbered && !nextRowTop && (!/^\p{Lu}/u.test(mainCell) || (mainCell !== '' && owed > 0 && !(peopleTable && namesSomeone(mainCell))) || wrapped || awaitsMain);
    rowEnded = false;
    if (!continues) [mainLinesAbove, owed] = [0, 0];
    if (mainCell === '') {
      owed = open.header || !centred ? 0 : mainLinesAbove;
      rowComplete = false;
    } else {
      rowComplete = continues && owed === 1;
      owed = Math.max(0, owed - 1);
      mainLinesAbove += 1;
      lastMainLength = mainCell.length;
    }
    if (!open.header && continues) {
      // ("Community-" over "Based Monitoring": a word wrapped at its hyphen is joined whole.)
      open.cells = open.cells.map((cell, index) => (/\p{L}-$/u.test(cell) && /^\p{L}/u.test(cells[index] ?? '') ? `${cell}${cells[index]}` : `${cell} ${cells[index] ?? ''}`.trim()));
      open.lines = [open.lines[0], number];
    } else {
      rows.push({ kind: 'tableRow', cells, header: false, lines: [number, number] });
    }
  }
  if (rows.length < 2) return null;
  return rest ? [...rows, rest] : rows;
}

/**
 * The column a run of text belongs to: the one it starts under, allowing the few columns of jitter of text
 * laid out from a PDF — or, past a label a PDF centred over its column, the one whose middle it is nearest
 * to the right of. Text that is no row number does not go in a "No." column.
 */
function columnOf(run: Run, header: Run[]): number {
  const distance = (index: number) => Math.abs((header[index]?.start ?? 0) - run.start);
  const under = header.reduce((found, cell, index) => (cell.start <= run.start + 3 && distance(index) < distance(found) ? index : found), 0);
  const middles = header.map((cell) => cell.start + cell.text.length / 2);
  const centred = middles.slice(1).filter((middle, index) => (middle + (middles[index] ?? 0)) / 2 <= run.start).length;
  const column = Math.max(under, centred);
  return column === 0 && NUMBER_HEADER.test(header[0]?.text ?? '') && !ROW_NUMBER.test(run.text) && header.length > 1 ? 1 : column;
}

const NUMBER_HEADER = /^(?:No\.?|N°|#|Item|Réf\.?|Ref\.?)$/iu;
// "6.3", "25-01", "D-07-12", "a)": a row's number ("ladder", a wrapped word, is none).
const ROW_NUMBER = /^(?:\S{1,3}|(?=\S{1,10}$)\D{0,3}\d\S*)$/u;

/**
 * "Post draft calendar and feedback survey Communications": a cell run into the next one with a
 * single space (a PDF's tight columns) is cut where a word starts right under the next column.
 */
function splitAtColumns(run: Run, header: Run[]): Run[] {
  for (const cell of header) {
    const offset = cell.start - run.start;
    if (offset < 8 || offset >= run.text.length) continue;
    // (Within the jitter of PDF text: three columns either side.)
    // ("statements and" over a wrapped task: a cell's own words reach the next column; a capital starts a cell.)
    const at = [offset, offset - 1, offset + 1, offset - 2, offset + 2, offset - 3, offset + 3].find((position) => run.text[position - 1] === ' ' && /\p{Lu}/u.test(run.text[position] ?? ''));
    if (at === undefined) continue;
    const head = { start: run.start, text: run.text.slice(0, at).trimEnd() };
    // ("A. Trudeau / D." over "Mallory": a list of names goes on past the column, an initial with it.)
    if (/(?:[/,&]|\band|\bet)$/u.test(head.text) || /^\p{Lu}\.(?:\s|$)/u.test(run.text.slice(at))) continue;
    return [head, ...splitAtColumns({ start: run.start + at, text: run.text.slice(at) }, header)];
  }
  return [run];
}

/** "Absents : Kevin MacAulay (Île-du-Prince-Édouard), excusé" under a roll-call table: a label of its own ends the table. */
function opensLabelledList(line: Run[]): boolean {
  const label = line.length === 1 ? /^(\p{Lu}[^:]{0,40}?)\s?:(?:\s|$)/u.exec(line[0]?.text ?? '') : null;
  return label !== null && lookUpHeading(`${label[1]}:`, true) !== null;
}

/**
 * A typed table whose rows a PDF sets apart with blank lines, each row a paragraph of its own: the
 * paragraph holding the header takes the paragraphs below it while their runs start under its columns.
 */
export function joinTypedTableRows(blocks: Block[], source: string[]): Block[] {
  const joined: Block[] = [];
  let header: Run[] | null = null;
  let setApart = false;
  for (const block of blocks) {
    const open = joined[joined.length - 1];
    const firstRuns = runs(source[block.lines[0] - 1] ?? '');
    // ("14-04    Diffuser …  Manitoba  19 décembre 2025": a numbered row with a run for every column, drifted off them.)
    const fullRow = header !== null && header.length >= 3 && firstRuns.length >= header.length && NUMBER_HEADER.test(header[0]?.text ?? '') && ROW_NUMBER.test(firstRuns[0]?.text ?? '');
    if (header && open?.kind === 'paragraph' && block.kind === 'paragraph' && (underColumns(firstRuns, header) || fullRow || (setApart && rowUnderColumns(block, source, header)))) {
      joined[joined.length - 1] = { ...open, text: `${open.text} ${block.text}`, lines: [open.lines[0], block.lines[1]] };
      continue;
    }
    header = block.kind === 'paragraph' ? typedHeaderIn(block, source) : null;
    // A header alone in its paragraph: the rows below are set apart, each a group of lines whose
    // first line may hold only a centred cell of another column.
    setApart = header !== null && block.lines[0] === block.lines[1];
    joined.push(block);
  }
  return joined;
}

function typedHeaderIn(block: Block, source: string[]): Run[] | null {
  for (let number = block.lines[0]; number <= block.lines[1]; number += 1) {
    const header = runs(source[number - 1] ?? '');
    if (mainColumn(header) !== null) return header;
  }
  return null;
}

/** Two runs or more, each starting under a column of the header (within the jitter of PDF text). */
function underColumns(line: Run[], header: Run[]): boolean {
  return line.length >= 2 && line.every((run) => header.some((cell) => Math.abs(cell.start - run.start) <= 3));
}

/** A row set apart by blank lines: every run of its lines under a column, and two runs on one line at least. */
function rowUnderColumns(block: Block, source: string[], header: Run[]): boolean {
  const lines = source.slice(block.lines[0] - 1, block.lines[1]).map(runs).filter((line) => line.length > 0);
  return lines.some((line) => underColumns(line, header))
    && lines.every((line) => line.every((run) => header.some((cell) => Math.abs(cell.start - run.start) <= 3)));
}

/** The column that starts each row (the task, or the name) when the runs are a table's header; else null. */
function mainColumn(header: Run[]): number | null {
  const labels = header.map((run) => run.text);
  if (header.length < 2) return null;
  const task = isTaskHeaderRow(labels) ? taskColumns(labels)?.task : undefined;
  if (task !== undefined) return task;
  const people = peopleColumns(labels);
  return people ? Math.max(0, people.indexOf('name')) : null;
}

/**
 * A block with a typed table's header below its first line: the lines above it as a block of
 * their own, then the table's lines as a paragraph for splitTypedTable. Null when there is none.
 */
export function cutAtTypedTable(block: Block, source: string[]): Block[] | null {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return null;
  const [first, last] = block.lines;
  for (let number = first + 1; number < last; number += 1) {
    if (mainColumn(runs(source[number - 1] ?? '')) === null) continue;
    const above = source.slice(first - 1, number - 1).map((line) => line.trim()).filter((line) => line !== '').join(' ');
    const head = block.kind === 'listItem' ? { ...block, text: above.replace(/^\S+\s+/u, ''), lines: [first, number - 1] as [number, number] } : { ...block, text: above, lines: [first, number - 1] as [number, number] };
    return [head, { kind: 'paragraph', text: '', lines: [number, last] }];
  }
  return null;
}

/**
 * The runs of text of a line (words joined by single spaces) and the column each starts at. A
 * row's number is a run of its own even with one space after it ("5 Post revised Policy …", "# Action").
 */
function runs(line: string): Run[] {
  return runsOf(line).flatMap((run): Run[] => {
    const numbered = /^(\d{1,3}[.)]?|#|No\.|N°)\s(?=\S)/u.exec(run.text);
    if (!numbered) return [run];
    const offset = numbered[0].length;
    return [{ start: run.start, text: numbered[1] ?? '' }, { start: run.start + offset, text: run.text.slice(offset) }];
  });
}
