/** A meeting's attendance: the attendance lists by role, then the people named only in the text, with counts. */
import { REP_FIELDS, type Rep } from '../api';
import { h } from '../dom';
import { enumLabel, t } from '../i18n';
import { entityHref, repName } from '../links';
import { basisAttr, basisCell, KNOWN_FIELDS, type Known } from '../provenance';
import { linkCell, table, type Cell, type CellInput } from '../table';

interface Attendee extends Known {
  id: string; role: string; person: { id: string; name: string }; attributionText: string | null;
  onBehalfOf: Rep | null; alsoOnBehalfOf: Rep[]; agendaItem: { number: string } | null;
}
export interface MeetingAttendance {
  attendanceCounts: { listed: number; unlisted: number };
  attendanceByRole: { role: string; count: number; representatives: { representative: Rep | null; attendance: { id: string }[] }[] }[];
  listed: Attendee[];
  unlisted: Attendee[];
}

const ATTENDEE = `id role person { id name } attributionText onBehalfOf { ${REP_FIELDS} } alsoOnBehalfOf { ${REP_FIELDS} } agendaItem { number } ${KNOWN_FIELDS}`;

/**
 * The groups come from `attendanceByRole` (its default: the attendance lists only) with attendance ids
 * only; each attendance's details come once from the flat lists, which keeps the query's cost low.
 */
export const ATTENDANCE_FIELDS = `attendanceCounts { listed unlisted }
    attendanceByRole { role count representatives { representative { ${REP_FIELDS} } attendance { id } } }
    listed: attendance(listed: true) { ${ATTENDEE} }
    unlisted: attendance(listed: false) { ${ATTENDEE} }`;

function also(a: Attendee): string {
  return a.alsoOnBehalfOf.length > 0 ? ` (${t('alsoOnBehalfOf').toLowerCase()} ${a.alsoOnBehalfOf.map(repName).join(', ')})` : '';
}

/** The people of a group, each linked to their page; a second party they attended for follows the name. */
function peopleCell(attendees: Attendee[]): Cell {
  const parts = attendees.map((a, i) => [i > 0 ? ', ' : '', h('a', { href: entityHref('Person', a.person.id) }, a.person.name), also(a)]);
  return { text: attendees.map((a) => `${a.person.name}${also(a)}`).join(', '), node: h('span', {}, ...parts.flat()) };
}

/** Who was represented, linked; `extra` (a second party) follows as text. */
function repCell(rep: Rep | null | undefined, extra = ''): CellInput {
  if (!rep) return extra.trim() || '—';
  const name = repName(rep);
  return { text: `${name}${extra}`, node: h('span', {}, h('a', { href: entityHref(rep.__typename, rep.id) }, name), extra) };
}

export function attendanceSections(m: MeetingAttendance): HTMLElement[] {
  const byId = new Map(m.listed.map((a) => [a.id, a]));
  const groups = m.attendanceByRole.flatMap((g) => g.representatives.map((r) => ({
    role: g.role, count: g.count, representative: r.representative, attendance: r.attendance.flatMap((a) => byId.get(a.id) ?? []),
  })));
  const listed = table({ name: 'attendance', caption: t('attendance'), columns: [t('role'), t('representative'), t('people'), t('basis')],
    rows: groups.map((g) => [`${enumLabel(g.role)} (${g.count})`, repCell(g.representative), peopleCell(g.attendance),
      basisCell(g.attendance.map((a) => ({ fact: a, label: a.person.name })))]),
    rowAttrs: (i) => ({ 'data-role': groups[i]?.role ?? '', 'data-people': (groups[i]?.attendance ?? []).map((a) => a.person.id).join(' '), ...basisAttr(groups[i]?.attendance ?? []) }) });
  const unlisted = table({ name: 'attendance-unlisted', caption: t('unlistedAttendance'),
    columns: [t('name'), t('role'), t('onBehalfOf'), t('agendaItem'), t('basis')],
    rows: m.unlisted.map((a) => [linkCell(a.person.name, entityHref('Person', a.person.id)), enumLabel(a.role),
      repCell(a.onBehalfOf, also(a)), a.agendaItem?.number ?? '', basisCell([{ fact: a }])]),
    rowAttrs: (i) => ({ 'data-person': m.unlisted[i]?.person.id ?? '', 'data-role': m.unlisted[i]?.role ?? '', ...basisAttr(m.unlisted.slice(i, i + 1)) }) });
  const counts = h('p', { class: 'count attendance-counts', 'data-listed': String(m.attendanceCounts.listed), 'data-unlisted': String(m.attendanceCounts.unlisted) },
    t('attendanceCounts', m.attendanceCounts.listed, m.attendanceCounts.unlisted));
  return [listed, counts, unlisted];
}
