/** Meetings: a timeline per body and a table of every meeting (each meeting's page is in meeting.ts). */
import { gql } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { currentRoute, href, setParams } from '../router';
import { linkCell, table } from '../table';
import { bodies, bodySelect } from './filters';

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
