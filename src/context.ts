import type { Database } from './db/Database';
import { createLoaders, Loaders } from './loaders/createLoaders';
import { GraphRepository } from './repositories/GraphRepository';

/** Per-request context: fresh DataLoaders, so nothing is cached across requests. */
export interface Context {
  loaders: Loaders;
  repositories: { graph: GraphRepository };
}

export function createContext(database: Database): Context {
  const graph = new GraphRepository(database);
  return { loaders: createLoaders(graph), repositories: { graph } };
}
