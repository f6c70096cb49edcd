/** Entities a passage names: links to their pages where the dashboard has one, plain text otherwise. */
import { h } from './dom';
import { enumLabel, t } from './i18n';
import { entityHref, hasPage } from './links';
import { href } from './router';
import { linkCell, table, type Cell } from './table';

interface MentionedEntity {
  __typename: string; id: string; personName?: string; name?: string | null; abbreviation?: string | null; title?: string | null; date?: string | null;
}
export interface Mention { text: string; texts: string[]; entity: MentionedEntity }

/** Person.name is non-null and the others' `name` are not, so it is aliased (fields of a union must merge). */
export const MENTION_FIELDS = `text texts entity { __typename
  ... on Person { id personName: name }
  ... on Organization { id name(lang: $lang) abbreviation(lang: $lang) }
  ... on Jurisdiction { id name(lang: $lang) abbreviation(lang: $lang) }
  ... on Body { id name(lang: $lang) abbreviation(lang: $lang) }
  ... on Program { id name(lang: $lang) abbreviation(lang: $lang) }
  ... on Meeting { id title(lang: $lang) date } }`;

export function entityLabel(e: MentionedEntity): string {
  if (e.__typename === 'Person') return e.personName ?? e.id;
  if (e.__typename === 'Meeting') return [e.date, e.title].filter(Boolean).join(' ') || e.id;
  return e.name ?? e.abbreviation ?? e.id;
}

/** A table cell listing the entities named, each once; the words used are in each link's tooltip. */
export function mentionsCell(mentions: Mention[]): Cell {
  const unique = [...new Map(mentions.map((m) => [`${m.entity.__typename}|${m.entity.id}`, m])).values()];
  const items = unique.map((m, i) => {
    const label = entityLabel(m.entity);
    const words = m.texts.length > 0 ? m.texts.join(' / ') : m.text;
    const item = hasPage(m.entity.__typename)
      ? h('a', { href: entityHref(m.entity.__typename, m.entity.id), title: words, 'data-mention': m.entity.id }, label)
      : h('span', { class: 'mention', title: words, 'data-mention': m.entity.id }, label);
    return [i > 0 ? ', ' : '', item];
  });
  return { text: unique.map((m) => entityLabel(m.entity)).join(', '), node: h('span', {}, ...items.flat()) };
}

interface MentioningMeeting { id: string; date: string | null; title: string | null }
interface MentioningRecord {
  __typename: 'Statement' | 'Decision' | 'ActionItem'; id: string; number?: string; type?: string; summary?: string | null; text?: string | null; meeting: MentioningMeeting;
}
export interface MentionIn { text: string; texts: string[]; record: MentioningRecord }

export const MENTIONED_IN_FIELDS = `mentionedIn { text texts record { __typename
  ... on Statement { id type summary(lang: $lang) meeting { id date title(lang: $lang) } }
  ... on Decision { id number text(lang: $lang) meeting { id date title(lang: $lang) } }
  ... on ActionItem { id number text(lang: $lang) meeting { id date title(lang: $lang) } } } }`;

const RECORD_KINDS: Record<string, string> = { Statement: 'STATEMENT', Decision: 'DECISION', ActionItem: 'ACTION_ITEM' };

function recordLabel(r: MentioningRecord): string {
  const kind = enumLabel(RECORD_KINDS[r.__typename] ?? r.__typename);
  return r.__typename === 'Statement' ? `${kind} (${enumLabel(r.type ?? '')})` : `${kind} ${r.number ?? ''}`.trim();
}

/** “Mentioned in”: the statements, decisions and actions whose passage names the entity, most recent meeting first. */
export function mentionedInTable(name: string, mentions: MentionIn[]): HTMLElement {
  const sorted = mentions.slice().sort((a, b) => (b.record.meeting.date ?? '').localeCompare(a.record.meeting.date ?? ''));
  return table({ name, caption: t('mentionedIn'), columns: [t('date'), t('meeting'), t('record'), t('text'), t('wordsUsed')],
    rows: sorted.map(({ record: r, text, texts }) => [r.meeting.date ?? '', linkCell(r.meeting.title ?? r.meeting.id, href('meeting', r.meeting.id)),
      recordLabel(r), (r.__typename === 'Statement' ? r.summary : r.text) ?? '', (texts.length > 0 ? texts : [text]).join(' / ')]),
    rowAttrs: (i) => ({ 'data-record': sorted[i]?.record.id ?? '' }) });
}
