import type { Database } from '../db/Database';
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

export type FilterValue = string | boolean | readonly string[] | null | undefined;
/** Filter values by parameter name; a missing or null value leaves its condition out. */
export type ListFilter<Name extends ListName> = Partial<Record<ParamOf<Name>, FilterValue>>;
export interface ListSort<Field extends string> { field?: Field | null; direction?: Direction | null }
/** Which part of the sorted list to return. */
export interface ListSlice { offset: number; limit: number }
export interface ListPage<T> { items: T[]; totalCount: number }

interface CompiledQueries {
  count: string;
  /** Page query text by sort field, then direction; `natural` is the field's default direction. */
  pages: Record<string, Record<Direction, string> & { natural: Direction }>;
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
   * id), and how many match in all. Both are read in one transaction, so they agree.
   */
  async page<Name extends ListName>(name: Name, filter: ListFilter<Name>, sort: ListSort<SortFieldOf<Name>> | null | undefined, slice: ListSlice): Promise<ListPage<ModelOf<Name>>> {
    const compiled = COMPILED.get(name);
    if (!compiled) throw new Error(`unknown list: ${name}`);
    const values = filter as Record<string, FilterValue>;
    const params = Object.fromEntries(compiled.params.map((param) => [param, values[param] ?? null]));
    const queries = compiled.anchored.find(({ param }) => params[param] !== null)?.queries ?? compiled;
    const pages = queries.pages[sort?.field ?? compiled.defaultSort];
    if (!pages) throw new Error(`list ${name} cannot be sorted on ${String(sort?.field)}`);
    const pageQuery = pages[sort?.direction ?? pages.natural];

    return this.database.readTransaction(async (tx) => {
      const rows = await tx.run(pageQuery, { ...params, offset: slice.offset, limit: slice.limit });
      const [count] = await tx.run(queries.count, params);
      return { items: rows.map((row) => row.node as ModelOf<Name>), totalCount: Number(count?.totalCount ?? 0) };
    }, { metadata: { list: name } });
  }
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

  const page = (orderBy: string) => [match, `WITH * ORDER BY ${orderBy}`, 'SKIP $offset LIMIT $limit', 'RETURN n {.*, labels: labels(n)} AS node'].join('\n');
  const pages: CompiledQueries['pages'] = {};
  for (const [field, order] of Object.entries<SortOrder>(definition.sorts)) {
    pages[field] = { ASC: page(order.ASC), DESC: page(order.DESC), natural: order.natural };
  }
  return { count: `${match}\nRETURN count(n) AS totalCount`, pages };
}
