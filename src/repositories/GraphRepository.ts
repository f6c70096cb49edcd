import type { Database } from '../db/Database';
import type { EntityModel } from '../models';
import { Plan, PrefetchedEntry, planParameters, prefetchQuery } from './prefetchCypher';
import { cachedQuery, entityProjection } from './projections';
import { Related, TRAVERSALS, TargetOf, TraversalName } from './traversals';

// Built once from the closed list of traversals: no Cypher text ever comes from a request.
const TRAVERSAL_QUERIES = new Map(
  (Object.keys(TRAVERSALS) as TraversalName[]).map((name) => {
    const { pattern, order, via, where } = TRAVERSALS[name];
    return [name, `
      UNWIND $ids AS key
      MATCH (a:Entity {id: key})
      MATCH ${pattern}${where ? `\n      WHERE ${where}` : ''}
      WITH key, b, r ORDER BY ${order}
      RETURN key, collect(${entityProjection('b', null, via ? 'r' : undefined)}) AS related`];
  }),
);

const ENTITIES_BY_ID = `MATCH (n:Entity) WHERE n.id IN $ids RETURN ${entityProjection('n')} AS node`;

/** Prefetch query texts by plan key; the plans come from the schema's fields, so there are few. */
const PREFETCH_QUERIES = new Map<string, string>();
const MAX_CACHED_PREFETCH_QUERIES = 500;

export interface PrefetchedRoot {
  node: EntityModel;
  related: PrefetchedEntry[][];
}

/** Reads entities and their relationships, many keys per query (the loaders' batch functions). */
export class GraphRepository {
  constructor(private readonly database: Database) {}

  /** Entities by id, in the order of `ids`; null where there is none. */
  async entitiesById(ids: readonly string[]): Promise<Array<EntityModel | null>> {
    const rows = await this.database.read(ENTITIES_BY_ID, { ids }, { metadata: { traversal: 'entitiesById' } });
    const byId = new Map(rows.map((row) => {
      const node = row.node as EntityModel;
      return [node.id, node];
    }));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * For each id (in order), the entities reached by the named traversal, sorted by its order;
   * `asOf` is the date of traversals that take one.
   */
  async traverse<Name extends TraversalName>(name: Name, ids: readonly string[], asOf: string | null = null): Promise<Array<Array<Related<TargetOf<Name>>>>> {
    const query = TRAVERSAL_QUERIES.get(name);
    if (query === undefined) throw new Error(`unknown traversal: ${name}`);
    const rows = await this.database.read(query, { ids: [...new Set(ids)], asOf }, { metadata: { traversal: name } });
    const byKey = new Map(rows.map((row) => [String(row.key), row.related as Array<Related<TargetOf<Name>>>]));
    return ids.map((id) => byKey.get(id) ?? []);
  }

  /**
   * Entities by id (in order; null where there is none), each with everything `plan` reaches
   * below it — one query for what level-by-level loading sends one query per level for.
   */
  async prefetch(ids: readonly string[], plan: Plan, key: string): Promise<Array<PrefetchedRoot | null>> {
    const query = cachedQuery(PREFETCH_QUERIES, key, MAX_CACHED_PREFETCH_QUERIES, () => prefetchQuery(plan));
    const rows = await this.database.read(query, { ...planParameters(plan), ids: [...new Set(ids)] }, { metadata: { traversal: 'prefetch' } });
    const byId = new Map(rows.map((row) => [String(row.key), { node: row.node as EntityModel, related: row.related as PrefetchedEntry[][] }]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
