import type { Resolvers } from '../generated/graphql';
import type { Loaders } from '../loaders/createLoaders';
import type { AttendanceModel, BodyModel, JurisdictionModel, MeetingModel, OrganizationModel, PersonModel } from '../models';
import type { BodyParticipantModel, BodyParticipationModel } from '../models/participation';
import { keep } from './provenance';

/**
 * Across meetings: which bodies' meetings someone took part in, and who took part in a body's
 * meetings over time. Both are gathered from attendance records through the per-request loaders
 * (one batched round trip per step, whatever the number of attendances).
 */

const byDate = (a: MeetingModel, b: MeetingModel) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);
const span = (meetings: MeetingModel[]) => ({
  meetingCount: meetings.length, firstDate: meetings[0]?.date ?? null, lastDate: meetings[meetings.length - 1]?.date ?? null,
});
const loaded = <T>(results: Array<T[] | Error>): T[][] => results.map((r) => {
  if (r instanceof Error) throw r;
  return r;
});

/** Attendance records grouped by the bodies whose meetings they are at, first attended first. */
async function participationOf(attendance: AttendanceModel[], loaders: Loaders): Promise<BodyParticipationModel[]> {
  const ids = attendance.map((a) => a.id);
  const [meetingLists, personLists] = await Promise.all([
    loaders.related('attendanceMeeting').loadMany(ids), loaders.related('attendancePerson').loadMany(ids),
  ]);
  const meetings = loaded(meetingLists).map((list) => list[0]);
  const people = loaded(personLists).map((list) => list[0]);
  const distinctMeetings = [...new Map(meetings.filter((m) => m !== undefined).map((m) => [m.id, m])).values()];
  const bodyLists = loaded(await loaders.related('meetingBodies').loadMany(distinctMeetings.map((m) => m.id)));
  const bodiesOf = new Map(distinctMeetings.map((meeting, index) => [meeting.id, bodyLists[index] ?? []]));
  const groups = new Map<string, { body: BodyModel; meetings: Map<string, MeetingModel>; people: Map<string, PersonModel> }>();
  meetings.forEach((meeting, index) => {
    if (!meeting) return;
    const person = people[index];
    for (const body of bodiesOf.get(meeting.id) ?? []) {
      const group = groups.get(body.id) ?? { body, meetings: new Map(), people: new Map() };
      group.meetings.set(meeting.id, meeting);
      if (person) group.people.set(person.id, person);
      groups.set(body.id, group);
    }
  });
  return [...groups.values()]
    .map((g) => {
      const list = [...g.meetings.values()].sort(byDate);
      return { body: g.body, meetings: list, ...span(list), people: [...g.people.values()].sort((a, b) => a.name.localeCompare(b.name)) };
    })
    .sort((a, b) => (a.firstDate ?? '').localeCompare(b.firstDate ?? '') || a.body.id.localeCompare(b.body.id));
}

/** Everyone at a body's meetings, with the meetings each attended and whom they attended for. */
async function participantsOf(body: BodyModel, loaders: Loaders, filter: (a: AttendanceModel) => boolean): Promise<BodyParticipantModel[]> {
  const meetings = await loaders.related('bodyMeetings').load(body.id);
  const attendanceLists = loaded(await loaders.related('meetingAttendance').loadMany(meetings.map((m) => m.id)));
  const rows = attendanceLists.flatMap((list, index) => (list as AttendanceModel[]).filter(filter).map((attendance) => ({ attendance, meeting: meetings[index] as MeetingModel })));
  const ids = rows.map((r) => r.attendance.id);
  const [personLists, partyLists] = await Promise.all([
    loaders.related('attendancePerson').loadMany(ids), loaders.related('onBehalfOf').loadMany(ids),
  ]);
  const people = loaded(personLists);
  const parties = loaded(partyLists);
  const byPerson = new Map<string, { person: PersonModel; meetings: Map<string, MeetingModel>; parties: Map<string, JurisdictionModel | OrganizationModel> }>();
  rows.forEach(({ meeting }, index) => {
    const person = people[index]?.[0];
    if (!person) return;
    const entry = byPerson.get(person.id) ?? { person, meetings: new Map(), parties: new Map() };
    entry.meetings.set(meeting.id, meeting);
    for (const party of parties[index] ?? []) entry.parties.set(party.id, party as JurisdictionModel | OrganizationModel);
    byPerson.set(person.id, entry);
  });
  return [...byPerson.values()]
    .map((e) => {
      const list = [...e.meetings.values()].sort(byDate);
      return { person: e.person, meetings: list, ...span(list), onBehalfOf: [...e.parties.values()] };
    })
    .sort((a, b) => (a.firstDate ?? '').localeCompare(b.firstDate ?? '') || a.person.name.localeCompare(b.person.name));
}

export const participationResolvers: Resolvers = {
  Person: {
    participation: async (person, { listed, basis }, { loaders }) =>
      participationOf((await loaders.related('personAttendance').load(person.id)).filter(keep(listed, basis)), loaders),
  },
  Jurisdiction: {
    participation: async (jurisdiction, { listed, basis }, { loaders }) =>
      participationOf((await loaders.related('attendanceOnBehalfOf').load(jurisdiction.id)).filter(keep(listed, basis)), loaders),
  },
  Organization: {
    participation: async (organization, { listed, basis }, { loaders }) =>
      participationOf((await loaders.related('attendanceOnBehalfOf').load(organization.id)).filter(keep(listed, basis)), loaders),
  },
  Body: {
    participants: (body, { listed, basis }, { loaders }) => participantsOf(body, loaders, keep(listed, basis)),
  },
};
