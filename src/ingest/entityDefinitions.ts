/**
 * What a document may do to an entity the graph (or an earlier document of the same run) already
 * holds under the same id. Writing is `MERGE` on the id, then `SET n = props, n:labels`: unchecked,
 * a document defining `people: [{ id: body-pssdc }]` would turn the council into a Person and wipe
 * its properties. So, before anything is written:
 * - an entity's kind never changes (other documents' references rely on it; a new kind needs a new id);
 * - a document may not drop properties another document wrote, unless it lists the id under `replaces`.
 * A document rewriting its own entities (a new version of it) may drop what it no longer says.
 */
import type { Row } from '../db/Database';
import { LABELS } from './PlanWriter';
import type { SeedFile } from './readSeedFile';
import { NODE_KINDS, NodeKind, WritePlan } from './WritePlan';

/** An entity as the graph holds it: its kinds (one, unless already damaged), last writer and property names. */
export interface HeldEntity { kinds: string[]; document: string | null; keys: string[] }

/** One refused definition: `document` would change entity `id` from `kind` to `newKind`, or drop `dropped`. */
export interface DefinitionConflict {
  document: string; id: string; kind: string; newKind: NodeKind; writtenBy: string | null; dropped: string[];
}

const HELD_ENTITIES = 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, labels(n) AS labels, n.document AS document, keys(n) AS keys';
const BATCH = 50_000;

/** Reads what the graph holds under `ids` (one index seek each), through `run`: a read or a transaction. */
export async function readHeldEntities(run: (cypher: string, params: Record<string, unknown>) => Promise<Row[]>, ids: string[]): Promise<Map<string, HeldEntity>> {
  const held = new Map<string, HeldEntity>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const row of await run(HELD_ENTITIES, { ids: ids.slice(i, i + BATCH) })) {
      held.set(String(row.id), { kinds: kindsOf(row.labels as string[]), document: row.document == null ? null : String(row.document), keys: row.keys as string[] });
    }
  }
  return held;
}

/**
 * The definitions of `plan` that `held` forbids. `held` is then updated with what `plan` defines,
 * so calling this for each document of a run in writing order checks each against the ones before it.
 */
export function definitionConflicts(plan: WritePlan, held: Map<string, HeldEntity>): DefinitionConflict[] {
  const conflicts: DefinitionConflict[] = [];
  for (const [kind, rows] of plan.nodes) {
    for (const row of rows) {
      const before = held.get(row.id);
      if (before) {
        const kindChanged = before.kinds.length !== 1 || before.kinds[0] !== kind;
        const dropped = before.document === plan.document || plan.replaces.has(row.id) ? [] : before.keys.filter((key) => !(key in row.props));
        if (kindChanged || dropped.length > 0) {
          conflicts.push({ document: plan.document, id: row.id, kind: before.kinds.join('+') || 'entity of no kind', newKind: kind, writtenBy: before.document, dropped });
        }
      }
      held.set(row.id, { kinds: [kind], document: plan.document, keys: Object.keys(row.props) });
    }
  }
  return conflicts;
}

/** What a client or curator reads: the entity, both kinds, the document refused and the one that wrote it. */
export function describeConflict(conflict: DefinitionConflict): string {
  const { id, kind, newKind, document, writtenBy, dropped } = conflict;
  const by = writtenBy === null ? '' : ` written by ${writtenBy}`;
  if (kind !== newKind) return `'${id}' is a ${kind}${by}; document ${document} would make it a ${newKind}: an entity's kind never changes (use a new id)`;
  return `'${id}' (${kind}) would lose ${dropped.join(', ')}${by}; document ${document} may drop them only if it lists '${id}' under replaces`;
}

/** Each conflict as a validation problem of its document, at the place that defines the entity. */
export function conflictProblems(seed: SeedFile, conflicts: DefinitionConflict[]): Array<{ path: string; message: string }> {
  return conflicts.map((conflict) => ({ path: seed.context.defined.get(conflict.id)?.path ?? '', message: describeConflict(conflict) }));
}

/** The node kinds a node's labels spell (Council is `Entity:Body:Council`, so never also a WorkingGroup). */
export function kindsOf(labels: string[]): string[] {
  return NODE_KINDS.filter((kind) => LABELS[kind].every((label) => labels.includes(label)));
}

/** Every node id the plans write, once. */
export function definedIds(plans: WritePlan[]): string[] {
  return [...new Set(plans.flatMap((plan) => [...plan.nodes.values()].flat().map((row) => row.id)))];
}
