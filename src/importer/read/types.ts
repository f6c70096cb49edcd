/**
 * The format-neutral document model produced by the READ stage. Every block keeps the 1-based,
 * inclusive line range of `source.lines` it was read from, so later stages can quote verbatim.
 */

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/**
 * The text that evidence quotes and line numbers refer to: the file itself for text and markdown
 * (UTF-8, BOM stripped), the extracted plain text for HTML, PDF and docx.
 */
export interface SourceDocumentText {
  format: SourceFormat;
  text: string;
  /** `text` split on line breaks exactly as `SourceText` splits it when evidence is checked. */
  lines: string[];
}

/** First and last line (1-based, inclusive) of `SourceDocumentText.lines`. */
export type LineRange = [number, number];

export type Block =
  | { kind: 'heading'; level: number; text: string; lines: LineRange }
  | { kind: 'paragraph'; text: string; lines: LineRange }
  /** `depth` is 0 for a top-level item; `marker` is the written marker (`•`, `1.`, `a)`, a checkbox `[ ]` / `[x]`) when there is one. */
  | { kind: 'listItem'; depth: number; ordered: boolean; marker?: string; text: string; lines: LineRange }
  /** `columns`: the header cells of the row's table, when STRUCTURE recognised a people table's header. */
  | { kind: 'tableRow'; cells: string[]; header: boolean; lines: LineRange; columns?: string[] };

/** Blocks are in reading order; their `text` has white space folded and inline markup removed. */
export interface ReadDocument {
  source: SourceDocumentText;
  blocks: Block[];
}

export interface MinutesFile {
  /** File name (or path) used for format detection and in error messages. */
  name: string;
  bytes: Buffer;
}
