import type { Database } from '../db/Database';
import { EMPTY_PLAN, Plan, PrefetchedEntry, planKey, planParameters, relatedExpression } from './prefetchCypher';
import { cachedQuery, entityProjection } from './projections';
import type { Direction, ListDefinition, SortOrder } from './lists/ListDefinition';
import { RECORD_LISTS } from './lists/recordLists';
import { REFERENCE_LISTS } from './lists/referenceLists';

/** The closed set of lists the API serves. */
export const LISTS = { ...REFERENCE_LISTS, ...RECORD_LISTS };

export type ListName = keyof typeof LISTS;
type DefinitionOf<Name extends ListName> = (typeof LISTS)[Name];
export type ModelOf<Name extends ListName> = DefinitionOf<Name> extends ListDefinition<infer Model, string, string> ? Model : never;
export type ParamOf<Name extends ListName> = DefinitionOf<Name> extends ListDefinition<unknown, infer Param, string> ? Param : never;
export type SortFieldOf<Name extends ListName> = DefinitionOf<Name> extends ListDefinition<unknown, string, infer Field> ? Field : never;

export type FilterValue = string | number | boolean | readonly string[] | null | undefined;
/** Filter values by parameter name; a missing or null value leaves its condition out. */
export type ListFilter<Name extends ListName> = Partial<Record<ParamOf<Name>, FilterValue>>;
export interface ListSort<Field extends string> { field?: Field | null; direction?: Direction | null }
/** Which part of the sorted list to return. */
export interface ListSlice { offset: number; limit: number }
export interface ListPage<T> {
  items: T[];
  totalCount: number;
  /** For each item, what the plan loaded below it (one list per step of the plan). */
  related: PrefetchedEntry[][][];
}

interface CompiledQueries {
  match: string;
  /** ORDER BY text by sort field, then direction; `natural` is the field's default direction. */
  orders: Record<string, Record<Direction, string> & { natural: Direction }>;
}

interface CompiledList extends CompiledQueries {
  params: readonly string[];
  defaultSort: string;
  /** Queries anchored on a filter, used when that filter is set (first match wins). */
  anchored: Array<{ param: string; queries: CompiledQueries }>;
}

// Every query text is built here, once, from the constant definitions: a request only picks one.
const COMPILED = new Map<ListName, CompiledList>(
  (Object.keys(LISTS) as ListName[]).map((name) => [name, compile(name, LISTS[name] as ListDefinition<unknown, string, string>)]),
);

/** Reads one page of a filtered, sorted list, and the number of entities matching the filter. */
export class ListRepository {
  constructor(private readonly database: Database) {}

  /**
   * The entities of `slice` in the list's order (the requested field, then its tie-breakers, then
   * id), how many match in all, and what `plan` reaches below each entity: one query.
   */
  async page<Name extends ListName>(
    name: Name, filter: ListFilter<Name>, sort: ListSort<SortFieldOf<Name>> | null | undefined, slice: ListSlice, plan: Plan = EMPTY_PLAN,
  ): Promise<ListPage<ModelOf<Name>>> {
    const compiled = COMPILED.get(name);
    if (!compiled) throw new Error(`unknown list: ${name}`);
    const values = filter as Record<string, FilterValue>;
    const params = Object.fromEntries(compiled.params.map((param) => [param, values[param] ?? null]));
    const anchor = compiled.anchored.find(({ param }) => params[param] !== null);
    const queries = anchor?.queries ?? compiled;
    const field = sort?.field ?? compiled.defaultSort;
    const orders = queries.orders[field];
    if (!orders) throw new Error(`list ${name} cannot be sorted on ${String(sort?.field)}`);
    const direction = sort?.direction ?? orders.natural;

    const key = [name, anchor?.param ?? '', field, direction, planKey(plan)].join('|');
    const query = cachedQuery(PAGE_QUERIES, key, MAX_CACHED_PAGE_QUERIES, () => pageQuery(queries.match, orders[direction], plan));
    const [row] = await this.database.read(query, { ...planParameters(plan), ...params, offset: slice.offset, limit: slice.limit }, { metadata: { list: name } });
    const entries = (row?.page ?? []) as Array<{ node: ModelOf<Name>; related: PrefetchedEntry[][] }>;
    return { items: entries.map((entry) => entry.node), related: entries.map((entry) => entry.related), totalCount: Number(row?.totalCount ?? 0) };
  }
}

// Page query texts by list, anchor, sort and plan: few, since all of them come from constants.
const PAGE_QUERIES = new Map<string, string>();
const MAX_CACHED_PAGE_QUERIES = 1000;

/** Count and page in one query: the two subqueries read the same snapshot, so they agree. */
function pageQuery(match: string, orderBy: string, plan: Plan): string {
  return `CALL () {
  ${match}
  RETURN count(n) AS totalCount
}
CALL () {
  ${match}
  WITH * ORDER BY ${orderBy}
  SKIP $offset LIMIT $limit
  RETURN collect({node: ${entityProjection('n')}, related: ${relatedExpression(plan, 'n', 1)}}) AS page
}
RETURN totalCount, page`;
}

function compile(name: string, definition: ListDefinition<unknown, string, string>): CompiledList {
  const anchored = Object.entries(definition.anchored ?? {}).flatMap(([param, match]) => (match === undefined ? [] : [{ param, queries: queriesFor(name, definition, match) }]));
  return { params: definition.params, defaultSort: definition.defaultSort, anchored, ...queriesFor(name, definition, definition.match) };
}

function queriesFor(name: string, definition: ListDefinition<unknown, string, string>, match: string): CompiledQueries {
  // The Cypher must use exactly the declared parameters: an undeclared one would fail at run time,
  // an unused one would be a filter that silently filters nothing.
  const used = [...new Set([...match.matchAll(/\$(\w+)/g)].map((found) => found[1]))].sort();
  const declared = [...definition.params].sort();
  if (used.join() !== declared.join()) throw new Error(`list ${name}: parameters ${declared.join()} declared, but the Cypher uses ${used.join()}`);

  const orders: CompiledQueries['orders'] = {};
  for (const [field, order] of Object.entries<SortOrder>(definition.sorts)) orders[field] = { ...order };
  return { match, orders };
}
