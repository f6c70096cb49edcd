import type { Viewer } from './auth/ApiKeys';
import type { Database } from './db/Database';
import { DocumentWriter } from './ingest/DocumentWriter';
import { createLoaders, Loaders } from './loaders/createLoaders';
import type { RateLimitTicket } from './rateLimit/RateLimiter';
import { ExploreRepository } from './repositories/ExploreRepository';
import { GraphRepository } from './repositories/GraphRepository';
import { ListRepository } from './repositories/ListRepository';
import { SearchRepository } from './repositories/SearchRepository';
import { ThemeAnalyticsRepository } from './repositories/ThemeAnalyticsRepository';

/** Per-request context: fresh DataLoaders, so nothing is cached across requests. */
export interface Context {
  loaders: Loaders;
  repositories: {
    graph: GraphRepository;
    lists: ListRepository;
    themeAnalytics: ThemeAnalyticsRepository;
    search: SearchRepository;
    explore: ExploreRepository;
  };
  /** Writes documents (mutations); checks the viewer's role itself. */
  writer: DocumentWriter;
  /** Who is asking, from the API key; null when anonymous. */
  viewer: Viewer | null;
  /** Whether resolvers load what their selection follows ahead, in their own query (see loaders/selectionPlan). */
  planSelections: boolean;
  /** Set by the HTTP front; absent when operations run in-process (tests, executeOperation). */
  request?: RequestInfo;
}

/** What the HTTP front knows of a request. */
export interface RequestInfo {
  /** Sent back in the X-Request-Id header; logged with any masked error. */
  id: string;
  /** The request's rate-limit account, charged its cost once that is known. */
  rateLimit?: RateLimitTicket;
}

export interface ContextOptions {
  /** Bounds every query the request sends (see Database.withDeadline). */
  requestTimeoutMs?: number;
  viewer?: Viewer | null;
  /** false: no selection planning, every level loads through its own loader (tests compare both). */
  planSelections?: boolean;
}

export function createContext(database: Database, options: ContextOptions = {}): Context {
  const bounded = options.requestTimeoutMs === undefined ? database : database.withDeadline(options.requestTimeoutMs);
  const graph = new GraphRepository(bounded);
  return {
    loaders: createLoaders(graph, { planSelections: options.planSelections }),
    repositories: {
      graph,
      lists: new ListRepository(bounded),
      themeAnalytics: new ThemeAnalyticsRepository(bounded),
      search: new SearchRepository(bounded),
      explore: new ExploreRepository(bounded),
    },
    writer: new DocumentWriter(bounded),
    viewer: options.viewer ?? null,
    planSelections: options.planSelections ?? true,
  };
}
