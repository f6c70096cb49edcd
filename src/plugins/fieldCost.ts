import { AppError, ErrorCode } from '../errors';
import { MAX_DEPTH, MAX_HOPS } from '../repositories/ExploreRepository';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../resolvers/pagination';
import { checkListLengths } from './inputLimits';
import type { FieldCostInput } from './operationCost';

/** Lists without a `first` argument (relationship lists of one entity) are assumed this long. */
export const ASSUMED_LIST_LENGTH = 10;

/** The cost of one traversal, aggregate or full-text query over the graph (see QUERY_COSTS). */
export const GRAPH_QUERY_COST = 2_500;

/**
 * Root fields that each send a query of their own over much of the graph: loaders cannot batch
 * them across aliases, and their work does not shrink with the selection. Each costs its query,
 * in GRAPH_QUERY_COST units, so that the most the cost limit admits of them takes about as long as
 * the most expensive list query it admits (docs/hardening.md has the figures), not 30 of them
 * (30 aliased `neighbourhood` calls held the server for 4 s, issue 15). Out-of-range arguments
 * are costed at their bound: the resolver refuses them, naming the argument.
 */
export const QUERY_COSTS: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  // Null stands for the resolver's default: depth 1, maxHops MAX_HOPS.
  neighbourhood: (args) => GRAPH_QUERY_COST * bounded(args.depth, 1, MAX_DEPTH, 1),
  connections: (args) => (GRAPH_QUERY_COST / 2) * bounded(args.maxHops, 1, MAX_HOPS, MAX_HOPS),
  search: () => GRAPH_QUERY_COST,
  themeAcrossMeetings: () => GRAPH_QUERY_COST,
  jurisdictionThemes: () => GRAPH_QUERY_COST,
  themeJurisdictionMatrix: () => GRAPH_QUERY_COST,
  themesPerMeeting: () => GRAPH_QUERY_COST,
  themeTrends: () => GRAPH_QUERY_COST,
};

/**
 * Cost of a field (Shopify-style): 1, plus its children's cost times the number of items it can
 * return — `first` (from a literal *or a variable*; `limit` scales a subgraph's lists), or
 * ASSUMED_LIST_LENGTH for other lists — plus its QUERY_COSTS entry. Refuses, as BAD_USER_INPUT
 * naming the argument, a page size outside 0..MAX_PAGE_SIZE and an overlong list argument, so
 * both are refused before execution.
 */
export function fieldCost({ parentType, field, args, childCost }: FieldCostInput): number {
  checkListLengths(field.name, args);
  const query = parentType.name === 'Query' ? QUERY_COSTS[field.name]?.(args) ?? 0 : 0;
  return query + itemsCost({ parentType, field, args, childCost });
}

function itemsCost({ parentType, field, args, childCost }: FieldCostInput): number {
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

function bounded(value: unknown, min: number, max: number, otherwise: number): number {
  return typeof value === 'number' ? Math.min(max, Math.max(min, value)) : otherwise;
}
