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
   * `then` of what `related(name, asOf).load(id)` gives: at once (no promise) when a planned query
   * already loaded it, so the many fields below a planned root resolve synchronously.
   */
  follow<Name extends TraversalName, R = Array<Related<TargetOf<Name>>>>(
    name: Name, id: string, then?: (related: Array<Related<TargetOf<Name>>>) => R, asOf?: string | null,
  ): R | Promise<R>;
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
  // What plans primed, readable without a promise: loader key → id → related entities.
  const primedLists = new Map<string, Map<string, unknown[]>>();
  const loaderKey = (name: TraversalName, asOf: string | null | undefined) => (asOf ? `${name}@${asOf}` : name);
  const plannedLoaders = new Map<string, DataLoader<string, EntityModel | null>>();
  const entityById = new DataLoader<string, EntityModel | null>((ids) => repository.entitiesById(ids));

  const related = <Name extends TraversalName>(name: Name, asOf: string | null = null) => {
    const key = loaderKey(name, asOf);
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
      const key = loaderKey(step.traversal, step.asOf);
      let byParent = primedLists.get(key);
      if (!byParent) primedLists.set(key, (byParent = new Map()));
      // First come, first kept, as DataLoader.prime does.
      if (!byParent.has(parentId)) {
        const nodes = entries.map((entry) => withoutNulls(entry.node));
        byParent.set(parentId, nodes);
        related(step.traversal, step.asOf).prime(parentId, nodes as never);
      }
      for (const entry of entries) prime(step.plan, entry.node.id, entry.related);
    });
  };

  return {
    entityById,
    related,
    follow<Name extends TraversalName, R>(name: Name, id: string, then?: (list: Array<Related<TargetOf<Name>>>) => R, asOf: string | null = null) {
      const map = then ?? ((list: Array<Related<TargetOf<Name>>>) => list as R);
      const primed = primedLists.get(loaderKey(name, asOf))?.get(id) as Array<Related<TargetOf<Name>>> | undefined;
      return primed ? map(primed) : related(name, asOf).load(id).then(map);
    },
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
