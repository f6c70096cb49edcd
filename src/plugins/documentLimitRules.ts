import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';
import { LimitCode } from '../errors';
import type { QueryLimits } from './limits';

/**
 * Validation rules that refuse oversized documents: length, depth, aliases and directives. Each
 * error carries `limitCode`, which formatError turns into the client's `extensions.code`
 * (Apollo labels every validation error GRAPHQL_VALIDATION_FAILED).
 */
export function documentLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    (context) => {
      const document = context.getDocument();
      const length = document.loc?.source.body.length ?? 0;
      if (length > limits.maxCharacters) {
        context.reportError(limitError(`Query has ${length} characters; at most ${limits.maxCharacters} are allowed.`, 'QUERY_TOO_LARGE', limits.maxCharacters, length));
        return {};
      }
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      let aliases = 0;
      let directives = 0;
      return {
        Field(node) {
          if (node.alias) aliases += 1;
        },
        Directive() {
          directives += 1;
        },
        OperationDefinition(node) {
          const depth = depthOf(node.selectionSet, fragments, new Set());
          if (depth > limits.maxDepth) {
            context.reportError(limitError(`Query depth ${depth} exceeds the maximum of ${limits.maxDepth}.`, 'QUERY_TOO_DEEP', limits.maxDepth, depth, node));
          }
        },
        Document: {
          leave() {
            if (aliases > limits.maxAliases) {
              context.reportError(limitError(`Query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed.`, 'TOO_MANY_ALIASES', limits.maxAliases, aliases));
            }
            if (directives > limits.maxDirectives) {
              context.reportError(limitError(`Query uses ${directives} directives; at most ${limits.maxDirectives} are allowed.`, 'TOO_MANY_DIRECTIVES', limits.maxDirectives, directives));
            }
          },
        },
      };
    },
  ];
}

/** Depth of a selection set, following fragment spreads (a cycle counts once; validation rejects cycles). */
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

function limitError(message: string, code: LimitCode, limit: number, actual: number, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { limitCode: code, limit, actual } });
}
