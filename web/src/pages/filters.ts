/** Filter controls shared by pages. */
import { gql } from '../api';
import { h } from '../dom';
import { lang, t } from '../i18n';
import { setParams } from '../router';

export interface BodyOption { id: string; name: string | null; abbreviation: string | null }

let bodiesCache: { lang: string; bodies: BodyOption[] } | undefined;

export async function bodies(): Promise<BodyOption[]> {
  if (bodiesCache?.lang === lang()) return bodiesCache.bodies;
  const data = await gql<{ bodies: { nodes: BodyOption[] } }>(
    'query Bodies($lang: Language) { bodies(first: 100) { nodes { id name(lang: $lang) abbreviation(lang: $lang) } } }', { lang: lang() });
  bodiesCache = { lang: lang(), bodies: data.bodies.nodes };
  return data.bodies.nodes;
}

export async function bodySelect(value: string, name = 'body'): Promise<HTMLElement> {
  const options = (await bodies()).map((b) => h('option', { value: b.id, selected: b.id === value }, b.abbreviation ? `${b.abbreviation} — ${b.name ?? ''}` : b.name ?? b.id));
  return h('label', {}, t('body'), h('select', { name }, h('option', { value: '' }, t('allBodies')), ...options));
}

export function dateInput(name: string, label: string, value: string): HTMLElement {
  return h('label', {}, label, h('input', { type: 'date', name, value }));
}

/** Kinds of statement a page can be narrowed to, kept in the URL as `types=discussion|presented`. */
const STATEMENT_KINDS: Record<string, { label: 'raisedInDiscussion' | 'presented'; types: string[] }> = {
  discussion: { label: 'raisedInDiscussion', types: ['REMARK', 'QUESTION', 'ANSWER'] },
  presented: { label: 'presented', types: ['PRESENTATION'] },
};

/** The URL's `types` value when it names a kind, '' (all statements) otherwise. */
export function statementKind(params: URLSearchParams): string {
  const value = params.get('types') ?? '';
  return value in STATEMENT_KINDS ? value : '';
}

/** The API's `statementTypes` / `types` argument for a kind: null for all statements. */
export function statementTypes(kind: string): string[] | null {
  return STATEMENT_KINDS[kind]?.types ?? null;
}

export function statementKindSelect(value: string, label = t('statementKinds')): HTMLElement {
  return h('label', {}, label, h('select', { name: 'types' },
    h('option', { value: '' }, t('allKinds')),
    ...Object.entries(STATEMENT_KINDS).map(([kind, { label }]) => h('option', { value: kind, selected: kind === value }, t(label)))));
}

/** The kind select as a form of its own beside a table's caption; choosing a kind updates the URL. */
export function statementKindFilter(kind: string): HTMLElement {
  return h('form', { class: 'inline-filter', 'data-filter': 'statement-types', onchange: (event: Event) => setParams({ types: (event.target as HTMLSelectElement).value || undefined }) },
    statementKindSelect(kind, t('type')));
}
