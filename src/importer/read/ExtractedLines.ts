import type { Block, LineRange } from './types';

/**
 * The plain text extracted from a structured document (HTML, docx), written one block at a time
 * so each block knows its line range. Blocks are separated by a blank line, except consecutive
 * list items and consecutive table rows, which is how a reader would lay them out.
 */
export class ExtractedLines {
  readonly lines: string[] = [];
  private lastKind: Block['kind'] | null = null;

  add(kind: Block['kind'], lines: string[]): LineRange {
    const together = kind === this.lastKind && (kind === 'listItem' || kind === 'tableRow');
    if (this.lastKind !== null && !together) this.lines.push('');
    const start = this.lines.length + 1;
    this.lines.push(...lines);
    this.lastKind = kind;
    return [start, this.lines.length];
  }
}
