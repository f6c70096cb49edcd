import type { TraversalName } from '../repositories/traversals';

/**
 * How a field is loaded, for the selection planner: `traversal` is the loader its resolver calls
 * with the parent's id; `through` names the subfield of a wrapper type (Evidence) that holds
 * what the traversal reaches.
 */
export interface FieldTraversal {
  traversal: TraversalName;
  through?: string;
  /** The traversal the resolver follows instead when the field's `asOf` argument is set. */
  asOf?: TraversalName;
}

const EVIDENCE_SOURCE: FieldTraversal = { traversal: 'sourcedFrom', through: 'source' };

/**
 * The relationship fields whose resolvers call `loaders.related(traversal).load(parent.id)` (and
 * at most filter the result). Only these are planned ahead; any other field still loads through
 * its own loader. A wrong entry cannot return a wrong answer — the planner primes the loader with
 * the traversal's own query — but it would cost an extra round trip, which the loaders
 * integration test counts.
 */
export const FIELD_TRAVERSALS: Readonly<Record<string, Readonly<Record<string, FieldTraversal>>>> = {
  Person: {
    attendance: { traversal: 'personAttendance' },
    memberships: { traversal: 'personMemberships', asOf: 'personMembershipsAsOf' },
    statements: { traversal: 'personStatements' },
    actionItems: { traversal: 'assignedActionItems' },
  },
  Jurisdiction: {
    partOf: { traversal: 'partOf' },
    parts: { traversal: 'parts' },
    attendance: { traversal: 'attendanceOnBehalfOf' },
    statements: { traversal: 'statementsOnBehalfOf' },
  },
  Program: {
    runBy: { traversal: 'runBy' },
  },
  Organization: {
    partOf: { traversal: 'partOf' },
    secretariatFor: { traversal: 'secretariatFor' },
    memberships: { traversal: 'organizationMemberships', asOf: 'organizationMembershipsAsOf' },
    attendance: { traversal: 'attendanceOnBehalfOf' },
  },
  Membership: {
    person: { traversal: 'membershipPerson' },
    body: { traversal: 'membershipBody' },
    organization: { traversal: 'membershipOrganization' },
    onBehalfOf: { traversal: 'onBehalfOf' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
  },
  Body: {
    partOf: { traversal: 'partOf' },
    parts: { traversal: 'parts' },
    reportsTo: { traversal: 'reportsTo' },
    reportedToBy: { traversal: 'reportedToBy' },
    secretariat: { traversal: 'secretariat' },
    members: { traversal: 'bodyMemberships', asOf: 'bodyMembershipsAsOf' },
    meetings: { traversal: 'bodyMeetings' },
    decisions: { traversal: 'bodyDecisions' },
    actionItems: { traversal: 'bodyActionItems' },
    concernedBy: { traversal: 'bodyConcernedBy' },
  },
  Meeting: {
    bodies: { traversal: 'meetingBodies' },
    agenda: { traversal: 'meetingAgenda' },
    attendance: { traversal: 'meetingAttendance' },
    decisions: { traversal: 'meetingDecisions' },
    actionItems: { traversal: 'meetingActionItems' },
    statements: { traversal: 'meetingStatements' },
    source: { traversal: 'meetingSource' },
    sources: { traversal: 'meetingSource' },
    actionUpdates: { traversal: 'meetingActionUpdates' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
    endTimeEvidence: EVIDENCE_SOURCE,
  },
  Attendance: {
    person: { traversal: 'attendancePerson' },
    meeting: { traversal: 'attendanceMeeting' },
    onBehalfOf: { traversal: 'onBehalfOf' },
    alsoOnBehalfOf: { traversal: 'alsoOnBehalfOf' },
    agendaItem: { traversal: 'attendanceAgendaItem' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
  },
  AgendaItem: {
    meeting: { traversal: 'itemMeeting' },
    decisions: { traversal: 'itemDecisions' },
    actionItems: { traversal: 'itemActionItems' },
    statements: { traversal: 'itemStatements' },
    themes: { traversal: 'themesOf' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
    noDiscussionEvidence: EVIDENCE_SOURCE,
  },
  Decision: {
    agendaItem: { traversal: 'recordedUnder' },
    meeting: { traversal: 'recordedAt' },
    concerns: { traversal: 'concerns' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
    continuation: EVIDENCE_SOURCE,
  },
  ActionItem: {
    owners: { traversal: 'actionOwners' },
    completedBy: { traversal: 'completedBy' },
    concerns: { traversal: 'concernsBodies' },
    continuation: EVIDENCE_SOURCE,
    agendaItem: { traversal: 'recordedUnder' },
    meeting: { traversal: 'recordedAt' },
    age: { traversal: 'recordedAt', through: 'since' },
    status: { traversal: 'actionUpdates' },
    statusHistory: { traversal: 'actionUpdates' },
    carriedOver: { traversal: 'actionUpdates' },
    themes: { traversal: 'themesOf' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
  },
  Statement: {
    speaker: { traversal: 'speaker' },
    onBehalfOf: { traversal: 'onBehalfOf' },
    agendaItem: { traversal: 'recordedUnder' },
    meeting: { traversal: 'recordedAt' },
    themes: { traversal: 'themesOf' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
    continuation: EVIDENCE_SOURCE,
  },
  ActionUpdate: {
    action: { traversal: 'updatedAction' },
    meeting: { traversal: 'reportedAt' },
    agendaItem: { traversal: 'attendanceAgendaItem' },
    evidence: EVIDENCE_SOURCE,
    evidences: { traversal: 'sourcedFrom' },
  },
  Theme: {
    broader: { traversal: 'broader' },
    narrower: { traversal: 'narrower' },
    statements: { traversal: 'themeStatements' },
  },
  SourceDocument: {
    meeting: { traversal: 'recordsMeeting' },
  },
};
