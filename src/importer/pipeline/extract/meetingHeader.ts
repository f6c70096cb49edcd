import { findDates } from '../../read/meetingDates';
import type { Section } from '../types';
import { plainLine, wordRegExp } from '../text/words';

// A heading that is only the record's name ("Procès-verbal", "Minutes of Proceedings"), over the date.
const MINUTES_HEADING = /^(?:minutes|procès-verbal|proces-verbal|compte rendu|compte-rendu|minutes of proceedings|record of decisions)$/iu;
function titledByMinutes(section: Section): boolean {
  return section.heading?.kind === 'heading' && MINUTES_HEADING.test(section.heading.text);
}

// A line that names the record itself ("Minutes of the Regular Meeting …", "Procès-verbal de la séance …").
const MINUTES_WORD = wordRegExp(String.raw`\b(?:minutes|procès-verbal|proces-verbal|compte rendu|compte-rendu|record of decisions|notes of|meeting notes|meeting|réunion|séance|rencontre)\b`, 'iu');

export interface MeetingHeader {
  title: string | null;
  date: string | null;
  /** Lines the title and the date were read from (not unread). */
  lines: number[];
}

/**
 * Title and date from the header sections. Title: the first header line naming the minutes, else
 * the first header heading (a lexicon heading such as "Attendees" is never in the header, so it is
 * never a title). Date: the first full date (day, month, year) written in the header, read in the
 * document's language first; a day and month without a year is no date.
 */
export function readMeetingHeader(sections: Section[], source: string[], language: 'en' | 'fr'): MeetingHeader {
  // Unclassified text between the title and the first list ("Séance ordinaire …, tenue le mardi 2 avril 2024")
  // may carry the date; it is read after the header proper.
  // ("Procès-verbal", "Minutes" as a heading of its own over the date: the title, not the first item.)
  const firstContent = sections.findIndex((section) => section.kind !== 'header' && section.kind !== 'other' && !titledByMinutes(section));
  const opening = sections.slice(0, firstContent < 0 ? sections.length : firstContent);
  const lines = [...opening.filter((section) => section.kind === 'header'), ...opening.filter((section) => section.kind === 'other' || (section.kind !== 'header' && titledByMinutes(section)))]
    .flatMap((section) => [section.heading, ...section.blocks])
    .flatMap((block) => {
      if (!block) return [];
      // A title wrapped over lines is read whole; other blocks line by line (title, then date, then place).
      if (block.kind === 'heading' && block.lines[1] > block.lines[0]) return [{ number: block.lines[0], text: block.text }];
      return range(block.lines[0], block.lines[1]).map((number) => ({ number, text: titleText(source[number - 1] ?? '') }));
    })
    .filter((line) => line.text !== '');
  const headings = new Set(sections.filter((section) => section.kind === 'header' && section.heading).map((section) => section.heading?.lines[0]));
  const headerLines = new Set(sections.filter((section) => section.kind === 'header').flatMap((section) => [section.heading, ...section.blocks]).flatMap((block) => (block ? range(block.lines[0], block.lines[1]) : [])));
  const inHeader = lines.filter((line) => headerLines.has(line.number));
  const titleLine = inHeader.find((line) => MINUTES_WORD.test(line.text)) ?? inHeader.find((line) => headings.has(line.number));
  const dated = firstMeetingDate(lines, language) ?? firstMeetingDate(earlyLines(sections, source), language);
  const used = [titleLine?.number, dated?.line.number].filter((number): number is number => number !== undefined);
  return { title: titleLine?.text ?? null, date: dated?.date?.date ?? null, lines: used };
}

// What a header date is about when it is not this meeting: the page's posting or the e-mail's sending, a news
// release, the previous or next meeting, the meeting that adopted these minutes.
const ANOTHER_DATE = wordRegExp(String.raw`\b(?:posted|published|publié|release|communiqué|distr|distributed|issued|sent|envoyé|updated|mis à jour|last modified|revised|révisé|previous|précédente|next|prochaine|(?:adopted|approved|adopté|approuvé)e?s?\s+(?:at|on|by|le|lors|à|par))\b`, 'iu');

interface HeaderLine { number: number; text: string }

/** The first full date on these lines that is not about something else, read in the document's language first. */
function firstMeetingDate(lines: HeaderLine[], language: 'en' | 'fr') {
  const other = language === 'en' ? 'fr' : 'en';
  for (const line of lines) {
    const found = [...findDates(line.text, language), ...findDates(line.text, other)]
      .find((date) => !ANOTHER_DATE.test(line.text.slice(0, date.start).split(/[.;|]\s/u).pop() ?? ''));
    if (found) return { line, date: found };
  }
  return undefined;
}

/**
 * Without a date in the header: the lines before the first decision, action, agenda, numbered item or
 * discussion after the roll, where a date written under a heading of its own ("19 November 2025",
 * "Summary of Discussion – Meeting of …", "Date and place") or in the first paragraph stands.
 */
function earlyLines(sections: Section[], source: string[]): HeaderLine[] {
  const rollAt = sections.findIndex((section) => section.kind === 'attendance' || section.kind === 'regrets');
  const end = sections.findIndex((section, index) => ['decisions', 'actions', 'agenda'].includes(section.kind)
    || (section.kind === 'discussion' && (/^\s*\d+[.)]\s/u.test(section.heading && 'text' in section.heading ? section.heading.text : '') || (rollAt >= 0 && index > rollAt))));
  const lines = sections.slice(0, end < 0 ? sections.length : end).flatMap((section) => range(section.lines[0], section.lines[1]));
  return lines.map((number) => ({ number, text: titleText(source[number - 1] ?? '') })).filter((line) => line.text !== '');
}

/** The line as written, without markdown marks but with its own spacing ("Rules -  2018-08-01"). */
function titleText(line: string): string {
  if (/^\s*\[[^\]]*\]\([^)]*\)\s*$/u.test(line)) return ''; // a lone link ("[Français](…)") is navigation, not a title
  return line.replace(/^\s*#{1,6}\s+/u, '').replace(/\*\*|__/g, '').trim() || plainLine(line);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
