import { createHash } from 'node:crypto';
import type { Transaction } from '../db/Database';
import { NODE_KINDS, NodeKind, RECORD_KINDS, RELATIONSHIP_TYPES, WritePlan } from './WritePlan';

/** Labels per node kind; every node also carries `Entity`, which owns the unique id. */
export const LABELS: Record<NodeKind, string[]> = {
  Jurisdiction: ['Jurisdiction'], Organization: ['Organization'], Council: ['Body', 'Council'],
  CommunityOfPractice: ['Body', 'CommunityOfPractice'], WorkingGroup: ['Body', 'WorkingGroup'], Committee: ['Body', 'Committee'],
  Program: ['Program'], Theme: ['Theme'], Person: ['Person'], Membership: ['Membership'], Meeting: ['Meeting'], Attendance: ['Attendance'],
  AgendaItem: ['AgendaItem'], Decision: ['Decision'], ActionItem: ['ActionItem'], ActionUpdate: ['ActionUpdate'], Statement: ['Statement'], SourceDocument: ['SourceDocument'],
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

const DOCUMENT_PRESENT = 'RETURN EXISTS { MATCH (n:Entity {document: $document}) } AS present';
// A document new to the graph is written at once; its counts come from the writes themselves.
const MERGE_COUNTING_NODES = `
  UNWIND $rows AS row OPTIONAL MATCH (old:Entity {id: row.id})
  WITH row, old IS NULL AS created, old IS NOT NULL AND properties(old) <> row.props AS changed
  MERGE (n:Entity {id: row.id}) SET n = row.props, n:$(row.labels)
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS changed`;
const MERGE_COUNTING_RELATIONSHIPS = `
  UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  OPTIONAL MATCH (a)-[old:$(row.type)]->(b)
  WITH a, b, row, old IS NULL AS created, old IS NOT NULL AND properties(old) <> row.props AS changed
  MERGE (a)-[r:$(row.type)]->(b) SET r = row.props
  RETURN count(r) AS written, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS changed`;
// What each document last wrote (planDigest): npm start skips a document whose plan is unchanged.
const RECORD_DIGESTS = 'UNWIND $rows AS row MERGE (d:IngestedDocument {document: row.document}) SET d.digest = row.digest';
const READ_DIGESTS = 'UNWIND $documents AS document MATCH (d:IngestedDocument {document: document}) RETURN d.document AS document, d.digest AS digest';
const FORGET_DIGESTS = 'UNWIND $documents AS document MATCH (d:IngestedDocument {document: document}) DELETE d';

/**
 * What writing `plan` would change, computed inside `tx` (read-only). A document the graph does
 * not hold yet has nothing stale: the stale-record queries, which grow with the graph, are skipped.
 */
export async function diffPlan(tx: Transaction, plan: WritePlan, present?: boolean): Promise<PlanChanges> {
  const changes: PlanChanges = { nodesCreated: 0, nodesChanged: 0, nodesRemoved: 0, relationshipsCreated: 0, relationshipsChanged: 0, relationshipsRemoved: 0 };
  const [nodes] = await tx.run(DIFF_NODES, { rows: nodeRows(plan) });
  changes.nodesCreated = Number(nodes?.created ?? 0);
  changes.nodesChanged = Number(nodes?.changed ?? 0);
  const [relationships] = await tx.run(DIFF_RELATIONSHIPS, { rows: relationshipRows(plan) });
  changes.relationshipsCreated = Number(relationships?.created ?? 0);
  changes.relationshipsChanged = Number(relationships?.changed ?? 0);
  if (!(present ?? (await documentPresent(tx, plan)))) return changes;
  const scope = staleScope(plan);
  changes.nodesRemoved = Number((await tx.run(COUNT_STALE_NODES, scope))[0]?.stale ?? 0);
  changes.relationshipsRemoved = Number((await tx.run(COUNT_STALE_RELATIONSHIPS, scope))[0]?.stale ?? 0);
  return changes;
}

/** Whether the graph holds anything this document (its key) wrote. */
export async function documentPresent(tx: Transaction, plan: WritePlan): Promise<boolean> {
  const [row] = await tx.run(DOCUMENT_PRESENT, { document: plan.document });
  return row?.present === true;
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

/**
 * Writes a document the graph does not hold yet (documentPresent is false): nothing of it can be
 * stale, so it is merged straight away, two statements whatever its size, and the counts of what
 * was created or changed (shared nodes such as a person) come from the writes.
 */
export async function writeNewDocument(tx: Transaction, plan: WritePlan): Promise<PlanChanges> {
  const [nodes] = await tx.run(MERGE_COUNTING_NODES, { rows: nodeRows(plan) });
  const rows = relationshipRows(plan);
  const [relationships] = await tx.run(MERGE_COUNTING_RELATIONSHIPS, { rows });
  if (Number(relationships?.written ?? 0) !== rows.length) {
    throw new Error(`expected ${rows.length} relationships written, but got ${String(relationships?.written)} (a referenced node is missing)`);
  }
  return {
    nodesCreated: Number(nodes?.created ?? 0), nodesChanged: Number(nodes?.changed ?? 0), nodesRemoved: 0,
    relationshipsCreated: Number(relationships?.created ?? 0), relationshipsChanged: Number(relationships?.changed ?? 0), relationshipsRemoved: 0,
  };
}

/** A fingerprint of everything a plan writes: equal digests, equal writes. */
export function planDigest(plan: WritePlan): string {
  return createHash('sha256').update(JSON.stringify([plan.document, nodeRows(plan), relationshipRows(plan)])).digest('hex');
}

export async function recordDigests(tx: Transaction, plans: WritePlan[]): Promise<void> {
  await tx.run(RECORD_DIGESTS, { rows: plans.map((plan) => ({ document: plan.document, digest: planDigest(plan) })) });
}

/** The digest each document was last written with (documents never written through ingestSeeds have none). */
export async function readDigests(tx: Transaction, documents: string[]): Promise<Map<string, string>> {
  const rows = await tx.run(READ_DIGESTS, { documents });
  return new Map(rows.map((row) => [String(row.document), String(row.digest)]));
}

/** For writers that record no digests (bulk, unless asked): a later start then compares the graph itself. */
export async function forgetDigests(tx: Transaction, documents: string[]): Promise<void> {
  await tx.run(FORGET_DIGESTS, { documents });
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
