import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { Language } from '../generated/graphql';
import { planOfField } from '../loaders/selectionPlan';
import type { EntityModel, EvidenceModel, EvidenceProps } from '../models';

/**
 * Localized text stored as `<field>En` / `<field>Fr`: the requested language, falling back to the
 * other one when the requested one is missing.
 */
export function localized(model: object, field: string, lang: Language): string | null {
  const values = model as Record<string, unknown>;
  const en = values[`${field}En`];
  const fr = values[`${field}Fr`];
  const [preferred, fallback] = lang === 'FR' ? [fr, en] : [en, fr];
  if (typeof preferred === 'string') return preferred;
  return typeof fallback === 'string' ? fallback : null;
}

/** The evidence stored on a node, or null when the node has none. */
export function evidenceOf(model: EntityModel & EvidenceProps): EvidenceModel | null {
  if (model.quote === undefined || model.lineStart === undefined || model.lineEnd === undefined) return null;
  return { quote: model.quote, lineStart: model.lineStart, lineEnd: model.lineEnd, ownerId: model.id };
}

/** Maps Neo4j labels to the GraphQL object type of an entity (for interfaces and unions). */
const TYPE_BY_LABEL: Array<[string, string]> = [
  ['Person', 'Person'], ['Jurisdiction', 'Jurisdiction'], ['Organization', 'Organization'], ['Body', 'Body'], ['Program', 'Program'],
  ['Membership', 'Membership'], ['Meeting', 'Meeting'], ['Attendance', 'Attendance'], ['AgendaItem', 'AgendaItem'],
  ['Decision', 'Decision'], ['ActionItem', 'ActionItem'], ['ActionUpdate', 'ActionUpdate'], ['Statement', 'Statement'], ['Theme', 'Theme'],
  ['SourceDocument', 'SourceDocument'],
];

export function typeNameOf(model: { labels: string[] }): string {
  const match = TYPE_BY_LABEL.find(([label]) => model.labels.includes(label));
  if (!match) throw new Error(`no GraphQL type for labels ${model.labels.join(':')}`);
  return match[1];
}

export function firstOrNull<T>(items: T[]): T | null {
  return items[0] ?? null;
}

/** An entity by id, only when it carries the expected label (so `person(id: "CA-BC")` is null). */
export async function entityWithLabel<T extends EntityModel>(load: (id: string) => Promise<EntityModel | null>, id: string, label: string): Promise<T | null> {
  const entity = await load(id);
  return entity && entity.labels.includes(label) ? (entity as T) : null;
}

/**
 * A root lookup by id that loads, in the same query, what the selection below it will follow
 * (see loaders/selectionPlan), so the field costs one round trip whatever its depth.
 */
export function lookupPlanned<T extends EntityModel>({ loaders }: Context, info: GraphQLResolveInfo, id: string, label?: string): Promise<T | null> {
  const loader = loaders.planned(planOfField(info));
  return label === undefined ? (loader.load(id) as Promise<T | null>) : entityWithLabel<T>((key) => loader.load(key), id, label);
}
