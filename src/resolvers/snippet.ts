import { foldWithOffsets } from '../repositories/luceneQuery';

/** Longest snippet, in characters of the original text (before HTML escaping and marks). */
export const SNIPPET_LENGTH = 200;
/** How much text is kept before the first match. */
const LEAD = 60;
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Range { start: number; end: number }

/**
 * A short excerpt of the candidate text that contains the most search words, HTML-escaped, with
 * each occurrence of a word wrapped in `<mark>…</mark>`. Matching ignores case and accents: both
 * sides are folded, and positions map back to the original text. A word matches at the start of a
 * word of the text (so after `l’` too) and, unless `prefix`, must also end there. Candidates are
 * in order of preference; without any match the first one is quoted unmarked. Null without text.
 */
export function snippet(candidates: readonly string[], words: readonly string[], prefix = false): string | null {
  const texts = candidates.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text.length > 0);
  if (texts.length === 0) return null;
  let best = { text: texts[0] ?? '', ranges: [] as Range[], matched: 0 };
  for (const text of texts) {
    const { ranges, matched } = findWords(text, words, prefix);
    if (matched > best.matched) best = { text, ranges, matched };
  }
  return excerpt(best.text, best.ranges);
}

/** Ranges of the original text where words occur (sorted, merged), and how many distinct words did. */
export function findWords(text: string, words: readonly string[], prefix: boolean): { ranges: Range[]; matched: number } {
  const { folded, start, end } = foldWithOffsets(text);
  const found: Range[] = [];
  let matched = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    let any = false;
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const after = at + word.length;
      if (isWordChar(folded[at - 1]) || (!prefix && isWordChar(folded[after]))) continue;
      found.push({ start: start[at] ?? 0, end: end[after - 1] ?? text.length });
      any = true;
    }
    if (any) matched += 1;
  }
  return { ranges: merge(found), matched };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function excerpt(text: string, ranges: Range[]): string {
  const first = ranges[0]?.start ?? 0;
  let from = Math.max(0, first - LEAD);
  if (from > 0) from = Math.min(nextWordStart(text, from), first);
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (to < text.length) to = Math.max(previousWordEnd(text, to), Math.min(text.length, ranges[0]?.end ?? 0));
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const range of ranges) {
    if (range.end <= from || range.start >= to) continue;
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    out += `${escapeHtml(text.slice(cursor, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  out += escapeHtml(text.slice(cursor, to));
  return to < text.length ? `${out}…` : out;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Moves forward past the word `index` falls in, so the excerpt does not start mid-word. */
function nextWordStart(text: string, index: number): number {
  const space = text.indexOf(' ', index - 1);
  return space < 0 ? index : space + 1;
}

function previousWordEnd(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space <= 0 ? index : space;
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
