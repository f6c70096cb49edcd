/** Explorer: the neighbourhood of an entity, and the shortest connections between two entities. */
import { gql } from '../api';
import { h } from '../dom';
import { lang, t } from '../i18n';
import { entityHref } from '../links';
import { currentRoute, setParams } from '../router';
import { forceGraph, type GraphEdgeIn, type GraphNodeIn } from '../graph';
import { linkCell, table } from '../table';

const NEIGHBOURHOOD = `query N($id: ID!, $depth: Int, $lang: Language) {
  neighbourhood(id: $id, depth: $depth, limit: 60) { truncated nodes { id type label(lang: $lang) } edges { from to type } }
}`;
const CONNECTIONS = `query C($from: ID!, $to: ID!, $lang: Language) {
  connections(fromId: $from, toId: $to, maxHops: 4, first: 5) { length nodes { id type label(lang: $lang) } edges { from to type } }
}`;

export async function explorerPage(root: HTMLElement): Promise<void> {
  const { params } = currentRoute();
  const id = params.get('id') ?? 'body-pssdc';
  const depth = params.get('depth') === '2' ? 2 : 1;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  root.append(h('h2', {}, t('explorer')),
    h('form', { class: 'filters', onsubmit: (event: Event) => {
      event.preventDefault();
      const f = new FormData(event.target as HTMLFormElement);
      setParams({ id: String(f.get('id') ?? ''), depth: String(f.get('depth') ?? '1') });
    } },
      h('label', {}, t('centre'), h('input', { name: 'id', value: id, size: 28 })),
      h('label', {}, t('depth'), h('select', { name: 'depth' }, h('option', { value: '1', selected: depth === 1 }, '1'), h('option', { value: '2', selected: depth === 2 }, '2'))),
      h('button', { type: 'submit' }, t('show'))),
    h('form', { class: 'filters', onsubmit: (event: Event) => {
      event.preventDefault();
      const f = new FormData(event.target as HTMLFormElement);
      setParams({ from: String(f.get('from') ?? ''), to: String(f.get('to') ?? '') });
    } },
      h('label', {}, t('connectFrom'), h('input', { name: 'from', value: from || 'person-bev-dicks', size: 24 })),
      h('label', {}, t('connectTo'), h('input', { name: 'to', value: to || 'body-pscioc', size: 24 })),
      h('button', { type: 'submit' }, t('findConnections'))),
  );
  const select = (next: string) => setParams({ id: next });
  if (from && to) {
    const { connections } = await gql<{ connections: { length: number; nodes: GraphNodeIn[]; edges: GraphEdgeIn[] }[] }>(CONNECTIONS, { from, to, lang: lang() });
    root.append(h('h3', {}, t('connections')));
    if (connections.length === 0) root.append(h('p', { class: 'empty' }, t('noPath')));
    else {
      const nodes = new Map<string, GraphNodeIn>();
      const edges = new Map<string, GraphEdgeIn>();
      for (const p of connections) {
        for (const n of p.nodes) nodes.set(n.id, n);
        for (const e of p.edges) edges.set(`${e.from}|${e.type}|${e.to}`, e);
      }
      root.append(h('div', { class: 'graph-box', 'data-graph': 'connections' }, forceGraph([...nodes.values()], [...edges.values()], { centre: from, highlight: new Set([from, to]), onSelect: select })),
        table({ name: 'connections', columns: [t('length'), t('path')], rows: connections.map((p) => [String(p.length), p.nodes.map((n) => n.label).join(' → ')]) }));
    }
  }
  const { neighbourhood } = await gql<{ neighbourhood: { truncated: boolean; nodes: GraphNodeIn[]; edges: GraphEdgeIn[] } | null }>(NEIGHBOURHOOD, { id, depth, lang: lang() });
  root.append(h('h3', {}, `${t('neighbourhood')}: ${neighbourhood?.nodes[0]?.label ?? id}`));
  if (!neighbourhood) return void root.append(h('p', { class: 'empty' }, t('notFound')));
  root.append(h('p', { class: 'help' }, t('graphHelp')),
    h('div', { class: 'graph-box', 'data-graph': 'neighbourhood' }, forceGraph(neighbourhood.nodes, neighbourhood.edges, { centre: id, onSelect: select })),
    table({ name: 'neighbourhood', caption: t('nodes'), columns: [t('label'), t('type'), t('id')], rows: neighbourhood.nodes.map((n) => [linkCell(n.label, entityHref(n.type, n.id)), n.type, n.id]) }));
}
