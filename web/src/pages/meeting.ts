/** A meeting page: agenda, attendance, decisions, follow-up actions and statements, with how each fact is known. */
import { gql, REP_FIELDS, type Rep } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref, repName } from '../links';
import { type Mention, mentionsCell, MENTION_FIELDS } from '../mentions';
import { basisAttr, basisCell, inferredBadge, KNOWN_FIELDS, type Known } from '../provenance';
import { currentRoute, href } from '../router';
import { linkCell, table } from '../table';
import { actionRows, ACTION_COLUMNS, ACTION_WITH_MENTIONS, type Action } from './actions';
import { statementKind, statementKindFilter, statementTypes } from './filters';
import { attendanceSections, ATTENDANCE_FIELDS, type MeetingAttendance } from './meetingAttendance';

interface AgendaRow { id: string; number: string; title: string | null; themes: { id: string; label: string | null }[]; noDiscussion: boolean; noDiscussionEvidence: { lineStart: number; lineEnd: number } | null }
interface DecisionRow extends Known { id: string; number: string; text: string | null; agendaItem: { number: string }; mentions: Mention[] }
interface StatementRow extends Known {
  id: string; type: string; summary: string | null; speaker: { id: string; name: string }; onBehalfOf: Rep | null; agendaItem: { number: string }; evidence: { quote: string } | null; mentions: Mention[];
}
interface MeetingDetail extends Known, MeetingAttendance {
  id: string; date: string | null; title: string | null; status: string; modality: string | null; location: string | null; endTime: string | null;
  bodies: { id: string; name: string | null; abbreviation: string | null }[];
  agenda: AgendaRow[];
  decisions: DecisionRow[];
  actionItems: Action[];
  statements: StatementRow[];
  previousMeeting: { id: string; date: string | null } | null;
  nextMeeting: { id: string; date: string | null } | null;
}

const MEETING = `query Meeting($id: ID!, $lang: Language, $types: [StatementType!]) {
  meeting(id: $id) {
    id date title(lang: $lang) status modality location endTime ${KNOWN_FIELDS}
    bodies { id name(lang: $lang) abbreviation(lang: $lang) }
    agenda { id number title(lang: $lang) themes { id label(lang: $lang) } noDiscussion noDiscussionEvidence { lineStart lineEnd } }
    ${ATTENDANCE_FIELDS}
    decisions { id number text(lang: $lang) agendaItem { number } ${KNOWN_FIELDS} mentions { ${MENTION_FIELDS} } }
    actionItems { ${ACTION_WITH_MENTIONS} }
    statements(types: $types) { id type summary(lang: $lang) speaker { id name } onBehalfOf { ${REP_FIELDS} } agendaItem { number } evidence { quote } ${KNOWN_FIELDS} mentions { ${MENTION_FIELDS} } }
    previousMeeting { id date } nextMeeting { id date }
  }
}`;

export async function meetingPage(root: HTMLElement, id: string): Promise<void> {
  const kind = statementKind(currentRoute().params);
  const { meeting: m } = await gql<{ meeting: MeetingDetail | null }>(MEETING, { id, lang: lang(), types: statementTypes(kind) });
  if (!m) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(
    h('h2', {}, m.title ?? m.id),
    h('p', { class: 'meta' }, [m.date, m.modality ? enumLabel(m.modality) : null, m.location, enumLabel(m.status), m.endTime].filter(Boolean).join(' · '), ' ',
      inferredBadge(m), ' · ', ...m.bodies.flatMap((b, i) => [i > 0 ? ', ' : '', h('a', { href: entityHref('Body', b.id) }, b.abbreviation ?? b.name ?? b.id)])),
    h('p', { class: 'nav-meetings' },
      m.previousMeeting ? h('a', { href: href('meeting', m.previousMeeting.id) }, `← ${t('previousMeeting')} ${m.previousMeeting.date ?? ''}`) : null, ' ',
      m.nextMeeting ? h('a', { href: href('meeting', m.nextMeeting.id) }, `${t('nextMeeting')} ${m.nextMeeting.date ?? ''} →`) : null),
    agendaTable(m.agenda),
    ...attendanceSections(m),
    table({ name: 'decisions', caption: t('decisions'), columns: [t('agendaItem'), t('number'), t('text'), t('mentions'), t('basis')],
      rows: m.decisions.map((d) => [d.agendaItem.number, d.number, d.text ?? '', mentionsCell(d.mentions), basisCell([{ fact: d }])]),
      rowAttrs: (i) => ({ 'data-id': m.decisions[i]?.id ?? '', ...basisAttr(m.decisions.slice(i, i + 1)) }) }),
    table({ name: 'meeting-actions', caption: t('actions'), columns: ACTION_COLUMNS(true), rows: actionRows(m.actionItems, true),
      rowAttrs: (i) => ({ 'data-id': m.actionItems[i]?.id ?? '', ...basisAttr(m.actionItems.slice(i, i + 1)) }) }),
    statementsTable(m.statements, kind),
  );
}

function agendaTable(agenda: AgendaRow[]): HTMLElement {
  return table({ name: 'agenda', caption: t('agenda'), columns: [t('number'), t('title'), t('themesCol'), t('discussion')],
    rows: agenda.map((a) => [a.number, a.title ?? '', a.themes.map((th) => th.label ?? th.id).join('; '),
      a.noDiscussion ? { text: t('noDiscussion'), node: h('span', { class: 'no-discussion', title: a.noDiscussionEvidence ? `${t('lines')} ${a.noDiscussionEvidence.lineStart}–${a.noDiscussionEvidence.lineEnd}` : undefined }, t('noDiscussion')) } : '']),
    rowAttrs: (i) => ({ 'data-item': agenda[i]?.number ?? '', ...(agenda[i]?.noDiscussion ? { 'data-no-discussion': 'true' } : {}) }) });
}

function statementsTable(statements: StatementRow[], kind: string): HTMLElement {
  return table({ name: 'meeting-statements', caption: t('statements'), tools: statementKindFilter(kind),
    columns: [t('agendaItem'), t('speaker'), t('onBehalfOf'), t('type'), t('summary'), t('quote'), t('mentions'), t('basis')],
    rows: statements.map((s) => [s.agendaItem.number, linkCell(s.speaker.name, entityHref('Person', s.speaker.id)), repName(s.onBehalfOf), enumLabel(s.type),
      s.summary ?? '', s.evidence?.quote ?? '', mentionsCell(s.mentions), basisCell([{ fact: s }])]),
    rowAttrs: (i) => ({ 'data-id': statements[i]?.id ?? '', 'data-type': statements[i]?.type ?? '', ...basisAttr(statements.slice(i, i + 1)) }) });
}
