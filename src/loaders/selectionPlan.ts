import { FieldNode, GraphQLResolveInfo, getArgumentValues, getNamedType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';
import { EMPTY_PLAN, type Plan } from '../repositories/prefetchCypher';
import type { TraversalName } from '../repositories/traversals';
import { FIELD_TRAVERSALS } from './fieldTraversals';
import { selectedProperties } from './selectedProperties';
import { concreteTypes, subfields, type Walk } from './selectionWalk';

// Reads a GraphQL selection into a Plan: the traversals its fields will follow, level by level.
// One plan becomes one Cypher query (GraphRepository.prefetch), whatever its depth.

/**
 * Levels planned ahead; deeper fields load through their loaders as usual (a query per level).
 * Bounded because a nested projection repeats the levels below an entity each time it is reached
 * (a person under each of their attendances), where level-by-level loaders deduplicate.
 */
export const MAX_PLAN_DEPTH = 3;

/** The plan below the value a resolver returns (or below `path`, e.g. a connection's edges → node). */
export function planOfField(info: GraphQLResolveInfo, path: readonly string[] = []): Plan {
  const reached = descend(info, path);
  if (!reached) return EMPTY_PLAN;
  const planner: Planner = { walk: reached.walk, propertiesOf: (type) => selectedProperties(info, type) };
  return planOf(planner, reached.type, reached.nodes, MAX_PLAN_DEPTH);
}

/** Whether the selection of the resolver's field goes down `path` (e.g. representatives → meetings). */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return descend(info, path) !== undefined;
}

/** The type and field nodes at the end of `path` in the resolver's selection; undefined when not selected. */
function descend(info: GraphQLResolveInfo, path: readonly string[]) {
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  let type: GraphQLNamedType = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const field: GraphQLField<unknown, unknown> | undefined = isObjectType(type) ? type.getFields()[name] : undefined;
    if (!field) return undefined;
    nodes = subfields(walk, type.name, nodes).filter((node) => node.name.value === name);
    if (nodes.length === 0) return undefined;
    type = getNamedType(field.type);
  }
  return { walk, type, nodes };
}

interface Planner {
  walk: Walk;
  /** The properties to read of entities of a type (selectedProperties). */
  propertiesOf: (type: GraphQLNamedType) => string[];
}

function planOf(planner: Planner, type: GraphQLNamedType, nodes: readonly FieldNode[], depth: number): Plan {
  // Below the planned depth the loaders take over, and read whole entities.
  if (depth === 0) return EMPTY_PLAN;
  const { walk } = planner;
  const plans: Plan[] = [{ properties: planner.propertiesOf(type), steps: [] }];
  for (const typeName of concreteTypes(walk.schema, type)) {
    const fields = FIELD_TRAVERSALS[typeName];
    const owner = walk.schema.getType(typeName);
    if (!fields || !isObjectType(owner)) continue;
    for (const node of subfields(walk, typeName, nodes)) {
      const mapped = fields[node.name.value];
      const field = owner.getFields()[node.name.value];
      if (!mapped || !field) continue;
      // A wrapper field (evidence) is followed only when the subfield the traversal feeds is asked for.
      const wrapper = getNamedType(field.type);
      const target = mapped.through && isObjectType(wrapper) ? wrapper.getFields()[mapped.through] : field;
      const reached = mapped.through ? subfields(walk, wrapper.name, [node]).filter((child) => child.name.value === mapped.through) : [node];
      if (!target || reached.length === 0) continue;
      // A date argument picks the dated traversal (the resolver does the same, see FieldTraversal.asOf).
      const asOf = mapped.asOf ? getArgumentValues(field, node, walk.variables ?? {}).asOf : undefined;
      const step = typeof asOf === 'string' && mapped.asOf ? { traversal: mapped.asOf, asOf } : { traversal: mapped.traversal };
      plans.push({ properties: [], steps: [{ ...step, plan: planOf(planner, getNamedType(target.type), reached, depth - 1) }] });
    }
  }
  return mergePlans(plans);
}

/**
 * The union of plans: every property any of them reads (all when one reads all), one step per
 * traversal (sorted, so equal selections give equal plans), their plans merged alike.
 */
export function mergePlans(plans: readonly Plan[]): Plan {
  const all = plans.some((plan) => plan.properties === null);
  const properties = all ? null : [...new Set(plans.flatMap((plan) => plan.properties ?? []))].sort();
  // One step per traversal and date.
  const byStep = new Map<string, { traversal: TraversalName; asOf?: string; plans: Plan[] }>();
  for (const plan of plans) {
    for (const { traversal, asOf, plan: below } of plan.steps) {
      const key = asOf === undefined ? traversal : `${traversal}@${asOf}`;
      const entry = byStep.get(key) ?? { traversal, ...(asOf === undefined ? {} : { asOf }), plans: [] };
      entry.plans.push(below);
      byStep.set(key, entry);
    }
  }
  const steps = [...byStep].sort(([a], [b]) => a.localeCompare(b)).map(([, { plans: below, ...step }]) => ({ ...step, plan: mergePlans(below) }));
  return { properties, steps };
}
