/**
 * Cypher for bulk writes: one constant statement per node kind and per relationship type, built
 * once from the closed lists in WritePlan.ts (static labels and types let the planner use the
 * `entity_id` index for every MERGE). Same effect per row as PlanWriter's MERGE statements.
 */
import { NODE_KINDS, NodeKind, RELATIONSHIP_TYPES, RelationshipType } from './WritePlan';
import { LABELS } from './PlanWriter';

export const BULK_NODE_STATEMENTS = Object.fromEntries(NODE_KINDS.map((kind) => [
  kind, `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:${LABELS[kind].join(':')}`,
])) as Record<NodeKind, string>;

export const BULK_RELATIONSHIP_STATEMENTS = Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [
  type, `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MERGE (a)-[r:${type}]->(b) SET r = row.props RETURN count(r) AS written`,
])) as Record<RelationshipType, string>;
