/** Profiles of jurisdictions and organizations: attendance on their behalf, offices, and the passages that name them. */
import { gql } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref } from '../links';
import { mentionedInTable, MENTIONED_IN_FIELDS, type MentionIn } from '../mentions';
import { linkCell, table } from '../table';
import { aliasesLine, attendanceTable, ATTENDANCE, explore, MEMBERSHIP, membershipTable, type AttendanceRow, type Membership } from './profileTables';

interface Named { id: string; name: string | null }
interface JurisdictionDetail {
  id: string; kind: string; name: string | null; abbreviation: string | null; aliases: string[]; partOf: Named | null; parts: Named[]; attendance: AttendanceRow[]; mentionedIn: MentionIn[];
}
interface OrganizationDetail {
  id: string; kind: string; name: string | null; abbreviation: string | null; aliases: string[]; secretariatFor: Named[];
  memberships: (Membership & { person: { id: string; name: string } })[]; attendance: AttendanceRow[]; mentionedIn: MentionIn[];
}

const JURISDICTION = `query J($id: ID!, $lang: Language) { jurisdiction(id: $id) {
  id kind name(lang: $lang) abbreviation(lang: $lang) aliases partOf { id name(lang: $lang) } parts { id name(lang: $lang) }
  attendance { person { id name } ${ATTENDANCE} } ${MENTIONED_IN_FIELDS} } }`;

const ORGANIZATION = `query O($id: ID!, $lang: Language) { organization(id: $id) {
  id kind name(lang: $lang) abbreviation(lang: $lang) aliases secretariatFor { id name(lang: $lang) }
  memberships { person { id name } ${MEMBERSHIP} } attendance { person { id name } ${ATTENDANCE} } ${MENTIONED_IN_FIELDS} } }`;

export async function jurisdictionPage(root: HTMLElement, id: string): Promise<void> {
  const { jurisdiction: j } = await gql<{ jurisdiction: JurisdictionDetail | null }>(JURISDICTION, { id, lang: lang() });
  if (!j) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(h('h2', {}, j.name ?? j.id), h('p', { class: 'meta' }, [enumLabel(j.kind), j.abbreviation, j.id].filter(Boolean).join(' · ')), aliasesLine(j.aliases),
    j.partOf ? h('p', {}, `${t('partOf')}: `, h('a', { href: entityHref('Jurisdiction', j.partOf.id) }, j.partOf.name ?? j.partOf.id)) : '', explore(j.id),
    attendanceTable('jurisdiction-attendance', j.attendance, true),
    table({ name: 'jurisdiction-parts', caption: t('parts'), columns: [t('name'), t('id')], rows: j.parts.map((p) => [linkCell(p.name ?? p.id, entityHref('Jurisdiction', p.id)), p.id]) }),
    mentionedInTable('jurisdiction-mentioned-in', j.mentionedIn));
}

export async function organizationPage(root: HTMLElement, id: string): Promise<void> {
  const { organization: o } = await gql<{ organization: OrganizationDetail | null }>(ORGANIZATION, { id, lang: lang() });
  if (!o) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(h('h2', {}, o.name ?? o.id), h('p', { class: 'meta' }, [enumLabel(o.kind), o.abbreviation, o.id].filter(Boolean).join(' · ')), aliasesLine(o.aliases), explore(o.id),
    o.secretariatFor.length ? h('p', {}, `${t('secretariat')}: `, ...o.secretariatFor.flatMap((b, i) => [i > 0 ? ', ' : '', h('a', { href: entityHref('Body', b.id) }, b.name ?? b.id)])) : '',
    membershipTable('organization-roles', o.memberships, true), attendanceTable('organization-attendance', o.attendance, true),
    mentionedInTable('organization-mentioned-in', o.mentionedIn));
}
