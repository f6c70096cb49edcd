/**
 * Rows for bulk writes, merged across documents: one row per node id and one per
 * (from, type, to). Where several documents write the same node or relationship, the last one in
 * writing order wins and labels add up, which is what MERGE + SET row by row in that order leaves
 * behind. Without duplicates, rows for ids new to the graph can be written with CREATE.
 */
import { LABELS } from './PlanWriter';
import { NODE_KINDS, Properties, RELATIONSHIP_TYPES, RelationshipType, WritePlan } from './WritePlan';

export interface BulkNodeRow { id: string; labels: string[]; props: Properties }
export interface BulkRelationshipRow { from: string; to: string; type: RelationshipType; props: Properties }

export interface BulkRows { nodes: BulkNodeRow[]; relationships: BulkRelationshipRow[] }

/** `plans` in writing order; kinds and types in the order of the closed lists, as before. */
export function mergeRows(plans: WritePlan[]): BulkRows {
  const nodes = new Map<string, BulkNodeRow>();
  for (const kind of NODE_KINDS) {
    for (const plan of plans) {
      for (const row of plan.nodes.get(kind) ?? []) {
        const labels = nodes.get(row.id)?.labels ?? [];
        nodes.set(row.id, { id: row.id, labels: [...new Set([...labels, ...LABELS[kind]])], props: row.props });
      }
    }
  }
  const relationships = new Map<string, BulkRelationshipRow>();
  for (const type of RELATIONSHIP_TYPES) {
    for (const plan of plans) {
      for (const row of plan.relationships.get(type) ?? []) {
        relationships.set(`${row.from}\u0000${type}\u0000${row.to}`, { from: row.from, to: row.to, type, props: row.props });
      }
    }
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/**
 * Splits rows into those that can be created (node ids the graph does not hold; relationships
 * with at least one such end, which therefore cannot exist yet) and those that must be merged.
 */
export function splitByExistence(rows: BulkRows, existing: Set<string>): { create: BulkRows; merge: BulkRows } {
  const create: BulkRows = { nodes: [], relationships: [] };
  const merge: BulkRows = { nodes: [], relationships: [] };
  for (const row of rows.nodes) (existing.has(row.id) ? merge : create).nodes.push(row);
  const created = new Set(create.nodes.map((row) => row.id));
  for (const row of rows.relationships) (created.has(row.from) || created.has(row.to) ? create : merge).relationships.push(row);
  return { create, merge };
}
