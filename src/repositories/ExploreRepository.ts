import type { Database } from '../db/Database';
import type { GraphEdgeModel, GraphPathModel, SubgraphModel, EntityWithProps } from '../models/search';
import { entityProjection } from './projections';

/**
 * Relationship types a graph exploration follows: every type of docs/data-model.md except
 * SOURCED_FROM and RECORDS. Every record cites its source document, so through documents
 * everything would be two steps from everything else, which says nothing.
 */
const EXPLORED = [
  'PART_OF', 'REPORTS_TO', 'HAS_SECRETARIAT', 'BROADER', 'HOLDS', 'IN_BODY', 'IN_ORGANIZATION', 'ON_BEHALF_OF', 'HELD_BY',
  'APPROVES_MINUTES_OF', 'BUILDS_ON', 'NEXT_MEETING', 'CITES', 'ATTENDED', 'AT', 'FOR_ITEM', 'HAS_ITEM', 'ABOUT',
  'HAS_DECISION', 'CONCERNS', 'HAS_ACTION', 'ASSIGNED_TO', 'COMPLETED_BY', 'HAS_STATEMENT', 'SPOKEN_BY', 'RAISES',
].join('|');

/**
 * A hub no path goes through: Canada as a whole, of which every province, territory and federal
 * department is part (two representatives of any two governments would be "connected" by it).
 * It may still be an end point of a path, and appears in a neighbourhood without being expanded.
 */
const NOT_A_HUB = "NOT (x:Jurisdiction AND x.kind = 'COUNTRY')";

export const MAX_HOPS = 4;
export const MAX_DEPTH = 2;

const EDGE = (name: string) => `{from: startNode(${name}).id, to: endNode(${name}).id, type: type(${name})}`;

/**
 * Cypher cannot take a variable-length bound as a parameter: one constant query per bound, chosen
 * by a validated integer from this closed map (never built from input). The node predicate is
 * written over all of nodes(p) (not a slice) so that the planner applies it during the
 * breadth-first search instead of falling back to an exhaustive search.
 */
// Whether both ends exist comes back with the paths, so an unknown id costs no extra round trip.
const CONNECTIONS = new Map([1, 2, 3, 4].map((hops) => [hops, `
  OPTIONAL MATCH (a:Entity {id: $fromId})
  OPTIONAL MATCH (b:Entity {id: $toId})
  CALL (a, b) {
    MATCH p = allShortestPaths((a)-[:${EXPLORED}*..${hops}]-(b))
    WHERE all(x IN nodes(p) WHERE x = a OR x = b OR ${NOT_A_HUB})
    WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT $first
    RETURN collect({nodes: [x IN nodes(p) | ${entityProjection('x')}], edges: [r IN relationships(p) | ${EDGE('r')}]}) AS paths
  }
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`]));

/** Depth ≤ 2 keeps path enumeration small, so the hub filter may run after the expansion. */
const NEIGHBOURHOOD = new Map([1, 2].map((depth) => [depth, `
  MATCH (a:Entity {id: $id})
  OPTIONAL MATCH p = (a)-[:${EXPLORED}*1..${depth}]-(n:Entity)
  WHERE n <> a AND all(x IN nodes(p)[1..-1] WHERE ${NOT_A_HUB})
  WITH a, n, min(length(p)) AS distance ORDER BY distance, n.id
  WITH a, [x IN collect(n) WHERE x IS NOT NULL] AS reached
  WITH a, reached[..($limit - 1)] AS kept, size(reached) > $limit - 1 AS truncated
  WITH [a] + kept AS kept, truncated
  CALL (kept) {
    UNWIND kept AS x
    MATCH (x)-[r:${EXPLORED}]->(y) WHERE y IN kept
    WITH x, r, y ORDER BY x.id, type(r), y.id
    RETURN collect(${EDGE('r')}) AS edges
  }
  RETURN [x IN kept | ${entityProjection('x')}] AS nodes, edges, truncated`]));

export interface Connections { fromFound: boolean; toFound: boolean; paths: GraphPathModel[] }

/** Reads paths and neighbourhoods for graph views; nodes come with all their properties. */
export class ExploreRepository {
  constructor(private readonly database: Database) {}

  /**
   * Up to `first` shortest paths (all of the same, shortest length ≤ maxHops), in a stable order,
   * and whether each end exists.
   */
  async connections(fromId: string, toId: string, maxHops: number, first: number): Promise<Connections> {
    const query = CONNECTIONS.get(maxHops);
    if (query === undefined) throw new Error(`expected maxHops from 1 to ${MAX_HOPS}, but got: ${maxHops}`);
    const [row] = await this.database.read(query, { fromId, toId, first }, { metadata: { query: 'connections' } });
    const paths = (row?.paths ?? []) as Array<{ nodes: EntityWithProps[]; edges: GraphEdgeModel[] }>;
    return { fromFound: row?.fromFound === true, toFound: row?.toFound === true, paths };
  }

  /**
   * The entity and the entities within `depth` relationships of it (nearest first, then by id, at
   * most `limit` in all), with every explored relationship between two of them; null when no
   * entity has the id.
   */
  async neighbourhood(id: string, depth: number, limit: number): Promise<SubgraphModel | null> {
    const query = NEIGHBOURHOOD.get(depth);
    if (query === undefined) throw new Error(`expected depth from 1 to ${MAX_DEPTH}, but got: ${depth}`);
    const [row] = await this.database.read(query, { id, limit }, { metadata: { query: 'neighbourhood' } });
    if (!row) return null;
    return { nodes: row.nodes as EntityWithProps[], edges: row.edges as GraphEdgeModel[], truncated: row.truncated === true };
  }
}
