import DataLoader from 'dataloader';
import type { EntityModel } from '../models';
import type { GraphRepository } from '../repositories/GraphRepository';
import type { Related, TargetOf, TraversalName } from '../repositories/traversals';

export interface Loaders {
  /** Entities by id; null for an unknown id. */
  entityById: DataLoader<string, EntityModel | null>;
  /** The loader of one named traversal: for an id, the related entities in the traversal's order. */
  related<Name extends TraversalName>(name: Name): DataLoader<string, Array<Related<TargetOf<Name>>>>;
}

/**
 * New loaders for every request: each loader batches the keys asked for in one tick into one
 * Cypher query, and caches results only for the life of the request.
 */
export function createLoaders(repository: GraphRepository): Loaders {
  const traversalLoaders = new Map<TraversalName, DataLoader<string, unknown>>();
  return {
    entityById: new DataLoader((ids) => repository.entitiesById(ids)),
    related<Name extends TraversalName>(name: Name) {
      let loader = traversalLoaders.get(name);
      if (!loader) {
        loader = new DataLoader<string, unknown>((ids) => repository.traverse(name, ids));
        traversalLoaders.set(name, loader);
      }
      return loader as DataLoader<string, Array<Related<TargetOf<Name>>>>;
    },
  };
}
