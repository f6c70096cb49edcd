import { getNamedType, isLeafType, isObjectType, type GraphQLNamedType, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { concreteTypes, subfields, type Walk } from './selectionWalk';

/**
 * The properties a planned query reads of an entity: those behind every field the *whole
 * operation* selects on its type, not only the fields below one resolver. A primed loader serves
 * every resolver of the request that follows the same traversal, so what it holds must do for
 * all of them.
 */

/**
 * Read by resolvers beyond their own field: filters (`asOf` → dates, `role`, `status`), previous
 * and next meetings (date); and always the id.
 */
const ALWAYS = ['id', 'role', 'status', 'startDate', 'endDate', 'date', 'listed', 'basis', 'type', 'language'];

/** Fields whose resolvers read properties under other names. */
const WRAPPERS: Readonly<Record<string, readonly string[]>> = {
  evidence: ['quote', 'lineStart', 'lineEnd'],
  evidences: ['quote', 'lineStart', 'lineEnd'],
  statusEvidence: ['statusQuote', 'statusLineStart', 'statusLineEnd', 'statusSource'],
  noDiscussionEvidence: ['noDiscussionQuote', 'noDiscussionLineStart', 'noDiscussionLineEnd'],
  inferences: ['inferences'],
  continuation: ['continuationQuote', 'continuationLineStart', 'continuationLineEnd'],
  endTimeEvidence: ['endTimeQuote', 'endTimeLineStart', 'endTimeLineEnd'],
  reason: ['inferences'],
  overdue: ['dueBy'],
};

// Operation ASTs are cached by Apollo per query text, so this caches across requests too.
const FIELDS_BY_TYPE = new WeakMap<OperationDefinitionNode, Map<string, Set<string>>>();

export function selectedProperties(info: GraphQLResolveInfo, type: GraphQLNamedType): string[] {
  const usage = fieldsByType(info);
  const properties = new Set(ALWAYS);
  for (const typeName of concreteTypes(info.schema, type)) {
    const owner = info.schema.getType(typeName);
    if (!isObjectType(owner)) continue;
    for (const name of usage.get(typeName) ?? []) {
      const field = owner.getFields()[name];
      if (!field) continue;
      for (const property of WRAPPERS[name] ?? []) properties.add(property);
      if (!isLeafType(getNamedType(field.type))) continue;
      // Localized fields are stored once per language (see resolvers/helpers localized).
      if (field.args.some((argument) => argument.name === 'lang')) {
        properties.add(`${name}En`);
        properties.add(`${name}Fr`);
      } else properties.add(name);
    }
  }
  return [...properties].sort();
}

/** Every field selected on each object type anywhere in the operation (directives ignored: a superset). */
function fieldsByType(info: GraphQLResolveInfo): Map<string, Set<string>> {
  let usage = FIELDS_BY_TYPE.get(info.operation);
  if (usage) return usage;
  usage = new Map();
  const root = info.schema.getRootType(info.operation.operation);
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variables: null };
  if (root) collect(walk, info.schema, root, [info.operation], usage);
  FIELDS_BY_TYPE.set(info.operation, usage);
  return usage;
}

function collect(walk: Walk, schema: GraphQLSchema, type: GraphQLNamedType, nodes: Parameters<typeof subfields>[2], usage: Map<string, Set<string>>): void {
  for (const typeName of concreteTypes(schema, type)) {
    const owner = schema.getType(typeName);
    if (!isObjectType(owner)) continue;
    let fields = usage.get(typeName);
    if (!fields) usage.set(typeName, (fields = new Set()));
    for (const node of subfields(walk, typeName, nodes)) {
      fields.add(node.name.value);
      const field = owner.getFields()[node.name.value];
      if (field && node.selectionSet) collect(walk, schema, getNamedType(field.type), [node], usage);
    }
  }
}
