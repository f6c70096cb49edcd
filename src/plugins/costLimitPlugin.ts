import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../resolvers/pagination';

/** Lists without a `first` argument (relationship lists of one entity) are assumed this long. */
export const ASSUMED_LIST_LENGTH = 10;

/**
 * Cost of a field (Shopify-style): 1, plus its children's cost times the number of items it can
 * return — `first` (from a literal *or a variable*; `limit` scales a subgraph's lists), or
 * ASSUMED_LIST_LENGTH for other lists. Page sizes outside 0..MAX_PAGE_SIZE are collected in
 * `oversized`, so they are refused before execution too.
 */
interface Oversized { field: string; first: number }

function listAwareEstimator(oversized: Oversized[]): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // A connection's nodes and edges are the page that `first` already counted.
    if (type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) return 1 + childComplexity;
    if (field.args.some((argument) => argument.name === 'first')) {
      const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
        oversized.push({ field: field.name, first });
        return 0;
      }
      return 2 + first * Math.max(1, childComplexity);
    }
    if (field.args.some((argument) => argument.name === 'limit')) {
      const limit = typeof args.limit === 'number' ? args.limit : ASSUMED_LIST_LENGTH;
      return 2 + Math.max(1, limit / ASSUMED_LIST_LENGTH) * childComplexity;
    }
    const isList = /^\[/.test(String(field.type).replace(/!$/, ''));
    return 1 + (isList ? ASSUMED_LIST_LENGTH : 1) * childComplexity;
  };
}

/**
 * Computes the cost of the operation with the request's variables, after validation and before
 * execution; refuses page sizes over the maximum (BAD_USER_INPUT) and costs over `maxCost`
 * (MAX_COST_EXCEEDED, with cost and maximum in `extensions`). An accepted cost is passed to
 * `onCost`, which may still refuse the request by throwing (the rate limit does).
 */
export function costLimitPlugin(maxCost: number, onCost?: (cost: number, context: Context) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const oversized: Oversized[] = [];
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName,
            estimators: [listAwareEstimator(oversized)],
          });
          const [tooLarge] = oversized;
          if (tooLarge) {
            // Same message as pageOf gives when a resolver sees it, so clients see one wording.
            throw new AppError(`first must be between 0 and ${MAX_PAGE_SIZE}, but got: ${tooLarge.first}`, ErrorCode.BadUserInput, {
              argument: 'first', field: tooLarge.field, http: { status: 400 },
            });
          }
          if (cost > maxCost) {
            throw new AppError(`Query cost ${cost} exceeds the maximum of ${maxCost}.`, ErrorCode.MaxCostExceeded, {
              cost, maxCost, http: { status: 400 },
            });
          }
          onCost?.(cost, contextValue);
        },
      };
    },
  };
}
