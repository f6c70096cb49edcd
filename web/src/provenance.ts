/**
 * How a fact is known: a stated fact shows nothing; an inferred one shows a badge naming the parts
 * concluded, with the curator's reasons in a tooltip and in text a screen reader reads.
 */
import { h } from './dom';
import { t, type Key } from './i18n';
import type { Cell } from './table';

export type Basis = 'STATED' | 'INFERRED';
export interface Inference { field: string; reason: string; evidence: { lineStart: number; lineEnd: number } | null }
export interface Known { basis: Basis; reason: string | null; inferences: Inference[] }

/** Selection of every fact type that carries a basis (Attendance, Membership, Meeting, Body, Decision, ActionItem, Statement). */
export const KNOWN_FIELDS = 'basis reason inferences { field reason evidence { lineStart lineEnd } }';

/** Seed-format field names, shown with the dashboard's own words for them. */
const FIELD_KEYS: Record<string, Key> = {
  owners: 'owners', owner: 'owners', date: 'date', dueBy: 'due', dueText: 'due', due: 'due', role: 'role', onBehalfOf: 'onBehalfOf',
  alsoOnBehalfOf: 'alsoOnBehalfOf', partOf: 'partOf', status: 'status', speaker: 'speaker', modality: 'modality', agendaItem: 'agendaItem',
  startDate: 'startDate', endDate: 'endDate', reportsTo: 'reportsTo', secretariat: 'secretariat', title: 'title', type: 'type',
  body: 'body', organization: 'organizations', person: 'name', location: 'location', concerns: 'concerns', completedOn: 'completed',
};

export function fieldLabel(field: string): string {
  const key = FIELD_KEYS[field];
  return key ? t(key).toLowerCase() : field;
}

function lines(i: Inference): string {
  if (!i.evidence) return '';
  const { lineStart, lineEnd } = i.evidence;
  return ` (${lineStart === lineEnd ? `${t('line')} ${lineStart}` : `${t('lines').toLowerCase()} ${lineStart}–${lineEnd}`})`;
}

/** The reasons, one per concluded part (the fact's joined reason when it lists no parts). */
export function reasons(fact: Known): string {
  if (fact.inferences.length === 0) return fact.reason ?? '';
  return fact.inferences.map((i) => `${fieldLabel(i.field)}: ${i.reason}${lines(i)}`).join(' · ');
}

/**
 * The badge of an inferred fact, or null for a stated one. With `only`, the badge appears when one
 * of these parts was concluded (e.g. `['speaker']` next to a speaker's name) and names just them;
 * with `except`, it names the other parts (and stands for a fact whose parts are not listed).
 */
export function inferredBadge(fact: Known | null | undefined, only?: string[], except: string[] = []): HTMLElement | null {
  if (!fact || fact.basis !== 'INFERRED') return null;
  const parts = fact.inferences.filter((i) => (!only || only.includes(i.field)) && !except.includes(i.field));
  if (parts.length === 0 && (only || fact.inferences.length > 0)) return null;
  const fields = [...new Set(parts.map((i) => fieldLabel(i.field)))];
  const why = reasons({ ...fact, inferences: parts });
  return h('span', { class: 'inferred', 'data-basis': 'INFERRED', title: why || undefined },
    fields.length > 0 ? `${t('inferred')}: ${fields.join(', ')}` : t('inferred'),
    why ? h('span', { class: 'sr-only' }, ` — ${why}`) : null);
}

/**
 * A table's basis cell: badges for the inferred facts of the row (each prefixed by `label` when the
 * row holds several facts, e.g. the people of an attendance group), or “Stated” for screen readers
 * and the CSV only. The CSV text is the cell's text on screen.
 */
export function basisCell(facts: { fact: Known; label?: string }[]): Cell {
  const inferred = facts.filter((f) => f.fact.basis === 'INFERRED');
  if (inferred.length === 0) return { text: t('stated'), node: h('span', { class: 'sr-only' }, t('stated')), attrs: { 'data-basis': 'STATED' } };
  // One fact a line; the separator is for the CSV and screen readers only.
  const items = inferred.map((f, i) => h('span', { class: 'basis-item' }, i > 0 ? h('span', { class: 'sr-only' }, '; ') : '', f.label ? `${f.label} ` : '', inferredBadge(f.fact)));
  const node = h('span', { class: 'basis-list' }, ...items);
  return { text: node.textContent ?? '', node, attrs: { 'data-basis': 'INFERRED' } };
}

/** `data-basis` for a table row, so a row with an inferred fact can be found (and styled). */
export function basisAttr(facts: Known[]): Record<string, string> {
  return { 'data-basis': facts.some((f) => f.basis === 'INFERRED') ? 'INFERRED' : 'STATED' };
}
