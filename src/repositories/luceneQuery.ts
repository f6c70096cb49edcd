/**
 * Turns a user's search text into Lucene queries for the `entity_search` full-text index
 * (analyzer `standard-folding`: StandardTokenizer, lower case, ASCII folding, English stop words).
 * The user's text is never passed to Lucene as syntax: it is cut into words, and each word is
 * escaped, so any input yields a valid query.
 */

/** Longest search text accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Most distinct words per search: each word becomes up to 26 Lucene clauses (Lucene allows 1024). */
export const MAX_SEARCH_WORDS = 16;

/**
 * The stop words of `standard-folding` (as `db.index.fulltext.listAvailableAnalyzers()` reports
 * them). The analyzer drops them from the index, so they must not become required clauses; a test
 * checks this list against the database.
 */
export const ANALYZER_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/**
 * French elided articles and pronouns. StandardTokenizer keeps `l’identité` as one token
 * (`l'identite` once folded), so a word that starts with a vowel or `h` is also looked for with
 * each elision in front of it: `identite` finds `l’identité` and `d’identité`.
 */
const ELISIONS = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu'];
const ELIDABLE = /^[aeiouyh]/;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** A word as StandardTokenizer sees it (in folded text): letters and digits, apostrophes inside. */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const COMBINING_MARK = /\p{M}/gu;
/** Foldings NFD does not do but Lucene's ASCIIFoldingFilter does (and apostrophe variants). */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = { 'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss', '’': "'", 'ʼ': "'", '‘': "'" };

/** Backslash-escapes every character Lucene's query syntax gives a meaning to. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (special) => `\\${special}`);
}

/** Folded text and, for each of its UTF-16 units, the range of the original text it comes from. */
export interface FoldedText { folded: string; start: number[]; end: number[] }

/**
 * Lower case without accents (NFD, combining marks removed, a few ligatures expanded), keeping a
 * map back to the original text so matches found in the folded text can be marked in the original.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = SPECIAL_FOLDS[char] ?? char.normalize('NFD').replace(COMBINING_MARK, '').toLowerCase();
    for (let unit = 0; unit < piece.length; unit += 1) {
      start.push(index);
      end.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { folded, start, end };
}

export function fold(text: string): string {
  return foldWithOffsets(text).folded;
}

/**
 * The distinct folded words of a search text, in order, without the analyzer's stop words and with
 * French elisions removed (`l'identité` → `identite`).
 */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const [match] of fold(text).matchAll(WORD)) {
    const apostrophe = match.indexOf("'");
    const word = apostrophe > 0 && ELISIONS.includes(match.slice(0, apostrophe)) ? match.slice(apostrophe + 1) : match;
    if (!ANALYZER_STOP_WORDS.has(word) && !words.includes(word)) words.push(word);
  }
  return words;
}

/**
 * Lucene queries for search words (as returned by `searchWords`, at least one): `strict` requires
 * every word as a whole token; `relaxed` (the fallback when strict finds nothing) also accepts a
 * word as a prefix (3+ letters) or with one typo (4+ letters).
 */
export function luceneQueries(words: readonly string[]): { strict: string; relaxed: string } {
  const strict = words.map((word) => `+(${variants(word).join(' OR ')})`);
  const relaxed = words.map((word) => {
    const exact = variants(word);
    const prefixes = word.length >= 3 ? exact.map((variant) => `${variant}*`) : [];
    const typo = word.length >= 4 ? [`${escapeLucene(word)}~1`] : [];
    return `+(${[...exact, ...prefixes, ...typo].join(' OR ')})`;
  });
  return { strict: strict.join(' '), relaxed: relaxed.join(' ') };
}

/** The word and, when French could elide before it, its elided forms; escaped. */
function variants(word: string): string[] {
  const forms = ELIDABLE.test(word) ? [word, ...ELISIONS.map((elision) => `${elision}'${word}`)] : [word];
  return forms.map(escapeLucene);
}
