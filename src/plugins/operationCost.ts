import {
  getArgumentValues, getDirectiveValues, getNamedType, GraphQLError, GraphQLIncludeDirective, GraphQLSkipDirective, isAbstractType,
  isCompositeType, isInterfaceType, isObjectType, Kind, SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionNode, type SelectionSetNode,
} from 'graphql';
import { AppError, ErrorCode } from '../errors';

/** What an estimator knows of one field: where it is, its arguments (variables applied) and its selection's cost. */
export interface FieldCostInput {
  parentType: GraphQLCompositeType;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** Cost of the field's own selection set (0 for a leaf). */
  childCost: number;
}

/** The cost of one field; may throw an AppError to refuse the operation (e.g. an oversized argument). */
export type FieldEstimator = (input: FieldCostInput) => number;

/**
 * Cost of an operation: the sum of its fields' costs as `estimate` gives them, with a fragment or
 * an abstract type costing its most expensive possible type. Fields left out by `@include`/`@skip`
 * cost nothing. `variables` must already be coerced (graphql's getVariableValues).
 *
 * Linear in the document: each fragment is costed once and its cost reused at every spread (a
 * walk that re-enters fragments doubles per level of fragments that spread the next one twice).
 * A document that repeats a fragment that way gets a cost that grows just as fast, and is refused.
 */
export function operationCost(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  variables: Record<string, unknown>, estimate: FieldEstimator,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return new CostWalker(schema, fragments, variables, estimate).selectionCost(operation.selectionSet, root);
}

type CostsByType = Map<string, number>;

class CostWalker {
  private readonly fragmentCosts = new Map<string, CostsByType>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly estimate: FieldEstimator,
  ) {}

  selectionCost(selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
    return Math.max(0, ...this.costsByType(selectionSet, type).values());
  }

  /** Cost of a selection set for each concrete type it may be resolved as. */
  private costsByType(selectionSet: SelectionSetNode, type: GraphQLCompositeType): CostsByType {
    const possible = isAbstractType(type) ? this.schema.getPossibleTypes(type).map((object) => object.name) : [type.name];
    const totals: CostsByType = new Map(possible.map((name) => [name, 0]));
    // A fragment on a wider or narrower type adds only to the types both conditions allow.
    const addEach = (costs: CostsByType) => {
      for (const [name, cost] of costs) {
        const total = totals.get(name);
        if (total !== undefined) totals.set(name, total + cost);
      }
    };
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const cost = this.fieldCost(selection, type);
        for (const name of possible) totals.set(name, (totals.get(name) ?? 0) + cost);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        if (isCompositeType(on)) addEach(this.costsByType(selection.selectionSet, on));
      } else {
        addEach(this.fragmentCost(selection.name.value));
      }
    }
    return totals;
  }

  private fragmentCost(name: string): CostsByType {
    const known = this.fragmentCosts.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    const on = fragment && this.schema.getType(fragment.typeCondition.name.value);
    // Unknown fragments and cycles are refused by validation; here they cost nothing.
    if (!fragment || !isCompositeType(on) || this.visiting.has(name)) return new Map();
    this.visiting.add(name);
    const costs = this.costsByType(fragment.selectionSet, on);
    this.visiting.delete(name);
    this.fragmentCosts.set(name, costs);
    return costs;
  }

  private fieldCost(node: FieldNode, parentType: GraphQLCompositeType): number {
    const field = fieldDefinition(this.schema, parentType, node.name.value);
    if (!field) return 0; // unknown fields are refused by validation
    const args = asUserInput(node, () => getArgumentValues(field, node, this.variables));
    const named = getNamedType(field.type);
    const childCost = node.selectionSet && isCompositeType(named) ? this.selectionCost(node.selectionSet, named) : 0;
    return this.estimate({ parentType, field, args, childCost });
  }

  private included(selection: SelectionNode): boolean {
    return asUserInput(selection, () => {
      if (getDirectiveValues(GraphQLSkipDirective, selection, this.variables)?.if === true) return false;
      return getDirectiveValues(GraphQLIncludeDirective, selection, this.variables)?.if !== false;
    });
  }
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/**
 * Runs an argument read. Validation and variable coercion leave little that can fail here; what
 * does (e.g. null for a non-null argument through a variable with a default) is the client's input.
 */
function asUserInput<T>(node: SelectionNode, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const field = node.kind === Kind.FIELD ? { field: node.name.value } : {};
    throw new AppError(error.message, ErrorCode.BadUserInput, { ...field, http: { status: 400 } });
  }
}
