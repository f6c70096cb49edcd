/** Tables whose CSV download holds exactly the rows and columns on screen. */
import { download, toCsv } from './csv';
import { h, type Child } from './dom';
import { t } from './i18n';

/** A cell: its text (what the CSV holds) and, optionally, richer content showing that same text. */
export interface Cell { text: string; node?: Node; attrs?: Record<string, string> }
export type CellInput = string | Cell;

export interface TableOptions {
  /** Stable name of the table, used for the CSV file name and `data-table` (tests find tables by it). */
  name: string;
  columns: string[];
  rows: CellInput[][];
  caption?: string;
  /** Controls shown beside the caption, e.g. a filter that narrows the rows. */
  tools?: Child;
  /** Attributes per row, e.g. `data-id`. */
  rowAttrs?: (index: number) => Record<string, string>;
}

export function table(options: TableOptions): HTMLElement {
  const rows = options.rows.map((row) => row.map(toCell));
  const head = h('thead', {}, h('tr', {}, ...options.columns.map((column) => h('th', { scope: 'col' }, column))));
  const body = h('tbody', {}, ...rows.map((row, index) => h('tr', options.rowAttrs?.(index) ?? {}, ...row.map((c) => h('td', c.attrs ?? {}, c.node ?? c.text)))));
  const csv = () => toCsv([options.columns, ...rows.map((row) => row.map((c) => c.text))]);
  const button = h('button', { type: 'button', class: 'csv', 'data-csv': options.name, onclick: () => download(`${options.name}.csv`, csv()) }, t('downloadCsv'));
  const children: Child[] = [
    h('div', { class: 'table-tools' }, options.caption ? h('h3', {}, options.caption) : null, options.tools, h('span', { class: 'count' }, t('rows', rows.length)), button),
    rows.length === 0 ? h('p', { class: 'empty' }, t('noRows')) : h('div', { class: 'table-scroll' }, h('table', { 'data-table': options.name }, head, body)),
  ];
  return h('section', { class: 'table-block' }, ...children);
}

/** A CSV button for content that is not drawn as a plain table (the theme matrix). */
export function csvButton(name: string, columns: string[], rows: string[][]): HTMLElement {
  return h('button', { type: 'button', class: 'csv', 'data-csv': name, onclick: () => download(`${name}.csv`, toCsv([columns, ...rows])) }, t('downloadCsv'));
}

function toCell(input: CellInput): Cell {
  return typeof input === 'string' ? { text: input } : input;
}

/** A cell that links somewhere but exports its text. */
export function linkCell(text: string, href: string): Cell {
  return { text, node: h('a', { href }, text) };
}
