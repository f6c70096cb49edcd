/**
 * Map projections shared by every read that returns entities, so all of them hand the loaders the
 * same model. Only constant text goes in: variable names, and property names checked below.
 */

// Property names come from the SDL's field names; anything else is refused, never written into Cypher.
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * An entity's map projection: all properties (searchText blanked: it only feeds the index), or
 * only those a selection reads — a projection reads a missing property as null, which the loaders
 * drop again, so both give the same model. `relationship` adds `via` (its type and properties).
 */
export function entityProjection(variable: string, properties: readonly string[] | null = null, relationship?: string): string {
  const via = relationship === undefined ? '' : `, via: {type: type(${relationship}), props: properties(${relationship})}`;
  if (properties === null) return `${variable} {.*, searchText: null, labels: labels(${variable})${via}}`;
  for (const property of properties) if (!PROPERTY_NAME.test(property)) throw new Error(`not a property name: ${property}`);
  return `${variable} {${[...properties.map((property) => `.${property}`), `labels: labels(${variable})`].join(', ')}${via}}`;
}

/**
 * A query text built once per key (a plan's shape, never a value): the cache is cleared when it
 * reaches `max` entries, which bounds memory should selections vary more than expected.
 */
export function cachedQuery(cache: Map<string, string>, key: string, max: number, build: () => string): string {
  let query = cache.get(key);
  if (query === undefined) {
    query = build();
    if (cache.size >= max) cache.clear();
    cache.set(key, query);
  }
  return query;
}
