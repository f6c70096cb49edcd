import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonModel, JurisdictionModel, OrganizationModel, BodyModel, MembershipModel, MeetingModel, MeetingReferenceModel, AttendanceModel, AgendaItemModel, DecisionModel, ActionItemModel, ActionUpdateModel, StatementModel, ThemeModel, SourceDocumentModel, EvidenceModel, ProgramModel, MentionModel, InferenceModel } from '../models';
import type { BodyParticipationModel, ActionAgeModel, BodyParticipantModel } from '../models/participation';
import type { ThemeAcrossMeetingsModel, ThemeTrendModel, RepresentativeThemeActivityModel, RepresentativeThemeProfileModel, RepresentativeThemeCountModel, ThemeMeetingCountModel, ThemeYearCountModel, ThemeMatrixModel, ThemeMatrixCellModel, MeetingThemesModel, MeetingThemeCountModel } from '../models/analytics';
import type { SearchHitModel, EntityWithProps } from '../models/search';
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

/** How long an action has been waiting. */
export type ActionAge = {
  __typename?: 'ActionAge';
  /** Days from the meeting that assigned the action to the date asked about; null when that meeting is undated. */
  days?: Maybe<Scalars['Int']['output']>;
  /** The meeting that assigned it. */
  since: Meeting;
};

/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItem = Fact & Node & {
  __typename?: 'ActionItem';
  /** How long it has been waiting on `asOf` (default: today, UTC): days since the meeting that assigned it. */
  age: ActionAge;
  /** The agenda item it was assigned under. */
  agendaItem: AgendaItem;
  /** The state it was assigned with (`status` is the latest reported). */
  assignedStatus: ActionStatus;
  /** How this fact is known (see Fact). */
  basis: Basis;
  /** Carried over: the number of later meetings at which it was reported still to do or under way (OPEN, IN_PROGRESS). */
  carriedOver: Scalars['Int']['output'];
  /** Who completed it. */
  completedBy: Array<Person>;
  /** When it was completed. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** Completion note as written. */
  completionNote?: Maybe<Scalars['String']['output']>;
  /** Bodies the action concerns (e.g. a working group to be ended). */
  concerns: Array<Body>;
  /** The rest of the passage, where the layout (a two-column PDF) prints it apart from `evidence`. */
  continuation?: Maybe<Evidence>;
  /** Latest date it is due by. */
  dueBy?: Maybe<Scalars['Date']['output']>;
  /** When it is due, as written (`fall 2020`). */
  dueText?: Maybe<Scalars['String']['output']>;
  /** Where it is written. With `lang`, the passage of the record's version in that language (the minutes in English or in French), falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. A fact said in one version only has one. */
  evidences: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact). */
  inferences: Array<Inference>;
  /** The meeting it was assigned at. */
  meeting: Meeting;
  /** Entities its passage names. */
  mentions: Array<Mention>;
  /** Number as written (`1`, `2A`). */
  number: Scalars['String']['output'];
  /** Still open or in progress on `asOf` (default: today, UTC) although due before it. */
  overdue: Scalars['Boolean']['output'];
  /** Who it is assigned to. */
  owners: Array<ActionOwner>;
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
  /** State now: the latest status reported at a later meeting (`statusHistory`), else the state it was assigned with (`assignedStatus`). */
  status: ActionStatus;
  /** Reports on this action at later meetings, oldest first: its status history. */
  statusHistory: Array<ActionUpdate>;
  /** What is to be done. */
  text?: Maybe<Scalars['String']['output']>;
  /** Themes it concerns. */
  themes: Array<Theme>;
};


/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItemAgeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
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
export type ActionItemEvidenceArgs = {
  lang?: InputMaybe<Language>;
};


/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItemOverdueArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A follow-up action (`Mesure de suivi`) assigned at a meeting. */
export type ActionItemTextArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of follow-up actions. */
export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  /** The follow-up actions of this page, each with its cursor. */
  edges: Array<ActionItemEdge>;
  /** The follow-up actions of this page. */
  nodes: Array<ActionItem>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of follow-up actions matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A follow-up action in a page, with its cursor. */
export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  /** Pass as `after` to continue after this follow-up action. */
  cursor: Scalars['String']['output'];
  /** The follow-up action. */
  node: ActionItem;
};

/** Conditions on follow-up actions; all given conditions must hold. Dates are those of the meeting. */
export type ActionItemFilter = {
  /** Assigned at a meeting held by this body. */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Carried over: reported still to do or under way (OPEN, IN_PROGRESS) at this many later meetings, at least. */
  carriedOverAtLeast?: InputMaybe<Scalars['Int']['input']>;
  /** Assigned at a meeting on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Assigned at this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Assigned to this person, organization, body or jurisdiction. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** In one of these states now (the latest reported at a later meeting, else the state it was assigned with; an empty list matches nothing). */
  status?: InputMaybe<Array<ActionStatus>>;
  /** Assigned at a meeting on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Order of a list of follow-up actions. */
export type ActionItemSort = {
  /** Direction; by default descending for MEETING_DATE (most recent first), ascending otherwise (DUE_BY: soonest first). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: ActionItemSortField;
};

/** Fields follow-up actions can be sorted on; ties are broken by meeting date (most recent first), agenda order, then id. */
export type ActionItemSortField =
  /** Date due by; actions without one come last in either direction. */
  | 'DUE_BY'
  /** Id. */
  | 'ID'
  /** Date of the meeting (undated meetings last in either direction), then agenda order. */
  | 'MEETING_DATE'
  /** State: OPEN, IN_PROGRESS, COMPLETED, CANCELLED when ascending (open first). */
  | 'STATUS';

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

/** A later meeting's report on an earlier follow-up action (done, under way, dropped, still to do): one entry of the action's status history. */
export type ActionUpdate = Fact & Node & {
  __typename?: 'ActionUpdate';
  /** The action reported on. */
  action: ActionItem;
  /** The agenda item it was reported under, when the minutes place it. */
  agendaItem?: Maybe<AgendaItem>;
  /** How this fact is known (see Fact): the link to the action and the state are often concluded, not written. */
  basis: Basis;
  /** Where the report is written. With `lang`, the passage of the minutes' version in that language, falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. */
  evidences: Array<Evidence>;
  /** Stable id, e.g. `mtg-osab-2018-11-21-update-1`. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact): `action`, `status`, `agendaItem`. */
  inferences: Array<Inference>;
  /** The meeting that reports on it. */
  meeting: Meeting;
  /** What the minutes say of the action, summarised. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The state the meeting reports. */
  status: ActionStatus;
};


/** A later meeting's report on an earlier follow-up action (done, under way, dropped, still to do): one entry of the action's status history. */
export type ActionUpdateEvidenceArgs = {
  lang?: InputMaybe<Language>;
};


/** A later meeting's report on an earlier follow-up action (done, under way, dropped, still to do): one entry of the action's status history. */
export type ActionUpdateNoteArgs = {
  lang?: InputMaybe<Language>;
};

/** An item of a meeting's agenda. */
export type AgendaItem = Node & {
  __typename?: 'AgendaItem';
  /** Follow-up actions assigned under this item. */
  actionItems: Array<ActionItem>;
  /** Decisions taken under this item. */
  decisions: Array<Decision>;
  /** Where the item's title is written. With `lang`, the passage of the record's version in that language (the minutes in English or in French), falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. A fact said in one version only has one. */
  evidences: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** True when the minutes state that the item drew no comments or questions. */
  noDiscussion: Scalars['Boolean']['output'];
  /** Where the minutes say so. */
  noDiscussionEvidence?: Maybe<Evidence>;
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
export type AgendaItemEvidenceArgs = {
  lang?: InputMaybe<Language>;
};


/** An item of a meeting's agenda. */
export type AgendaItemTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of agenda items. */
export type AgendaItemConnection = {
  __typename?: 'AgendaItemConnection';
  /** The agenda items of this page, each with its cursor. */
  edges: Array<AgendaItemEdge>;
  /** The agenda items of this page. */
  nodes: Array<AgendaItem>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of agenda items matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An agenda item in a page, with its cursor. */
export type AgendaItemEdge = {
  __typename?: 'AgendaItemEdge';
  /** Pass as `after` to continue after this agenda item. */
  cursor: Scalars['String']['output'];
  /** The agenda item. */
  node: AgendaItem;
};

/** Conditions on agenda items; all given conditions must hold. */
export type AgendaItemFilter = {
  /** With `themeId`: also match items about themes narrower than it, transitively. */
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  /** On the agenda of this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** About this theme (or, with `includeNarrower`, one of its narrower themes). */
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Order of a list of agenda items. */
export type AgendaItemSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: AgendaItemSortField;
};

/** Fields agenda items can be sorted on; ties are broken by id. */
export type AgendaItemSortField =
  /** Id. */
  | 'ID'
  /** Date of the meeting (undated meetings last in either direction), then agenda order. */
  | 'MEETING_DATE';

/** A person's presence at a meeting, in a role, on behalf of a jurisdiction or organization. */
export type Attendance = Fact & Node & {
  __typename?: 'Attendance';
  /** The agenda item, for presenters and panelists. */
  agendaItem?: Maybe<AgendaItem>;
  /** A second party the person attended for, e.g. the municipality of an association's member. */
  alsoOnBehalfOf: Array<Representative>;
  /** The words that named the affiliation in the source. */
  attributionText?: Maybe<Scalars['String']['output']>;
  /** How this fact is known (see Fact). */
  basis: Basis;
  /** Where the attendance is written. With `lang`, the passage of the record's version in that language (the minutes in English or in French), falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. A fact said in one version only has one. */
  evidences: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact). */
  inferences: Array<Inference>;
  /** False for people who spoke or presented but are on no attendance list. */
  listed: Scalars['Boolean']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** Who the person represented. */
  onBehalfOf?: Maybe<Representative>;
  /** Who attended. */
  person: Person;
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Role at the meeting. */
  role: AttendanceRole;
};


/** A person's presence at a meeting, in a role, on behalf of a jurisdiction or organization. */
export type AttendanceEvidenceArgs = {
  lang?: InputMaybe<Language>;
};

/** Attendance of one meeting, counted. */
export type AttendanceCounts = {
  __typename?: 'AttendanceCounts';
  /** People on the attendance lists (one per person, whatever their roles). */
  listed: Scalars['Int']['output'];
  /** People who spoke or presented but are on no attendance list. */
  unlisted: Scalars['Int']['output'];
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
  /** Chair */
  | 'CHAIR'
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
  | 'SECRETARIAT'
  /** Spoke, but is on no attendance list and was not presenting */
  | 'SPEAKER';

/** How a fact is known. */
export type Basis =
  /** Concluded by the curator from the source: `inferences` give each concluded part, why, and the passage it rests on. */
  | 'INFERRED'
  /** Written in the source: the evidence quotes it. */
  | 'STATED';

/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type Body = Fact & Node & {
  __typename?: 'Body';
  /** Abbreviation (`PSSDC` / `CPSSP`). */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** Follow-up actions assigned at meetings of this body, most recent meeting first; with `status`, only those now in one of the states (see ActionItem.status). */
  actionItems: Array<ActionItem>;
  /** Other names and abbreviations seen in minutes (`JC`, `CM`, `FPT DM Table`). */
  aliases: Array<Scalars['String']['output']>;
  /** How this fact is known (see Fact). */
  basis: Basis;
  /** Follow-up actions that concern this body (whoever they are assigned to). */
  concernedBy: Array<ActionItem>;
  /** Decisions taken at meetings of this body, most recent meeting first, each meeting's in agenda order. */
  decisions: Array<Decision>;
  /** Stable id, e.g. `body-pssdc`. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact). */
  inferences: Array<Inference>;
  /** Kind of body. */
  kind: BodyKind;
  /** Meetings of this body, most recent first. */
  meetings: Array<Meeting>;
  /** Members and office holders; with `asOf`, only those holding the membership on that date; with `role` or `onBehalfOfId`, only those in that role or representing that jurisdiction or organization. */
  members: Array<Membership>;
  /** Statements, decisions and action items whose passage names this body. */
  mentionedIn: Array<Mention>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The body this one is part of. */
  partOf?: Maybe<Body>;
  /** Everyone who attended the body's meetings, with how often and from when to when — how its membership changed over time. By default the attendance lists only (`listed: true`); ordered by first meeting, then name. */
  participants: Array<BodyParticipant>;
  /** Bodies that are part of this one. */
  parts: Array<Body>;
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
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
export type BodyActionItemsArgs = {
  status?: InputMaybe<Array<ActionStatus>>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyMembersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  basis?: InputMaybe<Basis>;
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<MembershipRole>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyNameArgs = {
  lang?: InputMaybe<Language>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyParticipantsArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An intergovernmental body: a council, a community of practice, a working group or a committee. */
export type BodyStatusNoteArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of bodies. */
export type BodyConnection = {
  __typename?: 'BodyConnection';
  /** The bodies of this page, each with its cursor. */
  edges: Array<BodyEdge>;
  /** The bodies of this page. */
  nodes: Array<Body>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of bodies matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A body in a page, with its cursor. */
export type BodyEdge = {
  __typename?: 'BodyEdge';
  /** Pass as `after` to continue after this body. */
  cursor: Scalars['String']['output'];
  /** The body. */
  node: Body;
};

/** Conditions on bodies; all given conditions must hold. */
export type BodyFilter = {
  /** Of this kind. */
  kind?: InputMaybe<BodyKind>;
  /** Name, abbreviation or another name seen in minutes contains this text, in either language, ignoring case (`JC`, `FPT`, `SCT`). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Directly part of this body. */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  /** In this lifecycle state. */
  status?: InputMaybe<BodyStatus>;
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

/** Conditions on bodies of one kind (councils, communities of practice, working groups, committees). */
export type BodyOfKindFilter = {
  /** Name, abbreviation or another name seen in minutes contains this text, in either language, ignoring case (`JC`, `FPT`, `SCT`). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Directly part of this body. */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  /** In this lifecycle state. */
  status?: InputMaybe<BodyStatus>;
};

/** One person's attendance at a body's meetings over time. */
export type BodyParticipant = {
  __typename?: 'BodyParticipant';
  /** Date of the first of those meetings. */
  firstDate?: Maybe<Scalars['Date']['output']>;
  /** Date of the last of those meetings. */
  lastDate?: Maybe<Scalars['Date']['output']>;
  /** How many meetings. */
  meetingCount: Scalars['Int']['output'];
  /** The body's meetings the person attended, oldest first. */
  meetings: Array<Meeting>;
  /** Whom the person attended for, as the lists say (each party once). */
  onBehalfOf: Array<Representative>;
  /** The person. */
  person: Person;
};

/** Taking part in one body's meetings, as the attendance records show. */
export type BodyParticipation = {
  __typename?: 'BodyParticipation';
  /** The body whose meetings were attended. */
  body: Body;
  /** Date of the first of those meetings. */
  firstDate?: Maybe<Scalars['Date']['output']>;
  /** Date of the last of those meetings. */
  lastDate?: Maybe<Scalars['Date']['output']>;
  /** How many meetings. */
  meetingCount: Scalars['Int']['output'];
  /** Those meetings, oldest first. */
  meetings: Array<Meeting>;
  /** Who attended them (for a person, that person), by name. */
  people: Array<Person>;
};

/** Order of a list of bodies. */
export type BodySort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: BodySortField;
};

/** Fields bodies can be sorted on; ties are broken by id. */
export type BodySortField =
  /** Id. */
  | 'ID'
  /** English name (French when there is none), ignoring case. */
  | 'NAME';

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
export type Decision = Fact & Node & {
  __typename?: 'Decision';
  /** The agenda item. */
  agendaItem: AgendaItem;
  /** How this fact is known (see Fact). */
  basis: Basis;
  /** Meetings the decision is about (e.g. the meeting whose minutes it approves). */
  concerns: Array<Meeting>;
  /** The rest of the passage, where the layout (a two-column PDF) prints it apart from `evidence`. */
  continuation?: Maybe<Evidence>;
  /** Where the decision is written. With `lang`, the passage of the record's version in that language (the minutes in English or in French), falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. A fact said in one version only has one. */
  evidences: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact). */
  inferences: Array<Inference>;
  /** The meeting. */
  meeting: Meeting;
  /** Entities its passage names. */
  mentions: Array<Mention>;
  /** Number as written (`1`). */
  number: Scalars['String']['output'];
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Text of the decision. */
  text?: Maybe<Scalars['String']['output']>;
};


/** A decision recorded in the minutes. */
export type DecisionEvidenceArgs = {
  lang?: InputMaybe<Language>;
};


/** A decision recorded in the minutes. */
export type DecisionTextArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of decisions. */
export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  /** The decisions of this page, each with its cursor. */
  edges: Array<DecisionEdge>;
  /** The decisions of this page. */
  nodes: Array<Decision>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of decisions matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A decision in a page, with its cursor. */
export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  /** Pass as `after` to continue after this decision. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: Decision;
};

/** Conditions on decisions; all given conditions must hold. Dates are those of the meeting. */
export type DecisionFilter = {
  /** Taken at a meeting held by this body. */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Taken at a meeting on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Taken at this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Taken at a meeting on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Order of a list of decisions. */
export type DecisionSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: DecisionSortField;
};

/** Fields decisions can be sorted on; ties are broken by id. */
export type DecisionSortField =
  /** Id. */
  | 'ID'
  /** Date of the meeting (undated meetings last in either direction), then agenda order. */
  | 'MEETING_DATE';

/** Counts of what a document changed in the graph. */
export type DocumentChanges = {
  __typename?: 'DocumentChanges';
  /** Nodes whose properties changed. */
  nodesChanged: Scalars['Int']['output'];
  /** Nodes created. */
  nodesCreated: Scalars['Int']['output'];
  /** Nodes the new version no longer has. */
  nodesRemoved: Scalars['Int']['output'];
  /** Relationships whose properties changed. */
  relationshipsChanged: Scalars['Int']['output'];
  /** Relationships created. */
  relationshipsCreated: Scalars['Int']['output'];
  /** Relationships the new version no longer asserts. */
  relationshipsRemoved: Scalars['Int']['output'];
};

/** Where a fact is written: the exact quoted passage and its line range in a source document. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The language of that document. */
  language?: Maybe<Language>;
  /** Last line of the passage in the source document (inclusive). */
  lineEnd: Scalars['Int']['output'];
  /** First line of the passage in the source document (1-based). */
  lineStart: Scalars['Int']['output'];
  /** The passage exactly as it occurs in the source (line breaks folded to spaces). */
  quote: Scalars['String']['output'];
  /** The document the passage comes from. */
  source?: Maybe<SourceDocument>;
};

/**
 * A fact derived from the minutes (an attendance, membership, meeting, body, decision, action item or
 * statement), with how it is known.
 */
export type Fact = {
  /** STATED when the source writes every part of the fact; INFERRED when a part was concluded (see `inferences`). */
  basis: Basis;
  /** The parts concluded rather than read, each with its reason and the passage it rests on. */
  inferences: Array<Inference>;
  /** For an inferred fact, why: each concluded part and its reason, joined; null for a stated fact. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A relationship between two entities, in its stored direction. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Id of the entity the relationship starts from. */
  from: Scalars['ID']['output'];
  /** Id of the entity the relationship points to. */
  to: Scalars['ID']['output'];
  /** Relationship type, e.g. `ATTENDED`, `HELD_BY`, `IN_BODY` (see docs/data-model.md). */
  type: Scalars['String']['output'];
};

/** An entity as a node of a graph view. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The entity itself. */
  entity: Node;
  /** Id of the entity. */
  id: Scalars['ID']['output'];
  /** A display label: the name, title, label or number of the entity. */
  label: Scalars['String']['output'];
  /** GraphQL type name of the entity, e.g. `Person`, `Meeting`, `Body`. */
  type: Scalars['String']['output'];
};


/** An entity as a node of a graph view. */
export type GraphNodeLabelArgs = {
  lang?: InputMaybe<Language>;
};

/** A path between two entities: `nodes[i]` and `nodes[i + 1]` are joined by `edges[i]` (in either direction). */
export type GraphPath = {
  __typename?: 'GraphPath';
  /** The relationships along the path, in path order. */
  edges: Array<GraphEdge>;
  /** Number of relationships in the path. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from the start to the end. */
  nodes: Array<GraphNode>;
};

/** One part of a fact that the minutes do not state but that was concluded from them. */
export type Inference = {
  __typename?: 'Inference';
  /** The passage it was concluded from (the fact's own evidence when no other passage is given). */
  evidence?: Maybe<Evidence>;
  /** The part concluded, as named in the seed format: `owners`, `date`, `role`, `onBehalfOf`, `partOf`, `status`, … */
  field: Scalars['String']['output'];
  /** Why it was concluded. */
  reason: Scalars['String']['output'];
};

/** A seed document sent to the API. */
export type IngestDocumentInput = {
  /** Only report what would change. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The text of the source document it quotes (checked against `source.sha256`). */
  sourceText?: InputMaybe<Scalars['String']['input']>;
  /** The YAML document. */
  yaml: Scalars['String']['input'];
};

/** The result of ingesting a document. */
export type IngestDocumentPayload = {
  __typename?: 'IngestDocumentPayload';
  /** Id of the audit record written with the change. */
  auditId: Scalars['ID']['output'];
  /** What changed, or would change on a dry run. */
  changes: DocumentChanges;
  /** The document's key (its source id). */
  document: Scalars['ID']['output'];
  /** True when nothing was written. */
  dryRun: Scalars['Boolean']['output'];
};

/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type Jurisdiction = Node & {
  __typename?: 'Jurisdiction';
  /** Usual abbreviation (`B.C.` / `C.-B.`). */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** Other spellings seen in minutes. */
  aliases: Array<Scalars['String']['output']>;
  /** Attendances on behalf of this jurisdiction (first or second party, e.g. a municipality through its association), most recent first; `listed` and `basis` filter as on Meeting.attendance. */
  attendance: Array<Attendance>;
  /** ISO 3166-2 code for provinces and territories (`CA-BC`), a slug otherwise (`ca-gc-esdc`). */
  id: Scalars['ID']['output'];
  /** Kind of jurisdiction. */
  kind: JurisdictionKind;
  /** Statements, decisions and action items whose passage names this jurisdiction. */
  mentionedIn: Array<Mention>;
  /** Official name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Open Civic Data division id, where one exists. */
  ocdId?: Maybe<Scalars['String']['output']>;
  /** The jurisdiction this one belongs to (a department to Canada, a municipality to its province). */
  partOf?: Maybe<Jurisdiction>;
  /** The bodies whose meetings someone attended on behalf of this jurisdiction (a department at the PSSDC and at the OSAB), first attended first. */
  participation: Array<BodyParticipation>;
  /** Jurisdictions that belong to this one. */
  parts: Array<Jurisdiction>;
  /** Statements made on behalf of this jurisdiction, most recent first; with `types`, only statements of these kinds. */
  statements: Array<Statement>;
};


/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type JurisdictionAbbreviationArgs = {
  lang?: InputMaybe<Language>;
};


/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type JurisdictionAttendanceArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type JurisdictionNameArgs = {
  lang?: InputMaybe<Language>;
};


/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type JurisdictionParticipationArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A government: Canada, a province or territory, a federal department or agency, or a municipality. */
export type JurisdictionStatementsArgs = {
  types?: InputMaybe<Array<StatementType>>;
};

/** A page of jurisdictions. */
export type JurisdictionConnection = {
  __typename?: 'JurisdictionConnection';
  /** The jurisdictions of this page, each with its cursor. */
  edges: Array<JurisdictionEdge>;
  /** The jurisdictions of this page. */
  nodes: Array<Jurisdiction>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of jurisdictions matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A jurisdiction in a page, with its cursor. */
export type JurisdictionEdge = {
  __typename?: 'JurisdictionEdge';
  /** Pass as `after` to continue after this jurisdiction. */
  cursor: Scalars['String']['output'];
  /** The jurisdiction. */
  node: Jurisdiction;
};

/** Conditions on jurisdictions. */
export type JurisdictionFilter = {
  /** Of this kind. */
  kind?: InputMaybe<JurisdictionKind>;
  /** Name, abbreviation or another name seen in minutes contains this text, in either language, ignoring case (`JC`, `FPT`, `SCT`). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
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

/** Order of a list of jurisdictions. */
export type JurisdictionSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: JurisdictionSortField;
};

/** Fields jurisdictions can be sorted on; ties are broken by id. */
export type JurisdictionSortField =
  /** Id. */
  | 'ID'
  /** English name (French when there is none), ignoring case. */
  | 'NAME';

/** Language of localized text. A localized field falls back to the other language when the requested one is missing. */
export type Language =
  /** English */
  | 'EN'
  /** French */
  | 'FR';

/** A meeting of one or more bodies. */
export type Meeting = Fact & Node & {
  __typename?: 'Meeting';
  /** Follow-up actions, in agenda order. */
  actionItems: Array<ActionItem>;
  /** Reports this meeting makes on actions assigned at earlier meetings, in the order of the minutes. */
  actionUpdates: Array<ActionUpdate>;
  /** Agenda items in order. */
  agenda: Array<AgendaItem>;
  /** Everyone recorded as attending, presenting or speaking; `listed` keeps only people on (true) or off (false) the attendance lists, `basis: STATED` drops inferred attendances. */
  attendance: Array<Attendance>;
  /** Attendance grouped by role, then by jurisdiction or organization. By default only the attendance lists (`listed: true`); `listed: false` gives the people who spoke or presented but are on no list, `listed: null` everyone. */
  attendanceByRole: Array<AttendanceGroup>;
  /** How many attendances the lists record and how many people appear only in the text. */
  attendanceCounts: AttendanceCounts;
  /** How this fact is known (see Fact). */
  basis: Basis;
  /** The bodies meeting; the first leads. */
  bodies: Array<Body>;
  /** Date, when known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Decisions, in agenda order. */
  decisions: Array<Decision>;
  /** Time the meeting was adjourned, as written (`15:10 EDT`). */
  endTime?: Maybe<Scalars['String']['output']>;
  /** Where the time the meeting was adjourned is written. */
  endTimeEvidence?: Maybe<Evidence>;
  /** Where the meeting itself (title, date, modality) is written. With `lang`, the passage of the record's version in that language (the minutes in English or in French), falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. A fact said in one version only has one. */
  evidences: Array<Evidence>;
  /** Stable id, e.g. `mtg-pssdc-2020-09-24`. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact). */
  inferences: Array<Inference>;
  /** Place, for in-person meetings. */
  location?: Maybe<Scalars['String']['output']>;
  /** Statements, decisions and action items whose passage names this meeting. */
  mentionedIn: Array<Mention>;
  /** How it was held. */
  modality?: Maybe<MeetingModality>;
  /** Next dated meeting of the leading body. */
  nextMeeting?: Maybe<Meeting>;
  /** Previous dated meeting of the leading body. */
  previousMeeting?: Maybe<Meeting>;
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Meetings that refer to this meeting. */
  referencedBy: Array<MeetingReference>;
  /** Meetings this meeting refers to. */
  references: Array<MeetingReference>;
  /** The record of this meeting (its first version when it was minuted in two languages). */
  source?: Maybe<SourceDocument>;
  /** Every version of the record of this meeting: the first, then its translations (e.g. the French minutes). */
  sources: Array<SourceDocument>;
  /** Statements, in agenda order; with `types`, only those of these kinds (discussion: REMARK, QUESTION, ANSWER; presented: PRESENTATION). */
  statements: Array<Statement>;
  /** State of the meeting. */
  status: MeetingStatus;
  /** Title. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A meeting of one or more bodies. */
export type MeetingAttendanceArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<AttendanceRole>;
};


/** A meeting of one or more bodies. */
export type MeetingAttendanceByRoleArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A meeting of one or more bodies. */
export type MeetingEvidenceArgs = {
  lang?: InputMaybe<Language>;
};


/** A meeting of one or more bodies. */
export type MeetingStatementsArgs = {
  types?: InputMaybe<Array<StatementType>>;
};


/** A meeting of one or more bodies. */
export type MeetingTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of meetings. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The meetings of this page, each with its cursor. */
  edges: Array<MeetingEdge>;
  /** The meetings of this page. */
  nodes: Array<Meeting>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of meetings matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A meeting in a page, with its cursor. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Pass as `after` to continue after this meeting. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** Conditions on meetings; all given conditions must hold. A date condition excludes undated meetings. */
export type MeetingFilter = {
  /** Held by this body (alone or jointly with others). */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Held on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** In this state. */
  status?: InputMaybe<MeetingStatus>;
  /** Held on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
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

/** Order of a list of meetings. */
export type MeetingSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: MeetingSortField;
};

/** Fields meetings can be sorted on; ties are broken by id. */
export type MeetingSortField =
  /** Date; undated meetings come last in either direction. */
  | 'DATE'
  /** Id. */
  | 'ID';

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

/** How many statements raised one theme at one meeting. */
export type MeetingThemeCount = {
  __typename?: 'MeetingThemeCount';
  /** Number of statements raising it. */
  count: Scalars['Int']['output'];
  /** The theme. */
  theme: Theme;
};

/** The themes raised at one meeting. */
export type MeetingThemes = {
  __typename?: 'MeetingThemes';
  /** The meeting. */
  meeting: Meeting;
  /** Statements raising at least one theme at this meeting. */
  statementCount: Scalars['Int']['output'];
  /** Themes raised directly by its statements, most statements first, then by id. */
  themes: Array<MeetingThemeCount>;
};

/** An office or membership held by a person in a body or organization, over a period (Popolo Membership). */
export type Membership = Fact & Node & {
  __typename?: 'Membership';
  /** How this fact is known (see Fact). */
  basis: Basis;
  /** The body, when the membership is in a body. */
  body?: Maybe<Body>;
  /** Last day held, when known. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Where the membership is stated. With `lang`, the passage of the record's version in that language (the minutes in English or in French), falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. A fact said in one version only has one. */
  evidences: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact). */
  inferences: Array<Inference>;
  /** Who the holder represents. */
  onBehalfOf?: Maybe<Representative>;
  /** The organization or government department, when the membership is not in a body. */
  organization?: Maybe<Representative>;
  /** Who holds it. */
  person: Person;
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Role held. */
  role: MembershipRole;
  /** First day held, when known. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Title as written (`trésorière du CPSSP`). */
  title?: Maybe<Scalars['String']['output']>;
};


/** An office or membership held by a person in a body or organization, over a period (Popolo Membership). */
export type MembershipEvidenceArgs = {
  lang?: InputMaybe<Language>;
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

/** A record's passage naming an entity, with the words it uses. */
export type Mention = {
  __typename?: 'Mention';
  /** The entity named. */
  entity: MentionedEntity;
  /** The statement, decision or action item whose passage names the entity. */
  record: MentioningRecord;
  /** The words used, as written (the first form when the passage uses several). */
  text: Scalars['String']['output'];
  /** Every form of words the passage uses for the entity. */
  texts: Array<Scalars['String']['output']>;
};

/** An entity a passage can name. */
export type MentionedEntity = Body | Jurisdiction | Meeting | Organization | Person | Program;

/** A record whose passage can name entities. */
export type MentioningRecord = ActionItem | Decision | Statement;

/** Writes. Every write needs an API key with the editor role (`Authorization: Bearer <key>`) and leaves an audit record. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Validates a seed document (docs/seed-format.md) and writes it in one transaction, together with its audit record. */
  ingestDocument: IngestDocumentPayload;
};


/** Writes. Every write needs an API key with the editor role (`Authorization: Bearer <key>`) and leaves an audit record. */
export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};

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
  /** Attendances on behalf of this organization (first or second party), most recent first. */
  attendance: Array<Attendance>;
  /** Stable id, e.g. `org-isac`. */
  id: Scalars['ID']['output'];
  /** Kind of organization. */
  kind: OrganizationKind;
  /** People holding offices in this organization. */
  memberships: Array<Membership>;
  /** Statements, decisions and action items whose passage names this organization. */
  mentionedIn: Array<Mention>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Jurisdiction or organization this one is part of. */
  partOf?: Maybe<Representative>;
  /** The bodies whose meetings someone attended on behalf of this organization, first attended first. */
  participation: Array<BodyParticipation>;
  /** Bodies this organization is the secretariat of. */
  secretariatFor: Array<Body>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationAbbreviationArgs = {
  lang?: InputMaybe<Language>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationAttendanceArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationNameArgs = {
  lang?: InputMaybe<Language>;
};


/** An organization that is not a government: a secretariat, an association, a non-profit, a college. */
export type OrganizationParticipationArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** The organizations of this page. */
  nodes: Array<Organization>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of organizations matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organization in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Pass as `after` to continue after this organization. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** Conditions on organizations. */
export type OrganizationFilter = {
  /** Of this kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Name, abbreviation or another name seen in minutes contains this text, in either language, ignoring case (`JC`, `FPT`, `SCT`). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of organization. */
export type OrganizationKind =
  /** University or college. */
  | 'ACADEMIC'
  /** Association of officials or organizations (e.g. MSDO). */
  | 'ASSOCIATION'
  /** A business (industry members of an advisory board). */
  | 'COMPANY'
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

/** Order of a list of organizations. */
export type OrganizationSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: OrganizationSortField;
};

/** Fields organizations can be sorted on; ties are broken by id. */
export type OrganizationSortField =
  /** Id. */
  | 'ID'
  /** English name (French when there is none), ignoring case. */
  | 'NAME';

/** Paging information of a connection (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Statements raising a theme in one period. */
export type PeriodCount = {
  __typename?: 'PeriodCount';
  /** Statements raising the theme in meetings of that period. */
  count: Scalars['Int']['output'];
  /** The period: 2019, 2019-Q1 or 2019-03. */
  period: Scalars['String']['output'];
};

/** A person named in the minutes: an attendee, a speaker, a presenter or an office holder. */
export type Person = Node & {
  __typename?: 'Person';
  /** Follow-up actions assigned to the person. */
  actionItems: Array<ActionItem>;
  /** Other forms of the name used in the minutes. */
  aliases: Array<Scalars['String']['output']>;
  /** Meetings attended, with role and who the person represented, most recent first; `listed` and `basis` filter as on Meeting.attendance. */
  attendance: Array<Attendance>;
  /** Stable id, e.g. `person-bev-dicks`. */
  id: Scalars['ID']['output'];
  /** Offices and memberships; with `asOf`, only those held on that date. */
  memberships: Array<Membership>;
  /** Statements, decisions and action items whose passage names this person. */
  mentionedIn: Array<Mention>;
  /** Name as written in the source. */
  name: Scalars['String']['output'];
  /** The bodies whose meetings the person attended, first attended first; `listed` and `basis` filter the attendances as on Meeting.attendance. */
  participation: Array<BodyParticipation>;
  /** What the person said, most recent meeting first; with `types`, only statements of these kinds. */
  statements: Array<Statement>;
};


/** A person named in the minutes: an attendee, a speaker, a presenter or an office holder. */
export type PersonAttendanceArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A person named in the minutes: an attendee, a speaker, a presenter or an office holder. */
export type PersonMembershipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A person named in the minutes: an attendee, a speaker, a presenter or an office holder. */
export type PersonParticipationArgs = {
  basis?: InputMaybe<Basis>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A person named in the minutes: an attendee, a speaker, a presenter or an office holder. */
export type PersonStatementsArgs = {
  types?: InputMaybe<Array<StatementType>>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The people of this page. */
  nodes: Array<Person>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of people matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person in a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Pass as `after` to continue after this person. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Conditions on people; all given conditions must hold. The attendance conditions (`jurisdictionId`, `role`, `bodyId`, `meetingId`) must hold for one same attendance. */
export type PersonFilter = {
  /** Attended a meeting held by this body. */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Attended on behalf of this jurisdiction or of one that is part of it (a federal department of `CA`, a municipality of `CA-ON`). */
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  /** On an attendance list (true) or only named in the text (false). */
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Attended this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Name or one of its other forms contains this text, ignoring case. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Attended in this role. */
  role?: InputMaybe<AttendanceRole>;
};

/** Order of a list of people. */
export type PersonSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: PersonSortField;
};

/** Fields people can be sorted on; ties are broken by id. */
export type PersonSortField =
  /** Id. */
  | 'ID'
  /** Name, ignoring case. */
  | 'NAME';

/** A government program or strategy named in the minutes (e.g. the Urban Programming for Indigenous Peoples). */
export type Program = Node & {
  __typename?: 'Program';
  /** Abbreviation. */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** Other names seen in minutes. */
  aliases: Array<Scalars['String']['output']>;
  /** Stable id, e.g. `prog-upip`. */
  id: Scalars['ID']['output'];
  /** Statements, decisions and action items whose passage names it. */
  mentionedIn: Array<Mention>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The jurisdiction or organization that runs it. */
  runBy?: Maybe<Representative>;
};


/** A government program or strategy named in the minutes (e.g. the Urban Programming for Indigenous Peoples). */
export type ProgramAbbreviationArgs = {
  lang?: InputMaybe<Language>;
};


/** A government program or strategy named in the minutes (e.g. the Urban Programming for Indigenous Peoples). */
export type ProgramNameArgs = {
  lang?: InputMaybe<Language>;
};

/** Entry points of the analyst API. */
export type Query = {
  __typename?: 'Query';
  /** A follow-up action by id; null when there is none or the id is not a follow-up action's. */
  actionItem?: Maybe<ActionItem>;
  /** Follow-up actions; by default open ones first (OPEN, IN_PROGRESS, COMPLETED, CANCELLED), then most recent meeting first. */
  actionItems: ActionItemConnection;
  /** An agenda item by id; null when there is none or the id is not an agenda item's. */
  agendaItem?: Maybe<AgendaItem>;
  /** Agenda items; by default those of the most recent meeting first, each meeting's in agenda order. */
  agendaItems: AgendaItemConnection;
  /** Bodies of every kind. */
  bodies: BodyConnection;
  /** A body of any kind by id; null when there is none or the id is not a body's. */
  body?: Maybe<Body>;
  /** A committee by id; null when there is none or the id is not a committee's. */
  committee?: Maybe<Body>;
  /** Committees. */
  committees: BodyConnection;
  /** Communities of practice. */
  communitiesOfPractice: BodyConnection;
  /** A community of practice by id; null when there is none or the id is not a community of practice's. */
  communityOfPractice?: Maybe<Body>;
  /**
   * The shortest connections between two entities, ignoring the direction of relationships
   * ("how is this person connected to that council?"). Source documents are not traversed (every
   * record cites one, which would connect everything in two steps), nor is Canada as a whole (every
   * province and federal department is part of it), except as an end point.
   */
  connections: Array<GraphPath>;
  /** A council by id; null when there is none or the id is not a council's. */
  council?: Maybe<Body>;
  /** Councils. */
  councils: BodyConnection;
  /** A decision by id; null when there is none or the id is not a decision's. */
  decision?: Maybe<Decision>;
  /** Decisions; by default those of the most recent meeting first, each meeting's in agenda order. */
  decisions: DecisionConnection;
  /** A jurisdiction by id; null when there is none or the id is not a jurisdiction's. */
  jurisdiction?: Maybe<Jurisdiction>;
  /** The themes a jurisdiction or organization raised, with counts per meeting and per year. Null when the id names no jurisdiction or organization. */
  jurisdictionThemes?: Maybe<RepresentativeThemeProfile>;
  /** Jurisdictions. */
  jurisdictions: JurisdictionConnection;
  /** A meeting by id. */
  meeting?: Maybe<Meeting>;
  /** Meetings; by default most recent first, undated meetings last. */
  meetings: MeetingConnection;
  /** A membership or office by id; null when there is none or the id is not a membership's. */
  membership?: Maybe<Membership>;
  /** The entities around one entity and the relationships between them, for a graph view; null when no entity has this id. Traverses the same relationships as `connections`. */
  neighbourhood?: Maybe<Subgraph>;
  /** Any entity by id, or null when there is none. */
  node?: Maybe<Node>;
  /** An organization by id; null when there is none or the id is not an organization's. */
  organization?: Maybe<Organization>;
  /** Organizations that are not governments. */
  organizations: OrganizationConnection;
  /** People, filtered by their attendance (every attendance condition given must hold for one same attendance). */
  people: PersonConnection;
  /** A person by id. */
  person?: Maybe<Person>;
  /** A program by id; null when there is none or the id is not a program's. */
  program?: Maybe<Program>;
  /**
   * Full-text search in French and English over statements, decisions, action items, agenda items,
   * people, bodies, jurisdictions, organizations and themes (labels and synonyms), and the passages
   * of the minutes that quote each record, in every version (a record of English minutes is found by
   * the words of its French version's passage too). Insensitive to
   * case and accents (`identite numerique` finds `identité numérique`); every word must match, and
   * when nothing matches, words are also matched as prefixes and with one typo. Ranked by score.
   */
  search: SearchConnection;
  /** A source document by id; null when there is none or the id is not a source document's. */
  sourceDocument?: Maybe<SourceDocument>;
  /** Source documents. */
  sourceDocuments: SourceDocumentConnection;
  /** A statement by id; null when there is none or the id is not a statement's. */
  statement?: Maybe<Statement>;
  /** Statements; by default those of the most recent meeting first, each meeting's in agenda order. */
  statements: StatementConnection;
  /** A theme by id; null when there is none or the id is not a theme's. */
  theme?: Maybe<Theme>;
  /**
   * Which jurisdictions and organizations raised a theme across meetings: who said it, when, and
   * where it is written. Null for an unknown theme. `from` and `to` are inclusive meeting dates;
   * with either, meetings without a date are left out. Statements that name no jurisdiction or
   * organization are counted in `unattributedStatements` only.
   */
  themeAcrossMeetings?: Maybe<ThemeAcrossMeetings>;
  /** Statement counts per theme and per jurisdiction or organization, for dashboards. Statements that name no representative are not counted. */
  themeJurisdictionMatrix: ThemeMatrix;
  /** Which themes rose or faded: for each theme raised in dated meetings of the range, its statement count per period and the change from the earlier to the later half; most risen first, then by id. */
  themeTrends: Array<ThemeTrend>;
  /** Themes of the taxonomy. */
  themes: ThemeConnection;
  /** For each meeting with at least one statement raising a theme, the themes raised; meetings in date order (undated last). */
  themesPerMeeting: Array<MeetingThemes>;
  /** A working group by id; null when there is none or the id is not a working group's. */
  workingGroup?: Maybe<Body>;
  /** Working groups. */
  workingGroups: BodyConnection;
};


/** Entry points of the analyst API. */
export type QueryActionItemArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ActionItemSort>;
};


/** Entry points of the analyst API. */
export type QueryAgendaItemArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryAgendaItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgendaItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AgendaItemSort>;
};


/** Entry points of the analyst API. */
export type QueryBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<BodySort>;
};


/** Entry points of the analyst API. */
export type QueryBodyArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryCommitteeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyOfKindFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<BodySort>;
};


/** Entry points of the analyst API. */
export type QueryCommunitiesOfPracticeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyOfKindFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<BodySort>;
};


/** Entry points of the analyst API. */
export type QueryCommunityOfPracticeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryCouncilArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryCouncilsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyOfKindFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<BodySort>;
};


/** Entry points of the analyst API. */
export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DecisionSort>;
};


/** Entry points of the analyst API. */
export type QueryJurisdictionArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryJurisdictionThemesArgs = {
  basis?: InputMaybe<Basis>;
  from?: InputMaybe<Scalars['Date']['input']>;
  representativeId: Scalars['ID']['input'];
  statementTypes?: InputMaybe<Array<StatementType>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Entry points of the analyst API. */
export type QueryJurisdictionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JurisdictionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<JurisdictionSort>;
};


/** Entry points of the analyst API. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<MeetingSort>;
};


/** Entry points of the analyst API. */
export type QueryMembershipArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the analyst API. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OrganizationSort>;
};


/** Entry points of the analyst API. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PersonSort>;
};


/** Entry points of the analyst API. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  lang?: InputMaybe<Language>;
  query: Scalars['String']['input'];
};


/** Entry points of the analyst API. */
export type QuerySourceDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QuerySourceDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceDocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SourceDocumentSort>;
};


/** Entry points of the analyst API. */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<StatementSort>;
};


/** Entry points of the analyst API. */
export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryThemeAcrossMeetingsArgs = {
  basis?: InputMaybe<Basis>;
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  statementTypes?: InputMaybe<Array<StatementType>>;
  themeId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Entry points of the analyst API. */
export type QueryThemeJurisdictionMatrixArgs = {
  basis?: InputMaybe<Basis>;
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  statementTypes?: InputMaybe<Array<StatementType>>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Entry points of the analyst API. */
export type QueryThemeTrendsArgs = {
  basis?: InputMaybe<Basis>;
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  period?: InputMaybe<TrendPeriod>;
  statementTypes?: InputMaybe<Array<StatementType>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Entry points of the analyst API. */
export type QueryThemesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ThemeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ThemeSort>;
};


/** Entry points of the analyst API. */
export type QueryThemesPerMeetingArgs = {
  basis?: InputMaybe<Basis>;
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  statementTypes?: InputMaybe<Array<StatementType>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Entry points of the analyst API. */
export type QueryWorkingGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the analyst API. */
export type QueryWorkingGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyOfKindFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<BodySort>;
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

/** What one jurisdiction or organization said about a theme across meetings. */
export type RepresentativeThemeActivity = {
  __typename?: 'RepresentativeThemeActivity';
  /** Meetings where it raised the theme, in date order (undated meetings last). */
  meetings: Array<Meeting>;
  /** The jurisdiction or organization the statements were made on behalf of. */
  representative: Representative;
  /** People who spoke for it on the theme, in the order of their first statement. */
  speakers: Array<Person>;
  /** Number of its statements that raise the theme (or a narrower one), each counted once. */
  statementCount: Scalars['Int']['output'];
  /** The statements, in meeting date order, then agenda order; each has its speaker, meeting and evidence. */
  statements: Array<Statement>;
};

/** How often a jurisdiction or organization raised one theme. */
export type RepresentativeThemeCount = {
  __typename?: 'RepresentativeThemeCount';
  /** Number of statements raising it. */
  count: Scalars['Int']['output'];
  /** Statements raising it per meeting, in date order (undated meetings last). */
  perMeeting: Array<ThemeMeetingCount>;
  /** Statements raising it per calendar year of the meeting, in year order; statements of undated meetings are in no year. */
  perYear: Array<ThemeYearCount>;
  /** The theme. */
  theme: Theme;
};

/** The themes one jurisdiction or organization raised, with counts per meeting and per year. */
export type RepresentativeThemeProfile = {
  __typename?: 'RepresentativeThemeProfile';
  /** The jurisdiction or organization. */
  representative: Representative;
  /** Themes raised directly by its statements (no roll-up to broader themes), most statements first, then by id. */
  themes: Array<RepresentativeThemeCount>;
  /** Statements made on its behalf in range, whether or not they raise a theme. */
  totalStatements: Scalars['Int']['output'];
};

/** A page of search hits, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits of this page, with cursors. */
  edges: Array<SearchHitEdge>;
  /** The hits of this page. */
  nodes: Array<SearchHit>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of hits, at most 1000: the search keeps the 1000 best hits and pages through them. */
  totalCount: Scalars['Int']['output'];
};

/** One entity found by full-text search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Node;
  /** Kind of the entity found. */
  kind: SearchKind;
  /** Relevance score of the full-text index (higher is better); only meaningful within one search. */
  score: Scalars['Float']['output'];
  /** A short excerpt of the matched text, HTML-escaped, with the matched words wrapped in `<mark>…</mark>`; null when the entity has no text to quote. */
  snippet?: Maybe<Scalars['String']['output']>;
};

/** An edge of a search result connection. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Cursor of this hit; pass it as `after` to get the hits that follow. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SearchHit;
};

/** Kind of entity full-text search can find. */
export type SearchKind =
  /** Follow-up actions, with their completion notes. */
  | 'ACTION_ITEM'
  /** Agenda items, by title. */
  | 'AGENDA_ITEM'
  /** Councils, communities of practice, working groups and committees. */
  | 'BODY'
  /** Decisions. */
  | 'DECISION'
  /** Jurisdictions: Canada, provinces, territories, federal departments, municipalities. */
  | 'JURISDICTION'
  /** Organizations: secretariats, associations, non-profits. */
  | 'ORGANIZATION'
  /** People, by name and aliases. */
  | 'PERSON'
  /** Programs and strategies named in the minutes. */
  | 'PROGRAM'
  /** Statements: the verbatim passage and its summaries. */
  | 'STATEMENT'
  /** Themes of the taxonomy, by label and synonyms. */
  | 'THEME';

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

/** A page of source documents. */
export type SourceDocumentConnection = {
  __typename?: 'SourceDocumentConnection';
  /** The source documents of this page, each with its cursor. */
  edges: Array<SourceDocumentEdge>;
  /** The source documents of this page. */
  nodes: Array<SourceDocument>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of source documents matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A source document in a page, with its cursor. */
export type SourceDocumentEdge = {
  __typename?: 'SourceDocumentEdge';
  /** Pass as `after` to continue after this source document. */
  cursor: Scalars['String']['output'];
  /** The source document. */
  node: SourceDocument;
};

/** Conditions on source documents; all given conditions must hold. */
export type SourceDocumentFilter = {
  /** Of this kind. */
  kind?: InputMaybe<SourceKind>;
  /** The record of this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
};

/** Order of a list of source documents. */
export type SourceDocumentSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: SourceDocumentSortField;
};

/** Fields source documents can be sorted on; ties are broken by id. */
export type SourceDocumentSortField =
  /** Id. */
  | 'ID'
  /** English title (French when there is none), ignoring case. */
  | 'TITLE';

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
export type Statement = Fact & Node & {
  __typename?: 'Statement';
  /** The agenda item. */
  agendaItem: AgendaItem;
  /** The words that named the speaker in the source (`Bev Dicks (C.-B.)`). */
  attributionText?: Maybe<Scalars['String']['output']>;
  /** How this fact is known (see Fact). */
  basis: Basis;
  /** The rest of the passage, where the layout (a two-column PDF) prints it apart from `evidence`. */
  continuation?: Maybe<Evidence>;
  /** Where it is written. With `lang`, the passage of the record's version in that language (the minutes in English or in French), falling back to its own source when that version does not say it. */
  evidence?: Maybe<Evidence>;
  /** The passage in every version of the minutes that says it: its own source first, then its translations. A fact said in one version only has one. */
  evidences: Array<Evidence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The parts inferred (see Fact). */
  inferences: Array<Inference>;
  /** The meeting. */
  meeting: Meeting;
  /** Entities its passage names. */
  mentions: Array<Mention>;
  /** Who the speaker spoke for. */
  onBehalfOf?: Maybe<Representative>;
  /** Why, when a part was inferred (see Fact). */
  reason?: Maybe<Scalars['String']['output']>;
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
export type StatementEvidenceArgs = {
  lang?: InputMaybe<Language>;
};


/** Something a person said at a meeting, on behalf of a jurisdiction or organization. */
export type StatementSummaryArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** The statements of this page. */
  nodes: Array<Statement>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of statements matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A statement in a page, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Pass as `after` to continue after this statement. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** Conditions on statements; all given conditions must hold. Dates are those of the meeting. */
export type StatementFilter = {
  /** `STATED`: no part inferred. */
  basis?: InputMaybe<Basis>;
  /** Made at a meeting held by this body. */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Made at a meeting on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** With `themeId`: also match statements raising themes narrower than it, transitively (incoming BROADER*). */
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  /** Made on behalf of this jurisdiction or of one that is part of it. */
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  /** Made at this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Made by this person. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Raises this theme (or, with `includeNarrower`, one of its narrower themes). */
  themeId?: InputMaybe<Scalars['ID']['input']>;
  /** Made at a meeting on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Of one of these kinds (discussion: REMARK, QUESTION, ANSWER; presented: PRESENTATION). */
  types?: InputMaybe<Array<StatementType>>;
};

/** Order of a list of statements. */
export type StatementSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: StatementSortField;
};

/** Fields statements can be sorted on; ties are broken by id. */
export type StatementSortField =
  /** Id. */
  | 'ID'
  /** Date of the meeting (undated meetings last in either direction), then agenda order, then order within the item. */
  | 'MEETING_DATE';

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

/** A part of the graph around one entity. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Every relationship between two of the entities returned. */
  edges: Array<GraphEdge>;
  /** The entities, the centre first, then by distance from it. */
  nodes: Array<GraphNode>;
  /** True when more entities were within reach than `limit` allowed. */
  truncated: Scalars['Boolean']['output'];
};

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
export type ThemeStatementsArgs = {
  types?: InputMaybe<Array<StatementType>>;
};


/** A theme of the bilingual taxonomy, with broader and narrower themes. */
export type ThemeSynonymsArgs = {
  lang?: InputMaybe<Language>;
};

/** Who raised a theme (and, optionally, its narrower themes) across meetings, grouped by the jurisdiction or organization spoken for. */
export type ThemeAcrossMeetings = {
  __typename?: 'ThemeAcrossMeetings';
  /** One entry per jurisdiction or organization spoken for, most statements first, then by id. */
  representatives: Array<RepresentativeThemeActivity>;
  /** The theme asked about. */
  theme: Theme;
  /** The themes counted: the theme itself, then (with `includeNarrower`) every narrower theme, transitively; sorted by id after the theme itself. */
  themes: Array<Theme>;
  /** Statements in range that raise any of `themes`, each counted once, attributed or not. */
  totalStatements: Scalars['Int']['output'];
  /** Statements counted in `totalStatements` that name no jurisdiction or organization; they appear in no entry of `representatives`. */
  unattributedStatements: Scalars['Int']['output'];
};

/** A page of themes. */
export type ThemeConnection = {
  __typename?: 'ThemeConnection';
  /** The themes of this page, each with its cursor. */
  edges: Array<ThemeEdge>;
  /** The themes of this page. */
  nodes: Array<Theme>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of themes matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A theme in a page, with its cursor. */
export type ThemeEdge = {
  __typename?: 'ThemeEdge';
  /** Pass as `after` to continue after this theme. */
  cursor: Scalars['String']['output'];
  /** The theme. */
  node: Theme;
};

/** Conditions on themes; all given conditions must hold. */
export type ThemeFilter = {
  /** Directly narrower than this theme. */
  broaderId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this kind. */
  kind?: InputMaybe<ThemeKind>;
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

/** A theme × representative table of statement counts, ready for a heat map or a stacked bar chart. */
export type ThemeMatrix = {
  __typename?: 'ThemeMatrix';
  /** Non-zero cells only, sorted by theme id, then representative id; a missing cell is zero. */
  cells: Array<ThemeMatrixCell>;
  /** Columns: jurisdictions and organizations with at least one non-zero cell, most statements first, then by id. */
  representatives: Array<Representative>;
  /** Rows: requested themes (all of them, even without statements) or, without `themeIds`, every theme raised in range; most statements first, then by id. */
  themes: Array<Theme>;
};

/** The number of statements made on behalf of one representative that raise one theme. */
export type ThemeMatrixCell = {
  __typename?: 'ThemeMatrixCell';
  /** Number of statements, each counted once per cell (with `includeNarrower`, a statement raising several narrower themes of the row counts once). */
  count: Scalars['Int']['output'];
  /** The jurisdiction or organization (column). */
  representative: Representative;
  /** The theme (row). */
  theme: Theme;
};

/** A number of statements at one meeting. */
export type ThemeMeetingCount = {
  __typename?: 'ThemeMeetingCount';
  /** Number of statements. */
  count: Scalars['Int']['output'];
  /** The meeting. */
  meeting: Meeting;
};

/** Order of a list of themes. */
export type ThemeSort = {
  /** Direction; by default descending for dates, ascending otherwise. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort on. */
  field?: ThemeSortField;
};

/** Fields themes can be sorted on; ties are broken by id. */
export type ThemeSortField =
  /** Id. */
  | 'ID'
  /** English label (French when there is none), ignoring case. */
  | 'LABEL';

/** How often one theme was raised, period by period. */
export type ThemeTrend = {
  __typename?: 'ThemeTrend';
  /** Statements in the later half of the periods minus those in the earlier half (the middle period of an odd number counts in neither): above 0 the theme rose, below 0 it faded. */
  change: Scalars['Int']['output'];
  /** Every period from the first to the last of the range with a statement (periods without one count 0), oldest first. */
  periods: Array<PeriodCount>;
  /** The theme. */
  theme: Theme;
  /** Statements raising the theme in the range. */
  total: Scalars['Int']['output'];
};

/** A number of statements in one calendar year. */
export type ThemeYearCount = {
  __typename?: 'ThemeYearCount';
  /** Number of statements. */
  count: Scalars['Int']['output'];
  /** The year of the meetings' dates. */
  year: Scalars['Int']['output'];
};

/** Length of the periods a trend is counted in. */
export type TrendPeriod =
  /** Calendar months, written 2019-03. */
  | 'MONTH'
  /** Calendar quarters, written 2019-Q1. */
  | 'QUARTER'
  /** Calendar years, written 2019. */
  | 'YEAR';



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
  MentionedEntity:
    | ( BodyModel )
    | ( JurisdictionModel )
    | ( MeetingModel )
    | ( OrganizationModel )
    | ( PersonModel )
    | ( ProgramModel )
  ;
  MentioningRecord:
    | ( ActionItemModel )
    | ( DecisionModel )
    | ( StatementModel )
  ;
  Representative:
    | ( JurisdictionModel )
    | ( OrganizationModel )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Fact:
    | ( ActionItemModel )
    | ( ActionUpdateModel )
    | ( AttendanceModel )
    | ( BodyModel )
    | ( DecisionModel )
    | ( MeetingModel )
    | ( MembershipModel )
    | ( StatementModel )
  ;
  Node:
    | ( ActionItemModel )
    | ( ActionUpdateModel )
    | ( AgendaItemModel )
    | ( AttendanceModel )
    | ( BodyModel )
    | ( DecisionModel )
    | ( JurisdictionModel )
    | ( MeetingModel )
    | ( MembershipModel )
    | ( OrganizationModel )
    | ( PersonModel )
    | ( ProgramModel )
    | ( SourceDocumentModel )
    | ( StatementModel )
    | ( ThemeModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionAge: ResolverTypeWrapper<ActionAgeModel>;
  ActionItem: ResolverTypeWrapper<ActionItemModel>;
  ActionItemConnection: ResolverTypeWrapper<Omit<ActionItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActionItemEdge']>, nodes: Array<ResolversTypes['ActionItem']> }>;
  ActionItemEdge: ResolverTypeWrapper<Omit<ActionItemEdge, 'node'> & { node: ResolversTypes['ActionItem'] }>;
  ActionItemFilter: ActionItemFilter;
  ActionItemSort: ActionItemSort;
  ActionItemSortField: ActionItemSortField;
  ActionOwner: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ActionOwner']>;
  ActionStatus: ActionStatus;
  ActionUpdate: ResolverTypeWrapper<ActionUpdateModel>;
  AgendaItem: ResolverTypeWrapper<AgendaItemModel>;
  AgendaItemConnection: ResolverTypeWrapper<Omit<AgendaItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgendaItemEdge']>, nodes: Array<ResolversTypes['AgendaItem']> }>;
  AgendaItemEdge: ResolverTypeWrapper<Omit<AgendaItemEdge, 'node'> & { node: ResolversTypes['AgendaItem'] }>;
  AgendaItemFilter: AgendaItemFilter;
  AgendaItemSort: AgendaItemSort;
  AgendaItemSortField: AgendaItemSortField;
  Attendance: ResolverTypeWrapper<AttendanceModel>;
  AttendanceCounts: ResolverTypeWrapper<AttendanceCounts>;
  AttendanceGroup: ResolverTypeWrapper<Omit<AttendanceGroup, 'representatives'> & { representatives: Array<ResolversTypes['RepresentativeAttendance']> }>;
  AttendanceRole: AttendanceRole;
  Basis: Basis;
  Body: ResolverTypeWrapper<BodyModel>;
  BodyConnection: ResolverTypeWrapper<Omit<BodyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BodyEdge']>, nodes: Array<ResolversTypes['Body']> }>;
  BodyEdge: ResolverTypeWrapper<Omit<BodyEdge, 'node'> & { node: ResolversTypes['Body'] }>;
  BodyFilter: BodyFilter;
  BodyKind: BodyKind;
  BodyOfKindFilter: BodyOfKindFilter;
  BodyParticipant: ResolverTypeWrapper<BodyParticipantModel>;
  BodyParticipation: ResolverTypeWrapper<BodyParticipationModel>;
  BodySort: BodySort;
  BodySortField: BodySortField;
  BodyStatus: BodyStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decision: ResolverTypeWrapper<DecisionModel>;
  DecisionConnection: ResolverTypeWrapper<Omit<DecisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DecisionEdge']>, nodes: Array<ResolversTypes['Decision']> }>;
  DecisionEdge: ResolverTypeWrapper<Omit<DecisionEdge, 'node'> & { node: ResolversTypes['Decision'] }>;
  DecisionFilter: DecisionFilter;
  DecisionSort: DecisionSort;
  DecisionSortField: DecisionSortField;
  DocumentChanges: ResolverTypeWrapper<DocumentChanges>;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Fact: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Fact']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<EntityWithProps>;
  GraphPath: ResolverTypeWrapper<Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Inference: ResolverTypeWrapper<InferenceModel>;
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: ResolverTypeWrapper<IngestDocumentPayload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Jurisdiction: ResolverTypeWrapper<JurisdictionModel>;
  JurisdictionConnection: ResolverTypeWrapper<Omit<JurisdictionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JurisdictionEdge']>, nodes: Array<ResolversTypes['Jurisdiction']> }>;
  JurisdictionEdge: ResolverTypeWrapper<Omit<JurisdictionEdge, 'node'> & { node: ResolversTypes['Jurisdiction'] }>;
  JurisdictionFilter: JurisdictionFilter;
  JurisdictionKind: JurisdictionKind;
  JurisdictionSort: JurisdictionSort;
  JurisdictionSortField: JurisdictionSortField;
  Language: Language;
  Meeting: ResolverTypeWrapper<MeetingModel>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MeetingEdge']>, nodes: Array<ResolversTypes['Meeting']> }>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFilter: MeetingFilter;
  MeetingModality: MeetingModality;
  MeetingReference: ResolverTypeWrapper<MeetingReferenceModel>;
  MeetingRelation: MeetingRelation;
  MeetingSort: MeetingSort;
  MeetingSortField: MeetingSortField;
  MeetingStatus: MeetingStatus;
  MeetingThemeCount: ResolverTypeWrapper<MeetingThemeCountModel>;
  MeetingThemes: ResolverTypeWrapper<MeetingThemesModel>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipRole: MembershipRole;
  Mention: ResolverTypeWrapper<MentionModel>;
  MentionedEntity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MentionedEntity']>;
  MentioningRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MentioningRecord']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationSort: OrganizationSort;
  OrganizationSortField: OrganizationSortField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodCount: ResolverTypeWrapper<PeriodCount>;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonSort: PersonSort;
  PersonSortField: PersonSortField;
  Program: ResolverTypeWrapper<ProgramModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Representative: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Representative']>;
  RepresentativeAttendance: ResolverTypeWrapper<Omit<RepresentativeAttendance, 'attendance' | 'representative'> & { attendance: Array<ResolversTypes['Attendance']>, representative?: Maybe<ResolversTypes['Representative']> }>;
  RepresentativeThemeActivity: ResolverTypeWrapper<RepresentativeThemeActivityModel>;
  RepresentativeThemeCount: ResolverTypeWrapper<RepresentativeThemeCountModel>;
  RepresentativeThemeProfile: ResolverTypeWrapper<RepresentativeThemeProfileModel>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchHitEdge']>, nodes: Array<ResolversTypes['SearchHit']> }>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchKind: SearchKind;
  SortDirection: SortDirection;
  SourceDocument: ResolverTypeWrapper<SourceDocumentModel>;
  SourceDocumentConnection: ResolverTypeWrapper<Omit<SourceDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SourceDocumentEdge']>, nodes: Array<ResolversTypes['SourceDocument']> }>;
  SourceDocumentEdge: ResolverTypeWrapper<Omit<SourceDocumentEdge, 'node'> & { node: ResolversTypes['SourceDocument'] }>;
  SourceDocumentFilter: SourceDocumentFilter;
  SourceDocumentSort: SourceDocumentSort;
  SourceDocumentSortField: SourceDocumentSortField;
  SourceKind: SourceKind;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StatementEdge']>, nodes: Array<ResolversTypes['Statement']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  StatementSort: StatementSort;
  StatementSortField: StatementSortField;
  StatementType: StatementType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  Theme: ResolverTypeWrapper<ThemeModel>;
  ThemeAcrossMeetings: ResolverTypeWrapper<ThemeAcrossMeetingsModel>;
  ThemeConnection: ResolverTypeWrapper<Omit<ThemeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ThemeEdge']>, nodes: Array<ResolversTypes['Theme']> }>;
  ThemeEdge: ResolverTypeWrapper<Omit<ThemeEdge, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeFilter: ThemeFilter;
  ThemeKind: ThemeKind;
  ThemeMatrix: ResolverTypeWrapper<ThemeMatrixModel>;
  ThemeMatrixCell: ResolverTypeWrapper<ThemeMatrixCellModel>;
  ThemeMeetingCount: ResolverTypeWrapper<ThemeMeetingCountModel>;
  ThemeSort: ThemeSort;
  ThemeSortField: ThemeSortField;
  ThemeTrend: ResolverTypeWrapper<ThemeTrendModel>;
  ThemeYearCount: ResolverTypeWrapper<ThemeYearCountModel>;
  TrendPeriod: TrendPeriod;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionAge: ActionAgeModel;
  ActionItem: ActionItemModel;
  ActionItemConnection: Omit<ActionItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActionItemEdge']>, nodes: Array<ResolversParentTypes['ActionItem']> };
  ActionItemEdge: Omit<ActionItemEdge, 'node'> & { node: ResolversParentTypes['ActionItem'] };
  ActionItemFilter: ActionItemFilter;
  ActionItemSort: ActionItemSort;
  ActionOwner: ResolversUnionTypes<ResolversParentTypes>['ActionOwner'];
  ActionUpdate: ActionUpdateModel;
  AgendaItem: AgendaItemModel;
  AgendaItemConnection: Omit<AgendaItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgendaItemEdge']>, nodes: Array<ResolversParentTypes['AgendaItem']> };
  AgendaItemEdge: Omit<AgendaItemEdge, 'node'> & { node: ResolversParentTypes['AgendaItem'] };
  AgendaItemFilter: AgendaItemFilter;
  AgendaItemSort: AgendaItemSort;
  Attendance: AttendanceModel;
  AttendanceCounts: AttendanceCounts;
  AttendanceGroup: Omit<AttendanceGroup, 'representatives'> & { representatives: Array<ResolversParentTypes['RepresentativeAttendance']> };
  Body: BodyModel;
  BodyConnection: Omit<BodyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BodyEdge']>, nodes: Array<ResolversParentTypes['Body']> };
  BodyEdge: Omit<BodyEdge, 'node'> & { node: ResolversParentTypes['Body'] };
  BodyFilter: BodyFilter;
  BodyOfKindFilter: BodyOfKindFilter;
  BodyParticipant: BodyParticipantModel;
  BodyParticipation: BodyParticipationModel;
  BodySort: BodySort;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  Decision: DecisionModel;
  DecisionConnection: Omit<DecisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DecisionEdge']>, nodes: Array<ResolversParentTypes['Decision']> };
  DecisionEdge: Omit<DecisionEdge, 'node'> & { node: ResolversParentTypes['Decision'] };
  DecisionFilter: DecisionFilter;
  DecisionSort: DecisionSort;
  DocumentChanges: DocumentChanges;
  Evidence: EvidenceModel;
  Fact: ResolversInterfaceTypes<ResolversParentTypes>['Fact'];
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: EntityWithProps;
  GraphPath: Omit<GraphPath, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  ID: Scalars['ID']['output'];
  Inference: InferenceModel;
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: IngestDocumentPayload;
  Int: Scalars['Int']['output'];
  Jurisdiction: JurisdictionModel;
  JurisdictionConnection: Omit<JurisdictionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JurisdictionEdge']>, nodes: Array<ResolversParentTypes['Jurisdiction']> };
  JurisdictionEdge: Omit<JurisdictionEdge, 'node'> & { node: ResolversParentTypes['Jurisdiction'] };
  JurisdictionFilter: JurisdictionFilter;
  JurisdictionSort: JurisdictionSort;
  Meeting: MeetingModel;
  MeetingConnection: Omit<MeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MeetingEdge']>, nodes: Array<ResolversParentTypes['Meeting']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingFilter: MeetingFilter;
  MeetingReference: MeetingReferenceModel;
  MeetingSort: MeetingSort;
  MeetingThemeCount: MeetingThemeCountModel;
  MeetingThemes: MeetingThemesModel;
  Membership: MembershipModel;
  Mention: MentionModel;
  MentionedEntity: ResolversUnionTypes<ResolversParentTypes>['MentionedEntity'];
  MentioningRecord: ResolversUnionTypes<ResolversParentTypes>['MentioningRecord'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationModel;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationSort: OrganizationSort;
  PageInfo: PageInfo;
  PeriodCount: PeriodCount;
  Person: PersonModel;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonSort: PersonSort;
  Program: ProgramModel;
  Query: Record<PropertyKey, never>;
  Representative: ResolversUnionTypes<ResolversParentTypes>['Representative'];
  RepresentativeAttendance: Omit<RepresentativeAttendance, 'attendance' | 'representative'> & { attendance: Array<ResolversParentTypes['Attendance']>, representative?: Maybe<ResolversParentTypes['Representative']> };
  RepresentativeThemeActivity: RepresentativeThemeActivityModel;
  RepresentativeThemeCount: RepresentativeThemeCountModel;
  RepresentativeThemeProfile: RepresentativeThemeProfileModel;
  SearchConnection: Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchHitEdge']>, nodes: Array<ResolversParentTypes['SearchHit']> };
  SearchHit: SearchHitModel;
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SourceDocument: SourceDocumentModel;
  SourceDocumentConnection: Omit<SourceDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SourceDocumentEdge']>, nodes: Array<ResolversParentTypes['SourceDocument']> };
  SourceDocumentEdge: Omit<SourceDocumentEdge, 'node'> & { node: ResolversParentTypes['SourceDocument'] };
  SourceDocumentFilter: SourceDocumentFilter;
  SourceDocumentSort: SourceDocumentSort;
  Statement: StatementModel;
  StatementConnection: Omit<StatementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StatementEdge']>, nodes: Array<ResolversParentTypes['Statement']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  StatementSort: StatementSort;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  Theme: ThemeModel;
  ThemeAcrossMeetings: ThemeAcrossMeetingsModel;
  ThemeConnection: Omit<ThemeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ThemeEdge']>, nodes: Array<ResolversParentTypes['Theme']> };
  ThemeEdge: Omit<ThemeEdge, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeFilter: ThemeFilter;
  ThemeMatrix: ThemeMatrixModel;
  ThemeMatrixCell: ThemeMatrixCellModel;
  ThemeMeetingCount: ThemeMeetingCountModel;
  ThemeSort: ThemeSort;
  ThemeTrend: ThemeTrendModel;
  ThemeYearCount: ThemeYearCountModel;
};

export type ActionAgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionAge'] = ResolversParentTypes['ActionAge']> = {
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type ActionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = {
  age?: Resolver<ResolversTypes['ActionAge'], ParentType, ContextType, Partial<ActionItemAgeArgs>>;
  agendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
  assignedStatus?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  carriedOver?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedBy?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  completionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActionItemCompletionNoteArgs, 'lang'>>;
  concerns?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  continuation?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  dueBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActionItemDueTextArgs, 'lang'>>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<ActionItemEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<ActionItemOverdueArgs>>;
  owners?: Resolver<Array<ResolversTypes['ActionOwner']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['ActionUpdate']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActionItemTextArgs, 'lang'>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionItemConnection'] = ResolversParentTypes['ActionItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionItemEdge'] = ResolversParentTypes['ActionItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType>;
};

export type ActionOwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionOwner'] = ResolversParentTypes['ActionOwner']> = {
  __resolveType: TypeResolveFn<'Body' | 'Jurisdiction' | 'Organization' | 'Person', ParentType, ContextType>;
};

export type ActionUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionUpdate'] = ResolversParentTypes['ActionUpdate']> = {
  action?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType>;
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<ActionUpdateEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ActionUpdateNoteArgs, 'lang'>>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgendaItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<AgendaItemEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  noDiscussion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  noDiscussionEvidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AgendaItemTitleArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgendaItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgendaItemConnection'] = ResolversParentTypes['AgendaItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgendaItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgendaItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgendaItemEdge'] = ResolversParentTypes['AgendaItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  alsoOnBehalfOf?: Resolver<Array<ResolversTypes['Representative']>, ParentType, ContextType>;
  attributionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<AttendanceEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AttendanceRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendanceCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttendanceCounts'] = ResolversParentTypes['AttendanceCounts']> = {
  listed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttendanceGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttendanceGroup'] = ResolversParentTypes['AttendanceGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  representatives?: Resolver<Array<ResolversTypes['RepresentativeAttendance']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AttendanceRole'], ParentType, ContextType>;
};

export type BodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyAbbreviationArgs, 'lang'>>;
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType, Partial<BodyActionItemsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BodyKind'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<BodyMembersArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyNameArgs, 'lang'>>;
  partOf?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['BodyParticipant']>, ParentType, ContextType, RequireFields<BodyParticipantsArgs, 'listed'>>;
  parts?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedToBy?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  reportsTo?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  secretariat?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BodyStatus'], ParentType, ContextType>;
  statusEvidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyStatusNoteArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BodyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BodyConnection'] = ResolversParentTypes['BodyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BodyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BodyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BodyEdge'] = ResolversParentTypes['BodyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
};

export type BodyParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BodyParticipant'] = ResolversParentTypes['BodyParticipant']> = {
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Array<ResolversTypes['Representative']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type BodyParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BodyParticipation'] = ResolversParentTypes['BodyParticipation']> = {
  body?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  agendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  continuation?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<DecisionEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DecisionTextArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DecisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecisionConnection'] = ResolversParentTypes['DecisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DecisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DecisionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecisionEdge'] = ResolversParentTypes['DecisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
};

export type DocumentChangesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentChanges'] = ResolversParentTypes['DocumentChanges']> = {
  nodesChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  lineEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
};

export type FactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  __resolveType: TypeResolveFn<'ActionItem' | 'ActionUpdate' | 'Attendance' | 'Body' | 'Decision' | 'Meeting' | 'Membership' | 'Statement', ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  entity?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<GraphNodeLabelArgs, 'lang'>>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type InferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Inference'] = ResolversParentTypes['Inference']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestDocumentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestDocumentPayload'] = ResolversParentTypes['IngestDocumentPayload']> = {
  auditId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['DocumentChanges'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type JurisdictionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<JurisdictionAbbreviationArgs, 'lang'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, Partial<JurisdictionAttendanceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JurisdictionKind'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<JurisdictionNameArgs, 'lang'>>;
  ocdId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  participation?: Resolver<Array<ResolversTypes['BodyParticipation']>, ParentType, ContextType, Partial<JurisdictionParticipationArgs>>;
  parts?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<JurisdictionStatementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JurisdictionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JurisdictionConnection'] = ResolversParentTypes['JurisdictionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JurisdictionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JurisdictionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JurisdictionEdge'] = ResolversParentTypes['JurisdictionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  actionUpdates?: Resolver<Array<ResolversTypes['ActionUpdate']>, ParentType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, Partial<MeetingAttendanceArgs>>;
  attendanceByRole?: Resolver<Array<ResolversTypes['AttendanceGroup']>, ParentType, ContextType, RequireFields<MeetingAttendanceByRoleArgs, 'listed'>>;
  attendanceCounts?: Resolver<ResolversTypes['AttendanceCounts'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endTimeEvidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<MeetingEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  modality?: Resolver<Maybe<ResolversTypes['MeetingModality']>, ParentType, ContextType>;
  nextMeeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  previousMeeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referencedBy?: Resolver<Array<ResolversTypes['MeetingReference']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['MeetingReference']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<MeetingStatementsArgs>>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MeetingTitleArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MeetingReferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingReference'] = ResolversParentTypes['MeetingReference']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['MeetingRelation'], ParentType, ContextType>;
};

export type MeetingThemeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingThemeCount'] = ResolversParentTypes['MeetingThemeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type MeetingThemesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeetingThemes'] = ResolversParentTypes['MeetingThemes']> = {
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['MeetingThemeCount']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<MembershipEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MembershipTitleArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  entity?: Resolver<ResolversTypes['MentionedEntity'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['MentioningRecord'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentionedEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionedEntity'] = ResolversParentTypes['MentionedEntity']> = {
  __resolveType: TypeResolveFn<'Body' | 'Jurisdiction' | 'Meeting' | 'Organization' | 'Person' | 'Program', ParentType, ContextType>;
};

export type MentioningRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentioningRecord'] = ResolversParentTypes['MentioningRecord']> = {
  __resolveType: TypeResolveFn<'ActionItem' | 'Decision' | 'Statement', ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestDocument?: Resolver<ResolversTypes['IngestDocumentPayload'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ActionItem' | 'ActionUpdate' | 'AgendaItem' | 'Attendance' | 'Body' | 'Decision' | 'Jurisdiction' | 'Meeting' | 'Membership' | 'Organization' | 'Person' | 'Program' | 'SourceDocument' | 'Statement' | 'Theme', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrganizationAbbreviationArgs, 'lang'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, Partial<OrganizationAttendanceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<OrganizationMembershipsArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrganizationNameArgs, 'lang'>>;
  partOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  participation?: Resolver<Array<ResolversTypes['BodyParticipation']>, ParentType, ContextType, Partial<OrganizationParticipationArgs>>;
  secretariatFor?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeriodCount'] = ResolversParentTypes['PeriodCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, Partial<PersonAttendanceArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<PersonMembershipsArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participation?: Resolver<Array<ResolversTypes['BodyParticipation']>, ParentType, ContextType, Partial<PersonParticipationArgs>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<PersonStatementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProgramAbbreviationArgs, 'lang'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProgramNameArgs, 'lang'>>;
  runBy?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType, RequireFields<QueryActionItemArgs, 'id'>>;
  actionItems?: Resolver<ResolversTypes['ActionItemConnection'], ParentType, ContextType, RequireFields<QueryActionItemsArgs, 'first'>>;
  agendaItem?: Resolver<Maybe<ResolversTypes['AgendaItem']>, ParentType, ContextType, RequireFields<QueryAgendaItemArgs, 'id'>>;
  agendaItems?: Resolver<ResolversTypes['AgendaItemConnection'], ParentType, ContextType, RequireFields<QueryAgendaItemsArgs, 'first'>>;
  bodies?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryBodiesArgs, 'first'>>;
  body?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType, RequireFields<QueryBodyArgs, 'id'>>;
  committee?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType, RequireFields<QueryCommitteeArgs, 'id'>>;
  committees?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryCommitteesArgs, 'first'>>;
  communitiesOfPractice?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryCommunitiesOfPracticeArgs, 'first'>>;
  communityOfPractice?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType, RequireFields<QueryCommunityOfPracticeArgs, 'id'>>;
  connections?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'first' | 'fromId' | 'maxHops' | 'toId'>>;
  council?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType, RequireFields<QueryCouncilArgs, 'id'>>;
  councils?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryCouncilsArgs, 'first'>>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType, RequireFields<QueryDecisionArgs, 'id'>>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, RequireFields<QueryDecisionsArgs, 'first'>>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType, RequireFields<QueryJurisdictionArgs, 'id'>>;
  jurisdictionThemes?: Resolver<Maybe<ResolversTypes['RepresentativeThemeProfile']>, ParentType, ContextType, RequireFields<QueryJurisdictionThemesArgs, 'representativeId'>>;
  jurisdictions?: Resolver<ResolversTypes['JurisdictionConnection'], ParentType, ContextType, RequireFields<QueryJurisdictionsArgs, 'first'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<QueryMembershipArgs, 'id'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'lang' | 'query'>>;
  sourceDocument?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType, RequireFields<QuerySourceDocumentArgs, 'id'>>;
  sourceDocuments?: Resolver<ResolversTypes['SourceDocumentConnection'], ParentType, ContextType, RequireFields<QuerySourceDocumentsArgs, 'first'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType, RequireFields<QueryThemeArgs, 'id'>>;
  themeAcrossMeetings?: Resolver<Maybe<ResolversTypes['ThemeAcrossMeetings']>, ParentType, ContextType, RequireFields<QueryThemeAcrossMeetingsArgs, 'includeNarrower' | 'themeId'>>;
  themeJurisdictionMatrix?: Resolver<ResolversTypes['ThemeMatrix'], ParentType, ContextType, RequireFields<QueryThemeJurisdictionMatrixArgs, 'includeNarrower'>>;
  themeTrends?: Resolver<Array<ResolversTypes['ThemeTrend']>, ParentType, ContextType, RequireFields<QueryThemeTrendsArgs, 'period'>>;
  themes?: Resolver<ResolversTypes['ThemeConnection'], ParentType, ContextType, RequireFields<QueryThemesArgs, 'first'>>;
  themesPerMeeting?: Resolver<Array<ResolversTypes['MeetingThemes']>, ParentType, ContextType, Partial<QueryThemesPerMeetingArgs>>;
  workingGroup?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType, RequireFields<QueryWorkingGroupArgs, 'id'>>;
  workingGroups?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryWorkingGroupsArgs, 'first'>>;
};

export type RepresentativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Representative'] = ResolversParentTypes['Representative']> = {
  __resolveType: TypeResolveFn<'Jurisdiction' | 'Organization', ParentType, ContextType>;
};

export type RepresentativeAttendanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepresentativeAttendance'] = ResolversParentTypes['RepresentativeAttendance']> = {
  attendance?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  representative?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
};

export type RepresentativeThemeActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepresentativeThemeActivity'] = ResolversParentTypes['RepresentativeThemeActivity']> = {
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  representative?: Resolver<ResolversTypes['Representative'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type RepresentativeThemeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepresentativeThemeCount'] = ResolversParentTypes['RepresentativeThemeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perMeeting?: Resolver<Array<ResolversTypes['ThemeMeetingCount']>, ParentType, ContextType>;
  perYear?: Resolver<Array<ResolversTypes['ThemeYearCount']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type RepresentativeThemeProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepresentativeThemeProfile'] = ResolversParentTypes['RepresentativeThemeProfile']> = {
  representative?: Resolver<ResolversTypes['Representative'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['RepresentativeThemeCount']>, ParentType, ContextType>;
  totalStatements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
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

export type SourceDocumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocumentConnection'] = ResolversParentTypes['SourceDocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceDocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceDocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceDocumentEdge'] = ResolversParentTypes['SourceDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  agendaItem?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType>;
  attributionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  continuation?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<StatementEvidenceArgs>>;
  evidences?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferences?: Resolver<Array<ResolversTypes['Inference']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Representative']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<StatementSummaryArgs, 'lang'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StatementType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  broader?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ThemeKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ThemeLabelArgs, 'lang'>>;
  narrower?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, Partial<ThemeStatementsArgs>>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ThemeSynonymsArgs, 'lang'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeAcrossMeetingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeAcrossMeetings'] = ResolversParentTypes['ThemeAcrossMeetings']> = {
  representatives?: Resolver<Array<ResolversTypes['RepresentativeThemeActivity']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  totalStatements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unattributedStatements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeConnection'] = ResolversParentTypes['ThemeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ThemeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeEdge'] = ResolversParentTypes['ThemeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeMatrix'] = ResolversParentTypes['ThemeMatrix']> = {
  cells?: Resolver<Array<ResolversTypes['ThemeMatrixCell']>, ParentType, ContextType>;
  representatives?: Resolver<Array<ResolversTypes['Representative']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type ThemeMatrixCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeMatrixCell'] = ResolversParentTypes['ThemeMatrixCell']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  representative?: Resolver<ResolversTypes['Representative'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeMeetingCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeMeetingCount'] = ResolversParentTypes['ThemeMeetingCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type ThemeTrendResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeTrend'] = ResolversParentTypes['ThemeTrend']> = {
  change?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['PeriodCount']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeYearCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeYearCount'] = ResolversParentTypes['ThemeYearCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ActionAge?: ActionAgeResolvers<ContextType>;
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionItemConnection?: ActionItemConnectionResolvers<ContextType>;
  ActionItemEdge?: ActionItemEdgeResolvers<ContextType>;
  ActionOwner?: ActionOwnerResolvers<ContextType>;
  ActionUpdate?: ActionUpdateResolvers<ContextType>;
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AgendaItemConnection?: AgendaItemConnectionResolvers<ContextType>;
  AgendaItemEdge?: AgendaItemEdgeResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  AttendanceCounts?: AttendanceCountsResolvers<ContextType>;
  AttendanceGroup?: AttendanceGroupResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  BodyConnection?: BodyConnectionResolvers<ContextType>;
  BodyEdge?: BodyEdgeResolvers<ContextType>;
  BodyParticipant?: BodyParticipantResolvers<ContextType>;
  BodyParticipation?: BodyParticipationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DecisionConnection?: DecisionConnectionResolvers<ContextType>;
  DecisionEdge?: DecisionEdgeResolvers<ContextType>;
  DocumentChanges?: DocumentChangesResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  Inference?: InferenceResolvers<ContextType>;
  IngestDocumentPayload?: IngestDocumentPayloadResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  JurisdictionConnection?: JurisdictionConnectionResolvers<ContextType>;
  JurisdictionEdge?: JurisdictionEdgeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MeetingReference?: MeetingReferenceResolvers<ContextType>;
  MeetingThemeCount?: MeetingThemeCountResolvers<ContextType>;
  MeetingThemes?: MeetingThemesResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionedEntity?: MentionedEntityResolvers<ContextType>;
  MentioningRecord?: MentioningRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodCount?: PeriodCountResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Representative?: RepresentativeResolvers<ContextType>;
  RepresentativeAttendance?: RepresentativeAttendanceResolvers<ContextType>;
  RepresentativeThemeActivity?: RepresentativeThemeActivityResolvers<ContextType>;
  RepresentativeThemeCount?: RepresentativeThemeCountResolvers<ContextType>;
  RepresentativeThemeProfile?: RepresentativeThemeProfileResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  SourceDocumentConnection?: SourceDocumentConnectionResolvers<ContextType>;
  SourceDocumentEdge?: SourceDocumentEdgeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeAcrossMeetings?: ThemeAcrossMeetingsResolvers<ContextType>;
  ThemeConnection?: ThemeConnectionResolvers<ContextType>;
  ThemeEdge?: ThemeEdgeResolvers<ContextType>;
  ThemeMatrix?: ThemeMatrixResolvers<ContextType>;
  ThemeMatrixCell?: ThemeMatrixCellResolvers<ContextType>;
  ThemeMeetingCount?: ThemeMeetingCountResolvers<ContextType>;
  ThemeTrend?: ThemeTrendResolvers<ContextType>;
  ThemeYearCount?: ThemeYearCountResolvers<ContextType>;
};

