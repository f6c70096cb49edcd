/** Tables shared by the profile pages: roles over time and attendance over time, with how each fact is known. */
import { REP_FIELDS, type Rep } from '../api';
import { h } from '../dom';
import { enumLabel, t } from '../i18n';
import { entityHref, repName } from '../links';
import { basisAttr, basisCell, KNOWN_FIELDS, type Known } from '../provenance';
import { href } from '../router';
import { linkCell, table } from '../table';

export interface Membership extends Known {
  id: string; role: string; title: string | null; startDate: string | null; endDate: string | null; person?: { id: string; name: string };
  body: { id: string; abbreviation: string | null; name: string | null } | null; organization: Rep | null; onBehalfOf: Rep | null;
}
export interface AttendanceRow extends Known {
  role: string; listed: boolean; meeting: { id: string; date: string | null; title: string | null }; onBehalfOf: Rep | null; alsoOnBehalfOf: Rep[]; person?: { id: string; name: string };
}

export const MEMBERSHIP = `id role title(lang: $lang) startDate endDate body { id abbreviation(lang: $lang) name(lang: $lang) } organization { ${REP_FIELDS} } onBehalfOf { ${REP_FIELDS} } ${KNOWN_FIELDS}`;
export const ATTENDANCE = `role listed meeting { id date title(lang: $lang) } onBehalfOf { ${REP_FIELDS} } alsoOnBehalfOf { ${REP_FIELDS} } ${KNOWN_FIELDS}`;

export function membershipTable(name: string, rows: Membership[], withPerson: boolean): HTMLElement {
  const sorted = rows.slice().sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''));
  return table({ name, caption: t('rolesOverTime'), columns: [...(withPerson ? [t('name')] : []), t('role'), t('title'), t('body'), t('onBehalfOf'), t('startDate'), t('endDate'), t('basis')],
    rows: sorted.map((m) => [
      ...(withPerson && m.person ? [linkCell(m.person.name, entityHref('Person', m.person.id))] : withPerson ? [''] : []),
      enumLabel(m.role), m.title ?? '', m.body ? linkCell(m.body.abbreviation ?? m.body.name ?? m.body.id, entityHref('Body', m.body.id)) : repName(m.organization), repName(m.onBehalfOf), m.startDate ?? '', m.endDate ?? '',
      basisCell([{ fact: m }])]),
    rowAttrs: (i) => basisAttr(sorted.slice(i, i + 1)) });
}

/** Who was represented, then any second party (“also on behalf of”). */
function representedText(a: AttendanceRow): string {
  const also = a.alsoOnBehalfOf.map(repName).join(', ');
  return [repName(a.onBehalfOf), also ? `(${t('alsoOnBehalfOf').toLowerCase()} ${also})` : ''].filter(Boolean).join(' ');
}

export function attendanceTable(name: string, rows: AttendanceRow[], withPerson: boolean): HTMLElement {
  const sorted = rows.slice().sort((a, b) => (a.meeting.date ?? '').localeCompare(b.meeting.date ?? ''));
  return table({ name, caption: t('attendanceOverTime'), columns: [t('date'), t('meeting'), ...(withPerson ? [t('name')] : []), t('role'), t('onBehalfOf'), t('listed'), t('basis')],
    rows: sorted.map((a) => [a.meeting.date ?? '', linkCell(a.meeting.title ?? a.meeting.id, href('meeting', a.meeting.id)),
      ...(withPerson ? [a.person ? linkCell(a.person.name, entityHref('Person', a.person.id)) : ''] : []), enumLabel(a.role), representedText(a),
      a.listed ? t('yes') : t('no'), basisCell([{ fact: a }])]),
    rowAttrs: (i) => ({ 'data-listed': String(sorted[i]?.listed ?? ''), ...basisAttr(sorted.slice(i, i + 1)) }) });
}

export function explore(id: string): HTMLElement {
  return h('p', {}, h('a', { href: href('explorer', undefined, { id }), class: 'button' }, `${t('explorer')} →`));
}

/** Other names seen in the minutes, when there are any. */
export function aliasesLine(aliases: string[]): HTMLElement | '' {
  return aliases.length > 0 ? h('p', { class: 'meta aliases' }, `${t('aliases')}: ${aliases.join(', ')}`) : '';
}
