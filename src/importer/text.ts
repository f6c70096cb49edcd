/**
 * Text helpers shared by the importer. `foldKey` is the comparison form used for every
 * bilingual match: accents removed, lower case, typographic apostrophes and dashes unified,
 * white space folded.
 */
import { fold } from '../ingest/SourceText';

export function foldKey(text: string): string {
  return fold(foldChars(text));
}

/** Like foldKey but keeps every character position (no trimming or white-space folding). */
export function foldChars(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .toLowerCase();
}

/** White space folded exactly as the evidence check compares quotes (one rule, so they cannot drift). */
export { fold as foldSpace } from '../ingest/SourceText';

/** Lowercase ASCII slug: `Richard Dalpé` → `richard-dalpe`. */
export function slugify(text: string): string {
  return foldKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Joins lines the PDF layout broke; a line ending in a hyphen is glued to the next one. */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (/\p{L}-$/u.test(out)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

/** Regular-expression escape for literal text. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const STOP = new Set([
  'les', 'des', 'une', 'est', 'pour', 'par', 'sur', 'dans', 'avec', 'que', 'qui', 'aux', 'du', 'de', 'la', 'le', 'et', 'en',
  'the', 'and', 'for', 'with', 'that', 'this', 'are', 'was', 'from', 'its', 'of', 'to', 'in', 'on', 'by', 'an', 'a', 'is',
]);

/** Content words (folded, stemmed to six letters) for comparing two passages. */
export function contentWords(text: string): Set<string> {
  const words = foldKey(text).split(/[^a-z0-9]+/).filter((w) => (w.length >= 3 || /^\d+$/.test(w)) && !STOP.has(w));
  return new Set(words.map((w) => w.slice(0, 6)));
}

const FR_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The first full date in the text (`24 septembre 2020`, `September 24, 2020`, `24 September 2020`) as YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
  const folded = foldKey(text);
  const months = [...FR_MONTHS, ...EN_MONTHS].join('|');
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:er)? (${months}),? (\\d{4})\\b`).exec(folded);
  const monthFirst = new RegExp(`\\b(${months}) (\\d{1,2}),? (\\d{4})\\b`).exec(folded);
  const pick = dayFirst && (!monthFirst || dayFirst.index <= monthFirst.index)
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
    : monthFirst ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3] } : undefined;
  if (!pick || !pick.day || !pick.month || !pick.year) return undefined;
  const index = Math.max(FR_MONTHS.indexOf(pick.month), EN_MONTHS.indexOf(pick.month));
  return `${pick.year}-${String(index + 1).padStart(2, '0')}-${pick.day.padStart(2, '0')}`;
}
