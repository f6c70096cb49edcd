import { createHash } from 'node:crypto';
import type { AttendanceSpec } from '../../ingest/SeedDocument';
import { fold as foldSpaces } from '../../ingest/SourceText';
import { AffiliationResolver } from '../AffiliationResolver';
import type { ThemeTagger } from '../ThemeTagger';
import { slugify } from '../text';
import type { Draft, DraftAction, DraftAttendance, DraftItem, DraftStatement } from '../types';
import { parseMeetingDate } from '../read/meetingDates';
import type { LineRange, ReadDocument } from '../read/types';
import { NameResolver } from './resolve';
import type { ExtractedRole, Extraction } from './types';

/**
 * DRAFT stage: an extraction, resolved, as a seed draft (the writer is DraftWriter). Evidence is
 * always the source lines themselves, so every quote is verbatim; records go under the heading
 * they follow (one agenda item per heading that has records).
 */
export interface DraftOptions {
  reference: AffiliationResolver;
  tagger?: ThemeTagger;
  /** The source text's path as the draft will cite it (relative to the draft). */
  sourcePath: string;
  /** SHA-256 of the bytes at `sourcePath`. */
  sha256: string;
  /** File name, for ids when the minutes name neither body nor date. */
  fileName: string;
  language: 'en' | 'fr';
  /** The body whose minutes these are, when the user knows it (a reference id or name). */
  body?: string;
}

/** Words that name a body in a heading ("… Neighbourhood Council", "Groupe de travail …"). */
const BODY_WORDS = /\b(council|board|committee|working group|table|commission|conseil|comité|groupe de travail|table)\b/i;

/** A slug cut at `max` characters without a dangling dash (ids must stay valid). */
function slug(text: string, max: number): string {
  return slugify(text).slice(0, max).replace(/-+$/, '');
}

const ROLE: Record<Exclude<ExtractedRole, 'REGRETS'>, AttendanceSpec['role']> = {
  MEMBER: 'MEMBER', CHAIR: 'CHAIR', CO_CHAIR: 'CO_CHAIR', SECRETARIAT: 'SECRETARIAT', OBSERVER: 'OBSERVER', GUEST: 'GUEST', PRESENTER: 'PRESENTER',
};

export function draftFromExtraction(read: ReadDocument, extraction: Extraction, options: DraftOptions): Draft {
  const { language } = options;
  const lines = read.source.lines;
  const quote = (range: LineRange) => foldSpaces(lines.slice(range[0] - 1, range[1]).join('\n'));
  // A record's text without the list marker its line starts with; the evidence keeps the line as written.
  const recordText = (range: LineRange) => quote(range).replace(/^(?:[*•+\-–]|#+)\s+/, '');
  const evidence = (range: LineRange) => ({ quote: quote(range), lines: range });
  const local = (text: string) => (language === 'fr' ? { fr: text } : { en: text });
  const names = new NameResolver(options.reference);
  const notes: string[] = [];

  const title = extraction.title ?? options.fileName.replace(/\.[a-z]+$/i, '');
  const headings = read.blocks.filter((block) => block.kind === 'heading').slice(0, 3).map((block) => block.text);
  const candidates = [...headings, title];
  const givenBody = options.body ? options.reference.body(options.body) : undefined;
  if (options.body && !givenBody) throw new Error(`--body ${options.body}: no body of the reference data has this id or name`);
  const knownBody = givenBody ?? candidates.map((text) => options.reference.findBody(text)).find(Boolean);
  const bodyName = candidates.find((text) => BODY_WORDS.test(text))?.replace(/\s*[-–—:,]\s*(minutes|procès-verbal|compte rendu).*$/i, '').trim()
    ?? (title.replace(/\b(meeting\s+)?minutes\b|procès-verbal|compte rendu|\d{4}-\d{2}-\d{2}|[-–—:]\s*$/gi, '').trim() || title);
  const body = knownBody?.id ?? `body-${slug(bodyName, 50) || 'unnamed'}`;
  const meetingId = `mtg-${slug(body.replace(/^body-/, ''), 40)}-${extraction.date ?? createHash('sha256').update(read.source.text).digest('hex').slice(0, 8)}`;
  const draftedBodies = knownBody ? [] : [{ id: body, name: bodyName, review: [`"${bodyName}" names no known body: drafted as a new committee`] }];
  if (!extraction.date) notes.push('the minutes state no full date (day, month and year): the meeting is undated');

  const attendance: DraftAttendance[] = [];
  const seen = new Set<string>();
  for (const entry of extraction.attendance) {
    if (entry.role === 'REGRETS') { notes.push(`regrets (not attending): ${entry.name ?? entry.affiliation} (line ${entry.lines[0]})`); continue; }
    if (!entry.name) { notes.push(`an attendance entry names only an organization: ${entry.affiliation} (line ${entry.lines[0]})`); continue; }
    const person = names.listed(entry.name);
    const role = ROLE[entry.role];
    if (seen.has(`${person.id}|${role}`)) continue;
    seen.add(`${person.id}|${role}`);
    const party = entry.affiliation ? names.affiliation(entry.affiliation) : undefined;
    attendance.push({
      person: person.id, role, onBehalfOf: party?.id, listed: true, attributionText: entry.affiliation ?? undefined,
      evidence: evidence(entry.lines), review: party?.review ? [party.review] : [],
    });
  }

  const items = itemsByHeading(read, meetingId, local);
  const itemAt = (line: number) => [...items].reverse().find((item) => item.start <= line) ?? items[0]!;
  const tag = (text: string) => options.tagger?.tag(text) ?? [];

  extraction.decisions.forEach((decision, index) => {
    const item = itemAt(decision.lines[0]);
    const motion = decision.motion ? [`motion: ${JSON.stringify(decision.motion)}`] : [];
    item.decisions.push({
      id: `${meetingId}-decision-${index + 1}`, number: String(index + 1), text: local(recordText(decision.lines)), themes: tag(decision.text),
      evidence: evidence(decision.lines), line: decision.lines[0], review: ['unnumbered in the minutes: numbered in document order', ...motion],
    });
  });
  extraction.actionItems.forEach((action, index) => {
    const item = itemAt(action.lines[0]);
    const owners = action.owners.map((owner) => names.owner(owner));
    const review = owners.length === 0 ? ['no owner is written: the meeting\'s body is taken as owner'] : [];
    const by = action.due ? parseMeetingDate(action.due, language) ?? undefined : undefined;
    const draftAction: DraftAction = {
      id: `${meetingId}-action-${index + 1}`, number: String(index + 1), text: local(recordText(action.lines)),
      owners: owners.length > 0 ? [...new Set(owners)] : [body], status: 'OPEN',
      due: action.due ? { text: local(action.due), by } : undefined, themes: tag(action.text),
      evidence: evidence(action.lines), line: action.lines[0], review,
    };
    item.actionItems.push(draftAction);
  });
  extraction.statements.forEach((statement, index) => {
    const item = itemAt(statement.lines[0]);
    const speaker = names.mentioned(statement.speaker);
    const spokenFor = attendance.find((a) => a.person === speaker.id && a.onBehalfOf)?.onBehalfOf;
    if (!speaker.listed && !attendance.some((a) => a.person === speaker.id)) {
      attendance.push({ person: speaker.id, role: 'SPEAKER', listed: false, agendaItem: item.id, evidence: evidence(statement.lines), review: ['speaks but is on no attendance list'] });
    }
    const text = quote(statement.lines);
    const firstSentence = /^.*?[.!?](\s|$)/.exec(text)?.[0]?.trim() ?? text.slice(0, 200);
    const draftStatement: DraftStatement = {
      id: `${meetingId}-statement-${String(index + 1).padStart(2, '0')}`, speaker: speaker.id, onBehalfOf: spokenFor,
      attributionText: statement.speaker, type: /\?|\basked\b|\bdemande\b/i.test(text) ? 'QUESTION' : 'REMARK',
      summary: { en: language === 'en' ? firstSentence : `[fr] ${firstSentence}` }, themes: tag(text),
      evidence: evidence(statement.lines), line: statement.lines[0], review: [],
    };
    item.statements.push(draftStatement);
  });
  if (extraction.unread.length > 0) {
    notes.push(`lines no rule read: ${extraction.unread.map((u) => (u.lines[0] === u.lines[1] ? u.lines[0] : `${u.lines[0]}-${u.lines[1]}`)).join(', ')}`);
  }

  return {
    sourceId: `src-${meetingId.replace(/^mtg-/, '')}-${language}`, sourcePath: options.sourcePath,
    sha256: options.sha256, language,
    sourceTitle: local(title), meeting: { id: meetingId, body, date: extraction.date ?? undefined, title: local(title), review: [] },
    people: [...names.people.values()], attendance, items: renumber(items.filter((item) => hasRecords(item))), notes,
    newBodies: draftedBodies, newOrganizations: [...names.organizations.values()],
  };
}

/** Items keep their ids; their printed numbers follow the kept order. */
function renumber(items: DraftItem[]): DraftItem[] {
  return items.map((item, index) => ({ ...item, number: String(index + 1) }));
}

function hasRecords(item: DraftItem): boolean {
  return item.decisions.length + item.actionItems.length + item.statements.length > 0;
}

/** One agenda item per heading (and one for what precedes the first), in document order. */
function itemsByHeading(read: ReadDocument, meetingId: string, local: (text: string) => { en?: string; fr?: string }): DraftItem[] {
  const headings = read.blocks.filter((b) => b.kind === 'heading');
  const item = (n: number, title: string, start: number): DraftItem => ({
    id: `${meetingId}-item-${n}`, number: String(n), title: local(title), themes: [], start, end: start, hasTab: false,
    decisions: [], actionItems: [], statements: [], review: [],
  });
  return [item(0, 'Minutes', 1), ...headings.map((h, index) => item(index + 1, h.text, h.lines[0]))];
}
