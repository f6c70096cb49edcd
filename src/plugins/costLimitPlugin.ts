import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind } from 'graphql';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../errors';
import { fieldCost } from './fieldCost';
import { operationCost } from './operationCost';

export interface CostLimitOptions {
  maxCost: number;
  /** Leave "Did you mean …?" out of variable errors, as Apollo does for validation errors when introspection is off. */
  hideSuggestions: boolean;
  /** Given each accepted cost; may still refuse the request by throwing (the rate limit does). */
  onCost?: (cost: number, context: Context) => void;
}

/**
 * Checks the operation after validation and before execution: coerces its variables (a bad one is
 * BAD_USER_INPUT naming the variable, HTTP 400, where graphql's own error thrown here was a 500), then
 * computes its cost with them (fieldCost: page sizes and list lengths refused as BAD_USER_INPUT
 * naming the argument) and refuses a cost over `maxCost` (MAX_COST_EXCEEDED, with cost and
 * maximum in `extensions`). An accepted cost is passed to `onCost`.
 */
export function costLimitPlugin({ maxCost, hideSuggestions, onCost }: CostLimitOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          // No operation to run (e.g. several and no operationName): execution answers that.
          if (!operation) return;
          // Coerced here because the cost depends on them; execution would refuse the same values.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (coerced.errors) {
            const [error] = coerced.errors;
            const variable = error?.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION ? error.nodes[0].variable.name.value : undefined;
            const message = error?.message ?? 'invalid variables';
            throw new AppError(hideSuggestions ? withoutSuggestions(message) : message, ErrorCode.BadUserInput, { variable, http: { status: 400 } });
          }
          const cost = operationCost(schema, document, operation, coerced.coerced, fieldCost);
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

/** The same pattern as Apollo's DisableSuggestions plugin. */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}
