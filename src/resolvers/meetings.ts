import type { AttendanceRole, Resolvers } from '../generated/graphql';
import type { Loaders } from '../loaders/createLoaders';
import type { AttendanceModel, EntityModel, JurisdictionModel, MeetingModel, OrganizationModel } from '../models';
import type { Related } from '../repositories/traversals';
import { required } from './entities';
import { versionedEvidence } from './evidence';
import { firstOrNull, localized } from './helpers';
import { keep, ofTypes } from './provenance';

const ROLE_ORDER: AttendanceRole[] = ['CHAIR', 'CO_CHAIR', 'MEMBER', 'OBSERVER', 'SECRETARIAT', 'PRESENTER', 'PANELIST', 'GUEST', 'SPEAKER'];

/** People, not attendances: a listed presenter has two (a list role and PRESENTER) and counts once, as listed. */
function countPeople(attendance: AttendanceModel[], personIds: string[]) {
  const listed = new Set<string>();
  attendance.forEach((a, index) => { if (a.listed) listed.add(personIds[index] ?? ''); });
  const unlisted = new Set(personIds.filter((id, index) => !attendance[index]?.listed && !listed.has(id)));
  return { listed: listed.size, unlisted: unlisted.size };
}

export const meetingResolvers: Resolvers = {
  Meeting: {
    title: (meeting, { lang }) => localized(meeting, 'title', lang),
    status: (meeting) => meeting.status as never,
    modality: (meeting) => (meeting.modality ?? null) as never,
    bodies: (meeting, _, { loaders }) => loaders.follow('meetingBodies', meeting.id),
    agenda: (meeting, _, { loaders }) => loaders.follow('meetingAgenda', meeting.id),
    attendance: (meeting, { role, listed, basis }, { loaders }) =>
      loaders.follow('meetingAttendance', meeting.id, (list) => list.filter((a) => (!role || a.role === role) && keep(listed, basis)(a))),
    attendanceByRole: async (meeting, { listed, basis }, { loaders }) => {
      const attendance = (await loaders.related('meetingAttendance').load(meeting.id)).filter(keep(listed, basis));
      const representatives = await Promise.all(attendance.map((a) => loaders.related('onBehalfOf').load(a.id)));
      return groupByRole(attendance, representatives.map((list) => firstOrNull(list)));
    },
    decisions: (meeting, _, { loaders }) => loaders.follow('meetingDecisions', meeting.id),
    actionItems: (meeting, _, { loaders }) => loaders.follow('meetingActionItems', meeting.id),
    attendanceCounts: async (meeting, _, { loaders }) => {
      const attendance = await loaders.related('meetingAttendance').load(meeting.id);
      const people = await loaders.related('attendancePerson').loadMany(attendance.map((a) => a.id));
      return countPeople(attendance, people.map((list) => (Array.isArray(list) ? list[0]?.id ?? '' : '')));
    },
    statements: (meeting, { types }, { loaders }) => loaders.follow('meetingStatements', meeting.id, ofTypes(types)),
    ...versionedEvidence,
    sources: (meeting, _, { loaders }) => loaders.follow('meetingSource', meeting.id),
    source: (meeting, _, { loaders }) => loaders.follow('meetingSource', meeting.id, (list) => firstOrNull(list)),
    references: async (meeting, _, { loaders }) => (await loaders.related('meetingReferences').load(meeting.id)).map(toReference),
    referencedBy: async (meeting, _, { loaders }) => (await loaders.related('meetingReferencedBy').load(meeting.id)).map(toReference),
    previousMeeting: (meeting, _, { loaders }) => adjacentMeeting(meeting, -1, loaders),
    nextMeeting: (meeting, _, { loaders }) => adjacentMeeting(meeting, 1, loaders),
  },
  MeetingReference: {
    relation: (reference) => reference.relation as never,
  },
  Attendance: {
    role: (attendance) => attendance.role as never,
    person: (attendance, _, { loaders }) => loaders.follow('attendancePerson', attendance.id, (list) => required(list, attendance.id, 'person')),
    meeting: (attendance, _, { loaders }) => loaders.follow('attendanceMeeting', attendance.id, (list) => required(list, attendance.id, 'meeting')),
    onBehalfOf: (attendance, _, { loaders }) =>
      loaders.follow('onBehalfOf', attendance.id, (list) => firstOrNull(list) as JurisdictionModel | OrganizationModel | null),
    agendaItem: (attendance, _, { loaders }) => loaders.follow('attendanceAgendaItem', attendance.id, (list) => firstOrNull(list)),
    ...versionedEvidence,
  },
  AgendaItem: {
    title: (item, { lang }) => localized(item, 'title', lang),
    meeting: (item, _, { loaders }) => loaders.follow('itemMeeting', item.id, (list) => required(list, item.id, 'meeting')),
    decisions: (item, _, { loaders }) => loaders.follow('itemDecisions', item.id),
    actionItems: (item, _, { loaders }) => loaders.follow('itemActionItems', item.id),
    statements: (item, _, { loaders }) => loaders.follow('itemStatements', item.id),
    themes: (item, _, { loaders }) => loaders.follow('themesOf', item.id),
    ...versionedEvidence,
  },
};

/** A meeting reference; its evidence comes from the document that wrote it (`document` is the source id). */
function toReference(meeting: Related<MeetingModel>) {
  // These traversals read the relationship (TRAVERSALS: via), so `via` is there.
  const props = meeting.via?.props ?? {};
  const evidence = typeof props.quote === 'string' && typeof props.lineStart === 'number' && typeof props.lineEnd === 'number'
    ? { quote: props.quote, lineStart: props.lineStart, lineEnd: props.lineEnd, ownerId: meeting.id, sourceId: typeof props.document === 'string' ? props.document : undefined }
    : null;
  return { relation: meeting.via?.type ?? '', meeting, evidence };
}

/** The dated meeting before or after this one among the meetings of its leading body. */
async function adjacentMeeting(meeting: MeetingModel, step: 1 | -1, loaders: Loaders): Promise<MeetingModel | null> {
  if (!meeting.date) return null;
  const lead = firstOrNull(await loaders.related('meetingBodies').load(meeting.id));
  if (!lead) return null;
  // bodyMeetings is sorted most recent first; dated meetings only.
  const dated = (await loaders.related('bodyMeetings').load(lead.id)).filter((m) => m.date).reverse();
  const index = dated.findIndex((m) => m.id === meeting.id);
  return dated[index + step] ?? null;
}

function groupByRole(attendance: AttendanceModel[], representatives: Array<EntityModel | null>) {
  const groups = new Map<string, Map<string, { representative: EntityModel | null; attendance: AttendanceModel[] }>>();
  attendance.forEach((entry, index) => {
    const representative = representatives[index] ?? null;
    let byRepresentative = groups.get(entry.role);
    if (!byRepresentative) groups.set(entry.role, (byRepresentative = new Map()));
    const key = representative?.id ?? '';
    let group = byRepresentative.get(key);
    if (!group) byRepresentative.set(key, (group = { representative, attendance: [] }));
    group.attendance.push(entry);
  });
  return ROLE_ORDER.filter((role) => groups.has(role)).map((role) => {
    const byRepresentative = [...(groups.get(role) ?? new Map()).values()];
    return {
      role,
      count: byRepresentative.reduce((sum, group) => sum + group.attendance.length, 0),
      representatives: byRepresentative.map((group) => ({
        representative: group.representative as JurisdictionModel | OrganizationModel | null,
        attendance: group.attendance,
      })),
    };
  });
}
