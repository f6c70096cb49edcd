import type { EntityModel } from './index';

/** A stored entity with all its properties (as `node {.*, labels}` returns it). */
export type EntityWithProps = EntityModel & Record<string, unknown>;

/** Labels of the entities the full-text index `entity_search` covers, by GraphQL SearchKind. */
export const SEARCH_KIND_LABELS = {
  STATEMENT: 'Statement',
  DECISION: 'Decision',
  ACTION_ITEM: 'ActionItem',
  AGENDA_ITEM: 'AgendaItem',
  PERSON: 'Person',
  BODY: 'Body',
  JURISDICTION: 'Jurisdiction',
  ORGANIZATION: 'Organization',
  PROGRAM: 'Program',
  THEME: 'Theme',
} as const;

export type SearchKindName = keyof typeof SEARCH_KIND_LABELS;

/** One hit of a full-text search: the entity, its score and the words that were looked for. */
export interface SearchHitModel {
  entity: EntityWithProps;
  score: number;
  /** Folded search words (see luceneQuery), to highlight in the snippet. */
  terms: string[];
  /** True when the hit came from the prefix/typo fallback: words may match as prefixes only. */
  relaxed: boolean;
  /** Language whose text the snippet prefers. */
  lang: 'EN' | 'FR';
}

/** A relationship in its stored direction. */
export interface GraphEdgeModel { from: string; to: string; type: string }

export interface GraphPathModel { nodes: EntityWithProps[]; edges: GraphEdgeModel[] }

export interface SubgraphModel { nodes: EntityWithProps[]; edges: GraphEdgeModel[]; truncated: boolean }
