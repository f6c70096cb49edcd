import type { SourceDocumentText, SourceFormat } from './types';

/** Same split as `SourceText` (src/ingest), so line numbers agree with the evidence check. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The source text of a file read as it is (text, markdown). */
export function sourceFromText(format: SourceFormat, text: string): SourceDocumentText {
  return { format, text, lines: splitLines(text) };
}

/** The source text of extracted lines (HTML, PDF, docx): one line each, ending with a newline. */
export function sourceFromLines(format: SourceFormat, lines: string[]): SourceDocumentText {
  const text = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  return { format, text, lines: splitLines(text) };
}

/**
 * Strict UTF-8 decoding with the BOM stripped. Returns null for bytes that are not UTF-8 (a
 * Latin-1 export, a binary file): guessing another encoding would silently change the quotes.
 */
export function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** White space folded to single spaces and trimmed: the `text` of a block, as the evidence check folds it. */
export { fold as foldWhitespace } from '../../ingest/SourceText';
