import { FieldNode, FragmentDefinitionNode, GraphQLSchema, Kind, SelectionSetNode, isAbstractType, isObjectType, type GraphQLNamedType } from 'graphql';

/** Reading a selection the way execution will: through fragments, for one runtime type at a time. */
export interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The request's variables, for @skip/@include; null: ignore those directives (read a superset). */
  variables: Record<string, unknown> | null;
}

export function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  if (isObjectType(type)) return [type.name];
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((possible) => possible.name);
  return [];
}

/** The fields selected on `typeName` under `nodes`, through fragments, honouring @skip/@include. */
export function subfields(walk: Walk, typeName: string, nodes: ReadonlyArray<{ selectionSet?: SelectionSetNode }>): FieldNode[] {
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
  if (walk.variables === null) return true;
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
