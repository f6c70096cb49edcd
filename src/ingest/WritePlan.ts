/**
 * What one seed document writes, as rows grouped by node kind and relationship type. The kinds
 * and types are closed lists: they become labels and relationship types in constant Cypher text.
 */
export const NODE_KINDS = [
  'Jurisdiction', 'Organization', 'Council', 'CommunityOfPractice', 'WorkingGroup', 'Committee', 'Program', 'Theme', 'Person',
  'Membership', 'Meeting', 'Attendance', 'AgendaItem', 'Decision', 'ActionItem', 'ActionUpdate', 'Statement', 'SourceDocument',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Nodes that belong to exactly one document; they are removed when that document drops them. */
export const RECORD_KINDS: readonly NodeKind[] = ['Membership', 'Attendance', 'AgendaItem', 'Decision', 'ActionItem', 'ActionUpdate', 'Statement'];

export const RELATIONSHIP_TYPES = [
  'PART_OF', 'REPORTS_TO', 'HAS_SECRETARIAT', 'BROADER', 'HOLDS', 'IN_BODY', 'IN_ORGANIZATION', 'ON_BEHALF_OF', 'SOURCED_FROM',
  'HELD_BY', 'APPROVES_MINUTES_OF', 'BUILDS_ON', 'NEXT_MEETING', 'CITES', 'RECORDS', 'ATTENDED', 'AT', 'FOR_ITEM', 'HAS_ITEM',
  'HAS_DECISION', 'CONCERNS', 'HAS_ACTION', 'ASSIGNED_TO', 'COMPLETED_BY', 'SPOKEN_BY', 'HAS_STATEMENT', 'RAISES', 'ABOUT',
  'ALSO_ON_BEHALF_OF', 'MENTIONS', 'RUN_BY', 'UPDATES', 'REPORTED_AT',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export type PropertyValue = string | number | boolean | string[] | null | undefined;
export type Properties = Record<string, PropertyValue>;

export interface NodeRow { id: string; props: Properties }
export interface RelationshipRow { from: string; to: string; props: Properties }

export class WritePlan {
  readonly nodes = new Map<NodeKind, NodeRow[]>();
  readonly relationships = new Map<RelationshipType, RelationshipRow[]>();
  /** Entities whose properties written by other documents this one may drop (the document's `replaces`). */
  readonly replaces = new Set<string>();

  /** `document` identifies the writer, so a later version of the document can remove what it dropped. */
  constructor(readonly document: string) {}

  node(kind: NodeKind, id: string, props: Properties): void {
    const clean: Properties = { id, document: this.document };
    for (const [key, value] of Object.entries(props)) if (value !== undefined && value !== null) clean[key] = value;
    rowsOf(this.nodes, kind).push({ id, props: clean });
  }

  relationship(type: RelationshipType, from: string, to: string | undefined, props: Properties = {}): void {
    if (to === undefined) return;
    rowsOf(this.relationships, type).push({ from, to, props: { document: this.document, ...props } });
  }

  get nodeCount(): number {
    return [...this.nodes.values()].reduce((sum, rows) => sum + rows.length, 0);
  }

  get relationshipCount(): number {
    return [...this.relationships.values()].reduce((sum, rows) => sum + rows.length, 0);
  }
}

function rowsOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let rows = map.get(key);
  if (!rows) map.set(key, (rows = []));
  return rows;
}
