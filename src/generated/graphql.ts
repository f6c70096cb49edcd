import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonModel, JurisdictionModel, OrganizationModel, BodyModel, MembershipModel, MeetingModel, MeetingReferenceModel, AttendanceModel, AgendaItemModel, DecisionModel, ActionItemModel, StatementModel, ThemeModel, SourceDocumentModel, EvidenceModel } from '../models';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
};

/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItem = Node & {
  __typename?: 'ActionItem';
  /** The agenda item it was assigned under. */
  agendaItem: AgendaItem;
  /** Who completed it. */
  completedBy: Array<Person>;
  /** When it was completed. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Completion note as written. */
  completionNote?: Maybe<Scalars['String']['output']>;
  /** Latest date it is due by. */
  dueBy?: Maybe<Scalars['Date']['output']>;
  /** When it is due, as written (`fall 2020`). */
  dueText?: Maybe<Scalars['String']['output']>;
  /** Where it is written. */
  evidence?: Maybe<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The meeting it was assigned at. */
  meeting: Meeting;
  /** Number as written (`1`, `2A`). */
  number: Scalars['String']['output'];
  /** Who it is assigned to. */
  owners: Array<ActionOwner>;
  /** State. */
  status: ActionStatus;
  /** What is to be done. */
  text?: Maybe<Scalars['String']['output']>;
  /** Themes it concerns. */
  themes: Array<Theme>;
};


/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItemCompletionNoteArgs = {
  lang?: InputMaybe<Language>;
};


/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItemDueTextArgs = {
  lang?: InputMaybe<Language>;
};


/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItemTextArgs = {
  lang?: InputMaybe<Language>;
};

/** Who a follow-up action is assigned to. */
export type ActionOwner = Body | Jurisdiction | Organization | Person;

/** State of a follow-up action. */
export type ActionStatus =
  /** Dropped. */
  | 'CANCELLED'
  /** Done. */
  | 'COMPLETED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not started or not reported on. */
  | 'OPEN';

/** An item of a meeting's agenda. */
export type AgendaItem = Node & {
  __typename?: 'AgendaItem';
  /** Follow-up actions assigned under this item. */
  actionItems: Array<ActionItem>;
  /** Decisions taken under this item. */
  decisions: Array<Decision>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** Number as written (`3`, `1.A`). */
  number: Scalars['String']['output'];
  /** Position in the agenda (1-based). */
  order: Scalars['Int']['output'];
  /** Statements made under this item, in order. */
  statements: Array<Statement>;
  /** Themes the item is about. */
  themes: Array<Theme>;
  /** Title. */
  title?: Maybe<Scalars['String']['output']>;
};


/** An item of a meeting's agenda. */
export type AgendaItemTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** A person's presence at a meeting, in a role, on behalf of a jurisdiction or organization. */
export type Attendance = Node & {
  __typename?: 'Attendance';
  /** The agenda item, for presenters and panelists. */
  agendaItem?: Maybe<AgendaItem>;
  /** The words that named the affiliation in the source. */
  attributionText?: Maybe<Scalars['String']['output']>;
  /** Where the attendance is written. */
  evidence?: Maybe<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** False for people who spoke or presented but are on no attendance list. */
  listed: Scalars['Boolean']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** Who the person represented. */
  onBehalfOf?: Maybe<Representative>;
  /** Who attended. */
  person: Person;
  /** Role at the meeting. */
  role: AttendanceRole;
};

/** Attendance of one role, grouped by who was represented. */
export type AttendanceGroup = {
  __typename?: 'AttendanceGroup';
  /** Number of people in this role. */
  count: Scalars['Int']['output'];
  /** One entry per jurisdiction or organization represented. */
  representatives: Array<RepresentativeAttendance>;
  /** The role. */
  role: AttendanceRole;
};

/** Role at a meeting. */
export type AttendanceRole =
  /** Co-chair */
  | 'CO_CHAIR'
  /** Guest */
  | 'GUEST'
  /** Member */
  | 'MEMBER'
  /** Observer */
  | 'OBSERVER'
  /** Panelist */
  | 'PANELIST'
  /** Presenter */
  | 'PRESENTER'
  /** Secretariat */
  | 'SECRETARIAT';

/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type Body = Node & {
  __typename?: 'Body';
  /** Abbreviation (`PSSDC` / `CPSSP`). */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `body-pssdc`. */
  id: Scalars['ID']['output'];
  /** Kind of body. */
  kind: BodyKind;
  /** Meetings of this body, most recent first. */
  meetings: Array<Meeting>;
  /** Members and office holders; with `asOf`, only those holding the membership on that date. */
  members: Array<Membership>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The body this one is part of. */
  partOf?: Maybe<Body>;
  /** Bodies that are part of this one. */
  parts: Array<Body>;
  /** Bodies that report to this one. */
  reportedToBy: Array<Body>;
  /** The body this one reports to. */
  reportsTo?: Maybe<Body>;
  /** The organization that serves as secretariat. */
  secretariat?: Maybe<Organization>;
  /** Lifecycle state. */
  status: BodyStatus;
  /** Where the lifecycle state is stated. */
  statusEvidence?: Maybe<Evidence>;
  /** Why the body is in its state, e.g. what must be delivered before it ends. */
  statusNote?: Maybe<Scalars['String']['output']>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyAbbreviationArgs = {
  lang?: InputMaybe<Language>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  role?: InputMaybe<MembershipRole>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyNameArgs = {
  lang?: InputMaybe<Language>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyStatusNoteArgs = {
  lang?: InputMaybe<Language>;
};

/** Kind of intergovernmental body. */
export type BodyKind =
  /** A committee. */
  | 'COMMITTEE'
  /** A community of practice. */
  | 'COMMUNITY_OF_PRACTICE'
  /** A council (PSSDC, PSCIOC, the Joint Councils, the FPT Deputy Ministers' Table). */
  | 'COUNCIL'
  /** A working group. */
  | 'WORKING_GROUP';

/** Lifecycle state of a body. */
export type BodyStatus =
  /** Active. */
  | 'ACTIVE'
  /** Ended. */
  | 'ENDED'
  /** Proposed, not yet established. */
  | 'PROPOSED'
  /** To be ended once its remaining deliverable is done. */
  | 'TO_BE_ENDED';

/** A decision recorded in the minutes. */
export type Decision = Node & {
  __typename?: 'Decision';
  /** The agenda item. */
  agendaItem: AgendaItem;
  /** Meetings the decision is about (e.g. the meeting whose minutes it approves). */
  concerns: Array<Meeting>;
  /** Where the decision is written. */
  evidence?: Maybe<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** Number as written (`1`). */
  number: Scalars['String']['output'];
  /** Text of the decision. */
  text?: Maybe<Scalars['String']['output']>;
};


/** A decision recorded in the minutes. */
export type DecisionTextArgs = {
  lang?: InputMaybe<Language>;
};

/** Where a fact is written: the exact quoted passage and its line range in a source document. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Last line of the passage in the source document (inclusive). */
  lineEnd: Scalars['Int']['output'];
  /** First line of the passage in the source document (1-based). */
  lineStart: Scalars['Int']['output'];
  /** The passage exactly as it occurs in the source (line breaks folded to spaces). */
  quote: Scalars['String']['output'];
  /** The document the passage comes from. */
  source?: Maybe<SourceDocument>;
};

/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type Jurisdiction = Node & {
  __typename?: 'Jurisdiction';
  /** Usual abbreviation (`B.C.` / `C.-B.`). */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** Other spellings seen in minutes. */
  aliases: Array<Scalars['String']['output']>;
  /** Attendances on behalf of this jurisdiction, most recent first. */
  attendance: Array<Attendance>;
  /** ISO 3166-2 code for provinces and territories (`CA-BC`), a slug otherwise (`ca-gc-esdc`). */
  id: Scalars['ID']['output'];
  /** Kind of jurisdiction. */
  kind: JurisdictionKind;
  /** Official name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Open Civic Data division id, where one exists. */
  ocdId?: Maybe<Scalars['String']['output']>;
  /** The jurisdiction this one belongs to (a department to Canada, a municipality to its province). */
  partOf?: Maybe<Jurisdiction>;
  /** Jurisdictions that belong to this one. */
  parts: Array<Jurisdiction>;
  /** Statements made on behalf of this jurisdiction, most recent first. */
  statements: Array<Statement>;
};


/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type JurisdictionAbbreviationArgs = {
  lang?: InputMaybe<Language>;
};


/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type JurisdictionNameArgs = {
  lang?: InputMaybe<Language>;
};

/** Kind of jurisdiction. */
export type JurisdictionKind =
  /** Canada as a whole. */
  | 'COUNTRY'
  /** A federal department or agency. */
  | 'FEDERAL_DEPARTMENT'
  /** A municipality or regional municipality. */
  | 'MUNICIPALITY'
  /** A province (ISO 3166-2 code such as CA-BC). */
  | 'PROVINCE'
  /** A territory (ISO 3166-2 code such as CA-YT). */
  | 'TERRITORY';

/** Language of localized text. A localized field falls back to the other language when the requested one is missing. */
export type Language =
  /** English */
  | 'EN'
  /** French */
  | 'FR';

/** A meeting of one or more bodies. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Follow-up actions, in agenda order. */
  actionItems: Array<ActionItem>;
  /** Agenda items in order. */
  agenda: Array<AgendaItem>;
  /** Everyone recorded as attending, presenting or speaking. */
  attendance: Array<Attendance>;
  /** Attendance grouped by role, then by jurisdiction or organization. */
  attendanceByRole: Array<AttendanceGroup>;
  /** The bodies meeting; the first leads. */
  bodies: Array<Body>;
  /** Date, when known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Decisions, in agenda order. */
  decisions: Array<Decision>;
  /** Time the meeting was adjourned, as written (`15:10 EDT`). */
  endTime?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `mtg-pssdc-2020-09-24`. */
  id: Scalars['ID']['output'];
  /** Place, for in-person meetings. */
  location?: Maybe<Scalars['String']['output']>;
  /** How it was held. */
  modality?: Maybe<MeetingModality>;
  /** Next dated meeting of the leading body. */
  nextMeeting?: Maybe<Meeting>;
  /** Previous dated meeting of the leading body. */
  previousMeeting?: Maybe<Meeting>;
  /** Meetings that refer to this meeting. */
  referencedBy: Array<MeetingReference>;
  /** Meetings this meeting refers to. */
  references: Array<MeetingReference>;
  /** The record of this meeting. */
  source?: Maybe<SourceDocument>;
  /** Statements, in agenda order. */
  statements: Array<Statement>;
  /** State of the meeting. */
  status: MeetingStatus;
  /** Title. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A meeting of one or more bodies. */
export type MeetingAttendanceArgs = {
  role?: InputMaybe<AttendanceRole>;
};


/** A meeting of one or more bodies. */
export type MeetingTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** How a meeting was held. */
export type MeetingModality =
  /** In person */
  | 'IN_PERSON'
  /** By telephone */
  | 'TELECONFERENCE'
  /** Online */
  | 'VIRTUAL';

/** A reference from one meeting to another. */
export type MeetingReference = {
  __typename?: 'MeetingReference';
  /** Where the reference is written. */
  evidence?: Maybe<Evidence>;
  /** The meeting on the other side. */
  meeting: Meeting;
  /** How the meetings relate. */
  relation: MeetingRelation;
};

/** How one meeting refers to another. */
export type MeetingRelation =
  /** Approves the minutes of the other meeting. */
  | 'APPROVES_MINUTES_OF'
  /** Builds on the outcomes of the other meeting. */
  | 'BUILDS_ON'
  /** Mentions the other meeting. */
  | 'CITES'
  /** Announces the other meeting as the next one. */
  | 'NEXT_MEETING';

/** State of a meeting. */
export type MeetingStatus =
  /** Cancelled */
  | 'CANCELLED'
  /** Planned and confirmed */
  | 'CONFIRMED'
  /** Held */
  | 'PASSED'
  /** Planned, not confirmed */
  | 'TENTATIVE';

/** An office or membership held by a person in a body or organization, over a period (Popolo Membership). */
export type Membership = Node & {
  __typename?: 'Membership';
  /** The body, when the membership is in a body. */
  body?: Maybe<Body>;
  /** Last day held, when known. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Where the membership is stated. */
  evidence?: Maybe<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Who the holder represents. */
  onBehalfOf?: Maybe<Representative>;
  /** The organization or government department, when the membership is not in a body. */
  organization?: Maybe<Representative>;
  /** Who holds it. */
  person: Person;
  /** Role held. */
  role: MembershipRole;
  /** First day held, when known. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Title as written (`trésorière du CPSSP`). */
  title?: Maybe<Scalars['String']['output']>;
};


/** An office or membership held by a person in a body or organization, over a period (Popolo Membership). */
export type MembershipTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** Role in a membership or office. */
export type MembershipRole =
  /** Chair */
  | 'CHAIR'
  /** Coordinator */
  | 'COORDINATOR'
  /** Co-chair */
  | 'CO_CHAIR'
  /** Director */
  | 'DIRECTOR'
  /** Director general */
  | 'DIRECTOR_GENERAL'
  /** Executive director */
  | 'EXECUTIVE_DIRECTOR'
  /** Member */
  | 'MEMBER'
  /** Observer */
  | 'OBSERVER'
  /** President */
  | 'PRESIDENT'
  /** Research analyst */
  | 'RESEARCH_ANALYST'
  /** Special advisor */
  | 'SPECIAL_ADVISOR'
  /** Staff */
  | 'STAFF'
  /** Treasurer */
  | 'TREASURER';

/** Anything in the graph with a stable, readable id (a slug such as `person-bev-dicks` or an ISO code such as `CA-BC`). */
export type Node = {
  /** Stable id; never changes when a document is ingested again. */
  id: Scalars['ID']['output'];
};

/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Usual abbreviation (`ICCS` / `ISAC`). */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** Other spellings seen in minutes. */
  aliases: Array<Scalars['String']['output']>;
  /** Stable id, e.g. `org-isac`. */
  id: Scalars['ID']['output'];
  /** Kind of organization. */
  kind: OrganizationKind;
  /** People holding offices in this organization. */
  memberships: Array<Membership>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Jurisdiction or organization this one is part of. */
  partOf?: Maybe<Representative>;
  /** Bodies this organization is the secretariat of. */
  secretariatFor: Array<Body>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationAbbreviationArgs = {
  lang?: InputMaybe<Language>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationNameArgs = {
  lang?: InputMaybe<Language>;
};

/** Kind of organization. */
export type OrganizationKind =
  /** University or college. */
  | 'ACADEMIC'
  /** Association of officials or organizations (e.g. MSDO). */
  | 'ASSOCIATION'
  /** Government agency that is not itself a jurisdiction. */
  | 'GOVERNMENT_AGENCY'
  /** Indigenous organization. */
  | 'INDIGENOUS_ORGANIZATION'
  /** Non-profit organization. */
  | 'NON_PROFIT'
  /** Any other organization. */
  | 'OTHER'
  /** Secretariat of councils (e.g. ISAC). */
  | 'SECRETARIAT';

/** Paging information of a connection (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person named in the minutes: an attendee, a speaker, a presenter or an office holder. */
export type Person = Node & {
  __typename?: 'Person';
  /** Follow-up actions assigned to the person. */
  actionItems: Array<ActionItem>;
  /** Other forms of the name used in the minutes. */
  aliases: Array<Scalars['String']['output']>;
  /** Meetings attended, with role and who the person represented, most recent first. */
  attendance: Array<Attendance>;
  /** Stable id, e.g. `person-bev-dicks`. */
  id: Scalars['ID']['output'];
  /** Offices and memberships; with `asOf`, only those held on that date. */
  memberships: Array<Membership>;
  /** Name as written in the source. */
  name: Scalars['String']['output'];
  /** What the person said, most recent meeting first. */
  statements: Array<Statement>;
};


/** A person named in the minutes: an attendee, a speaker, a presenter or an office holder. */
export type PersonMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** Entry points of the analyst API. */
export type Query = {
  __typename?: 'Query';
  /** A meeting by id. */
  meeting?: Maybe<Meeting>;
  /** Any entity by id, or null when there is none. */
  node?: Maybe<Node>;
  /** A person by id. */
  person?: Maybe<Person>;
};


/** Entry points of the analyst API. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

/** Who a person represents: a jurisdiction or an organization. */
export type Representative = Jurisdiction | Organization;

/** The people who attended in one role on behalf of one jurisdiction or organization. */
export type RepresentativeAttendance = {
  __typename?: 'RepresentativeAttendance';
  /** The attendances. */
  attendance: Array<Attendance>;
  /** Who was represented (null when not stated). */
  representative?: Maybe<Representative>;
};

/** Order of a sorted list. */
export type SortDirection =
  /** Ascending */
  | 'ASC'
  /** Descending */
  | 'DESC';

/** A document facts are taken from, identified by its SHA-256. */
export type SourceDocument = Node & {
  __typename?: 'SourceDocument';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Kind of document. */
  kind: SourceKind;
  /** Language the document is written in. */
  language: Language;
  /** The meeting it records. */
  meeting?: Maybe<Meeting>;
  /** Path of the file, relative to the seed document that cites it. */
  path: Scalars['String']['output'];
  /** SHA-256 of the file's bytes. */
  sha256: Scalars['String']['output'];
  /** Title. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A document facts are taken from, identified by its SHA-256. */
export type SourceDocumentTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** Kind of source document. */
export type SourceKind =
  /** Agenda. */
  | 'AGENDA'
  /** Presentation. */
  | 'PRESENTATION'
  /** Record of decisions (minutes). */
  | 'RECORD_OF_DECISIONS'
  /** Report. */
  | 'REPORT';

/** Something a person said at a meeting, on behalf of a jurisdiction or organization. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** The agenda item. */
  agendaItem: AgendaItem;
  /** The words that named the speaker in the source (`Bev Dicks (C.-B.)`). */
  attributionText?: Maybe<Scalars['String']['output']>;
  /** Where it is written. */
  evidence?: Maybe<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** Who the speaker spoke for. */
  onBehalfOf?: Maybe<Representative>;
  /** Who said it. */
  speaker: Person;
  /** Summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The passage exactly as written in the source (in the source's language). */
  text: Scalars['String']['output'];
  /** Themes raised. */
  themes: Array<Theme>;
  /** Kind of statement. */
  type: StatementType;
};


/** Something a person said at a meeting, on behalf of a jurisdiction or organization. */
export type StatementSummaryArgs = {
  lang?: InputMaybe<Language>;
};

/** Kind of statement. */
export type StatementType =
  /** An answer. */
  | 'ANSWER'
  /** A presentation. */
  | 'PRESENTATION'
  /** A question. */
  | 'QUESTION'
  /** A remark or position. */
  | 'REMARK';

/** A theme of the bilingual taxonomy, with broader and narrower themes. */
export type Theme = Node & {
  __typename?: 'Theme';
  /** Broader themes. */
  broader: Array<Theme>;
  /** Stable id, e.g. `theme-digital-identity`. */
  id: Scalars['ID']['output'];
  /** Kind of theme. */
  kind: ThemeKind;
  /** Label. */
  label?: Maybe<Scalars['String']['output']>;
  /** Narrower themes. */
  narrower: Array<Theme>;
  /** Statements that raise this theme. */
  statements: Array<Statement>;
  /** Synonyms in the language (no fallback). */
  synonyms: Array<Scalars['String']['output']>;
};


/** A theme of the bilingual taxonomy, with broader and narrower themes. */
export type ThemeLabelArgs = {
  lang?: InputMaybe<Language>;
};


/** A theme of the bilingual taxonomy, with broader and narrower themes. */
export type ThemeSynonymsArgs = {
  lang?: InputMaybe<Language>;
};

/** Kind of theme. */
export type ThemeKind =
  /** An element proposed for future agendas. */
  | 'AGENDA_ELEMENT'
  /** A common theme from an information exchange. */
  | 'COMMON_THEME'
  /** A priority area set by a council or the FPT Deputy Ministers' Table. */
  | 'PRIORITY_AREA'
  /** A topic raised in discussion. */
  | 'TOPIC';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ActionOwner:
    | ( BodyModel )
    | ( JurisdictionModel )
    | ( OrganizationModel )
    | ( PersonModel )
  ;
  Representative:
    | ( JurisdictionModel )
    | ( OrganizationModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActionItemModel )
    | ( AgendaItemModel )
    | ( AttendanceModel )
    | ( BodyModel )
    | ( DecisionModel )
    | ( JurisdictionModel )
    | ( MeetingModel )
    | ( MembershipModel )
    | ( OrganizationModel )
    | ( PersonModel )
    | ( SourceDocumentModel )
    | ( StatementModel )
    | ( ThemeModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionItem: ResolverTypeWrapper<ActionItemModel>;
  ActionOwner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ActionOwner']>;
  ActionStatus: ActionStatus;
  AgendaItem: ResolverTypeWrapper<AgendaItemModel>;
  Attendance: ResolverTypeWrapper<AttendanceModel>;
  AttendanceGroup: ResolverTypeWrapper<Omit<AttendanceGroup, 'representatives'> & { representatives: Array<ResolversTypes['RepresentativeAttendance']> }>;
  AttendanceRole: AttendanceRole;
  Body: ResolverTypeWrapper<BodyModel>;
  BodyKind: BodyKind;
  BodyStatus: BodyStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decision: ResolverTypeWrapper<DecisionModel>;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Jurisdiction: ResolverTypeWrapper<JurisdictionModel>;
  JurisdictionKind: JurisdictionKind;
  Language: Language;
  Meeting: ResolverTypeWrapper<MeetingModel>;
  MeetingModality: MeetingModality;
  MeetingReference: ResolverTypeWrapper<MeetingReferenceModel>;
  MeetingRelation: MeetingRelation;
  MeetingStatus: MeetingStatus;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Representative: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Representative']>;
  RepresentativeAttendance: ResolverTypeWrapper<Omit<RepresentativeAttendance, 'attendance' | 'representative'> & { attendance: Array<ResolversTypes['Attendance']>, representative?: Maybe<ResolversTypes['Representative']> }>;
  SortDirection: SortDirection;
  SourceDocument: ResolverTypeWrapper<SourceDocumentModel>;
  SourceKind: SourceKind;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementType: StatementType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Theme: ResolverTypeWrapper<ThemeModel>;
  ThemeKind: ThemeKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionItem: ActionItemModel;
  ActionOwner: ResolversUnionTypes<ResolversParentTypes>['ActionOwner'];
  AgendaItem: AgendaItemModel;
  Attendance: AttendanceModel;
  AttendanceGroup: Omit<AttendanceGroup, 'representatives'> & { representatives: Array<ResolversParentTypes['RepresentativeAttendance']> };
  Body: BodyModel;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  Decision: DecisionModel;
  Evidence: EvidenceModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Jurisdiction: JurisdictionModel;
  Meeting: MeetingModel;
  MeetingReference: MeetingReferenceModel;
  Membership: MembershipModel;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationModel;
  PageInfo: PageInfo;
  Person: PersonModel;
  Query: Record<PropertyKey, never>;
  Representative: ResolversUnionTypes<ResolversParentTypes>['Representative'];
  RepresentativeAttendance: Omit<RepresentativeAttendance, 'attendance' | 'representative'> & { attendance: Array<ResolversParentTypes['Attendance']>, representative?: Maybe<ResolversParentTypes['Representative']> };
  SourceDocument: SourceDocumentModel;
  Statement: StatementModel;
  String: Scalars['String']['output'];
  Theme: ThemeModel;
};

export type ActionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = {
  agendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
  completedBy?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  completionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActionItemCompletionNoteArgs, 'lang'>>;
  dueBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActionItemDueTextArgs, 'lang'>>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['ActionOwner']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActionItemTextArgs, 'lang'>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionOwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionOwner'] = ResolversParentTypes['ActionOwner']> = {
  __resolveType: TypeResolveFn<'Body' | 'Jurisdiction' | 'Organization' | 'Person', ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AgendaItemTitleArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  attributionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AttendanceRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendanceGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttendanceGroup'] = ResolversParentTypes['AttendanceGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  representatives?: Resolver<Array<ResolversTypes['RepresentativeAttendance']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AttendanceRole'], ParentType, ContextType>;
};

export type BodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyAbbreviationArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BodyKind'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<BodyMembersArgs>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyNameArgs, 'lang'>>;
  partOf?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  reportedToBy?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  reportsTo?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  secretariat?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BodyStatus'], ParentType, ContextType>;
  statusEvidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyStatusNoteArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  agendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DecisionTextArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  lineEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
};

export type JurisdictionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<JurisdictionAbbreviationArgs, 'lang'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JurisdictionKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<JurisdictionNameArgs, 'lang'>>;
  ocdId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, Partial<MeetingAttendanceArgs>>;
  attendanceByRole?: Resolver<Array<ResolversTypes['AttendanceGroup']>, ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modality?: Resolver<Maybe<ResolversTypes['MeetingModality']>, ParentType, ContextType>;
  nextMeeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  previousMeeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  referencedBy?: Resolver<Array<ResolversTypes['MeetingReference']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['MeetingReference']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MeetingTitleArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingReferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingReference'] = ResolversParentTypes['MeetingReference']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['MeetingRelation'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  body?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MembershipTitleArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ActionItem' | 'AgendaItem' | 'Attendance' | 'Body' | 'Decision' | 'Jurisdiction' | 'Meeting' | 'Membership' | 'Organization' | 'Person' | 'SourceDocument' | 'Statement' | 'Theme', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrganizationAbbreviationArgs, 'lang'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<OrganizationMembershipsArgs>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrganizationNameArgs, 'lang'>>;
  partOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  secretariatFor?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<PersonMembershipsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
};

export type RepresentativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Representative'] = ResolversParentTypes['Representative']> = {
  __resolveType: TypeResolveFn<'Jurisdiction' | 'Organization', ParentType, ContextType>;
};

export type RepresentativeAttendanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepresentativeAttendance'] = ResolversParentTypes['RepresentativeAttendance']> = {
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  representative?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
};

export type SourceDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SourceDocumentTitleArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  agendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
  attributionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<StatementSummaryArgs, 'lang'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StatementType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  broader?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ThemeKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ThemeLabelArgs, 'lang'>>;
  narrower?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ThemeSynonymsArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionOwner?: ActionOwnerResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  AttendanceGroup?: AttendanceGroupResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingReference?: MeetingReferenceResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Representative?: RepresentativeResolvers<ContextType>;
  RepresentativeAttendance?: RepresentativeAttendanceResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
};

