import type * as M from '../models';

/**
 * Named traversals from an entity `a` to related entities `b` (through relationship `r`). This is
 * the closed list of relationship patterns the API follows; each becomes one batched query per
 * request (see GraphRepository.traverse). `order` sorts the related entities of each key.
 */
export interface Traversal<Target> {
  pattern: string;
  order: string;
  /** The relationship `r` itself is read (its type and properties, as `via`); otherwise only `b`. */
  via?: boolean;
  /** A condition on the match that takes the `$asOf` date (the loader's argument). */
  where?: string;
  /** Phantom field: the storage model of `b`. */
  readonly target?: Target;
}

const t = <Target>(pattern: string, order = 'b.id', via = false, where?: string): Traversal<Target> => ({ pattern, order, via, where });

/** Memberships held on `$asOf` (a `YYYY-MM-DD` date); an unknown start or end leaves that side open. */
const HELD_ON_AS_OF = '(b.startDate IS NULL OR b.startDate <= $asOf) AND (b.endDate IS NULL OR b.endDate >= $asOf)';

const MEETING_OF_ITEM = '<-[:HAS_ITEM]-(m:Meeting)';
/** Records of several meetings: most recent meeting first (undated last), then agenda order. */
const RECORDS_BY_MEETING = 'm.date IS NULL, m.date DESC, m.id, i.order, b.position';

export const TRAVERSALS = {
  personAttendance: t<M.AttendanceModel>('(a)-[r:ATTENDED]->(b:Attendance)-[:AT]->(m:Meeting)', 'm.date DESC, b.id'),
  personMemberships: t<M.MembershipModel>('(a)-[r:HOLDS]->(b:Membership)', 'b.startDate, b.id'),
  personMembershipsAsOf: t<M.MembershipModel>('(a)-[r:HOLDS]->(b:Membership)', 'b.startDate, b.id', false, HELD_ON_AS_OF),
  personStatements: t<M.StatementModel>(`(a)<-[r:SPOKEN_BY]-(b:Statement)<-[:HAS_STATEMENT]-(i:AgendaItem)${MEETING_OF_ITEM}`, 'm.date DESC, i.order, b.position'),
  assignedActionItems: t<M.ActionItemModel>(`(a)<-[r:ASSIGNED_TO]-(b:ActionItem)<-[:HAS_ACTION]-(i:AgendaItem)${MEETING_OF_ITEM}`, 'm.date DESC, i.order, b.position'),
  partOf: t<M.AnyEntityModel>('(a)-[r:PART_OF]->(b)'),
  parts: t<M.AnyEntityModel>('(a)<-[r:PART_OF]-(b)'),
  // First or second party (a municipality through its association, ALSO_ON_BEHALF_OF).
  attendanceOnBehalfOf: t<M.AttendanceModel>('(a)<-[r:ON_BEHALF_OF|ALSO_ON_BEHALF_OF]-(b:Attendance)-[:AT]->(m:Meeting)', 'm.date DESC, b.id'),
  alsoOnBehalfOf: t<M.AnyEntityModel>('(a)-[r:ALSO_ON_BEHALF_OF]->(b)'),
  mentions: t<M.AnyEntityModel>('(a)-[r:MENTIONS]->(b)', 'b.id', true),
  mentionedIn: t<M.AnyEntityModel>(`(a)<-[r:MENTIONS]-(b)<-[:HAS_STATEMENT|HAS_DECISION|HAS_ACTION]-(i:AgendaItem)${MEETING_OF_ITEM}`, RECORDS_BY_MEETING, true),
  concernsBodies: t<M.BodyModel>('(a)-[r:CONCERNS]->(b:Body)'),
  bodyConcernedBy: t<M.ActionItemModel>(`(a)<-[r:CONCERNS]-(b:ActionItem)<-[:HAS_ACTION]-(i:AgendaItem)${MEETING_OF_ITEM}`, RECORDS_BY_MEETING),
  runBy: t<M.AnyEntityModel>('(a)-[r:RUN_BY]->(b)'),
  statementsOnBehalfOf: t<M.StatementModel>(`(a)<-[r:ON_BEHALF_OF]-(b:Statement)<-[:HAS_STATEMENT]-(i:AgendaItem)${MEETING_OF_ITEM}`, 'm.date DESC, i.order, b.position'),
  secretariatFor: t<M.BodyModel>('(a)<-[r:HAS_SECRETARIAT]-(b:Body)'),
  secretariat: t<M.OrganizationModel>('(a)-[r:HAS_SECRETARIAT]->(b:Organization)'),
  organizationMemberships: t<M.MembershipModel>('(a)<-[r:IN_ORGANIZATION]-(b:Membership)<-[:HOLDS]-(p:Person)', 'p.name, b.id'),
  organizationMembershipsAsOf: t<M.MembershipModel>('(a)<-[r:IN_ORGANIZATION]-(b:Membership)<-[:HOLDS]-(p:Person)', 'p.name, b.id', false, HELD_ON_AS_OF),
  bodyMemberships: t<M.MembershipModel>('(a)<-[r:IN_BODY]-(b:Membership)<-[:HOLDS]-(p:Person)', 'p.name, b.id'),
  bodyMembershipsAsOf: t<M.MembershipModel>('(a)<-[r:IN_BODY]-(b:Membership)<-[:HOLDS]-(p:Person)', 'p.name, b.id', false, HELD_ON_AS_OF),
  reportsTo: t<M.BodyModel>('(a)-[r:REPORTS_TO]->(b:Body)'),
  reportedToBy: t<M.BodyModel>('(a)<-[r:REPORTS_TO]-(b:Body)'),
  bodyMeetings: t<M.MeetingModel>('(a)<-[r:HELD_BY]-(b:Meeting)', 'b.date DESC, b.id'),
  bodyDecisions: t<M.DecisionModel>('(a)<-[r:HELD_BY]-(m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_DECISION]->(b:Decision)', RECORDS_BY_MEETING),
  bodyActionItems: t<M.ActionItemModel>('(a)<-[r:HELD_BY]-(m:Meeting)-[:HAS_ITEM]->(i:AgendaItem)-[:HAS_ACTION]->(b:ActionItem)', RECORDS_BY_MEETING),
  membershipPerson: t<M.PersonModel>('(a)<-[r:HOLDS]-(b:Person)'),
  membershipBody: t<M.BodyModel>('(a)-[r:IN_BODY]->(b:Body)'),
  membershipOrganization: t<M.AnyEntityModel>('(a)-[r:IN_ORGANIZATION]->(b)'),
  onBehalfOf: t<M.AnyEntityModel>('(a)-[r:ON_BEHALF_OF]->(b)'),
  meetingBodies: t<M.BodyModel>('(a)-[r:HELD_BY]->(b:Body)', 'r.lead DESC, b.id'),
  meetingAgenda: t<M.AgendaItemModel>('(a)-[r:HAS_ITEM]->(b:AgendaItem)', 'b.order'),
  meetingAttendance: t<M.AttendanceModel>('(a)<-[r:AT]-(b:Attendance)<-[:ATTENDED]-(p:Person)', 'p.name, b.id'),
  meetingDecisions: t<M.DecisionModel>('(a)-[:HAS_ITEM]->(i:AgendaItem)-[r:HAS_DECISION]->(b:Decision)', 'i.order, b.position'),
  meetingActionItems: t<M.ActionItemModel>('(a)-[:HAS_ITEM]->(i:AgendaItem)-[r:HAS_ACTION]->(b:ActionItem)', 'i.order, b.position'),
  meetingStatements: t<M.StatementModel>('(a)-[:HAS_ITEM]->(i:AgendaItem)-[r:HAS_STATEMENT]->(b:Statement)', 'i.order, b.position'),
  // The first version of the record: the one its meeting's own evidence cites.
  meetingSource: t<M.SourceDocumentModel>('(a)<-[r:RECORDS]-(b:SourceDocument)', 'CASE WHEN b.id = a.document THEN 0 ELSE 1 END, b.language, b.id'),
  meetingReferences: t<M.MeetingModel>('(a)-[r:APPROVES_MINUTES_OF|BUILDS_ON|NEXT_MEETING|CITES]->(b:Meeting)', 'b.date, b.id', true),
  meetingReferencedBy: t<M.MeetingModel>('(a)<-[r:APPROVES_MINUTES_OF|BUILDS_ON|NEXT_MEETING|CITES]-(b:Meeting)', 'b.date, b.id', true),
  attendancePerson: t<M.PersonModel>('(a)<-[r:ATTENDED]-(b:Person)'),
  attendanceMeeting: t<M.MeetingModel>('(a)-[r:AT]->(b:Meeting)'),
  attendanceAgendaItem: t<M.AgendaItemModel>('(a)-[r:FOR_ITEM]->(b:AgendaItem)'),
  itemMeeting: t<M.MeetingModel>('(a)<-[r:HAS_ITEM]-(b:Meeting)'),
  itemDecisions: t<M.DecisionModel>('(a)-[r:HAS_DECISION]->(b:Decision)', 'b.position'),
  itemActionItems: t<M.ActionItemModel>('(a)-[r:HAS_ACTION]->(b:ActionItem)', 'b.position'),
  itemStatements: t<M.StatementModel>('(a)-[r:HAS_STATEMENT]->(b:Statement)', 'b.position'),
  themesOf: t<M.ThemeModel>('(a)-[r:ABOUT|RAISES]->(b:Theme)'),
  recordedUnder: t<M.AgendaItemModel>('(a)<-[r:HAS_DECISION|HAS_ACTION|HAS_STATEMENT]-(b:AgendaItem)'),
  recordedAt: t<M.MeetingModel>('(a)<-[:HAS_DECISION|HAS_ACTION|HAS_STATEMENT]-(:AgendaItem)<-[r:HAS_ITEM]-(b:Meeting)'),
  concerns: t<M.MeetingModel>('(a)-[r:CONCERNS]->(b:Meeting)', 'b.date'),
  actionOwners: t<M.AnyEntityModel>('(a)-[r:ASSIGNED_TO]->(b)'),
  completedBy: t<M.PersonModel>('(a)-[r:COMPLETED_BY]->(b:Person)'),
  speaker: t<M.PersonModel>('(a)-[r:SPOKEN_BY]->(b:Person)'),
  broader: t<M.ThemeModel>('(a)-[r:BROADER]->(b:Theme)'),
  narrower: t<M.ThemeModel>('(a)<-[r:BROADER]-(b:Theme)'),
  themeStatements: t<M.StatementModel>(`(a)<-[r:RAISES]-(b:Statement)<-[:HAS_STATEMENT]-(i:AgendaItem)${MEETING_OF_ITEM}`, 'm.date DESC, i.order, b.position'),
  // A record's own source first (the document that wrote it also wrote that link), then its translations.
  sourcedFrom: t<M.SourceDocumentModel>('(a)-[r:SOURCED_FROM]->(b:SourceDocument)', 'CASE WHEN r.document = a.document THEN 0 ELSE 1 END, b.language, b.id', true),
  actionUpdates: t<M.ActionUpdateModel>('(a)<-[r:UPDATES]-(b:ActionUpdate)-[:REPORTED_AT]->(m:Meeting)', 'm.date IS NULL, m.date, b.id'),
  updatedAction: t<M.ActionItemModel>('(a)-[r:UPDATES]->(b:ActionItem)'),
  reportedAt: t<M.MeetingModel>('(a)-[r:REPORTED_AT]->(b:Meeting)'),
  meetingActionUpdates: t<M.ActionUpdateModel>('(a)<-[r:REPORTED_AT]-(b:ActionUpdate)', 'b.id'),
  recordsMeeting: t<M.MeetingModel>('(a)-[r:RECORDS]->(b:Meeting)'),
} as const;

export type TraversalName = keyof typeof TRAVERSALS;
export type TargetOf<Name extends TraversalName> = (typeof TRAVERSALS)[Name] extends Traversal<infer Target> ? Target : never;

/** A related entity, with the relationship it was reached through when the traversal reads it (`via`). */
export type Related<T> = T & { via?: { type: string; props: Record<string, unknown> } };
