/**
 * Storage models: the properties of each node as stored in Neo4j, returned by repositories and
 * used by codegen as resolver parents (mappers). Localized text is stored as `<field>En`/`<field>Fr`.
 */
export interface EntityModel {
  id: string;
  /** Neo4j labels, used to resolve interfaces and unions. */
  labels: string[];
}

export interface EvidenceProps { quote?: string; lineStart?: number; lineEnd?: number }
/** How a fact is known (see buildPlan basisOf): `inferences` is JSON of InferenceRecord[]. */
export interface BasisProps { basis?: string; inferredFields?: string[]; inferences?: string }

export interface PersonModel extends EntityModel { name: string; aliases?: string[] }
export interface JurisdictionModel extends EntityModel {
  kind: string; nameEn?: string; nameFr?: string; abbreviationEn?: string; abbreviationFr?: string; ocdId?: string; aliases?: string[];
}
export interface OrganizationModel extends EntityModel {
  kind: string; nameEn?: string; nameFr?: string; abbreviationEn?: string; abbreviationFr?: string; aliases?: string[];
}
export interface BodyModel extends EntityModel, BasisProps {
  nameEn?: string; nameFr?: string; abbreviationEn?: string; abbreviationFr?: string; status: string;
  statusNoteEn?: string; statusNoteFr?: string; statusQuote?: string; statusLineStart?: number; statusLineEnd?: number; statusSource?: string;
  aliases?: string[];
}
export interface ProgramModel extends EntityModel {
  nameEn?: string; nameFr?: string; abbreviationEn?: string; abbreviationFr?: string; aliases?: string[];
}
export interface ThemeModel extends EntityModel { kind: string; labelEn?: string; labelFr?: string; synonymsEn?: string[]; synonymsFr?: string[] }
export interface MembershipModel extends EntityModel, EvidenceProps, BasisProps {
  role: string; titleEn?: string; titleFr?: string; startDate?: string; endDate?: string;
}
export interface MeetingModel extends EntityModel, EvidenceProps, BasisProps {
  date?: string; titleEn?: string; titleFr?: string; modality?: string; location?: string; status: string; endTime?: string;
}
export interface AttendanceModel extends EntityModel, EvidenceProps, BasisProps { role: string; listed: boolean; attributionText?: string }
export interface AgendaItemModel extends EntityModel, EvidenceProps {
  number: string; order: number; titleEn?: string; titleFr?: string;
  /** Where the minutes say so: `noDiscussionQuote`, `…LineStart`, `…LineEnd` (read by partEvidence). */
  noDiscussion?: boolean;
}
export interface DecisionModel extends EntityModel, EvidenceProps, BasisProps { number: string; position: number; textEn?: string; textFr?: string }
export interface ActionItemModel extends EntityModel, EvidenceProps, BasisProps {
  number: string; position: number; textEn?: string; textFr?: string; status: string; dueTextEn?: string; dueTextFr?: string;
  dueBy?: string; completedOn?: string; completionNoteEn?: string; completionNoteFr?: string;
}
/** A later meeting's report on an earlier action (one entry of its status history). */
export interface ActionUpdateModel extends EntityModel, EvidenceProps, BasisProps { status: string; noteEn?: string; noteFr?: string }
export interface StatementModel extends EntityModel, EvidenceProps, BasisProps {
  type: string; position: number; attributionText?: string; text: string; summaryEn?: string; summaryFr?: string;
}
export interface SourceDocumentModel extends EntityModel {
  path: string; sha256: string; language: string; kind: string; titleEn?: string; titleFr?: string;
}

/** Evidence of a fact: the quoted passage and its line range in a source document. */
export interface EvidenceModel {
  quote: string; lineStart: number; lineEnd: number;
  /** The entity the evidence belongs to; its SOURCED_FROM relationship names the document. */
  ownerId: string;
  /** The document, when stored directly (body status, meeting references). */
  sourceId?: string;
  /** The document itself, when already loaded (a record's passages in each version of its minutes). */
  source?: SourceDocumentModel;
}

/** One inferred part of a fact, as stored in the `inferences` JSON property. */
export interface InferenceRecord {
  field: string; reason: string; quote: string | null; lineStart: number | null; lineEnd: number | null;
  /** The source document id of the passage. */
  source: string | null;
}
export interface InferenceModel { field: string; reason: string; evidence: EvidenceModel | null }

/** A record's passage naming an entity (a MENTIONS relationship). */
export interface MentionModel { record: AnyEntityModel; entity: AnyEntityModel; texts: string[] }

/** A relationship between two meetings, seen from one side. */
export interface MeetingReferenceModel { relation: string; meeting: MeetingModel; evidence: EvidenceModel | null }

export type AnyEntityModel =
  | PersonModel | JurisdictionModel | OrganizationModel | BodyModel | ProgramModel | ThemeModel | MembershipModel | MeetingModel
  | AttendanceModel | AgendaItemModel | DecisionModel | ActionItemModel | StatementModel | SourceDocumentModel;
