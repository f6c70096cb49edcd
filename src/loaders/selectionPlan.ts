import {
  FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, GraphQLSchema, Kind, SelectionSetNode,
  getNamedType, isAbstractType, isObjectType, type GraphQLField, type GraphQLNamedType,
} from 'graphql';
import { EMPTY_PLAN, type Plan } from '../repositories/prefetchCypher';
import type { TraversalName } from '../repositories/traversals';
import { FIELD_TRAVERSALS } from './fieldTraversals';

/**
 * Reads a GraphQL selection into a Plan: the traversals its fields will follow, level by level.
 * One plan becomes one Cypher query (GraphRepository.prefetch), whatever its depth.
 */

/**
 * Levels planned ahead; deeper fields load through their loaders as usual (a query per level).
 * Bounded because a nested projection repeats the levels below an entity each time it is reached
 * (a person under each of their attendances), where level-by-level loaders deduplicate.
 */
export const MAX_PLAN_DEPTH = 3;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The plan below the value a resolver returns (or below `path`, e.g. a connection's edges → node). */
export function planOfField(info: GraphQLResolveInfo, path: readonly string[] = []): Plan {
  const reached = descend(info, path);
  return reached ? planOf(reached.walk, reached.type, reached.nodes, MAX_PLAN_DEPTH) : EMPTY_PLAN;
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

function planOf(walk: Walk, type: GraphQLNamedType, nodes: readonly FieldNode[], depth: number): Plan {
  if (depth === 0) return EMPTY_PLAN;
  const plans: Plan[] = [];
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
      plans.push({ steps: [{ traversal: mapped.traversal, plan: planOf(walk, getNamedType(target.type), reached, depth - 1) }] });
    }
  }
  return mergePlans(plans);
}

/** One step per traversal (sorted, so equal selections give equal plans), their plans merged alike. */
export function mergePlans(plans: readonly Plan[]): Plan {
  const byTraversal = new Map<TraversalName, Plan[]>();
  for (const plan of plans) {
    for (const step of plan.steps) byTraversal.set(step.traversal, [...(byTraversal.get(step.traversal) ?? []), step.plan]);
  }
  const steps = [...byTraversal].sort(([a], [b]) => a.localeCompare(b)).map(([traversal, below]) => ({ traversal, plan: mergePlans(below) }));
  return { steps };
}

function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  if (isObjectType(type)) return [type.name];
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((possible) => possible.name);
  return [];
}

/** The fields selected on `typeName` under `nodes`, through fragments, honouring @skip/@include. */
function subfields(walk: Walk, typeName: string, nodes: readonly FieldNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(walk, selection.directives)) continue;
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(walk, selection.typeCondition?.name.value, typeName)) visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = walk.fragments[selection.name.value];
        seen.add(selection.name.value);
        if (fragment && applies(walk, fragment.typeCondition.name.value, typeName)) visit(fragment.selectionSet, seen);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return out;
}

function applies(walk: Walk, condition: string | undefined, typeName: string): boolean {
  if (condition === undefined || condition === typeName) return true;
  const conditionType = walk.schema.getType(condition);
  const runtime = walk.schema.getType(typeName);
  return conditionType !== undefined && isAbstractType(conditionType) && isObjectType(runtime) && walk.schema.isSubType(conditionType, runtime);
}

function included(walk: Walk, directives: FieldNode['directives']): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const argument = directive.arguments?.find((arg) => arg.name.value === 'if');
    if (!argument) continue;
    const value = argument.value.kind === Kind.VARIABLE ? walk.variables[argument.value.name.value] : argument.value.kind === Kind.BOOLEAN ? argument.value.value : undefined;
    if ((name === 'skip' && value === true) || (name === 'include' && value === false)) return false;
  }
  return true;
}
