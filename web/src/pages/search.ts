/** Search in French and English; snippets show the matched words highlighted. */
import { gql } from '../api';
import { h, markedSnippet, snippetText } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref } from '../links';
import { currentRoute, setParams } from '../router';
import { linkCell, table } from '../table';

interface Hit { kind: string; score: number; snippet: string | null; entity: { __typename: string; id: string; meeting?: { id: string } } }

const SEARCH = `query S($q: String!, $lang: Language) {
  search(query: $q, lang: $lang, first: 50) { totalCount nodes { kind score snippet entity { __typename id
    ... on Statement { meeting { id } } ... on Decision { meeting { id } } ... on ActionItem { meeting { id } } ... on AgendaItem { meeting { id } } } } }
}`;

export async function searchPage(root: HTMLElement): Promise<void> {
  const q = currentRoute().params.get('q') ?? '';
  root.append(h('h2', {}, t('search')), h('form', { class: 'filters search-form', role: 'search', onsubmit: (event: Event) => {
    event.preventDefault();
    setParams({ q: String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim() });
  } }, h('input', { type: 'search', name: 'q', value: q, placeholder: t('searchPlaceholder'), size: 40, 'aria-label': t('search') }), h('button', { type: 'submit' }, t('search'))));
  if (!q) return;
  const { search } = await gql<{ search: { totalCount: number; nodes: Hit[] } }>(SEARCH, { q, lang: lang() });
  root.append(h('p', { class: 'count', 'data-total': String(search.totalCount) }, t('hits', search.totalCount)),
    table({
      name: 'search', columns: [t('kind'), t('snippet'), t('entity'), t('score')],
      rows: search.nodes.map((hit) => {
        const target = hit.entity.meeting ? entityHref('Meeting', hit.entity.meeting.id) : entityHref(hit.entity.__typename, hit.entity.id);
        return [enumLabel(hit.kind), { text: hit.snippet ? snippetText(hit.snippet) : '', node: hit.snippet ? markedSnippet(hit.snippet) : undefined }, linkCell(hit.entity.id, target), hit.score.toFixed(2)];
      }),
      rowAttrs: (i) => ({ 'data-id': search.nodes[i]?.entity.id ?? '', 'data-kind': search.nodes[i]?.kind ?? '' }),
    }));
}
