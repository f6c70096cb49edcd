import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { MarkdownLineLocator } from './MarkdownLineLocator';
import { matchListMarker, standaloneHeadingLevel } from './plainTextLines';
import { foldWhitespace } from './sourceText';
import type { Block, LineRange } from './types';

/**
 * Blocks of a markdown file, from marked's lexer (GitHub-flavoured: tables). ATX and setext
 * headings; paragraphs; list items nested to any depth; table rows. A paragraph that is only bold
 * text (`**Attendees**`) or a short `Label:` line is a heading. Block text has inline markup
 * removed, so it may differ from the source line: quote from `source.lines` within `lines`.
 */
export function readMarkdownBlocks(lines: string[]): Block[] {
  // marked turns a lone CR into a line break; splitLines does not. A space keeps both in step.
  const markdown = lines.join('\n').replace(/\r(?!\n)/g, ' ');
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  const reader = new MarkdownReader(new MarkdownLineLocator(lines));
  reader.readSiblings(tokens, 1, 0);
  return reader.blocks;
}

class MarkdownReader {
  readonly blocks: Block[] = [];
  private lastHeadingLevel = 0;

  constructor(private readonly locator: MarkdownLineLocator) {}

  /** Reads tokens in order, looking for each one from the line after the previous one. */
  readSiblings(tokens: Token[], from: number, listDepth: number): void {
    let cursor = from;
    for (const token of tokens) {
      // Blank lines are skipped by the locator; a space token's raw may hold its neighbour's newline.
      if (token.type === 'space') continue;
      const lines = this.locator.locate(token.raw, cursor);
      this.readToken(token as MarkedToken, lines, listDepth);
      cursor = lines[1] + 1;
    }
  }

  private readToken(token: MarkedToken, lines: LineRange, listDepth: number): void {
    switch (token.type) {
      case 'heading':
        this.lastHeadingLevel = token.depth;
        return this.push({ kind: 'heading', level: token.depth, text: inlineText(token.tokens), lines });
      case 'paragraph':
        return this.paragraph(token, lines);
      case 'text':
        return this.push({ kind: 'paragraph', text: inlineText(token.tokens ?? []) || foldWhitespace(token.text), lines });
      case 'code':
        return this.push({ kind: 'paragraph', text: foldWhitespace(token.text), lines });
      case 'html':
        return this.push({ kind: 'paragraph', text: foldWhitespace(token.text.replace(/<[^>]*>/g, ' ')), lines });
      case 'blockquote':
        this.readSiblings(token.tokens, lines[0], listDepth);
        return;
      case 'list':
        return this.list(token, lines[0], listDepth);
      case 'table':
        return this.table(token, lines);
      default:
        return; // hr, def: nothing a reader would quote
    }
  }

  private paragraph(token: Tokens.Paragraph, lines: LineRange): void {
    // "● CDO to circulate …" on each line: bullets pasted from a word processor, which markdown does not know, are a list.
    const rawLines = token.raw.replace(/\n+$/u, '').split('\n');
    const bullets = rawLines.map((line) => matchListMarker(line));
    if (rawLines.length === lines[1] - lines[0] + 1 && bullets.every((bullet) => bullet !== null && !bullet.ordered && !/^[*+-]$/u.test(bullet.marker))) {
      bullets.forEach((bullet, index) => this.push({ kind: 'listItem', depth: 0, ordered: false, marker: bullet?.marker ?? '', text: foldWhitespace((bullet?.text ?? '').replace(/\*\*|__/gu, '')), lines: [lines[0] + index, lines[0] + index] }));
      return;
    }
    const text = inlineText(token.tokens);
    const onlyBold = token.tokens.length === 1 && token.tokens[0]?.type === 'strong';
    const label = lines[0] === lines[1] && standaloneHeadingLevel(text) === 2;
    // "*Collège des organismes artistiques*" over its members: a short line in italics names the group below it
    // (a sentence in italics, "*Approved on …*", stays a paragraph).
    const italicLabel = token.tokens.length === 1 && token.tokens[0]?.type === 'em' && lines[0] === lines[1] && text.split(/\s+/u).length <= 8 && !/[.;!?]$/u.test(text);
    if (onlyBold || label || italicLabel) {
      this.push({ kind: 'heading', level: Math.min(6, this.lastHeadingLevel + 1), text, lines });
    } else {
      this.push({ kind: 'paragraph', text, lines });
    }
  }

  private list(list: Tokens.List, from: number, depth: number): void {
    let cursor = from;
    for (const item of list.items) {
      const itemLines = this.locator.locate(item.raw, cursor);
      this.listItem(item, list.ordered, itemLines, depth);
      cursor = itemLines[1] + 1;
    }
  }

  /** The item's own text runs up to its first nested list; nested lists follow at depth + 1. */
  private listItem(item: Tokens.ListItem, ordered: boolean, lines: LineRange, depth: number): void {
    const nested = item.tokens.findIndex((child) => child.type === 'list');
    const own = nested < 0 ? item.tokens : item.tokens.slice(0, nested);
    const text = foldWhitespace(own.map(blockText).join(' '));
    const nestedStart = nested < 0 ? lines[1] + 1 : this.locator.locate(item.tokens[nested]?.raw ?? '', lines[0] + 1)[0];
    // "- [ ] Name": a task item's box is its marker, ticked or not (an attendance checklist says who came).
    const marker = item.task ? (item.checked ? '[x]' : '[ ]') : /^\s*([*+-]|\d{1,9}[.)])/.exec(item.raw)?.[1];
    const block: Block = { kind: 'listItem', depth, ordered, text, lines: [lines[0], Math.max(lines[0], nestedStart - 1)] };
    this.push(marker === undefined ? block : { ...block, marker });
    if (nested >= 0) this.readSiblings(item.tokens.slice(nested), nestedStart, depth + 1);
  }

  /** GitHub tables hold one row per line: header, delimiter, then the body rows. */
  private table(table: Tokens.Table, lines: LineRange): void {
    const start = lines[0];
    this.push({ kind: 'tableRow', header: true, cells: table.header.map((cell) => inlineText(cell.tokens)), lines: [start, start] });
    table.rows.forEach((row, index) => {
      const line = start + 2 + index;
      this.push({ kind: 'tableRow', header: false, cells: row.map((cell) => inlineText(cell.tokens)), lines: [line, line] });
    });
  }

  private push(block: Block): void {
    if (block.kind === 'tableRow' || block.text !== '') this.blocks.push(block);
  }
}

function blockText(token: Token): string {
  const t = token as MarkedToken;
  if ('tokens' in t && t.tokens) return inlineText(t.tokens);
  return 'text' in t ? foldWhitespace(t.text) : '';
}

/** Plain text of inline tokens: emphasis, links and code spans keep their words, markup goes. */
function inlineText(tokens: Token[]): string {
  return foldWhitespace(tokens.map(inlinePlain).join(''));
}

function inlinePlain(token: Token): string {
  const t = token as MarkedToken;
  switch (t.type) {
    case 'br':
      return ' ';
    case 'html':
      return '';
    case 'image':
      return t.text;
    case 'codespan':
    case 'escape':
      return t.text;
    case 'text':
      return t.tokens ? t.tokens.map(inlinePlain).join('') : decodeEntities(t.text);
    default:
      return 'tokens' in t && t.tokens ? t.tokens.map(inlinePlain).join('') : 'text' in t ? t.text : '';
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** marked leaves character references in text tokens (`&amp;`); a reader sees the character. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (reference: string, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
  });
}
