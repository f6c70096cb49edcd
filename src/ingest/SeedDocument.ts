/**
 * The typed form of a seed document (docs/seed-format.md). Enumerations are closed lists: they
 * are the only labels, relationship types and values the ingester will ever write.
 */
export const FORMAT = 'council-graph/v1';

export const JURISDICTION_KINDS = ['COUNTRY', 'PROVINCE', 'TERRITORY', 'FEDERAL_DEPARTMENT', 'MUNICIPALITY'] as const;
export const ORGANIZATION_KINDS = ['SECRETARIAT', 'ASSOCIATION', 'NON_PROFIT', 'INDIGENOUS_ORGANIZATION', 'ACADEMIC', 'GOVERNMENT_AGENCY', 'COMPANY', 'OTHER'] as const;
export const BODY_TYPES = ['Council', 'CommunityOfPractice', 'WorkingGroup', 'Committee'] as const;
export const BODY_STATUSES = ['PROPOSED', 'ACTIVE', 'TO_BE_ENDED', 'ENDED'] as const;
export const THEME_KINDS = ['PRIORITY_AREA', 'COMMON_THEME', 'AGENDA_ELEMENT', 'TOPIC'] as const;
export const MEMBERSHIP_ROLES = [
  'CO_CHAIR', 'CHAIR', 'MEMBER', 'OBSERVER', 'TREASURER', 'PRESIDENT', 'EXECUTIVE_DIRECTOR', 'DIRECTOR',
  'DIRECTOR_GENERAL', 'COORDINATOR', 'RESEARCH_ANALYST', 'SPECIAL_ADVISOR', 'STAFF',
] as const;
export const MEETING_MODALITIES = ['VIRTUAL', 'IN_PERSON', 'TELECONFERENCE'] as const;
export const MEETING_STATUSES = ['PASSED', 'TENTATIVE', 'CONFIRMED', 'CANCELLED'] as const;
export const MEETING_RELATIONS = ['APPROVES_MINUTES_OF', 'BUILDS_ON', 'NEXT_MEETING', 'CITES'] as const;
export const ATTENDANCE_ROLES = ['CHAIR', 'CO_CHAIR', 'MEMBER', 'OBSERVER', 'SECRETARIAT', 'PRESENTER', 'PANELIST', 'GUEST', 'SPEAKER'] as const;
/** Roles an attendance list confers: only a person on a list (`listed: true`) can hold them. */
export const LIST_ROLES: readonly string[] = ['CHAIR', 'CO_CHAIR', 'MEMBER', 'OBSERVER', 'SECRETARIAT'];
export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export const STATEMENT_TYPES = ['REMARK', 'QUESTION', 'ANSWER', 'PRESENTATION'] as const;
export const SOURCE_KINDS = ['RECORD_OF_DECISIONS', 'AGENDA', 'PRESENTATION', 'REPORT'] as const;
export const LANGUAGES = ['en', 'fr'] as const;
/** How a fact is known: written in the source, or concluded by the curator (with a reason). */
export const BASES = ['STATED', 'INFERRED'] as const;
/** Why a source line carries no fact (docs/seed-format.md, source coverage). */
export const NO_FACT_KINDS = ['TITLE_BLOCK', 'PAGE_FURNITURE', 'HEADING', 'OTHER'] as const;

/** The parts of each kind of fact that may be inferred rather than stated (`inferred[].field`). */
export const INFERABLE_FIELDS = {
  attendance: ['attended', 'role', 'onBehalfOf', 'alsoOnBehalfOf', 'agendaItem'],
  membership: ['membership', 'role', 'onBehalfOf', 'startDate', 'endDate', 'title'],
  meeting: ['date', 'modality', 'status', 'location', 'bodies'],
  body: ['status', 'partOf', 'reportsTo', 'secretariat'],
  decision: ['agendaItem', 'concerns'],
  actionItem: ['agendaItem', 'owners', 'status', 'dueBy', 'completedOn', 'completedBy', 'concerns'],
  statement: ['speaker', 'onBehalfOf', 'type', 'agendaItem'],
  actionUpdate: ['action', 'status', 'agendaItem'],
} as const;

export type Language = (typeof LANGUAGES)[number];
export type BodyType = (typeof BODY_TYPES)[number];

export interface LocalizedText { en?: string; fr?: string }
export interface Evidence { quote: string; lines: [number, number] }

export interface Inference { field: string; reason: string; evidence?: Evidence }
export interface MentionSpec { entity: string; text: string }
export interface NoFactSpec { lines: [number, number]; kind: (typeof NO_FACT_KINDS)[number]; note?: string }

export interface SourceSpec {
  id: string;
  path: string;
  sha256: string;
  language: Language;
  kind: (typeof SOURCE_KINDS)[number];
  title: LocalizedText;
  records?: string;
  noFacts?: NoFactSpec[];
}

export interface JurisdictionSpec {
  id: string; kind: (typeof JURISDICTION_KINDS)[number]; name: LocalizedText; abbreviation?: LocalizedText;
  ocdId?: string; partOf?: string; aliases?: string[];
}
export interface OrganizationSpec {
  id: string; kind: (typeof ORGANIZATION_KINDS)[number]; name: LocalizedText; abbreviation?: LocalizedText;
  partOf?: string; aliases?: string[];
}
export interface BodySpec {
  id: string; type: BodyType; name: LocalizedText; abbreviation?: LocalizedText; status: (typeof BODY_STATUSES)[number];
  statusNote?: LocalizedText; statusEvidence?: Evidence; partOf?: string; reportsTo?: string; secretariat?: string; aliases?: string[];
  inferred?: Inference[];
}
export interface ProgramSpec { id: string; name: LocalizedText; abbreviation?: LocalizedText; runBy?: string; aliases?: string[] }
export interface ThemeSpec {
  id: string; kind: (typeof THEME_KINDS)[number]; label: LocalizedText; synonyms?: { en?: string[]; fr?: string[] }; broader?: string[];
}
export interface PersonSpec { id: string; name: string; aliases?: string[] }
export interface MembershipSpec {
  id: string; person: string; body?: string; organization?: string; role: (typeof MEMBERSHIP_ROLES)[number];
  title?: LocalizedText; onBehalfOf?: string; startDate?: string; endDate?: string; evidence?: Evidence; inferred?: Inference[];
}
export interface MeetingReferenceSpec { meeting: string; relation: (typeof MEETING_RELATIONS)[number]; evidence?: Evidence }
export interface AttendanceSpec {
  person: string; role: (typeof ATTENDANCE_ROLES)[number]; onBehalfOf?: string; alsoOnBehalfOf?: string[]; listed: boolean;
  attributionText?: string; agendaItem?: string; evidence: Evidence; inferred?: Inference[];
}
export interface DecisionSpec {
  id: string; number: string; text: LocalizedText; concerns?: string[]; evidence: Evidence; continuation?: Evidence; mentions?: MentionSpec[];
  inferred?: Inference[];
}
export interface ActionItemSpec {
  id: string; number: string; text: LocalizedText; owners: string[]; status: (typeof ACTION_STATUSES)[number];
  due?: { text?: LocalizedText; by?: string }; completedOn?: string; completedBy?: string[]; completionNote?: LocalizedText;
  themes?: string[]; evidence: Evidence; continuation?: Evidence; concerns?: string[]; mentions?: MentionSpec[]; inferred?: Inference[];
}
export interface StatementSpec {
  id: string; speaker: string; onBehalfOf?: string; attributionText?: string; type: (typeof STATEMENT_TYPES)[number];
  summary: LocalizedText; themes?: string[]; evidence: Evidence; continuation?: Evidence; mentions?: MentionSpec[]; inferred?: Inference[];
}
/** A later meeting's report on an earlier action item: the action's status history. */
export interface ActionUpdateSpec {
  id: string; action: string; status: (typeof ACTION_STATUSES)[number]; note?: LocalizedText; agendaItem?: string;
  evidence: Evidence; inferred?: Inference[];
}
/** A passage of a second version of a meeting's record (its translation) for a record another document holds. */
export interface VersionEvidenceSpec { record: string; quote: string; lines: [number, number] }
/** What was recorded under one agenda item. */
export interface RecordsSpec { decisions?: DecisionSpec[]; actionItems?: ActionItemSpec[]; statements?: StatementSpec[] }
export interface AgendaItemSpec extends RecordsSpec {
  id: string; number: string; title: LocalizedText; themes?: string[]; evidence?: Evidence; noDiscussion?: Evidence;
}
/** In a version document: records only this version says, under an agenda item of the other document. */
export interface AdditionSpec extends RecordsSpec { agendaItem: string }
export interface MeetingSpec {
  id: string; bodies: string[]; date?: string; title: LocalizedText; modality?: (typeof MEETING_MODALITIES)[number];
  location?: string; status: (typeof MEETING_STATUSES)[number]; endTime?: string; endTimeEvidence?: Evidence;
  references?: MeetingReferenceSpec[]; attendance?: AttendanceSpec[]; agenda?: AgendaItemSpec[]; actionUpdates?: ActionUpdateSpec[];
  evidence?: Evidence; inferred?: Inference[];
}

/** Attendances have no id of their own in a seed: it is derived from the meeting, the person and the role. */
export function attendanceId(meeting: string, person: string, role: string): string {
  return `${meeting}-att-${person.replace(/^person-/, '')}-${role.toLowerCase().replace(/_/g, '-')}`;
}

export interface SeedDocument {
  format: typeof FORMAT;
  source?: SourceSpec;
  jurisdictions?: JurisdictionSpec[];
  organizations?: OrganizationSpec[];
  bodies?: BodySpec[];
  programs?: ProgramSpec[];
  themes?: ThemeSpec[];
  people?: PersonSpec[];
  memberships?: MembershipSpec[];
  meetings?: MeetingSpec[];
  /** In a version document (a meeting's record in its second language): this source's passage for each record it also says. */
  evidence?: VersionEvidenceSpec[];
  additions?: AdditionSpec[];
  /** Entities this document defines although another document wrote them, dropping what that one said and this one does not. */
  replaces?: string[];
}
