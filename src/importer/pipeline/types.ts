import type { Block, LineRange, ReadDocument } from '../read/types';

/**
 * The contract between the stages after READ: structure → classify → extract (then resolve and
 * draft). Every extracted item keeps the lines it was read from, so the draft can quote it and the
 * coverage report can list what no rule read.
 */

/** What a section of minutes holds, by its heading (bilingual lexicon) or, without one, by its content. */
export type SectionKind =
  | 'header' | 'attendance' | 'regrets' | 'agenda' | 'decisions' | 'actions' | 'discussion' | 'other';

/** A role as the minutes give it; REGRETS is someone listed as absent. */
export type ExtractedRole = 'MEMBER' | 'CHAIR' | 'CO_CHAIR' | 'SECRETARIAT' | 'OBSERVER' | 'GUEST' | 'PRESENTER' | 'REGRETS';

export interface Section {
  kind: SectionKind;
  /** The heading that opened the section (none for the text before the first heading). */
  heading?: Block;
  blocks: Block[];
  lines: LineRange;
  /** A role the heading confers on the people it lists ("Co-chairs", "Secretariat", "Guests", "Regrets"). */
  role?: ExtractedRole;
}

/** Source lines no rule read, with why: review starts from them. */
export interface Unread { lines: LineRange; reason: string }

export interface StructuredDocument {
  read: ReadDocument;
  language: 'en' | 'fr';
  sections: Section[];
}

export interface ExtractedAttendee {
  /** As written (a first name when only that is written); null when the entry names only an organization. */
  name: string | null;
  role: ExtractedRole;
  affiliation: string | null;
  lines: LineRange;
  /** The entry's words, verbatim (for evidence). */
  quote: string;
}

export interface ExtractedMotion { movedBy?: string; secondedBy?: string; result?: string }

export interface ExtractedDecision { text: string; lines: LineRange; quote: string; motion?: ExtractedMotion }

export interface ExtractedAction {
  text: string;
  /** Owners as written (names, first names, organizations); empty when none is written. */
  owners: string[];
  /** The due date or period as written. */
  due: string | null;
  lines: LineRange;
  quote: string;
}

export interface ExtractedStatement { speaker: string; lines: LineRange; quote: string }

/** Everything the extract stage found in one document, before names are resolved against the graph. */
export interface Extraction {
  date: string | null;
  title: string | null;
  attendance: ExtractedAttendee[];
  decisions: ExtractedDecision[];
  actionItems: ExtractedAction[];
  statements: ExtractedStatement[];
  unread: Unread[];
}
