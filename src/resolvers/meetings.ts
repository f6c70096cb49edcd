import type { AttendanceRole, Resolvers } from '../generated/graphql';
import type { Loaders } from '../loaders/createLoaders';
import type { AttendanceModel, EntityModel, JurisdictionModel, MeetingModel, OrganizationModel } from '../models';
import type { Related } from '../repositories/traversals';
import { required } from './entities';
import { evidenceOf, firstOrNull, localized } from './helpers';

const ROLE_ORDER: AttendanceRole[] = ['CO_CHAIR', 'MEMBER', 'OBSERVER', 'SECRETARIAT', 'PRESENTER', 'PANELIST', 'GUEST'];

export const meetingResolvers: Resolvers = {
  Meeting: {
    title: (meeting, { lang }) => localized(meeting, 'title', lang),
    status: (meeting) => meeting.status as never,
    modality: (meeting) => (meeting.modality ?? null) as never,
    bodies: (meeting, _, { loaders }) => loaders.related('meetingBodies').load(meeting.id),
    agenda: (meeting, _, { loaders }) => loaders.related('meetingAgenda').load(meeting.id),
    attendance: async (meeting, { role }, { loaders }) =>
      (await loaders.related('meetingAttendance').load(meeting.id)).filter((attendance) => !role || attendance.role === role),
    attendanceByRole: async (meeting, _, { loaders }) => {
      const attendance = await loaders.related('meetingAttendance').load(meeting.id);
      const representatives = await Promise.all(attendance.map((a) => loaders.related('onBehalfOf').load(a.id)));
      return groupByRole(attendance, representatives.map((list) => firstOrNull(list)));
    },
    decisions: (meeting, _, { loaders }) => loaders.related('meetingDecisions').load(meeting.id),
    actionItems: (meeting, _, { loaders }) => loaders.related('meetingActionItems').load(meeting.id),
    statements: (meeting, _, { loaders }) => loaders.related('meetingStatements').load(meeting.id),
    source: async (meeting, _, { loaders }) => firstOrNull(await loaders.related('meetingSource').load(meeting.id)),
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
    person: async (attendance, _, { loaders }) => required(await loaders.related('attendancePerson').load(attendance.id), attendance.id, 'person'),
    meeting: async (attendance, _, { loaders }) => required(await loaders.related('attendanceMeeting').load(attendance.id), attendance.id, 'meeting'),
    onBehalfOf: async (attendance, _, { loaders }) =>
      firstOrNull(await loaders.related('onBehalfOf').load(attendance.id)) as JurisdictionModel | OrganizationModel | null,
    agendaItem: async (attendance, _, { loaders }) => firstOrNull(await loaders.related('attendanceAgendaItem').load(attendance.id)),
    evidence: (attendance) => evidenceOf(attendance),
  },
  AgendaItem: {
    title: (item, { lang }) => localized(item, 'title', lang),
    meeting: async (item, _, { loaders }) => required(await loaders.related('itemMeeting').load(item.id), item.id, 'meeting'),
    decisions: (item, _, { loaders }) => loaders.related('itemDecisions').load(item.id),
    actionItems: (item, _, { loaders }) => loaders.related('itemActionItems').load(item.id),
    statements: (item, _, { loaders }) => loaders.related('itemStatements').load(item.id),
    themes: (item, _, { loaders }) => loaders.related('themesOf').load(item.id),
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
