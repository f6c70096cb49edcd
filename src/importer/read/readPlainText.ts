import type { Block, LineRange } from './types';
import { foldWhitespace } from './sourceText';
import { hasItemNumber, isBlank, isCapitals, matchListMarker, numberedHeadingLevel, standaloneHeadingLevel } from './plainTextLines';

/**
 * Blocks of plain text: paragraphs separated by blank lines; bullet and numbered lines as list
 * items, nested by indentation, continued by the lines that follow them (PDF-to-text wraps long
 * items without indenting); capitals lines, numbered capitals and short `Label:` lines as headings.
 * Block text is its lines with white space folded (markers removed), so any part of it can be
 * quoted against the source lines.
 */
export function readPlainTextBlocks(lines: string[]): Block[] {
  return new PlainTextReader().read(lines);
}

// A line that is, or ends after a wide gap in, a page number "Page 2 of 3" / "Page 2 de 3" / "- 2 -".
const PAGE_FURNITURE = /^(?:.*\S\s{3,})?(?:Page|Pg\.?|p\.)\s*\d+\s*(?:of|de|sur|\/)\s*\d+\s*$|^\s*[-–—]\s*\d+\s*[-–—]\s*$/iu;

type OpenBlock =
  | { kind: 'paragraph'; parts: string[]; lines: LineRange }
  | { kind: 'listItem'; depth: number; ordered: boolean; marker: string; parts: string[]; lines: LineRange };

class PlainTextReader {
  private readonly blocks: Block[] = [];
  private open: OpenBlock | null = null;
  /** Indentation of each open list level, outermost first. */
  private listIndents: number[] = [];

  read(lines: string[]): Block[] {
    lines.forEach((line, index) => this.readLine(line, index + 1));
    this.close();
    return this.blocks;
  }

  private readLine(line: string, number: number): void {
    // A rule ("-----", "=====", "_____") separates or underlines; it holds no words.
    const rule = /^\s*(?:[-=_*~]\s?){3,}\s*$/u.test(line);
    // "Summary of actions" over "------": a one-line title underlined, as setext markdown writes it.
    const title = this.open?.kind === 'paragraph' && this.open.parts.length === 1 && this.open.lines[1] === number - 1 ? this.open.parts[0] ?? '' : null;
    if (rule && title !== null && /^\s*[-=]/u.test(line) && title.trim().split(/\s+/u).length <= 8 && !/[.:,;]$/u.test(title.trim())) {
      this.open = null;
      return this.heading(line.trim().startsWith('=') ? 1 : 2, title, number - 1);
    }
    if (isBlank(line) || rule) return this.close();
    // "Summary of Discussion – …      Page 1 of 2": a running head or foot a PDF-to-text copy kept; no minutes' text.
    if (PAGE_FURNITURE.test(line)) return this.close();
    const atBlockStart = this.open === null;
    const numberedLevel = numberedHeadingLevel(line);
    if (numberedLevel !== null) return this.heading(numberedLevel, line, number);
    const item = matchListMarker(line);
    if (item) {
      this.close();
      const depth = this.listDepth(item.indent);
      this.open = { kind: 'listItem', depth, ordered: item.ordered, marker: item.marker, parts: [item.text], lines: [number, number] };
      return;
    }
    const standaloneLevel = atBlockStart ? standaloneHeadingLevel(line) : null;
    if (standaloneLevel !== null) {
      return this.continuesCapitals(line, number) ? this.extendHeading(line, number) : this.heading(standaloneLevel, line, number);
    }
    if (this.open) {
      this.open.parts.push(line);
      this.open.lines[1] = number;
      return;
    }
    this.listIndents = [];
    this.open = { kind: 'paragraph', parts: [line], lines: [number, number] };
  }

  /** A title broken over consecutive capitals lines is one heading. */
  private continuesCapitals(line: string, number: number): boolean {
    const last = this.blocks[this.blocks.length - 1];
    // "MOTION C-2024-21" under "3. APPROVAL OF THE AGENDA": an item's number, not the title going on.
    return last?.kind === 'heading' && last.lines[1] === number - 1 && isCapitals(last.text) && isCapitals(line.trim()) && !hasItemNumber(line);
  }

  private extendHeading(line: string, number: number): void {
    const last = this.blocks[this.blocks.length - 1];
    if (last?.kind !== 'heading') return;
    last.text = foldWhitespace(`${last.text} ${line}`);
    last.lines = [last.lines[0], number];
  }

  private heading(level: number, line: string, number: number): void {
    this.close();
    this.listIndents = [];
    this.blocks.push({ kind: 'heading', level, text: foldWhitespace(line), lines: [number, number] });
  }

  /** Nesting by indentation, tolerating the one-column jitter of PDF-to-text. */
  private listDepth(indent: number): number {
    const near = (a: number, b: number) => Math.abs(a - b) <= 1;
    let top = this.listIndents[this.listIndents.length - 1];
    while (top !== undefined && indent < top && !near(indent, top)) {
      this.listIndents.pop();
      top = this.listIndents[this.listIndents.length - 1];
    }
    if (top === undefined || !near(indent, top)) this.listIndents.push(indent);
    return this.listIndents.length - 1;
  }

  private close(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const text = foldWhitespace(open.parts.join(' '));
    if (open.kind === 'paragraph') this.blocks.push({ kind: 'paragraph', text, lines: open.lines });
    else this.blocks.push({ kind: 'listItem', depth: open.depth, ordered: open.ordered, marker: open.marker, text, lines: open.lines });
  }
}
