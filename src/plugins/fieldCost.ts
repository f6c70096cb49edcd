import { AppError, ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../resolvers/pagination';
import type { FieldCostInput } from './operationCost';

/** Lists without a `first` argument (relationship lists of one entity) are assumed this long. */
export const ASSUMED_LIST_LENGTH = 10;

/**
 * Cost of a field (Shopify-style): 1, plus its children's cost times the number of items it can
 * return — `first` (from a literal *or a variable*; `limit` scales a subgraph's lists), or
 * ASSUMED_LIST_LENGTH for other lists. Refuses a page size outside 0..MAX_PAGE_SIZE as
 * BAD_USER_INPUT naming the argument, so it is refused before execution too.
 */
export function fieldCost({ parentType, field, args, childCost }: FieldCostInput): number {
  // A connection's nodes and edges are the page that `first` already counted.
  if (parentType.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) return 1 + childCost;
  if (field.args.some((argument) => argument.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      // Same message as pageOf gives when a resolver sees it, so clients see one wording.
      throw new AppError(`first must be between 0 and ${MAX_PAGE_SIZE}, but got: ${first}`, ErrorCode.BadUserInput, {
        argument: 'first', field: field.name, http: { status: 400 },
      });
    }
    return 2 + first * Math.max(1, childCost);
  }
  if (field.args.some((argument) => argument.name === 'limit')) {
    const limit = typeof args.limit === 'number' ? args.limit : ASSUMED_LIST_LENGTH;
    return 2 + Math.max(1, limit / ASSUMED_LIST_LENGTH) * childCost;
  }
  const isList = /^\[/.test(String(field.type).replace(/!$/, ''));
  return 1 + (isList ? ASSUMED_LIST_LENGTH : 1) * childCost;
}

