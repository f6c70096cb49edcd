/** People, jurisdictions, organizations and bodies: the lists (each profile page has its own module). */
import { gql } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { entityHref } from '../links';
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
