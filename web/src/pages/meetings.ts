/** Meetings: a timeline per body, and a meeting page (agenda, attendance, decisions, actions, statements). */
import { gql, REP_FIELDS, type Rep } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref, repName } from '../links';
import { currentRoute, href, setParams } from '../router';
import { linkCell, table } from '../table';
import { bodies, bodySelect } from './filters';
import { actionRows, ACTION_FIELDS, ACTION_COLUMNS, type Action } from './actions';

interface MeetingRow { id: string; date: string | null; title: string | null; status: string; modality: string | null; bodies: { id: string; abbreviation: string | null }[] }

const MEETINGS = `query Meetings($bodyId: ID, $lang: Language) {
  meetings(filter: { bodyId: $bodyId }, first: 100) { nodes { id date title(lang: $lang) status modality bodies { id abbreviation(lang: $lang) } } }
}`;

export async function meetingsPage(root: HTMLElement): Promise<void> {
  const body = currentRoute().params.get('body') ?? '';
  const select = await bodySelect(body);
  select.querySelector('select')?.addEventListener('change', (event) => setParams({ body: (event.target as HTMLSelectElement).value }));
  root.append(h('h2', {}, t('meetings')), h('form', { class: 'filters' }, select));
  const all = await bodies();
  const shown = body ? all.filter((b) => b.id === body) : all;
  const { meetings } = await gql<{ meetings: { nodes: MeetingRow[] } }>(MEETINGS, { bodyId: body || null, lang: lang() });
  const timeline = h('section', { class: 'timeline' }, h('h3', {}, t('timeline')));
  for (const b of shown) {
    const own = meetings.nodes.filter((m) => m.bodies.some((mb) => mb.id === b.id));
    if (own.length === 0) continue;
    timeline.append(h('div', { class: 'timeline-row' }, h('span', { class: 'timeline-body' }, b.abbreviation ?? b.name ?? b.id),
      h('ol', { class: 'timeline-track' }, ...own.slice().reverse().map((m) => h('li', {}, h('a', { href: href('meeting', m.id), title: m.title ?? '' }, h('span', { class: 'dot' }), m.date ?? '?'))))));
  }
  root.append(timeline, table({
    name: 'meetings', columns: [t('date'), t('title'), t('bodies'), t('modality'), t('status')],
    rows: meetings.nodes.map((m) => [m.date ?? '', linkCell(m.title ?? m.id, href('meeting', m.id)), m.bodies.map((b) => b.abbreviation ?? b.id).join(', '), m.modality ? enumLabel(m.modality) : '', enumLabel(m.status)]),
  }));
}

interface Person { id: string; name: string }
interface MeetingDetail {
  id: string; date: string | null; title: string | null; status: string; modality: string | null; location: string | null; endTime: string | null;
  bodies: { id: string; name: string | null; abbreviation: string | null }[];
  agenda: { id: string; number: string; title: string | null; themes: { id: string; label: string | null }[] }[];
  attendanceByRole: { role: string; count: number; representatives: { representative: Rep | null; attendance: { person: Person; attributionText: string | null }[] }[] }[];
  decisions: { id: string; number: string; text: string | null; agendaItem: { number: string } }[];
  actionItems: Action[];
  statements: { id: string; type: string; summary: string | null; speaker: Person; onBehalfOf: Rep | null; agendaItem: { number: string }; evidence: { quote: string } | null }[];
  previousMeeting: { id: string; date: string | null } | null;
  nextMeeting: { id: string; date: string | null } | null;
  source: { path: string } | null;
}

const MEETING = `query Meeting($id: ID!, $lang: Language) {
  meeting(id: $id) {
    id date title(lang: $lang) status modality location endTime
    bodies { id name(lang: $lang) abbreviation(lang: $lang) }
    agenda { id number title(lang: $lang) themes { id label(lang: $lang) } }
    attendanceByRole { role count representatives { representative { ${REP_FIELDS} } attendance { person { id name } attributionText } } }
    decisions { id number text(lang: $lang) agendaItem { number } }
    actionItems { ${ACTION_FIELDS} }
    statements { id type summary(lang: $lang) speaker { id name } onBehalfOf { ${REP_FIELDS} } agendaItem { number } evidence { quote } }
    previousMeeting { id date } nextMeeting { id date }
    source { path }
  }
}`;

export async function meetingPage(root: HTMLElement, id: string): Promise<void> {
  const { meeting: m } = await gql<{ meeting: MeetingDetail | null }>(MEETING, { id, lang: lang() });
  if (!m) {
    root.append(h('p', { class: 'empty' }, t('notFound')));
    return;
  }
  root.append(
    h('h2', {}, m.title ?? m.id),
    h('p', { class: 'meta' }, [m.date, m.modality ? enumLabel(m.modality) : null, m.location, enumLabel(m.status), m.endTime].filter(Boolean).join(' · '), ' · ',
      ...m.bodies.flatMap((b, i) => [i > 0 ? ', ' : '', h('a', { href: entityHref('Body', b.id) }, b.abbreviation ?? b.name ?? b.id)])),
    h('p', { class: 'nav-meetings' },
      m.previousMeeting ? h('a', { href: href('meeting', m.previousMeeting.id) }, `← ${t('previousMeeting')} ${m.previousMeeting.date ?? ''}`) : null, ' ',
      m.nextMeeting ? h('a', { href: href('meeting', m.nextMeeting.id) }, `${t('nextMeeting')} ${m.nextMeeting.date ?? ''} →`) : null),
    table({ name: 'agenda', caption: t('agenda'), columns: [t('number'), t('title'), t('themesCol')],
      rows: m.agenda.map((a) => [a.number, a.title ?? '', a.themes.map((th) => th.label ?? th.id).join('; ')]) }),
    table({ name: 'attendance', caption: t('attendance'), columns: [t('role'), t('representative'), t('people')],
      rows: m.attendanceByRole.flatMap((g) => g.representatives.map((r) => [
        `${enumLabel(g.role)} (${g.count})`,
        r.representative ? linkCell(repName(r.representative), entityHref(r.representative.__typename, r.representative.id)) : '—',
        r.attendance.map((a) => a.person.name).join(', '),
      ])) }),
    table({ name: 'decisions', caption: t('decisions'), columns: [t('agendaItem'), t('number'), t('text')],
      rows: m.decisions.map((d) => [d.agendaItem.number, d.number, d.text ?? '']) }),
    table({ name: 'meeting-actions', caption: t('actions'), columns: ACTION_COLUMNS(), rows: actionRows(m.actionItems) }),
    table({ name: 'meeting-statements', caption: t('statements'), columns: [t('agendaItem'), t('speaker'), t('onBehalfOf'), t('type'), t('summary'), t('quote')],
      rows: m.statements.map((s) => [s.agendaItem.number, linkCell(s.speaker.name, entityHref('Person', s.speaker.id)), repName(s.onBehalfOf), enumLabel(s.type), s.summary ?? '', s.evidence?.quote ?? '']) }),
  );
}
