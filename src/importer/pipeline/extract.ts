import { extractActions } from './extract/actions';
import { extractAttendance } from './extract/attendance';
import { extractDecisions } from './extract/decisions';
import { readMeetingHeader } from './extract/meetingHeader';
import { extractStatements } from './extract/statements';
import { findUnread } from './extract/unread';
import { withoutOwnBody } from './extract/ownBody';
import { KnownNames } from './text/personNames';
import type { Extraction, StructuredDocument } from './types';

/**
 * EXTRACT: what a structured document states, before names are resolved against the graph — title
 * and date, attendance, decisions (motions that carried and prose decisions), action items,
 * statements with their speaker — each with the source lines it was read from; and, as `unread`,
 * every line no rule read, with the reason. Sections of kind 'other' are not mined. Items are in
 * document order within each list.
 */
export function extract(doc: StructuredDocument): Extraction {
  const source = doc.read.source.lines;
  const header = readMeetingHeader(doc.sections, source, doc.language);
  const attendance = withoutOwnBody(extractAttendance(doc.sections, doc.language), header.title);
  // ("Jean-Philippe Auclair [JPA]": the initials a list gives a member answer for that member too.)
  const tags = attendance.flatMap((attendee) => attendee.lines[0] !== attendee.lines[1] || attendee.name === null ? []
    : [...(source[attendee.lines[0] - 1] ?? '').matchAll(/\[(\p{Lu}{2,5})\]/gu)].map((tag) => tag[1] ?? ''));
  const names = new KnownNames([...attendance.flatMap((attendee) => (attendee.name === null ? [] : [attendee.name])), ...tags]);
  const { statements, inPassage } = extractStatements(doc.sections, names, source);
  const { decisions, defeated, consumed, decided } = extractDecisions(doc.sections, source);
  const actionItems = extractActions(doc.sections, { names, source, language: doc.language, inPassage, consumed, decided });
  const found = { date: header.date, title: header.title, attendance, decisions, actionItems, statements };
  return { ...found, unread: findUnread(doc, found, { headerLines: header.lines, defeated }) };
}
