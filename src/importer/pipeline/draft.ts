import { createHash } from 'node:crypto';
import type { AttendanceSpec, Evidence } from '../../ingest/SeedDocument';
import { fold as foldSpaces } from '../../ingest/SourceText';
import { AffiliationResolver } from '../AffiliationResolver';
import type { ThemeTagger } from '../ThemeTagger';
import { escapeRegExp, slugify } from '../text';
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

/** A date in a file name, "2018-06-13.md" or "2018-06-13 Meeting Minutes.md". */
const FILE_DATE = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/;

/** Owners that name the meeting's own members as a whole. */
const COLLECTIVE_OWNER = /^(?:all\s+)?(?:the\s+)?(?:(?:wg|working group|group|committee|board|council)\s+)?(?:members|working groups?|group|everyone|all)$|^(?:tous les membres|les membres|le groupe|tous)$/i;

/** "Jim:", "Jim Cowie -", "(Jim)" opening a speaker's turn. */
const SPEAKER_LABEL = (speaker: string) => new RegExp(`^\\(?${escapeRegExp(speaker)}\\)?\\s*[:\\-–—]?\\s*`, 'i');

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
  // Minutes that state no full date are often filed under one ("2018-06-13.md"): taken from there, as inferred.
  const fileDate = extraction.date ? undefined : FILE_DATE.exec(options.fileName)?.[1];
  const date = extraction.date ?? fileDate;
  const meetingId = `mtg-${slug(body.replace(/^body-/, ''), 40)}-${date ?? createHash('sha256').update(read.source.text).digest('hex').slice(0, 8)}`;
  const draftedBodies = knownBody ? [] : [{ id: body, name: bodyName, review: [`"${bodyName}" names no known body: drafted as a new committee`] }];
  if (!date) notes.push('the minutes state no full date (day, month and year): the meeting is undated');
  const meetingInferences = fileDate ? [{ field: 'date', reason: `The minutes state no full date; it is taken from the file name (${options.fileName}).` }] : undefined;

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

  const items = itemsByHeading(read, meetingId, local, evidence);
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
    // "Members", "all working groups", "the group": the body whose minutes these are.
    const owners = action.owners.map((owner) => (COLLECTIVE_OWNER.test(owner.trim()) ? body : names.owner(owner)));
    const review = owners.length === 0 ? ['no owner is written: the meeting\'s body is taken as owner'] : [];
    const inferred = owners.length === 0 ? [{ field: 'owners', reason: 'No owner is written; the body whose minutes these are is taken as owner.' }] : undefined;
    const by = action.due ? parseMeetingDate(action.due, language) ?? undefined : undefined;
    const draftAction: DraftAction = {
      id: `${meetingId}-action-${index + 1}`, number: String(index + 1), text: local(recordText(action.lines)),
      owners: owners.length > 0 ? [...new Set(owners)] : [body], status: 'OPEN',
      due: action.due ? { text: local(action.due), by } : undefined, themes: tag(action.text),
      evidence: evidence(action.lines), line: action.lines[0], review, inferred,
    };
    item.actionItems.push(draftAction);
  });
  // The summary starts where the speaker's words do: no list marker, no "Name:" label. A label with no words ("* Adam:") is no statement.
  const wordsOf = (text: string, speaker: string) =>
    text.replace(/^(?:[*•+\-–]\s+)?/, '').replace(SPEAKER_LABEL(speaker), '').replace(/^[*•+\-–]\s+/, '').trim();
  const spoken = extraction.statements
    .map((statement) => { const text = quote(statement.lines); return { statement, text, words: wordsOf(text, statement.speaker) }; })
    .filter(({ words }) => words !== '');
  spoken.forEach(({ statement, text, words }, index) => {
    const item = itemAt(statement.lines[0]);
    const speaker = names.mentioned(statement.speaker);
    const spokenFor = attendance.find((a) => a.person === speaker.id && a.onBehalfOf)?.onBehalfOf;
    if (!speaker.listed && !attendance.some((a) => a.person === speaker.id)) {
      attendance.push({ person: speaker.id, role: 'SPEAKER', listed: false, agendaItem: item.id, evidence: evidence(statement.lines), review: ['speaks but is on no attendance list'] });
    }
    const firstSentence = /^.*?[.!?](\s|$)/.exec(words)?.[0]?.trim() ?? words.slice(0, 200);
    const draftStatement: DraftStatement = {
      id: `${meetingId}-statement-${String(index + 1).padStart(2, '0')}`, speaker: speaker.id, onBehalfOf: spokenFor,
      attributionText: statement.speaker, type: /\?$|^(?:asked|asks|demande)\b/i.test(firstSentence) ? 'QUESTION' : 'REMARK',
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
    sourceTitle: local(title),
    meeting: { id: meetingId, body, date, title: local(title), evidence: headerEvidence(read, extraction, language, evidence), inferred: meetingInferences, review: [] },
    people: [...names.people.values()], attendance, items: renumber(items.filter((item) => hasRecords(item))), notes,
    newBodies: draftedBodies, newOrganizations: [...names.organizations.values()],
  };
}

/** Items keep their ids and the numbers their headings print; the others are numbered in the kept order. */
function renumber(items: DraftItem[]): DraftItem[] {
  const taken = new Set(items.map((item) => item.number).filter(Boolean));
  let next = 0;
  return items.map((item) => {
    if (item.number) return item;
    do next++; while (taken.has(String(next)));
    return { ...item, number: String(next) };
  });
}

function hasRecords(item: DraftItem): boolean {
  return item.decisions.length + item.actionItems.length + item.statements.length > 0;
}

/** "2.", "3)", "4.1", "B." opening a heading: the item's number as the minutes print it. */
const PRINTED_NUMBER = /^((?:\d{1,2}(?:\.\d{1,2})*|[A-Z])[.)]?)\s+(?=\S)/;

/**
 * One agenda item per heading (and one for what precedes the first), in document order, with the
 * heading as its evidence; a number the heading prints is the item's number, not part of its title.
 */
function itemsByHeading(read: ReadDocument, meetingId: string, local: (text: string) => { en?: string; fr?: string }, evidence: (range: LineRange) => Evidence): DraftItem[] {
  const headings = read.blocks.filter((b) => b.kind === 'heading');
  const item = (n: number, heading: string, start: number, quoted?: Evidence): DraftItem => {
    const printed = PRINTED_NUMBER.exec(heading);
    return {
      id: `${meetingId}-item-${n}`, number: printed ? (printed[1] as string).replace(/[.)]$/, '') : '', title: local(printed ? heading.slice(printed[0].length) : heading),
      themes: [], start, end: start, hasTab: false, evidence: quoted, decisions: [], actionItems: [], statements: [], review: [],
    };
  };
  return [item(0, 'Minutes', 1), ...headings.map((h, index) => item(index + 1, h.text, h.lines[0], evidence(h.lines)))];
}

/** The lines at the top that state the meeting's title and date (the title's block, and the date's when it follows closely). */
function headerEvidence(read: ReadDocument, extraction: Extraction, language: 'en' | 'fr', evidence: (range: LineRange) => Evidence): Evidence | undefined {
  const top = read.blocks.flatMap((b) => (b.kind !== 'tableRow' && b.lines[0] <= 15 ? [b] : []));
  const titleBlock = extraction.title ? top.find((b) => b.text.trim() === extraction.title?.trim()) : undefined;
  const dateBlock = extraction.date ? top.find((b) => parseMeetingDate(b.text, language) === extraction.date) : undefined;
  const blocks = [titleBlock, dateBlock].filter((b): b is NonNullable<typeof b> => b !== undefined);
  if (blocks.length === 0) return undefined;
  const first = Math.min(...blocks.map((b) => b.lines[0]));
  const last = Math.max(...blocks.map((b) => b.lines[1]));
  return last - first <= 6 ? evidence([first, last]) : evidence(blocks[0]!.lines);
}
