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
      const depths = new DepthMeter(fragments);
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
          const depth = depths.depthOf(node.selectionSet);
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

/**
 * Depth of selection sets, following fragment spreads. Each fragment's depth is computed once and
 * remembered, so the work is linear in the document: re-walking a fragment at every spread doubles
 * per level of fragments that spread the next one twice (issue 15). A fragment on a cycle counts
 * as 0 there (validation refuses cycles anyway).
 */
class DepthMeter {
  private readonly depths = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  depthOf(selectionSet: SelectionSetNode | undefined): number {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? 1 + this.depthOf(selection.selectionSet) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, this.depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, this.fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  }

  private fragmentDepth(name: string): number {
    const known = this.depths.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.visiting.has(name)) return 0;
    this.visiting.add(name);
    const depth = this.depthOf(fragment.selectionSet);
    this.visiting.delete(name);
    this.depths.set(name, depth);
    return depth;
  }
}

function limitError(message: string, code: LimitCode, limit: number, actual: number, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { limitCode: code, limit, actual } });
}
