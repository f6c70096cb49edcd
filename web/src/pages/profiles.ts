/** People, jurisdictions, organizations and bodies: lists and profile pages with roles over time. */
import { gql, REP_FIELDS, type Rep } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref, repName } from '../links';
import { currentRoute, href } from '../router';
import { linkCell, table } from '../table';

const TABS = ['people', 'jurisdictions', 'organizations', 'bodies'] as const;
type Tab = (typeof TABS)[number];

const LISTS: Record<Tab, string> = {
  people: 'query L { list: people(first: 100) { nodes { __typename id name aliases } } }',
  jurisdictions: 'query L($lang: Language) { list: jurisdictions(first: 100) { nodes { __typename id kind name(lang: $lang) abbreviation(lang: $lang) } } }',
  organizations: 'query L($lang: Language) { list: organizations(first: 100) { nodes { __typename id kind name(lang: $lang) abbreviation(lang: $lang) } } }',
  bodies: 'query L($lang: Language) { list: bodies(first: 100) { nodes { __typename id kind status name(lang: $lang) abbreviation(lang: $lang) } } }',
};
interface ListNode { __typename: string; id: string; name: string | null; abbreviation?: string | null; kind?: string; status?: string; aliases?: string[] }

export async function profilesPage(root: HTMLElement): Promise<void> {
  const tabParam = currentRoute().params.get('tab');
  const tab: Tab = TABS.find((x) => x === tabParam) ?? 'people';
  const { list } = await gql<{ list: { nodes: ListNode[] } }>(LISTS[tab], { lang: lang() });
  root.append(h('h2', {}, t('profiles')),
    h('nav', { class: 'tabs' }, ...TABS.map((x) => h('a', { href: href('profiles', undefined, { tab: x }), class: x === tab ? 'active' : undefined }, t(x)))),
    table({ name: tab, columns: [t('name'), t('kind'), t('id')],
      rows: list.nodes.map((n) => [linkCell(n.name ?? n.abbreviation ?? n.id, entityHref(n.__typename, n.id)), [n.kind, n.status].filter((v): v is string => Boolean(v)).map(enumLabel).join(' · ') || (n.aliases ?? []).join(', '), n.id]) }));
}

interface Membership { id: string; role: string; title: string | null; startDate: string | null; endDate: string | null; person?: { id: string; name: string }; body: { id: string; abbreviation: string | null; name: string | null } | null; organization: Rep | null; onBehalfOf: Rep | null }
interface AttendanceRow { role: string; meeting: { id: string; date: string | null; title: string | null }; onBehalfOf: Rep | null; person?: { id: string; name: string } }

const MEMBERSHIP = `id role title(lang: $lang) startDate endDate body { id abbreviation(lang: $lang) name(lang: $lang) } organization { ${REP_FIELDS} } onBehalfOf { ${REP_FIELDS} }`;

function membershipTable(name: string, rows: Membership[], withPerson: boolean): HTMLElement {
  const sorted = rows.slice().sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''));
  return table({ name, caption: t('rolesOverTime'), columns: [...(withPerson ? [t('name')] : []), t('role'), t('title'), t('body'), t('onBehalfOf'), t('startDate'), t('endDate')],
    rows: sorted.map((m) => [
      ...(withPerson && m.person ? [linkCell(m.person.name, entityHref('Person', m.person.id))] : withPerson ? [''] : []),
      enumLabel(m.role), m.title ?? '', m.body ? linkCell(m.body.abbreviation ?? m.body.name ?? m.body.id, entityHref('Body', m.body.id)) : repName(m.organization), repName(m.onBehalfOf), m.startDate ?? '', m.endDate ?? '']) });
}

function attendanceTable(name: string, rows: AttendanceRow[], withPerson: boolean): HTMLElement {
  const sorted = rows.slice().sort((a, b) => (a.meeting.date ?? '').localeCompare(b.meeting.date ?? ''));
  return table({ name, caption: t('attendanceOverTime'), columns: [t('date'), t('meeting'), ...(withPerson ? [t('name')] : []), t('role'), t('onBehalfOf')],
    rows: sorted.map((a) => [a.meeting.date ?? '', linkCell(a.meeting.title ?? a.meeting.id, href('meeting', a.meeting.id)),
      ...(withPerson ? [a.person ? linkCell(a.person.name, entityHref('Person', a.person.id)) : ''] : []), enumLabel(a.role), repName(a.onBehalfOf)]) });
}

function explore(id: string): HTMLElement {
  return h('p', {}, h('a', { href: href('explorer', undefined, { id }), class: 'button' }, `${t('explorer')} →`));
}

export async function personPage(root: HTMLElement, id: string): Promise<void> {
  const { person } = await gql<{ person: { id: string; name: string; aliases: string[]; memberships: Membership[]; attendance: AttendanceRow[]; statements: { id: string; summary: string | null; meeting: { id: string; date: string | null } }[] } | null }>(
    `query P($id: ID!, $lang: Language) { person(id: $id) { id name aliases memberships { ${MEMBERSHIP} } attendance { role meeting { id date title(lang: $lang) } onBehalfOf { ${REP_FIELDS} } } statements { id summary(lang: $lang) meeting { id date } } } }`, { id, lang: lang() });
  if (!person) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(h('h2', {}, person.name), person.aliases.length ? h('p', { class: 'meta' }, `${t('aliases')}: ${person.aliases.join(', ')}`) : '', explore(person.id),
    membershipTable('person-roles', person.memberships, false), attendanceTable('person-attendance', person.attendance, false),
    table({ name: 'person-statements', caption: t('statements'), columns: [t('date'), t('summary')], rows: person.statements.map((s) => [linkCell(s.meeting.date ?? s.meeting.id, href('meeting', s.meeting.id)), s.summary ?? '']) }));
}

export async function jurisdictionPage(root: HTMLElement, id: string): Promise<void> {
  const { jurisdiction: j } = await gql<{ jurisdiction: { id: string; kind: string; name: string | null; abbreviation: string | null; aliases: string[]; partOf: { id: string; name: string | null } | null; parts: { id: string; name: string | null }[]; attendance: AttendanceRow[] } | null }>(
    `query J($id: ID!, $lang: Language) { jurisdiction(id: $id) { id kind name(lang: $lang) abbreviation(lang: $lang) aliases partOf { id name(lang: $lang) } parts { id name(lang: $lang) } attendance { role person { id name } meeting { id date title(lang: $lang) } onBehalfOf { ${REP_FIELDS} } } } }`, { id, lang: lang() });
  if (!j) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(h('h2', {}, j.name ?? j.id), h('p', { class: 'meta' }, [enumLabel(j.kind), j.abbreviation, j.id].filter(Boolean).join(' · ')),
    j.partOf ? h('p', {}, `${t('partOf')}: `, h('a', { href: entityHref('Jurisdiction', j.partOf.id) }, j.partOf.name ?? j.partOf.id)) : '', explore(j.id),
    attendanceTable('jurisdiction-attendance', j.attendance, true),
    table({ name: 'jurisdiction-parts', caption: t('parts'), columns: [t('name'), t('id')], rows: j.parts.map((p) => [linkCell(p.name ?? p.id, entityHref('Jurisdiction', p.id)), p.id]) }));
}

export async function organizationPage(root: HTMLElement, id: string): Promise<void> {
  const { organization: o } = await gql<{ organization: { id: string; kind: string; name: string | null; abbreviation: string | null; secretariatFor: { id: string; name: string | null }[]; memberships: (Membership & { person: { id: string; name: string } })[] } | null }>(
    `query O($id: ID!, $lang: Language) { organization(id: $id) { id kind name(lang: $lang) abbreviation(lang: $lang) secretariatFor { id name(lang: $lang) } memberships { person { id name } ${MEMBERSHIP} } } }`, { id, lang: lang() });
  if (!o) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(h('h2', {}, o.name ?? o.id), h('p', { class: 'meta' }, [enumLabel(o.kind), o.abbreviation, o.id].filter(Boolean).join(' · ')), explore(o.id),
    o.secretariatFor.length ? h('p', {}, `${t('secretariat')}: `, ...o.secretariatFor.map((b) => h('a', { href: entityHref('Body', b.id) }, b.name ?? b.id))) : '',
    membershipTable('organization-roles', o.memberships, true));
}

export async function bodyPage(root: HTMLElement, id: string): Promise<void> {
  const { body: b } = await gql<{ body: { id: string; kind: string; status: string; name: string | null; abbreviation: string | null; statusNote: string | null; partOf: { id: string; name: string | null } | null; reportsTo: { id: string; name: string | null } | null; secretariat: { id: string; name: string | null } | null; parts: { id: string; name: string | null; status: string }[]; members: (Membership & { person: { id: string; name: string } })[]; meetings: { id: string; date: string | null; title: string | null }[] } | null }>(
    `query B($id: ID!, $lang: Language) { body(id: $id) { id kind status name(lang: $lang) abbreviation(lang: $lang) statusNote(lang: $lang) partOf { id name(lang: $lang) } reportsTo { id name(lang: $lang) } secretariat { id name(lang: $lang) } parts { id name(lang: $lang) status } members { person { id name } ${MEMBERSHIP} } meetings { id date title(lang: $lang) } } }`, { id, lang: lang() });
  if (!b) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  const related = (label: string, e: { id: string; name: string | null } | null, type: string) => e ? h('p', {}, `${label}: `, h('a', { href: entityHref(type, e.id) }, e.name ?? e.id)) : '';
  root.append(h('h2', {}, b.name ?? b.id), h('p', { class: 'meta' }, [enumLabel(b.kind), b.abbreviation, enumLabel(b.status), b.statusNote].filter(Boolean).join(' · ')), explore(b.id),
    related(t('partOf'), b.partOf, 'Body'), related(t('reportsTo'), b.reportsTo, 'Body'), related(t('secretariat'), b.secretariat, 'Organization'),
    membershipTable('body-members', b.members, true),
    table({ name: 'body-meetings', caption: t('meetings'), columns: [t('date'), t('title')], rows: b.meetings.map((m) => [m.date ?? '', linkCell(m.title ?? m.id, href('meeting', m.id))]) }),
    table({ name: 'body-parts', caption: t('parts'), columns: [t('name'), t('status')], rows: b.parts.map((p) => [linkCell(p.name ?? p.id, entityHref('Body', p.id)), enumLabel(p.status)]) }));
}
