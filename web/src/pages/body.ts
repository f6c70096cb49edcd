/** A body's profile: status and structure (marked when inferred), members, meetings, parts, actions concerning it, mentions. */
import { gql } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref } from '../links';
import { mentionedInTable, MENTIONED_IN_FIELDS, type MentionIn } from '../mentions';
import { basisAttr, inferredBadge, KNOWN_FIELDS, type Known } from '../provenance';
import { href } from '../router';
import { linkCell, table } from '../table';
import { actionRows, ACTION_COLUMNS, ACTION_FIELDS, type Action } from './actions';
import { aliasesLine, explore, MEMBERSHIP, membershipTable, type Membership } from './profileTables';

interface Named { id: string; name: string | null }
interface BodyDetail extends Known {
  id: string; kind: string; status: string; name: string | null; abbreviation: string | null; aliases: string[]; statusNote: string | null;
  partOf: Named | null; reportsTo: Named | null; secretariat: Named | null; parts: (Named & { status: string })[];
  members: (Membership & { person: { id: string; name: string } })[]; meetings: { id: string; date: string | null; title: string | null }[];
  concernedBy: Action[]; mentionedIn: MentionIn[];
}

const BODY = `query B($id: ID!, $lang: Language) { body(id: $id) {
  id kind status name(lang: $lang) abbreviation(lang: $lang) aliases statusNote(lang: $lang) ${KNOWN_FIELDS}
  partOf { id name(lang: $lang) } reportsTo { id name(lang: $lang) } secretariat { id name(lang: $lang) } parts { id name(lang: $lang) status }
  members { person { id name } ${MEMBERSHIP} } meetings { id date title(lang: $lang) }
  concernedBy { ${ACTION_FIELDS} } ${MENTIONED_IN_FIELDS} } }`;

/** Parts of a body's record shown on their own lines (each with its own marker). */
const STRUCTURE = ['partOf', 'reportsTo', 'secretariat'];

export async function bodyPage(root: HTMLElement, id: string): Promise<void> {
  const { body: b } = await gql<{ body: BodyDetail | null }>(BODY, { id, lang: lang() });
  if (!b) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  // Each structural link carries its own marker; the status line carries the rest.
  const related = (label: string, e: Named | null, type: string, field: string) =>
    e ? h('p', {}, `${label}: `, h('a', { href: entityHref(type, e.id) }, e.name ?? e.id), ' ', inferredBadge(b, [field])) : '';
  root.append(h('h2', {}, b.name ?? b.id),
    h('p', { class: 'meta' }, [enumLabel(b.kind), b.abbreviation, enumLabel(b.status), b.statusNote].filter(Boolean).join(' · '), ' ', inferredBadge(b, undefined, STRUCTURE)),
    aliasesLine(b.aliases), explore(b.id),
    related(t('partOf'), b.partOf, 'Body', 'partOf'), related(t('reportsTo'), b.reportsTo, 'Body', 'reportsTo'), related(t('secretariat'), b.secretariat, 'Organization', 'secretariat'),
    membershipTable('body-members', b.members, true),
    table({ name: 'body-meetings', caption: t('meetings'), columns: [t('date'), t('title')], rows: b.meetings.map((m) => [m.date ?? '', linkCell(m.title ?? m.id, href('meeting', m.id))]) }),
    table({ name: 'body-parts', caption: t('parts'), columns: [t('name'), t('status')], rows: b.parts.map((p) => [linkCell(p.name ?? p.id, entityHref('Body', p.id)), enumLabel(p.status)]) }),
    table({ name: 'body-concerned-by', caption: t('concernedBy'), columns: ACTION_COLUMNS(), rows: actionRows(b.concernedBy),
      rowAttrs: (i) => ({ 'data-id': b.concernedBy[i]?.id ?? '', ...basisAttr(b.concernedBy.slice(i, i + 1)) }) }),
    mentionedInTable('body-mentioned-in', b.mentionedIn));
}
