import type { Database } from '../db/Database';
import type { EntityWithProps } from '../models/search';
import { luceneQueries } from './luceneQuery';

/** The search keeps at most this many hits (the best ones); `totalCount` never exceeds it. */
export const MAX_SEARCH_HITS = 1000;

/**
 * Full-text query on `entity_search` (names, titles, texts) and `passage_search` (the passages that
 * quote each record, in every version of the minutes). An entity found both ways counts its best
 * score; the cap keeps the best hits of the wanted kinds, ties broken by id so that cursors are stable.
 */
const SEARCH = `
  CALL () {
    // Each index yields its hits best first: each branch stops at the cap, as one index alone did.
    CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
    WHERE any(label IN labels(node) WHERE label IN $labels)
    RETURN node, score LIMIT $cap
    UNION ALL
    // A record found by a passage that quotes it (its own, or another version's).
    CALL db.index.fulltext.queryRelationships('passage_search', $query) YIELD relationship, score
    WITH startNode(relationship) AS node, score
    WHERE any(label IN labels(node) WHERE label IN $labels)
    RETURN node, score LIMIT $cap
  }
  WITH node, max(score) AS score
  WITH node, score ORDER BY score DESC, node.id LIMIT $cap
  WITH collect({node: node, score: score}) AS hits
  RETURN size(hits) AS total,
         COLLECT {
           // searchText only feeds the index: not read back.
           UNWIND range($offset, $offset + $limit - 1) AS position
           WITH position, hits[position] AS hit WHERE hit IS NOT NULL
           WITH position, hit.node AS n, hit.score AS score ORDER BY position
           RETURN {props: n {.*, searchText: null}, labels: labels(n), score: score}
         } AS page`;

export interface SearchResult {
  total: number;
  hits: Array<{ entity: EntityWithProps; score: number }>;
  /** True when the strict query found nothing and these are the prefix/typo fallback's hits. */
  relaxed: boolean;
}

export class SearchRepository {
  constructor(private readonly database: Database) {}

  /**
   * One page of the entities with one of `labels` matching every word (see luceneQuery), best
   * first. A second query, with prefixes and typos allowed, runs only when the first finds nothing.
   */
  async search(words: readonly string[], labels: readonly string[], page: { offset: number; limit: number }): Promise<SearchResult> {
    const queries = luceneQueries(words);
    const strict = await this.run(queries.strict, labels, page);
    if (strict.total > 0) return { ...strict, relaxed: false };
    return { ...(await this.run(queries.relaxed, labels, page)), relaxed: true };
  }

  private async run(query: string, labels: readonly string[], page: { offset: number; limit: number }): Promise<Omit<SearchResult, 'relaxed'>> {
    const params = { query, labels, cap: MAX_SEARCH_HITS, offset: page.offset, limit: page.limit };
    const [result] = await this.database.read(SEARCH, params, { metadata: { query: 'search' } });
    const rows = (result?.page ?? []) as Array<{ props: Record<string, unknown>; labels: string[]; score: number }>;
    const hits = rows.map(({ props, labels: nodeLabels, score }) => ({ entity: { ...props, labels: nodeLabels } as EntityWithProps, score }));
    return { total: Number(result?.total ?? 0), hits };
  }
}
