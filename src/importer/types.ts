import type { AttendanceSpec, Evidence, LocalizedText, StatementSpec } from '../ingest/SeedDocument';
import type { AffiliationResolver } from './AffiliationResolver';
import type { SourceLine } from './SourceLayout';
import type { ThemeTagger } from './ThemeTagger';

/** Anything the importer is unsure of carries review notes; the writer turns them into `# REVIEW:` comments. */
export interface Reviewable { review: string[] }

/** `known`: defined in the reference data, so the draft refers to it without defining it again. */
export interface DraftPerson extends Reviewable { id: string; name: string; aliases: string[]; listed: boolean; known?: boolean }

export type DraftAttendance = AttendanceSpec & Reviewable;

export interface DraftDecision extends Reviewable { id: string; number: string; text: LocalizedText; themes: string[]; evidence: Evidence; line: number }

/** A part of a fact the importer concluded rather than read (seed `inferred`). */
export interface DraftInference { field: string; reason: string }

export interface DraftAction extends Reviewable {
  id: string; number: string; text: LocalizedText; owners: string[]; status: 'OPEN' | 'COMPLETED';
  due?: { text?: LocalizedText; by?: string }; completedOn?: string; completedBy?: string[]; completionNote?: LocalizedText;
  themes: string[]; evidence: Evidence; line: number; inferred?: DraftInference[];
}

export type DraftStatement = StatementSpec & Reviewable & { themes: string[]; line: number };

export interface DraftItem extends Reviewable {
  id: string; number: string; title: LocalizedText; themes: string[];
  /** The heading as written (none for what precedes the first heading). */
  evidence?: Evidence;
  /** Line of the heading; the item runs to the line before the next heading. */
  start: number; end: number;
  /** The heading refers a briefing tab ("ONGLET 2", "TAB 2"): someone presents the item. */
  hasTab: boolean;
  decisions: DraftDecision[]; actionItems: DraftAction[]; statements: DraftStatement[];
}

export interface DraftMeeting extends Reviewable {
  id: string; body: string; date?: string; title: LocalizedText; modality?: 'VIRTUAL' | 'IN_PERSON' | 'TELECONFERENCE'; endTime?: string;
  /** The header lines that state the title and the date. */
  evidence?: Evidence; inferred?: DraftInference[];
}

/** Everything the parsers share while reading one record. */
export interface ImportContext {
  language: 'fr' | 'en';
  lines: SourceLine[];
  resolver: AffiliationResolver;
  tagger: ThemeTagger;
  people: Map<string, DraftPerson>;
  attendance: DraftAttendance[];
  meetingId: string;
  /** How often the whole record names each reference id (to choose among several). */
  frequency: (id: string) => number;
}

export interface Draft {
  sourceId: string;
  sourcePath: string;
  sha256: string;
  language: 'fr' | 'en';
  sourceTitle: LocalizedText;
  meeting: DraftMeeting;
  people: DraftPerson[];
  attendance: DraftAttendance[];
  items: DraftItem[];
  /** Review notes that concern the whole draft. */
  notes: string[];
  /** Bodies and organizations the minutes name that the reference data does not know (flagged). */
  newBodies?: Array<{ id: string; name: string; review: string[] }>;
  newOrganizations?: Array<{ id: string; name: string; review: string[] }>;
}

export function localized(language: 'fr' | 'en', text: string): LocalizedText {
  return language === 'fr' ? { fr: text } : { en: text };
}
