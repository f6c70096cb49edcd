/** A person's profile: roles, attendance and statements over time, and the passages that name them. */
import { gql, REP_FIELDS, type Rep } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { repName } from '../links';
import { mentionedInTable, MENTIONED_IN_FIELDS, type MentionIn } from '../mentions';
import { basisAttr, basisCell, KNOWN_FIELDS, type Known } from '../provenance';
import { currentRoute, href } from '../router';
import { linkCell, table } from '../table';
import { statementKind, statementKindFilter, statementTypes } from './filters';
import { aliasesLine, attendanceTable, ATTENDANCE, explore, MEMBERSHIP, membershipTable, type AttendanceRow, type Membership } from './profileTables';

interface PersonStatement extends Known { id: string; type: string; summary: string | null; onBehalfOf: Rep | null; meeting: { id: string; date: string | null } }
interface PersonDetail { id: string; name: string; aliases: string[]; memberships: Membership[]; attendance: AttendanceRow[]; statements: PersonStatement[]; mentionedIn: MentionIn[] }

const PERSON = `query P($id: ID!, $lang: Language, $types: [StatementType!]) { person(id: $id) {
  id name aliases memberships { ${MEMBERSHIP} } attendance { ${ATTENDANCE} }
  statements(types: $types) { id type summary(lang: $lang) onBehalfOf { ${REP_FIELDS} } meeting { id date } ${KNOWN_FIELDS} }
  ${MENTIONED_IN_FIELDS} } }`;

export async function personPage(root: HTMLElement, id: string): Promise<void> {
  const kind = statementKind(currentRoute().params);
  const { person } = await gql<{ person: PersonDetail | null }>(PERSON, { id, lang: lang(), types: statementTypes(kind) });
  if (!person) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(h('h2', {}, person.name), aliasesLine(person.aliases), explore(person.id),
    membershipTable('person-roles', person.memberships, false), attendanceTable('person-attendance', person.attendance, false),
    table({ name: 'person-statements', caption: t('statements'), tools: statementKindFilter(kind), columns: [t('date'), t('type'), t('onBehalfOf'), t('summary'), t('basis')],
      rows: person.statements.map((s) => [linkCell(s.meeting.date ?? s.meeting.id, href('meeting', s.meeting.id)), enumLabel(s.type), repName(s.onBehalfOf), s.summary ?? '', basisCell([{ fact: s }])]),
      rowAttrs: (i) => ({ 'data-type': person.statements[i]?.type ?? '', ...basisAttr(person.statements.slice(i, i + 1)) }) }),
    mentionedInTable('person-mentioned-in', person.mentionedIn));
}
