/**
 * The text of a source document, for checking evidence. Quotes are compared with every run of
 * white space (including the line breaks of the PDF-to-text layout) folded to one space.
 */
export class SourceText {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** True when `quote` occurs within lines first..last (1-based, inclusive). */
  contains(quote: string, first: number, last: number): boolean {
    const passage = fold(this.lines.slice(first - 1, last).join('\n'));
    return passage.includes(fold(quote));
  }
}

export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
