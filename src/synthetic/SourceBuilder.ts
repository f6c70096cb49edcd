import type { Evidence } from '../ingest/SeedDocument';

const WIDTH = 96;

/**
 * The text of a synthetic record, built line by line, so each fact's evidence is the exact passage
 * and the line range where it was written.
 */
export class SourceBuilder {
  private readonly lines: string[] = [];

  line(text = ''): number {
    this.lines.push(text);
    return this.lines.length;
  }

  /** Writes `prefix + quote`, wrapped like a PDF-to-text layout; the evidence is `quote` alone. */
  passage(prefix: string, quote: string): Evidence {
    const words = `${prefix}${quote}`.split(' ');
    const first = this.lines.length + 1;
    let current = '';
    for (const word of words) {
      if (current !== '' && current.length + 1 + word.length > WIDTH) {
        this.lines.push(current);
        current = word;
      } else {
        current = current === '' ? word : `${current} ${word}`;
      }
    }
    this.lines.push(current);
    return { quote, lines: [first, this.lines.length] };
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
