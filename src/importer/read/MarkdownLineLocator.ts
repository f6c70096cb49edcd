import { foldWhitespace } from './sourceText';
import type { LineRange } from './types';

/**
 * Finds the source lines of a marked token from its `raw` text. marked gives no positions, and the
 * raw text of nested tokens is dedented, so tokens are matched line by line (white space folded),
 * searching forward from where the previous sibling ended.
 */
export class MarkdownLineLocator {
  private readonly folded: string[];

  constructor(lines: string[]) {
    this.folded = lines.map(foldWhitespace);
  }

  /** Lines of `raw` starting at or after line `from` (1-based); falls back to `from` when not found. */
  locate(raw: string, from: number): LineRange {
    const rawLines = raw.replace(/\s+$/, '').split('\n');
    const leading = rawLines.findIndex((line) => line.trim() !== '');
    if (leading < 0) return [from, from];
    const first = foldWhitespace(rawLines[leading] ?? '');
    let start = from;
    for (let index = from - 1; index < this.folded.length; index++) {
      if (this.folded[index] === first) {
        start = index + 1;
        break;
      }
    }
    return [start, start + rawLines.length - 1 - leading];
  }
}
