import { foldChars } from './text';

/**
 * Word-level helpers for theme tagging: tokens of accent- and case-folded text, a light French and
 * English stemmer (plural, feminine and a few verb endings) and the function words a phrase may vary in
 * ("conception de services" = "conception des services").
 */
export interface Word {
  stem: string;
  start: number;
  end: number;
  /** A function word: skipped when phrases are compared. */
  stop: boolean;
  /** Sentence or bracket punctuation between this word and the previous one. */
  broken: boolean;
}

const STOP = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'de', 'des', 'du', 'd', 'et', 'ou', 'a', 'au', 'aux', 'en', 'ce', 'ces', 'cet', 'cette',
  'son', 'sa', 'ses', 'leur', 'leurs', 'nos', 'notre', 'vos', 'votre',
  'the', 'of', 'and', 'or', 'an', 'to', 'for', 'in', 'on', 'its', 'their', 'these', 'this', 'our',
]);

/**
 * Plural and feminine endings ("identités" = "identité", "culturelle" = "culturel", "communities" =
 * "community"), and -ent/-er of long words ("travaillent" = "travailler"). No derivation.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('aux') && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (/[^s][sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 8 && /[^e](ent|er)$/.test(w)) w = w.replace(/(ent|er)$/, '');
  else if (/(el|en|on)(le|ne)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('ive') && w.length > 5) w = `${w.slice(0, -3)}if`;
  // Final e of the feminine ("-ée") and of English words, keeping five letters: "fondé" is not "fonds".
  for (let i = 0; i < 2 && w.length > 5 && w.endsWith('e'); i++) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

/** Words of the text, positions in the text itself (folding keeps precomposed characters one for one). */
export function words(text: string): Word[] {
  const folded = foldChars(text);
  const out: Word[] = [];
  let last = 0;
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    const raw = m[0];
    out.push({ stem: stem(raw), start, end: start + raw.length, stop: STOP.has(raw), broken: out.length > 0 && /[.;:!?()•«»\[\]]/.test(folded.slice(last, start)) });
    last = start + raw.length;
  }
  return out;
}

/** The stems of a name's content words, with the breaks a match must reproduce. */
export function phrase(name: string): Array<{ stem: string; broken: boolean }> {
  const all = words(name);
  const content: Array<{ stem: string; broken: boolean }> = [];
  let broken = false;
  for (const w of all) {
    broken ||= w.broken;
    if (w.stop) continue;
    content.push({ stem: w.stem, broken: content.length > 0 && broken });
    broken = false;
  }
  return content;
}

/** Whether `inner` occurs as consecutive stems inside `outer`. */
export function containsPhrase(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((s, j) => outer[i + j] === s)) return true;
  return false;
}
