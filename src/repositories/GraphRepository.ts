import type { Database } from '../db/Database';
import type { EntityModel } from '../models';
import { Related, TRAVERSALS, TargetOf, TraversalName } from './traversals';

// Built once from the closed list of traversals: no Cypher text ever comes from a request.
const TRAVERSAL_QUERIES = new Map(
  (Object.keys(TRAVERSALS) as TraversalName[]).map((name) => {
    const { pattern, order } = TRAVERSALS[name];
    return [name, `
      UNWIND $ids AS key
      MATCH (a:Entity {id: key})
      MATCH ${pattern}
      WITH key, b, r ORDER BY ${order}
      RETURN key, collect(b {.*, searchText: null, labels: labels(b), via: {type: type(r), props: properties(r)}}) AS related`];
  }),
);

// searchText only feeds the full-text index; blanking it keeps rows small.
const ENTITIES_BY_ID = 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n {.*, searchText: null, labels: labels(n)} AS node';

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

  /** For each id (in order), the entities reached by the named traversal, sorted by its order. */
  async traverse<Name extends TraversalName>(name: Name, ids: readonly string[]): Promise<Array<Array<Related<TargetOf<Name>>>>> {
    const query = TRAVERSAL_QUERIES.get(name);
    if (query === undefined) throw new Error(`unknown traversal: ${name}`);
    const rows = await this.database.read(query, { ids: [...new Set(ids)] }, { metadata: { traversal: name } });
    const byKey = new Map(rows.map((row) => [String(row.key), row.related as Array<Related<TargetOf<Name>>>]));
    return ids.map((id) => byKey.get(id) ?? []);
  }
}
