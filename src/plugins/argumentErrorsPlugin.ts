import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode, type ValueNode } from 'graphql';
import type { Context } from '../context';

/**
 * Names the argument in validation errors about a literal value (`from: "2020-13-45"`, `first: 1.5`,
 * an unknown enum value): graphql-js reports only the value and its location. The message gains
 * `Argument "filter.from": ` in front; the code stays GRAPHQL_VALIDATION_FAILED (HTTP 400).
 */
export function argumentErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors) => {
            if (!errors?.length) return;
            const paths = argumentPaths(document);
            for (const error of errors) {
              const node = error instanceof GraphQLError && error.nodes?.length === 1 ? error.nodes[0] : undefined;
              const path = node && paths.get(node);
              if (path) error.message = `${path}: ${error.message}`;
            }
          };
        },
      };
    },
  };
}

/** Every literal value in argument position (and in variable defaults), with the words that name it. */
function argumentPaths(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const walk = (value: ValueNode, what: string, path: string) => {
    paths.set(value, `${what} "${path}"`);
    if (value.kind === Kind.LIST) value.values.forEach((item, index) => walk(item, what, `${path}[${index}]`));
    if (value.kind === Kind.OBJECT) for (const field of value.fields) walk(field.value, what, `${path}.${field.name.value}`);
  };
  visit(document, {
    Argument(node) {
      walk(node.value, 'Argument', node.name.value);
    },
    VariableDefinition(node) {
      if (node.defaultValue) walk(node.defaultValue, 'Variable', `$${node.variable.name.value}`);
    },
  });
  return paths;
}
