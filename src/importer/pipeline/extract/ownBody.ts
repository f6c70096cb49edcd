import type { ExtractedAttendee } from '../types';
import { escapeRegExp } from '../../text';
import { foldKey } from '../text/words';

/**
 * The names the minutes' own body goes by in their title: an acronym in parentheses ("Technical
 * Steering Committee (TSC)") and the initials of a run of three or more capitalised words.
 */
export function ownBodyNames(title: string | null): Set<string> {
  const names = new Set<string>();
  if (!title) return names;
  for (const match of title.matchAll(/\(([\p{Lu}][\p{Lu}\p{Ll}&-]{1,9})\)/gu)) names.add(foldKey(match[1] ?? ''));
  for (const run of title.matchAll(/(?:\p{Lu}[\p{L}'’-]*\s+){2,}\p{Lu}[\p{L}'’-]*/gu)) {
    names.add(foldKey(run[0].split(/\s+/u).map((word) => word.charAt(0)).join('')));
  }
  return names;
}

/**
 * "Ines Carvalho @inescarv (TSC) - Northbeam": a member marked with the body's own name is a member
 * of it; the body is no affiliation of theirs, the organisation after it is.
 */
export function withoutOwnBody(attendees: ExtractedAttendee[], title: string | null): ExtractedAttendee[] {
  const own = ownBodyNames(title);
  if (own.size === 0) return attendees;
  return attendees.map((attendee) => {
    if (attendee.name === null || attendee.affiliation === null) return attendee;
    const parts = attendee.affiliation.split(/\s*,\s*/u);
    // (Written after a comma — "directeur général, OBVRS" — it is the organisation the staff work for.)
    const marked = (part: string) => own.has(foldKey(part)) && new RegExp(String.raw`\(${escapeRegExp(part)}\s*[,)]`, 'u').test(attendee.quote);
    const kept = parts.filter((part) => !marked(part));
    return kept.length === parts.length ? attendee : { ...attendee, affiliation: kept.length > 0 ? kept.join(', ') : null };
  });
}
