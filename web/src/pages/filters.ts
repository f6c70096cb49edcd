/** Filter controls shared by pages. */
import { gql } from '../api';
import { h } from '../dom';
import { lang, t } from '../i18n';

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
