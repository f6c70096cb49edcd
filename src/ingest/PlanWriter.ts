import type { Transaction } from '../db/Database';
import { NODE_KINDS, NodeKind, RECORD_KINDS, RELATIONSHIP_TYPES, WritePlan } from './WritePlan';

/** Labels per node kind; every node also carries `Entity`, which owns the unique id. */
export const LABELS: Record<NodeKind, string[]> = {
  Jurisdiction: ['Jurisdiction'], Organization: ['Organization'], Council: ['Body', 'Council'],
  CommunityOfPractice: ['Body', 'CommunityOfPractice'], WorkingGroup: ['Body', 'WorkingGroup'], Committee: ['Body', 'Committee'],
  Program: ['Program'], Theme: ['Theme'], Person: ['Person'], Membership: ['Membership'], Meeting: ['Meeting'], Attendance: ['Attendance'],
  AgendaItem: ['AgendaItem'], Decision: ['Decision'], ActionItem: ['ActionItem'], Statement: ['Statement'], SourceDocument: ['SourceDocument'],
};

// Labels and relationship types are passed as values of `$(…)` (dynamic labels and types, Neo4j
// 5.26+), so a whole document is a handful of statements whatever its shape. They only ever come
// from the closed lists in WritePlan.ts (checked again below), never from document text.
const MERGE_NODES = 'UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:$(row.labels) RETURN count(n) AS written';
const MERGE_RELATIONSHIPS = `
  UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:$(row.type)]->(b) SET r = row.props RETURN count(r) AS written`;
const DIFF_NODES = `
  UNWIND $rows AS row OPTIONAL MATCH (n:Entity {id: row.id})
  RETURN sum(CASE WHEN n IS NULL THEN 1 ELSE 0 END) AS created, sum(CASE WHEN n IS NOT NULL AND properties(n) <> row.props THEN 1 ELSE 0 END) AS changed`;
const DIFF_RELATIONSHIPS = `
  UNWIND $rows AS row OPTIONAL MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
  RETURN sum(CASE WHEN r IS NULL THEN 1 ELSE 0 END) AS created, sum(CASE WHEN r IS NOT NULL AND properties(r) <> row.props THEN 1 ELSE 0 END) AS changed`;
const STALE_NODES_WHERE = `
  MATCH (n:Entity {document: $document}) WHERE NOT n.id IN $ids AND any(label IN labels(n) WHERE label IN $recordLabels)`;
const COUNT_STALE_NODES = `${STALE_NODES_WHERE} RETURN count(n) AS stale`;
const DELETE_STALE_NODES = `${STALE_NODES_WHERE} DETACH DELETE n RETURN count(*) AS stale`;
const STALE_RELATIONSHIPS_WHERE = `
  MATCH (n:Entity) WHERE n.id IN $ids MATCH (n)-[r]-() WHERE r.document = $document
  WITH DISTINCT r WHERE NOT (startNode(r).id + '|' + type(r) + '|' + endNode(r).id) IN $keys`;
const COUNT_STALE_RELATIONSHIPS = `${STALE_RELATIONSHIPS_WHERE} RETURN count(r) AS stale`;
const DELETE_STALE_RELATIONSHIPS = `${STALE_RELATIONSHIPS_WHERE} DELETE r RETURN count(*) AS stale`;

export interface PlanChanges {
  nodesCreated: number; nodesChanged: number; nodesRemoved: number;
  relationshipsCreated: number; relationshipsChanged: number; relationshipsRemoved: number;
}

export function hasChanges(changes: PlanChanges): boolean {
  return Object.values(changes).some((count) => count > 0);
}

/** What writing `plan` would change, computed inside `tx` (read-only). */
export async function diffPlan(tx: Transaction, plan: WritePlan): Promise<PlanChanges> {
  const changes: PlanChanges = { nodesCreated: 0, nodesChanged: 0, nodesRemoved: 0, relationshipsCreated: 0, relationshipsChanged: 0, relationshipsRemoved: 0 };
  const [nodes] = await tx.run(DIFF_NODES, { rows: nodeRows(plan) });
  changes.nodesCreated = Number(nodes?.created ?? 0);
  changes.nodesChanged = Number(nodes?.changed ?? 0);
  const [relationships] = await tx.run(DIFF_RELATIONSHIPS, { rows: relationshipRows(plan) });
  changes.relationshipsCreated = Number(relationships?.created ?? 0);
  changes.relationshipsChanged = Number(relationships?.changed ?? 0);
  const scope = staleScope(plan);
  changes.nodesRemoved = Number((await tx.run(COUNT_STALE_NODES, scope))[0]?.stale ?? 0);
  changes.relationshipsRemoved = Number((await tx.run(COUNT_STALE_RELATIONSHIPS, scope))[0]?.stale ?? 0);
  return changes;
}

/**
 * Writes `plan` inside `tx`: merges every node and relationship, then removes what an earlier
 * version of the same document wrote and this one no longer asserts. Throws (so the caller's
 * transaction rolls back) if any relationship end is missing.
 */
export async function writePlan(tx: Transaction, plan: WritePlan): Promise<void> {
  await tx.run(MERGE_NODES, { rows: nodeRows(plan) });
  const scope = staleScope(plan);
  await tx.run(DELETE_STALE_NODES, scope);
  await tx.run(DELETE_STALE_RELATIONSHIPS, scope);
  const rows = relationshipRows(plan);
  const [written] = await tx.run(MERGE_RELATIONSHIPS, { rows });
  if (Number(written?.written ?? 0) !== rows.length) {
    throw new Error(`expected ${rows.length} relationships written, but got ${String(written?.written)} (a referenced node is missing)`);
  }
}

function staleScope(plan: WritePlan) {
  const ids = [...plan.nodes.values()].flat().map((row) => row.id);
  const keys = [...plan.relationships].flatMap(([type, rows]) => rows.map((row) => `${row.from}|${type}|${row.to}`));
  return { document: plan.document, ids, keys, recordLabels: RECORD_KINDS };
}

function nodeRows(plan: WritePlan) {
  return [...plan.nodes].flatMap(([kind, rows]) => {
    if (!NODE_KINDS.includes(kind)) throw new Error(`not a node kind: ${String(kind)}`);
    return rows.map((row) => ({ ...row, labels: LABELS[kind] }));
  });
}

function relationshipRows(plan: WritePlan) {
  return [...plan.relationships].flatMap(([type, rows]) => {
    if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`not a relationship type: ${String(type)}`);
    return rows.map((row) => ({ ...row, type }));
  });
}
