import * as chrono from 'chrono-node';

export type DateLanguage = 'en' | 'fr';

/** A full written date: `date` as YYYY-MM-DD; `start`/`end` its character span in the text. */
export interface FoundDate {
  date: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Every full date (day, month and a written four-digit year) in the text, in order, read by
 * chrono-node in English or French: `May 16, 2018`, `September 24th, 2020`, `le 24 septembre 2020`,
 * `2018-05-16`. A day and month without a year (`15 juillet`) is not a date here: callers must
 * not invent the year. Numeric dates follow chrono's reading for the language (en: 5/6/2018 is
 * May 6; fr: 6 May). The span ends at the year: a time written after it is not part of the quote.
 */
export function findDates(text: string, lang: DateLanguage): FoundDate[] {
  const found: FoundDate[] = [];
  // "February 22–23, 2025": a range of days written with an en dash reads as the hyphenated one (same length, same offsets).
  for (const result of chrono[lang].parse(sameLengthRanges(text))) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    // "Meeting 2023-24/07", "No 2024-031": a numeric date must be a whole token shaped like one.
    if (!/\p{L}/u.test(result.text) && !isNumericDate(result.text, text.charAt(result.index + result.text.length))) continue;
    const year = start.get('year');
    const written = yearEnd(result.text, year);
    if (written === null) continue; // chrono "knows" the year of relative phrases (`de 9 h`); require it written
    const date = `${year}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
    const dateText = text.slice(result.index, result.index + written);
    found.push({ date, text: dateText, start: result.index, end: result.index + dateText.length });
  }
  return found;
}

/**
 * Day ranges rewritten as the hyphenated form chrono reads as starting on the first day, keeping
 * every offset: "February 22–23, 2025", "Les 3 et 4 avril 2025", "June 3 and 4, 2025".
 */
function sameLengthRanges(text: string): string {
  return text
    .replace(/(?<=\d\s?)[–—](?=\s?\d)/gu, '-')
    .replace(/(?<=\b\d{1,2}) (et|and) (?=\d{1,2}\b)/gu, (words) => ` -${' '.repeat(words.length - 2)}`);
}

/** The first full date in the text (YYYY-MM-DD), or null when none is written with its year. */
export function parseMeetingDate(text: string, lang: DateLanguage): string | null {
  return findDates(text, lang)[0]?.date ?? null;
}

/** Where the date text ends: after its year, or after the day of an ISO date; null if no year is written. */
function yearEnd(text: string, year: number | null): number | null {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(text);
  if (iso) return iso[0].length;
  const match = new RegExp(`\\b${year}\\b`).exec(text);
  return match ? match.index + match[0].length : null;
}

function isNumericDate(written: string, after: string): boolean {
  return /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/u.test(written.trim()) && !/[\d/]/u.test(after);
}

function pad(value: number | null): string {
  return String(value ?? 0).padStart(2, '0');
}
