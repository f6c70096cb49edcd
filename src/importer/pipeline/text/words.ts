/** Text helpers shared by the stages after READ: folding for comparison, inline markup, sentences. */

// Accent-, case- and white-space-insensitive comparison is the importer's (text.ts); white-space
// folding is the evidence check's own rule, so what a stage folds is what a quote is checked against.
import { fold as foldWhitespace } from '../../../ingest/SourceText';
import { foldKey } from '../../text';

export { foldKey, foldWhitespace };

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * A source line as a reader sees it: list marker, heading hashes, bold/italic marks, link targets,
 * code ticks and tags removed. Used where markdown reached us as literal text (Word, plain text) or
 * where a block must be cut at one of its source lines.
 */
export function plainLine(line: string): string {
  return foldWhitespace(
    line
      .replace(/^\s*(?:[*+\-•–·]|\d{1,3}[.)])\s+/u, '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|`/g, '')
      .replace(/<[^>]+>/g, ' '),
  );
}

// Abbreviations after which a period does not end a sentence ("M. Thibault", "Dr. Cho", "p.m.").
const NO_BREAK_AFTER = /(?:\b(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|St|Ste|Cst|Sgt|vs|e\.g|i\.e|etc|Inc|Ltd|Corp|Hon|Rev)|(?:^|[\s(.\-])\p{Lu})\.$/u; // an initial, not a unit ("5 µg/L.")

const TIME_GOES_ON = /^\s+(?:\(|(?:Eastern|Pacific|Central|Mountain|Atlantic|Newfoundland|EST|EDT|ET|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|AT|AST|ADT|NT|NST|UTC|GMT)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)/u;

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was cut from. */
  start: number;
}

/** Sentences of a text, cut after `.`, `!`, `?` before a capital, never after a title or an initial. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const breaks = /[.!?]["»”)]?\s+(?=[\p{Lu}«"“([])/gu;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    const head = text.slice(start, match.index + 1);
    if (NO_BREAK_AFTER.test(head)) continue;
    // "at 6:30 p.m. Eight members were present": the time ends the sentence, unless its zone or day follows.
    if (/\b[ap]\.m\.$/u.test(head) && TIME_GOES_ON.test(text.slice(match.index + 1))) continue;
    // "No. 2025-14" numbers what follows; "9 yes, 1 no. Treasurer X …" ends a sentence.
    if (/\b[Nn]o\.$/u.test(head) && /^\s+[\d#(]/u.test(text.slice(match.index + 1))) continue;
    const end = match.index + match[0].length;
    sentences.push({ text: text.slice(start, end).trim(), start });
    start = end;
  }
  if (start < text.length && text.slice(start).trim() !== '') sentences.push({ text: text.slice(start).trim(), start });
  return sentences;
}

// `\b` in JavaScript only knows ASCII letters: "Adopté\b" never matches. This boundary knows all letters.
const WORD_BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))`;

/** A Unicode regular expression whose `\b` is a word boundary for every alphabet (accents included). */
export function wordRegExp(source: string, flags = 'u'): RegExp {
  return new RegExp(source.replace(/\\b/g, WORD_BOUNDARY), flags.includes('u') ? flags : `${flags}u`);
}
