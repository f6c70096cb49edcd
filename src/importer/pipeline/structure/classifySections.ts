import type { Block } from '../../read/types';
import { findDates } from '../../read/meetingDates';
import type { ExtractedRole, Section, SectionKind } from '../types';
import type { EntryOptions } from '../patterns/attendeeEntry';
import { isLabelledDecision } from '../patterns/decisionProse';
import { opensMotion } from '../patterns/motions';
import { roleOf } from '../patterns/entryParts';
import { entriesOfBlock, listOptions } from '../patterns/peopleList';
import { type TaskColumns, fieldCells, fieldHeaderColumns, opensWithTaskField } from '../patterns/taskFields';
import { KnownNames } from '../text/personNames';
import { wordCount, wordRegExp } from '../text/words';
import { contentKind, isActionLike, isNameEntry, isNameList } from './contentKind';
import { holdsNotesTable } from './notesTables';
import { isNumberedHeading, lookUpHeading, lookUpListLabel } from './headingLexicon';
import type { DraftSection, HeadingBlock } from './splitSections';

interface Pending {
  heading?: HeadingBlock;
  blocks: Block[];
  level: number;
  /** Undefined until known: then decided by content once the attendee names are known. */
  kind?: SectionKind;
  role?: ExtractedRole;
}

// A heading that states the meeting (a minutes title or a date) belongs to the document header.
const MINUTES_WORD = wordRegExp(String.raw`\b(?:minutes|procès-verbal|proces-verbal|compte rendu|record of|meeting|réunion|séance|rencontre)\b`, 'iu');
const RECORD_TITLE = /\b(?:record|records|relevé|registre)\s+(?:of|des)\s+d[ée]cisions?\b/iu;
// Leading short paragraphs (place, date, time) stay in the header; a longer one starts the body.
const HEADER_BLOCK_WORDS = 25;

/**
 * Kinds and roles of the sections: the header (title, date, place), then by heading (lexicon,
 * numbered agenda item, sub-heading of a discussion) or label, else by content. People and action
 * lists end where their entries stop looking like entries; the rest is a section of its own.
 */
const VISITING = new Set<ExtractedRole>(['OBSERVER', 'GUEST', 'PRESENTER']);

export function classifySections(drafts: DraftSection[], language: 'en' | 'fr', source: string[]): Section[] {
  const pending: Pending[] = [];
  const parents: { level: number; kind?: SectionKind; role?: ExtractedRole; holdsGroups?: boolean }[] = [];
  let inHeader = true;
  drafts.forEach((draft, index) => {
    // "BOARD:" over its members: a label (it ends with a colon) may be the body's own name for them.
    const looked = draft.label ?? (draft.heading ? lookUpHeading(draft.heading.text) ?? (/:\s*$/u.test(draft.heading.text) ? lookUpListLabel(draft.heading.text) : null) : null);
    // ("2. Record of decisions — January 28, 2025": an agenda item approving an earlier meeting's record; "Record of Decisions –
    // Federal-Provincial-Territorial Meeting of …": the document's title. Neither heads a list of decisions.)
    const heading = draft.heading?.text ?? '';
    const record = looked?.kind === 'decisions' && RECORD_TITLE.test(heading);
    const earlierRecord = record && (isNumberedHeading(heading) || findDates(heading, language).length > 0 || wordCount(heading) > 5);
    const meaning = earlierRecord ? null : looked;
    // ("Record of Decisions" as the document's own title: the header, unlike the same heading over a list further down.)
    inHeader = inHeader && (!meaning || record) && isHeaderLike(draft, index, drafts);
    if (inHeader) return pending.push(...splitHeader(draft));
    // A numbered heading is an agenda item discussed; an unknown sub-heading of a discussion is part of it.
    const numbered = draft.heading !== undefined && isNumberedHeading(draft.heading.text);
    // "**Présents :**" then "Enseignant(e)s :" over names, "Parents d'élèves :" over more: unknown labels right under a
    // people heading, written at its level, are its groups until another kind of heading comes.
    const previous = drafts[index - 1];
    const top = parents[parents.length - 1];
    if (top && isPeopleKind(top.kind) && previous?.heading && previous.blocks.length === 0 && /:\s*$/u.test(draft.heading?.text ?? '') && !meaning) top.holdsGroups = true;
    // (Prose under the last group ends them: the minutes have gone on to an item.)
    const grouping = parents.findIndex((parent) => parent.holdsGroups === true);
    if (grouping >= 0 && previous?.blocks.some((block) => block.kind !== 'tableRow' && wordCount(block.text) > 20)) parents.splice(grouping);
    const groupLabel = !meaning && !numbered && /:\s*$/u.test(draft.heading?.text ?? '');
    while (draft.heading && parents.length > 0 && (parents[parents.length - 1]?.level ?? 0) >= draft.level) {
      if (groupLabel && parents[parents.length - 1]?.holdsGroups === true) break;
      parents.pop();
    }
    // An agenda item ends the attendance part, however deep its heading: no later heading is a group of those lists.
    if (numbered) for (let index = parents.length - 1; index >= 0; index -= 1) if (isPeopleKind(parents[index]?.kind)) parents.splice(index, 1);
    const parent = parents[parents.length - 1];
    // "### Ontario", "### Ville de Québec" under "## Participants": a group of the list above, in its role.
    // A table after a label line ("Coprésidence : Canada et Yukon") under "## Participants" is still that heading's list.
    const listTable = draft.heading === undefined && (draft.blocks[0]?.kind === 'tableRow' || labelledPeople(draft.blocks[0]));
    const group = !meaning && !numbered && (draft.heading !== undefined || listTable) && isPeopleKind(parent?.kind);
    let kind = meaning?.kind ?? (group ? parent?.kind : numbered || parent?.kind === 'discussion' ? 'discussion' : undefined);
    // ("Observers: A (Org)" then "Immigration Canada (IRCC): B, C": people under an organisation go on as the observers or
    // guests right above them; a chair or an absence is one person's.)
    const above = pending[pending.length - 1];
    const aboveRole = listTable && !draft.heading && above && !above.heading && isPeopleKind(above.kind) && VISITING.has(above.role ?? 'MEMBER') ? above.role : undefined;
    let role = meaning?.role ?? (group ? aboveRole ?? parent?.role : undefined);
    // "## 1. Introduction" over nothing but names is the roll call.
    if (kind === 'discussion' && isNameList(draft.blocks)) [kind, role] = ['attendance', 'MEMBER'];
    // "## Agenda" over the notes taken under each item (votes, actions, who said what): the minutes themselves.
    // ("| Discussion Point | Notes | Actions |" under the agenda, with what was said in its rows: the minutes, item by item.)
    if (kind === 'agenda' && (readsAsMinutes(draft.blocks) || holdsNotesTable(draft.blocks))) kind = 'discussion';
    const section: Pending = { blocks: draft.blocks, level: draft.level, ...(draft.heading ? { heading: draft.heading } : {}), ...(kind ? { kind } : {}), ...(role ? { role } : {}) };
    if (draft.heading) parents.push({ level: draft.level, ...(kind ? { kind } : {}), ...(role ? { role } : {}) });
    pending.push(section);
  });
  // One document writes all its people lists alike ("First Last Organisation" or "Name, Org"): read them together.
  const options = listOptions(pending.filter(isPeopleList).flatMap((section) => section.blocks));
  const cut = pending.flatMap((section) => cutPeopleList(section, options));
  const names = new KnownNames(attendeeNames(cut, options));
  let agendaBegun = false;
  let membersListed = false;
  let previousKind: SectionKind | undefined;
  let minutesBegun = false;
  return cut.flatMap((section, index) => {
    // (A role under a signature line closes the minutes; "Presenter" right under another people list goes on with the roll.)
    const caption = agendaBegun && isPeopleKind(section.kind) && isSignatureCaption(section.heading) && !isPeopleKind(cut[index - 1]?.kind);
    // ("14 May 2025" over the attendees is a date, no agenda item.)
    const itemHeading = section.heading !== undefined && isNumberedHeading(section.heading.text) && findDates(section.heading.text, language)[0]?.start !== 0;
    agendaBegun = agendaBegun || itemHeading;
    let kind = caption ? 'other' : section.kind ?? contentKind(section.blocks, names, source, language);
    // "Personnel de l'ASPG" over two names, between "Observateurs" and "Absences motivées": a group of the roll too short
    // to read as a list on its own, known by its neighbours.
    if ((kind === 'other' || kind === 'discussion') && section.heading && !isNumberedHeading(section.heading.text) && !lookUpHeading(section.heading.text) && !agendaBegun && !minutesBegun && (isPeopleKind(previousKind) || isPeopleKind(cut[index + 1]?.kind)) && isShortRoll(section.blocks, options)) {
      const absent = ABSENT_WORD.test(section.heading.text);
      kind = absent ? 'regrets' : 'attendance';
      section.role = absent ? 'REGRETS' : 'MEMBER';
    }
    previousKind = kind;
    minutesBegun = minutesBegun || ((kind === 'discussion' || kind === 'decisions' || kind === 'actions') && section.blocks.length > 0);
    // "In Attendance" below "Present Members (voting)": those who attend besides the members.
    // ("In attendance - A, B" as a labelled line of its own: the same label, written inline.)
    const inlineLabel = /^([^:–—-]{2,40}?)\s?(?::|\s[-–—]\s)/u.exec(section.blocks[0]?.kind === 'paragraph' ? section.blocks[0].text : '')?.[1] ?? '';
    if (kind === 'attendance' && section.role === 'MEMBER' && membersListed && IN_ATTENDANCE.test(section.heading?.text.trim() ?? inlineLabel.trim())) section.role = 'GUEST';
    membersListed = membersListed || (kind === 'attendance' && section.role === 'MEMBER');
    return cutActionList({ ...section, kind }, names, language, source).map(toSection);
  });
}

// A turn ("Rafael: the numbers look good …"), a motion or an action label: what minutes record and agendas do not.
const MINUTES_MARK = /^(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s?:\s+\S|(?:Moved|Seconded|Proposed|Proposé|Appuyé)e?\s+(?:by|par)\b|Action(?:\s+item)?s?\s*:|Vote\s*:|Decision\s*:|Décision\s*:)/u;

// "Mr. Gunnarsson-Vale (Iceland) said that …": a summary record's paragraphs report who said what.
const REPORTED_SPEECH = /\b(?:said|noted|stated|explained|proposed|supported|welcomed|asked|presented|reported|a dit|a souligné|souligne|précise|explique|indique|demande|présente)\b/u;

function readsAsMinutes(blocks: Block[]): boolean {
  const long = blocks.filter((block) => block.kind !== 'tableRow' && wordCount(block.text) >= 15);
  const marked = blocks.filter((block) => block.kind !== 'tableRow' && MINUTES_MARK.test(block.text)).length;
  return long.length >= 3 && (marked >= 2 || long.filter((block) => block.kind !== 'tableRow' && REPORTED_SPEECH.test(block.text)).length >= 2);
}

const IN_ATTENDANCE = /^(?:in attendance|attending|also attending|others? in attendance)\s*:?$/iu;

/**
 * "Chair", "Committee Clerk", "Corporate Secretary" under a name after the agenda: the caption of a signature,
 * no list of people (a list label has its colon or names a list: "Present", "Regrets").
 */
function isSignatureCaption(heading: HeadingBlock | undefined): boolean {
  const text = heading?.text.trim() ?? '';
  return text !== '' && !text.endsWith(':') && wordCount(text) <= 3 && roleOf(text) !== undefined;
}

/** Text before the first heading, the first heading (the title) and headings that state the meeting or its date. */
function isHeaderLike(draft: DraftSection, index: number, drafts: DraftSection[]): boolean {
  const headed = drafts.slice(0, index).some((earlier) => earlier.heading);
  if (!draft.heading) return !headed;
  if (isNumberedHeading(draft.heading.text)) return false;
  if (!headed) return true; // the first heading is the title unless the lexicon knows it
  const text = draft.heading.text;
  return MINUTES_WORD.test(text) || findDates(text, 'en').length > 0 || findDates(text, 'fr').length > 0;
}

/** The header keeps its first short paragraphs; an unheaded run of names there is the attendee list. */
function splitHeader(draft: DraftSection): Pending[] {
  const header: Pending = { blocks: [], level: draft.level, kind: 'header', ...(draft.heading ? { heading: draft.heading } : {}) };
  const parts: Pending[] = [header];
  let rest: Pending | null = null;
  const blocks = draft.blocks;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as Block;
    const run = nameRunLength(blocks, index);
    if (run >= 3 && isNameList(blocks.slice(index, index + run))) {
      parts.push({ blocks: blocks.slice(index, index + run), level: draft.level, kind: 'attendance', role: 'MEMBER' });
      rest = null;
      index += run - 1;
    } else if (!rest && parts.length === 1 && block.kind === 'paragraph' && wordCount(block.text) <= HEADER_BLOCK_WORDS && header.blocks.length < 3) {
      header.blocks.push(block);
    } else {
      if (!rest) parts.push((rest = { blocks: [], level: draft.level }));
      rest.blocks.push(block);
    }
  }
  return parts;
}

/** "Provinces and territories: Heather Lim (BC), Wendell Gruber (AB), …": a label of the body's own, then people. */
function labelledPeople(block: Block | undefined): boolean {
  const label = /^([^:]{2,60}):\s+\S/u.exec(block?.kind === 'paragraph' ? block.text : '')?.[1];
  // ("Immigration, Refugees and Citizenship Canada (IRCC): A, B": an organisation heading its people, under the list above.)
  if (block?.kind !== 'paragraph' || !label) return false;
  const entries = entriesOfBlock(block) ?? [];
  return entries.length >= 2 && entries.every((entry) => entry.name !== null && entry.name.includes(' '));
}

const ABSENT_WORD = /\b(?:absent|absents|absentes|absente|excusée?s?|excused|regrets|apologies)\b/iu;

/** One or two short blocks, each one person named in full with their details (read the way the document's lists are). */
function isShortRoll(blocks: Block[], options: EntryOptions): boolean {
  return blocks.length >= 1 && blocks.length <= 2 && blocks.every((block) => {
    if ((block.kind !== 'paragraph' && block.kind !== 'listItem') || wordCount(block.text) > 12 || opensMotion(block.text)) return false;
    const entries = entriesOfBlock(block, options);
    return entries?.length === 1 && (entries[0]?.name ?? '').includes(' ');
  });
}

function nameRunLength(blocks: Block[], from: number): number {
  let length = 0;
  while (from + length < blocks.length && isNameEntry(blocks[from + length] as Block)) length += 1;
  return length;
}

function isPeopleList(section: Pending): boolean {
  return isPeopleKind(section.kind);
}

function isPeopleKind(kind: SectionKind | undefined): boolean {
  return kind === 'attendance' || kind === 'regrets';
}

/** An attendance list ends at its first block that is not a people entry; the rest is read by content. */
function cutPeopleList(section: Pending, options: EntryOptions): Pending[] {
  if (!isPeopleList(section)) return [section];
  // One entry no rule reads ("Deputy Minister Jane Doe (Ontario)") does not end a list whose next item is an entry again.
  const readable = (index: number) => index < section.blocks.length && entriesOfBlock(section.blocks[index] as Block, options) !== null;
  const oneEntry = (block: Block) => block.kind === 'listItem' || block.kind === 'tableRow' || (block.kind === 'paragraph' && block.lines[0] === block.lines[1]);
  const end = section.blocks.findIndex((block, index) => !readable(index) && !(oneEntry(block) && readable(index + 1)));
  if (end < 0) return [section];
  const rest: Pending = { blocks: section.blocks.slice(end), level: section.level };
  return end === 0 && !section.heading ? [rest] : [{ ...section, blocks: section.blocks.slice(0, end) }, rest];
}

/** An action list ends at a paragraph that is no task (a speaker's name, a topic line); the rest is read by content. */
function cutActionList(section: Pending, names: KnownNames, language: 'en' | 'fr', source: string[]): Pending[] {
  if (section.kind !== 'actions') return [section];
  // A decision recorded among the follow-ups ("Agreed: the notes … are approved") does not end them.
  // Under a "Who / What / When" line, each line written with its separators is an entry ("J. Singh / Circulate … / Nov 7").
  let columns: TaskColumns | null = null;
  const end = section.blocks.findIndex((block) => {
    if (block.kind !== 'paragraph') return false;
    columns = fieldHeaderColumns(block.text) ?? columns;
    if (columns && fieldCells(block.text, columns)) return false;
    return !isActionLike(block.text, names, language) && !opensWithTaskField(block.text) && !isLabelledDecision(block.text);
  });
  if (end < 0) return [section];
  const blocks = section.blocks.slice(end);
  const rest: Pending = { blocks, level: section.level, kind: contentKind(blocks, names, source, language) };
  return [{ ...section, blocks: section.blocks.slice(0, end) }, rest];
}

function attendeeNames(sections: Pending[], options: EntryOptions): string[] {
  return sections
    .filter(isPeopleList)
    .flatMap((section) => section.blocks.flatMap((block) => entriesOfBlock(block, options) ?? []))
    .flatMap((entry) => (entry.name === null ? [] : [entry.name]));
}

function toSection(pending: Pending): Section {
  const first = pending.heading?.lines[0] ?? pending.blocks[0]?.lines[0] ?? 0;
  const last = pending.blocks[pending.blocks.length - 1]?.lines[1] ?? pending.heading?.lines[1] ?? first;
  const section: Section = { kind: pending.kind ?? 'other', blocks: pending.blocks, lines: [first, last] };
  if (pending.heading) section.heading = pending.heading;
  if (pending.role) section.role = pending.role;
  return section;
}
