import { opensWithFullName } from '../text/personNames';
import { peopleSentences } from '../patterns/peopleSentences';
import type { Block } from '../../read/types';
import { type HeadingMeaning, isSeatLabel, lookUpHeading, lookUpPeopleLabel } from './headingLexicon';

export type HeadingBlock = Extract<Block, { kind: 'heading' }>;

/** A section before classification: its heading, or the label that makes one line a section of its own. */
export interface DraftSection {
  heading?: HeadingBlock;
  blocks: Block[];
  /** The heading's level; for a label line or the text after it, the level of the heading above. */
  level: number;
  /** "Present: A, B and C", "Regrets: D" — a people list on one line, classified by its label. */
  label?: HeadingMeaning;
}

// "Present:", "Directors present :", "Absents excusés :" followed by the list on the same line.
const INLINE_LABEL = /^([^:]{1,60}?)\s?:\s*(\S.*)$/u;
// "In attendance - Cllr. M. Strachan, …", "Apologies – Mr W. Cargill": a people label the lexicon knows, set off by a dash.
// ("PRESENT / Priya, Tomasz": a table copied with its cells set off by slashes, the same label and list.)
const DASH_LABEL = /^(\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,3})\s+([-–—/])\s+(\S.*)$/u;
// ("Chair / Président : X", "In attendance / présents": a bilingual label, whose list follows its second half.)
const SECOND_LANGUAGE_LABEL = /^(?:\p{Ll}|[^:]{1,40}:)/u;

const PRESENCE = /\b(?:present|attend\w*|attendance|apolog\w*|regrets?|absent\w*|excus\w*|présente?s?|absente?s?|guests?|invitée?s?|observers?|observat\w*)\b/iu;

/** The label and the list of "Apologies - A, B", when the label is a people label; else null. */
export function dashPeopleLabel(text: string): { meaning: HeadingMeaning; list: string } | null {
  const [, label, separator, list] = DASH_LABEL.exec(text) ?? [];
  if (separator === '/' && SECOND_LANGUAGE_LABEL.test(list ?? '')) return null;
  // (Only words of presence: "Administration – C. Jessop" heads a department's report, not a list.)
  const meaning = label && list && PRESENCE.test(label) ? lookUpPeopleLabel(label) : null;
  return meaning && list ? { meaning, list } : null;
}

/**
 * Cuts the blocks into sections at every heading. A paragraph or item that opens with a people
 * label ("Present: A, B and C") is a section of its own; what follows it, up to the next heading,
 * is a new section without heading.
 */
export function splitSections(blocks: Block[]): DraftSection[] {
  const sections: DraftSection[] = [];
  let current: DraftSection = { blocks: [], level: 0 };
  const close = () => {
    if (current.heading || current.blocks.length > 0) sections.push(current);
  };
  for (const block of blocks.flatMap(labelRuns)) {
    if (block.kind === 'heading') {
      close();
      current = { heading: block, blocks: [], level: block.level };
      continue;
    }
    // Under an action heading "Secretariat: schedule the next meeting" is a task with its owner, not a list of people.
    const underActions = current.heading !== undefined && lookUpHeading(current.heading.text)?.kind === 'actions';
    const label = underActions ? null : peopleLabel(block);
    // "Présences : A, Org" over "B, Org" on the very next line, and so on: the lines below a label's own line are its list.
    const listed = sections[sections.length - 1];
    const last = listed?.blocks[listed.blocks.length - 1];
    if (listed?.label && current.blocks.length === 0 && !current.heading && last && block.kind === 'paragraph' && block.lines[0] === last.lines[1] + 1 && !label && opensWithFullName(block.text)) {
      listed.blocks.push(block);
      continue;
    }
    // "PRESENT: Mayor A" over "Councillors: B, C": a seat label inside a people list is more of that list.
    if (label && seatLabel(block)) {
      if (isPeopleSection(current)) {
        current.blocks.push(block);
        continue;
      }
      if (listed?.label && current.blocks.length === 0 && !current.heading && last && block.lines[0] === last.lines[1] + 1) {
        listed.blocks.push(block);
        continue;
      }
    }
    if (label) {
      close();
      // "…, à laquelle sont présents :" ends with its colon: the entries below are its list.
      if ((block.kind === 'paragraph' || block.kind === 'listItem') && /:\s*$/u.test(block.text)) {
        current = { blocks: [block], level: current.level, label };
        continue;
      }
      sections.push({ blocks: [block], level: current.level, label });
      current = { blocks: [], level: current.level };
      continue;
    }
    current.blocks.push(block);
  }
  close();
  return sections;
}

function seatLabel(block: Block): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return false;
  const label = INLINE_LABEL.exec(block.text)?.[1] ?? /^([^:]{2,40}?)\s?:\s*$/u.exec(block.text)?.[1];
  return label !== undefined && isSeatLabel(label);
}

function isPeopleSection(section: DraftSection): boolean {
  const kind = section.label?.kind ?? (section.heading ? lookUpHeading(section.heading.text)?.kind : undefined);
  return kind === 'attendance' || kind === 'regrets';
}

// "… Chief of Staff Recorder: Colleen Drury, …": a second people label inside the line, a form's next field.
const INNER_COLON = /\s?:\s+(?=\p{Lu})/gu;

/** Where a known people label of one to three words ends the text before `end` ("Recorder"), or -1. */
function labelStart(text: string, end: number): number {
  const words = text.slice(0, end).split(/(?<=\s)/u);
  for (let count = 1; count <= 3 && count < words.length; count += 1) {
    const label = words.slice(-count).join('').trim();
    if (/^\p{Lu}/u.test(label) && lookUpPeopleLabel(label)) return end - words.slice(-count).join('').length;
  }
  return -1;
}

/**
 * "Chair: Dr. A, Chief of Staff Recorder: B, Coordinator": one line holding two labelled lists (a Word
 * form's fields run together) is two blocks on that line, each with its label.
 */
function labelRuns(block: Block): Block[] {
  if ((block.kind !== 'paragraph' && block.kind !== 'listItem') || !peopleLabel(block)) return [block];
  const colons = [...block.text.matchAll(INNER_COLON)].map((match) => match.index ?? 0).slice(1);
  const starts = colons.map((colon) => labelStart(block.text, colon)).filter((start) => start > 0);
  if (starts.length === 0) return [block];
  // ("1. Attendance: A, B. Observers: C": an item's later labels are paragraphs of their own.)
  return [0, ...starts].map((start, index) => ({ ...block, ...(index > 0 ? { kind: 'paragraph' as const } : {}), text: block.text.slice(start, starts[index] ?? block.text.length).trim() }));
}

/** The meaning of a people label opening the block, when the lexicon knows it. */
// "Sous la présidence de M. le maire Gilles Rancourt.", "Chaired by Dana Whitfield": the chair, named in a sentence.
// ("formant quorum sous la présidence de madame X", "The meeting was chaired by X": a few words may lead in.)
const CHAIRED = /^(?:[\p{L}'’]+\s+){0,4}?(?:sous la présidence de|présidée? par|chaired by|presided over by|chair(?:ed)?\s+by)\s+(\S.*?)\.?$/iu;

/** "Sous la présidence de M. le maire Gilles Rancourt.": a sentence naming the chair, a label of its own. */
export function namesTheChair(text: string): boolean {
  return CHAIRED.test(text) && text.split(/\s+/).length <= 12;
}

const PRESENTATIONS = /^(?:presentations?|présentations?|presented by|présentée? par|presenting)$/iu;

// "The following directors were present:", "Present were:", "Members in attendance were:": a label in a sentence.
const PRESENT_SENTENCE = /^(?:the following\s+)?(?:[\p{L}-]+\s+){0,2}(?:were|was)\s+(?:present|in attendance)$|^(?:present|attending|in attendance)\s+(?:were|was)$/iu;

// ("… à laquelle étaient présents, outre son honneur le maire, monsieur X, les conseillers suivants :")
const PRESENT_AT_END = /(?:à laquelle|auxquelles?|où|at which|where)\s+(?:(?:sont|étaient)\s+présente?s?|(?:the following\s+)?(?:were|are)\s+present)(?:,\s*outre\s+[^:]{3,120}?,)?(?:\s+(?:les (?:membres|personnes|conseill(?:ers|ères)|conseillers et conseillères)(?: du conseil)? suivante?s|the following(?: members| councillors)?))?\s*:$/iu;

export function peopleLabel(block: Block): HeadingMeaning | null {
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return null;
  if (namesTheChair(block.text)) return { kind: 'attendance', role: 'CHAIR' };
  // "Also in attendance were …", "Regrets were received from …": a paragraph of attendance sentences.
  const sentence = block.kind === 'paragraph' ? peopleSentences(block.text)[0] : undefined;
  if (sentence?.start === 0) return { kind: sentence.role === 'REGRETS' ? 'regrets' : 'attendance', role: sentence.role };
  // "Séance ordinaire … tenue le 6 octobre 2025, à la salle municipale, à laquelle sont présents :": the list follows.
  if (block.kind === 'paragraph' && PRESENT_AT_END.test(block.text)) return { kind: 'attendance', role: 'MEMBER' };
  // "Council members:" alone on its item or line, the list below it.
  const bareLabel = /^([^:]{2,60}?)\s?:\s*$/u.exec(block.text)?.[1];
  if (bareLabel && bareLabel.split(/\s+/u).length <= 6) {
    const meaning = lookUpPeopleLabel(bareLabel);
    if (meaning) return meaning;
  }
  const dashed = dashPeopleLabel(block.text);
  if (dashed) return dashed.meaning;
  const [, label, list] = INLINE_LABEL.exec(block.text) ?? [];
  if (label && PRESENT_SENTENCE.test(label.trim())) return { kind: 'attendance', role: 'MEMBER' };
  // "Présentations : Ophélie Nantel, présidente, …": the people who presented, when a full name follows the label.
  if (label && PRESENTATIONS.test(label.trim()) && opensWithFullName(list ?? '')) return { kind: 'attendance', role: 'PRESENTER' };
  // "Membres du conseil d'administration présents :": a label may name its members at length.
  if (!label || label.split(/\s+/).length > 10) return null;
  // ("Directors: A (Chair), B, C": the body's own name for its members is a people label too.)
  return lookUpPeopleLabel(label);
}

/** The text of a labelled block after its label ("Present: A, B" → "A, B"). */
export function afterLabel(text: string): string {
  const list = CHAIRED.exec(text)?.[1] ?? dashPeopleLabel(text)?.list ?? INLINE_LABEL.exec(text)?.[2] ?? text;
  // "23 stakeholders and guests, including A, B and C", "une dizaine de citoyens, dont A": the named ones.
  return list.replace(COUNT_INCLUDING, '');
}

const COUNT_INCLUDING = /^(?:\d+|an?|several|many|some|about \d+|approximately \d+|une? dizaine de|plusieurs|quelques|\d+ autres?)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+,?\s+(?:including|among them|among whom|dont|notamment|parmi lesquels)\s+(?=\p{Lu})/iu;
