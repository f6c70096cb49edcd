import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context';
import { DEFAULT_PAGE_SIZE } from '../resolvers/pagination';

/** Lists without a `first` argument (relationship lists of one entity) are assumed this long. */
export const ASSUMED_LIST_LENGTH = 10;

/**
 * Cost of a field (Shopify-style): 1, plus its children's cost times the number of items it can
 * return — `first` (from a literal *or a variable*), or ASSUMED_LIST_LENGTH for other lists.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  if (field.args.some((argument) => argument.name === 'first')) {
    return 2 + Math.max(0, first ?? DEFAULT_PAGE_SIZE) * Math.max(1, childComplexity);
  }
  const isList = /^\[/.test(String(field.type).replace(/!$/, ''));
  return 1 + (isList ? ASSUMED_LIST_LENGTH : 1) * childComplexity;
};

/**
 * Computes the cost of the operation with the request's variables, after validation and before
 * execution, and refuses it with MAX_COST_EXCEEDED (cost and maximum in `extensions`).
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName,
            estimators: [listAwareEstimator],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}.`, {
              extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
