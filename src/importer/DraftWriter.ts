import type { Draft, DraftInference, Reviewable } from './types';

type Scalar = string | number | boolean;
type Value = Scalar | Value[] | { [key: string]: Value | undefined } | undefined;

/**
 * Writes a draft as a seed document (docs/seed-format.md). The format rejects unknown keys, so
 * review notes become `# REVIEW:` comments above the entry they concern. Strings are written as
 * JSON strings, which YAML reads as double-quoted scalars.
 */
export function writeDraft(draft: Draft): string {
  const out: string[] = [
    '# DRAFT imported by `npm run import-minutes` — review every `# REVIEW:` note before use.',
    ...draft.notes.map((n) => `# REVIEW: ${n}`),
    'format: council-graph/v1',
    '',
    'source:',
    ...mapping({
      id: draft.sourceId, path: draft.sourcePath, sha256: draft.sha256, language: draft.language, kind: 'RECORD_OF_DECISIONS',
      title: flow(draft.sourceTitle), records: draft.meeting.id,
    }, 2),
  ];
  if (draft.newOrganizations && draft.newOrganizations.length > 0) out.push('', 'organizations:');
  for (const o of draft.newOrganizations ?? []) {
    out.push(...comments(o, 2));
    out.push(`  - ${inline({ id: o.id, kind: 'OTHER', name: flow(localizedName(draft, o.name)) })}`);
  }
  if (draft.newBodies && draft.newBodies.length > 0) out.push('', 'bodies:');
  for (const b of draft.newBodies ?? []) {
    out.push(...comments(b, 2));
    out.push(`  - ${inline({ id: b.id, type: 'Committee', name: flow(localizedName(draft, b.name)), status: 'ACTIVE' })}`);
  }
  const newPeople = draft.people.filter((p) => !p.known);
  if (newPeople.length > 0) out.push('', 'people:');
  for (const person of newPeople) {
    out.push(...comments(person, 2));
    out.push(`  - ${inline({ id: person.id, name: person.name, aliases: person.aliases.length > 0 ? person.aliases : undefined })}`);
  }
  const m = draft.meeting;
  out.push('', 'meetings:');
  out.push(...comments(m, 2));
  out.push(`  - id: ${m.id}`);
  out.push(...mapping({
    bodies: [m.body], date: m.date, title: flow(m.title), modality: m.modality, status: 'PASSED', endTime: m.endTime,
    evidence: m.evidence ? flow(m.evidence) : undefined, inferred: inferences(m.inferred),
  }, 4));
  out.push('    attendance:');
  for (const a of draft.attendance) {
    out.push(...comments(a, 6));
    out.push(...entry({
      person: a.person, role: a.role, onBehalfOf: a.onBehalfOf, listed: a.listed, attributionText: a.attributionText,
      agendaItem: a.agendaItem, evidence: flow(a.evidence),
    }, 6));
  }
  out.push('    agenda:');
  for (const item of draft.items) {
    out.push(...comments(item, 6));
    out.push(...entry({ id: item.id, number: item.number, title: flow(item.title), themes: item.themes, evidence: item.evidence ? flow(item.evidence) : undefined }, 6));
    if (item.decisions.length > 0) out.push('        decisions:');
    for (const d of item.decisions) {
      out.push(...comments(d, 10));
      out.push(...entry({ id: d.id, number: d.number, text: flow(d.text), evidence: flow(d.evidence) }, 10));
    }
    if (item.actionItems.length > 0) out.push('        actionItems:');
    for (const a of item.actionItems) {
      out.push(...comments(a, 10));
      out.push(...entry({
        id: a.id, number: a.number, text: flow(a.text), owners: a.owners, status: a.status,
        due: a.due ? { text: a.due.text ? flow(a.due.text) : undefined, by: a.due.by } : undefined,
        completedOn: a.completedOn, completedBy: a.completedBy, completionNote: a.completionNote ? flow(a.completionNote) : undefined,
        themes: a.themes, inferred: inferences(a.inferred), evidence: flow(a.evidence),
      }, 10));
    }
    if (item.statements.length > 0) out.push('        statements:');
    for (const s of item.statements) {
      out.push(...comments(s, 10));
      out.push(...entry({
        id: s.id, speaker: s.speaker, onBehalfOf: s.onBehalfOf, attributionText: s.attributionText, type: s.type,
        summary: flow(s.summary), themes: s.themes, evidence: flow(s.evidence),
      }, 10));
    }
  }
  return `${out.join('\n')}\n`;
}

function inferences(list: DraftInference[] | undefined): Value {
  return list && list.length > 0 ? list.map((i) => flow(i)) : undefined;
}

function localizedName(draft: Draft, name: string): { en?: string; fr?: string } {
  return draft.language === 'fr' ? { fr: name } : { en: name };
}

/** Marks a map to be written on one line, `{ a: …, b: … }`. */
const FLOW = Symbol('flow');
function flow(value: object): Value {
  return Object.assign(Object.create(null) as Record<string, Value>, value, { [FLOW]: true }) as unknown as Value;
}

function comments(item: Reviewable, indent: number): string[] {
  return item.review.map((note) => `${' '.repeat(indent)}# REVIEW: ${note.replace(/\s+/g, ' ')}`);
}

function entry(fields: Record<string, Value>, indent: number): string[] {
  const lines = mapping(fields, indent + 2);
  if (lines.length === 0) return [];
  lines[0] = `${' '.repeat(indent)}- ${(lines[0] as string).trimStart()}`;
  return lines;
}

function mapping(fields: Record<string, Value>, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (isBlockMap(value)) { lines.push(`${pad}${key}:`, ...mapping(value, indent + 2)); continue; }
    lines.push(`${pad}${key}: ${inline(value)}`);
  }
  return lines;
}

function isBlockMap(value: Value): value is { [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(FLOW in value);
}

function inline(value: Value): string {
  if (value === undefined) return 'null';
  if (typeof value === 'string') return /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|\d+)$/i.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  const parts = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${inline(v)}`);
  return `{ ${parts.join(', ')} }`;
}
