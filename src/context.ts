import type { Database } from './db/Database';
import { createLoaders, Loaders } from './loaders/createLoaders';
import { GraphRepository } from './repositories/GraphRepository';
import { ThemeAnalyticsRepository } from './repositories/ThemeAnalyticsRepository';

/** Per-request context: fresh DataLoaders, so nothing is cached across requests. */
export interface Context {
  loaders: Loaders;
  repositories: { graph: GraphRepository; themeAnalytics: ThemeAnalyticsRepository };
}

/** `requestTimeoutMs` bounds every query the request sends (see Database.withDeadline). */
export function createContext(database: Database, requestTimeoutMs?: number): Context {
  const bounded = requestTimeoutMs === undefined ? database : database.withDeadline(requestTimeoutMs);
  const graph = new GraphRepository(bounded);
  return { loaders: createLoaders(graph), repositories: { graph, themeAnalytics: new ThemeAnalyticsRepository(bounded) } };
}
