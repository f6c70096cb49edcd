/** Follow-up actions: a tracker by status, owner and body, open items first. */
import { gql } from '../api';
import { h } from '../dom';
import { enumLabel, lang, t } from '../i18n';
import { currentRoute, href, setParams } from '../router';
import { type Mention, mentionsCell, MENTION_FIELDS } from '../mentions';
import { basisAttr, basisCell, KNOWN_FIELDS, type Known } from '../provenance';
import { linkCell, table, type CellInput } from '../table';
import { bodySelect } from './filters';

type Owner = { __typename: string; id: string; fullName?: string; name?: string | null; abbreviation?: string | null };
export interface Action extends Known {
  id: string; number: string; text: string | null; status: string; dueText: string | null; dueBy: string | null; completedOn: string | null;
  owners: Owner[]; meeting: { id: string; date: string | null; bodies: { abbreviation: string | null; id: string }[] };
  mentions?: Mention[];
}

export const ACTION_FIELDS = `id number text(lang: $lang) status dueText(lang: $lang) dueBy completedOn
  owners { __typename ... on Person { id fullName: name } ... on Body { id name(lang: $lang) abbreviation(lang: $lang) } ... on Jurisdiction { id name(lang: $lang) abbreviation(lang: $lang) } ... on Organization { id name(lang: $lang) abbreviation(lang: $lang) } }
  meeting { id date bodies { id abbreviation(lang: $lang) } } ${KNOWN_FIELDS}`;

/** With the entities each action's passage names (the meeting page). */
export const ACTION_WITH_MENTIONS = `${ACTION_FIELDS} mentions { ${MENTION_FIELDS} }`;

const STATUSES = ['OPEN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];

export const ACTION_COLUMNS = (mentions = false) => [t('status'), t('number'), t('text'), t('owners'), t('due'), t('meeting'), t('body'), ...(mentions ? [t('mentions')] : []), t('basis')];

export function ownerName(owner: Owner): string {
  return owner.fullName ?? owner.abbreviation ?? owner.name ?? owner.id;
}

/** Rows for ACTION_COLUMNS; the basis column says which parts (owners, due date…) were inferred, and why. */
export function actionRows(actions: Action[], mentions = false): CellInput[][] {
  return actions.map((a) => [
    { text: enumLabel(a.status), node: h('span', { class: `status status-${a.status.toLowerCase()}` }, enumLabel(a.status)) },
    a.number, a.text ?? '', a.owners.map(ownerName).join(', '),
    [a.dueText, a.dueBy ? `(${a.dueBy})` : null].filter(Boolean).join(' '),
    linkCell(a.meeting.date ?? a.meeting.id, href('meeting', a.meeting.id)),
    a.meeting.bodies.map((b) => b.abbreviation ?? b.id).join(', '),
    ...(mentions ? [mentionsCell(a.mentions ?? [])] : []),
    basisCell([{ fact: a }]),
  ]);
}

const ACTIONS = `query Actions($status: [ActionStatus!], $ownerId: ID, $bodyId: ID, $lang: Language) {
  actionItems(filter: { status: $status, ownerId: $ownerId, bodyId: $bodyId }, sort: { field: STATUS }, first: 100) { totalCount nodes { ${ACTION_FIELDS} } }
}`;

export async function actionsPage(root: HTMLElement): Promise<void> {
  const { params } = currentRoute();
  const status = params.get('status') ?? '';
  const owner = params.get('owner') ?? '';
  const body = params.get('body') ?? '';
  // The owner list comes from every action, so choosing an owner never empties the list of owners.
  const everything = await gql<{ actionItems: { nodes: Action[] } }>(ACTIONS, { lang: lang() });
  const owners = new Map<string, Owner>();
  for (const a of everything.actionItems.nodes) for (const o of a.owners) owners.set(o.id, o);
  const data = await gql<{ actionItems: { totalCount: number; nodes: Action[] } }>(ACTIONS, {
    status: status ? status.split(',') : null, ownerId: owner || null, bodyId: body || null, lang: lang(),
  });
  const form = h('form', { class: 'filters', onchange: (event: Event) => {
    const f = new FormData((event.target as HTMLElement).closest('form') as HTMLFormElement);
    setParams({ status: String(f.get('status') ?? ''), owner: String(f.get('owner') ?? ''), body: String(f.get('body') ?? '') });
  } },
    h('label', {}, t('status'), h('select', { name: 'status' }, h('option', { value: '' }, t('allStatuses')),
      h('option', { value: 'OPEN,IN_PROGRESS', selected: status === 'OPEN,IN_PROGRESS' }, `${enumLabel('OPEN')} + ${enumLabel('IN_PROGRESS')}`),
      ...STATUSES.map((s) => h('option', { value: s, selected: s === status }, enumLabel(s))))),
    h('label', {}, t('owner'), h('select', { name: 'owner' }, h('option', { value: '' }, t('anyOwner')),
      ...[...owners.values()].sort((a, b) => ownerName(a).localeCompare(ownerName(b))).map((o) => h('option', { value: o.id, selected: o.id === owner }, ownerName(o))))),
    await bodySelect(body));
  const byStatus = STATUSES.map((s) => [s, data.actionItems.nodes.filter((a) => a.status === s).length] as const);
  root.append(h('h2', {}, t('actions')), form,
    h('ul', { class: 'status-summary' }, ...byStatus.map(([s, n]) => h('li', { class: `status status-${s.toLowerCase()}` }, `${enumLabel(s)}: ${n}`))),
    table({ name: 'actions', columns: ACTION_COLUMNS(), rows: actionRows(data.actionItems.nodes),
      rowAttrs: (i) => ({ 'data-id': data.actionItems.nodes[i]?.id ?? '', ...basisAttr(data.actionItems.nodes.slice(i, i + 1)) }) }),
  );
}
