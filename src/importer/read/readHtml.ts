import { parse, HTMLElement, NodeType, type Node } from 'node-html-parser';
import { ExtractedLines } from './ExtractedLines';
import { standaloneHeadingLevel } from './plainTextLines';
import { readPlainTextBlocks } from './readPlainText';
import { foldWhitespace } from './sourceText';
import type { Block } from './types';

/** Blocks of an HTML page and the plain text they were written to (their line ranges refer to it). */
export interface ExtractedDocument {
  lines: string[];
  blocks: Block[];
}

const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'hr']);
const PARAGRAPHS = new Set(['p', 'pre', 'dt', 'dd', 'figcaption', 'caption', 'address']);
const BLOCKS = new Set([
  ...PARAGRAPHS, 'html', 'body', 'main', 'article', 'section', 'div', 'header', 'footer', 'nav', 'aside', 'blockquote',
  'figure', 'form', 'fieldset', 'dl', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', ...SKIPPED,
]);

/**
 * h1–h6 as headings; p (and other text blocks) as paragraphs, split into lines at `<br>`; li as
 * list items, depth by nesting; tr as table rows (th cells or thead: header). A paragraph that is
 * only bold text, or a short `Label:`, is a heading. Loose text between blocks is a paragraph.
 */
export function readHtmlDocument(html: string): ExtractedDocument {
  const reader = new HtmlReader();
  // node-html-parser keeps a doctype or an XML declaration as text; neither is visible.
  const markup = html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, '');
  reader.readChildren(parse(markup, { comment: false, blockTextElements: { script: false, style: false, pre: true } }));
  return { lines: reader.text.lines, blocks: reader.blocks };
}

class HtmlReader {
  readonly text = new ExtractedLines();
  readonly blocks: Block[] = [];
  private lastHeadingLevel = 0;

  /** Runs of inline content become paragraphs; block elements are read in order. */
  readChildren(element: HTMLElement): void {
    this.readNodes(element.childNodes);
  }

  private readNodes(nodes: Node[]): void {
    let inline: Node[] = [];
    for (const child of nodes) {
      if (child instanceof HTMLElement && BLOCKS.has(tag(child))) {
        this.paragraph(inline);
        inline = [];
        this.readBlock(child);
      } else {
        inline.push(child);
      }
    }
    this.paragraph(inline);
  }

  private readBlock(element: HTMLElement): void {
    const name = tag(element);
    const heading = /^h([1-6])$/.exec(name);
    if (heading) return this.heading(Number(heading[1]), segments([element]));
    if (name === 'pre') return this.preformatted(element);
    if (PARAGRAPHS.has(name)) return this.paragraph([element]);
    if (name === 'ul' || name === 'ol') return this.list(element, 0);
    if (name === 'li') return this.listItem(element, 0, false, '•');
    if (name === 'table') return isLayoutTable(element) ? this.layoutTable(element) : element.querySelectorAll('tr').forEach((row) => this.tableRow(row));
    if (name === 'tr') return this.tableRow(element);
    if (SKIPPED.has(name) || name === 'br') return;
    this.readChildren(element);
  }

  private heading(level: number, lines: string[]): void {
    if (lines.length === 0) return;
    this.lastHeadingLevel = level;
    this.blocks.push({ kind: 'heading', level, text: lines.join(' '), lines: this.text.add('heading', lines) });
  }

  private paragraph(nodes: Node[]): void {
    const lines = segments(nodes);
    if (lines.length === 0) return;
    const text = lines.join(' ');
    if (isOnlyBold(nodes) || (lines.length === 1 && standaloneHeadingLevel(text) === 2)) {
      const level = Math.min(6, this.lastHeadingLevel + 1);
      this.blocks.push({ kind: 'heading', level, text, lines: this.text.add('heading', lines) });
      return;
    }
    this.blocks.push({ kind: 'paragraph', text, lines: this.text.add('paragraph', lines) });
  }

  /**
   * `<pre>`: text laid out by its author (minutes posted to a mailing-list archive), read as a plain-text
   * document is — its own line breaks, underlined headings and indented lists — at the lines it takes here.
   */
  private preformatted(element: HTMLElement): void {
    const lines = element.text.replace(/\r/gu, '').split('\n').map((line) => line.trimEnd());
    while (lines.length > 0 && lines[0] === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    if (lines.length === 0) return;
    const [start] = this.text.add('paragraph', lines);
    for (const block of readPlainTextBlocks(lines)) {
      this.blocks.push({ ...block, lines: [block.lines[0] + start - 1, block.lines[1] + start - 1] });
    }
  }

  private list(list: HTMLElement, depth: number): void {
    const ordered = tag(list) === 'ol';
    let number = Number(list.getAttribute('start') ?? '1') || 1;
    for (const child of list.childNodes) {
      if (!(child instanceof HTMLElement)) continue;
      if (tag(child) === 'li') this.listItem(child, depth, ordered, ordered ? `${number++}.` : '•');
      else if (tag(child) === 'ul' || tag(child) === 'ol') this.list(child, depth + 1);
    }
  }

  /** Written as `  • text` (two spaces a level); nested lists follow at depth + 1. */
  private listItem(item: HTMLElement, depth: number, ordered: boolean, marker: string): void {
    const own = segments(item.childNodes, { skipLists: true });
    if (own.length > 0) {
      const indent = '  '.repeat(depth);
      const written = own.map((line, index) => (index === 0 ? `${indent}${marker} ${line}` : `${indent}  ${line}`));
      const lines = this.text.add('listItem', written);
      this.blocks.push({ kind: 'listItem', depth, ordered, marker, text: own.join(' '), lines });
    }
    const nestedLists = item.childNodes.filter((child): child is HTMLElement => child instanceof HTMLElement && /^[uo]l$/.test(tag(child)));
    for (const nested of nestedLists) this.list(nested, own.length > 0 ? depth + 1 : depth);
  }

  /**
   * A table that only lays out the minutes ("41. | Apologies for Absence … Minutes: …", ModernGov and
   * eSCRIBE pages): its cells are read as the text they hold, an item's number cell joined to its title.
   */
  private layoutTable(table: HTMLElement): void {
    for (const row of table.querySelectorAll('tr')) {
      const cells = row.childNodes.filter((cell): cell is HTMLElement => cell instanceof HTMLElement && /^t[dh]$/.test(tag(cell)));
      const number = cells.length >= 2 ? segments([cells[0] as HTMLElement]).join(' ') : '';
      if (/^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(number)) {
        const body = cells[1] as HTMLElement;
        const title = body.childNodes.find((child): child is HTMLElement => child instanceof HTMLElement && BLOCKS.has(tag(child)));
        const titleText = title ? segments([title]).join(' ') : '';
        if (title && titleText !== '' && titleText.split(/\s+/u).length <= 15) {
          this.heading(2, [`${number} ${titleText}`]);
          this.readNodes(body.childNodes.filter((child) => child !== title));
          cells.slice(2).forEach((cell) => this.readChildren(cell));
          continue;
        }
      }
      cells.forEach((cell) => this.readChildren(cell));
    }
  }

  /**
   * Cells are written tab-separated; a cell of several lines (`<br>`, paragraphs) keeps them, laid
   * out as a grid — "Present:⇥Mayor Jane Doe" over "⇥Deputy Mayor Sam Lee" — so one entry per line
   * stays one entry, as in a typed two-column block.
   */
  private tableRow(row: HTMLElement): void {
    const cells = row.childNodes.filter((cell): cell is HTMLElement => cell instanceof HTMLElement && /^t[dh]$/.test(tag(cell)));
    const cellLines = cells.map((cell) => segments([cell]));
    const texts = cellLines.map((lines) => lines.join(' '));
    if (texts.every((cell) => cell === '')) return;
    const header = cells.every((cell) => tag(cell) === 'th') || tag(row.parentNode ?? row) === 'thead';
    const height = Math.max(1, ...cellLines.map((lines) => lines.length));
    const grid = Array.from({ length: height }, (_, line) => cellLines.map((lines) => lines[line] ?? '').join('\t').replace(/\t+$/u, ''));
    this.blocks.push({ kind: 'tableRow', cells: texts, header, lines: this.text.add('tableRow', grid) });
  }
}

/**
 * A cell holding paragraphs of minutes — a paragraph of 25 words or more that ends a sentence — makes
 * the table layout, not data (a cell listing people holds short lines, however many).
 */
function isLayoutTable(table: HTMLElement): boolean {
  return table.querySelectorAll('td').some((cell) => cell.childNodes.some((child) => {
    if (!(child instanceof HTMLElement) || tag(child) !== 'p') return false;
    const text = segments([child]).join(' ');
    return text.split(/\s+/u).length >= 25 && /\p{Ll}{2}[.!?]["»”)]?$/u.test(text);
  }) || isMinutesCell(cell));
}

/** "<td><strong>2. ADOPTION …</strong><br>Il est PROPOSÉ … <br>…</td>": an item's whole minutes, lines broken by <br>. */
function isMinutesCell(cell: HTMLElement): boolean {
  const lines = segments([cell]);
  const sentences = lines.join(' ').match(/\p{Ll}{2}\s?[»”)]?\s?[.!?;:](?:\s|$)/gu) ?? [];
  return lines.length >= 3 && lines.join(' ').split(/\s+/u).length >= 40 && sentences.length >= 2;
}

function tag(element: HTMLElement): string {
  return (element.rawTagName ?? '').toLowerCase();
}

/** Visible text of nodes as lines: `<br>` and block elements break lines; source white space folds. */
function segments(nodes: Node[], options: { skipLists?: boolean } = {}): string[] {
  const flat = (node: Node): string => {
    if (node.nodeType === NodeType.TEXT_NODE) return node.text.replace(/\s+/g, ' ');
    if (!(node instanceof HTMLElement)) return '';
    const name = tag(node);
    if (name === 'br') return '\n';
    if (SKIPPED.has(name) || (options.skipLists && (name === 'ul' || name === 'ol'))) return '';
    const inner = node.childNodes.map(flat).join('');
    return BLOCKS.has(name) ? `\n${inner}\n` : inner;
  };
  return nodes.map(flat).join('').split('\n').map(foldWhitespace).filter((line) => line !== '');
}

/** `<p><strong>Attendees</strong></p>`: the only visible content is one bold element. */
function isOnlyBold(nodes: Node[]): boolean {
  const visible = nodes.flatMap((node) => (node instanceof HTMLElement && PARAGRAPHS.has(tag(node)) ? node.childNodes : [node]));
  const content = visible.filter((node) => node.nodeType !== NodeType.TEXT_NODE || node.text.trim() !== '');
  const only = content[0];
  return content.length === 1 && only instanceof HTMLElement && (tag(only) === 'strong' || tag(only) === 'b');
}
