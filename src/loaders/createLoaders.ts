import DataLoader from 'dataloader';
import type { EntityModel } from '../models';
import type { GraphRepository } from '../repositories/GraphRepository';
import { planKey, type Plan, type PrefetchedEntry } from '../repositories/prefetchCypher';
import type { Related, TargetOf, TraversalName } from '../repositories/traversals';

export interface Loaders {
  /** Entities by id; null for an unknown id. */
  entityById: DataLoader<string, EntityModel | null>;
  /**
   * The loader of one named traversal: for an id, the related entities in the traversal's order.
   * `asOf` is the date of a traversal that takes one (a loader per date).
   */
  related<Name extends TraversalName>(name: Name, asOf?: string | null): DataLoader<string, Array<Related<TargetOf<Name>>>>;
  /**
   * Entities by id, loading everything `plan` reaches below them in the same query and priming
   * the traversal loaders with it, so the resolvers below find their answers already loaded.
   */
  planned(plan: Plan): DataLoader<string, EntityModel | null>;
  /** Primes `entityById` with an entity a query read (a projection's nulls dropped, see withoutNulls). */
  primeEntity(node: EntityModel): void;
  /** Primes the traversal loaders below `id` with what a query loaded for `plan` (lists do). */
  prime(plan: Plan, id: string, related: PrefetchedEntry[][]): void;
}

export interface LoaderOptions {
  /** false: every level loads through its own loader (a query per level); for comparisons in tests. */
  planSelections?: boolean;
}

/**
 * New loaders for every request: each loader batches the keys asked for in one tick into one
 * Cypher query, and caches results only for the life of the request.
 */
export function createLoaders(repository: GraphRepository, options: LoaderOptions = {}): Loaders {
  const traversalLoaders = new Map<string, DataLoader<string, unknown>>();
  const plannedLoaders = new Map<string, DataLoader<string, EntityModel | null>>();
  const entityById = new DataLoader<string, EntityModel | null>((ids) => repository.entitiesById(ids));

  const related = <Name extends TraversalName>(name: Name, asOf: string | null = null) => {
    const key = asOf === null ? name : `${name}@${asOf}`;
    let loader = traversalLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown>((ids) => repository.traverse(name, ids, asOf));
      traversalLoaders.set(key, loader);
    }
    return loader as DataLoader<string, Array<Related<TargetOf<Name>>>>;
  };

  const prime = (plan: Plan, parentId: string, lists: PrefetchedEntry[][]) => {
    plan.steps.forEach((step, index) => {
      const entries = lists[index] ?? [];
      related(step.traversal, step.asOf).prime(parentId, entries.map((entry) => withoutNulls(entry.node)) as never);
      for (const entry of entries) prime(step.plan, entry.node.id, entry.related);
    });
  };

  return {
    entityById,
    related,
    prime,
    primeEntity: (node) => void entityById.prime(node.id, withoutNulls(node)),
    planned(plan) {
      if (plan.steps.length === 0 || options.planSelections === false) return entityById;
      const key = planKey(plan);
      let loader = plannedLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const roots = await repository.prefetch(ids, plan, key);
          return roots.map((root, index) => {
            const id = ids[index] as string;
            const node = root ? (withoutNulls(root.node) as EntityModel) : null;
            entityById.prime(id, node);
            if (root) prime(plan, id, root.related);
            return node;
          });
        });
        plannedLoaders.set(key, loader);
      }
      return loader;
    },
  };
}

/**
 * A projection of named properties reads a missing one as null, where the whole-node projection
 * leaves it out (Neo4j stores no nulls); dropping nulls makes both the same model.
 */
function withoutNulls<T extends object>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== null)) as T;
}
