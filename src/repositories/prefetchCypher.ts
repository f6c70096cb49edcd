import { TRAVERSALS, type TraversalName } from './traversals';

/**
 * What to load below a set of entities: for each traversal a selection follows, the plan below
 * the entities it reaches (built from the GraphQL selection by loaders/selectionPlan).
 */
export interface Plan {
  readonly steps: ReadonlyArray<{ readonly traversal: TraversalName; readonly plan: Plan }>;
}

export const EMPTY_PLAN: Plan = { steps: [] };

/** A stable text for a plan: plans that print alike load alike (and batch together). */
export function planKey(plan: Plan): string {
  return plan.steps.map((step) => `${step.traversal}(${planKey(step.plan)})`).join(',');
}

/** One entity reached by a planned step, with what the plan loaded below it (one list per step). */
export interface PrefetchedEntry {
  node: Record<string, unknown> & { id: string };
  related: PrefetchedEntry[][];
}

// The single-letter variables of the traversal patterns and orders (a = the start, b = the target).
const PATTERN_VARIABLES = /\b([abrmip])\b/g;

/**
 * A traversal's pattern and order with its variables renamed for one nesting level, so nested
 * subqueries never shadow each other's variables. Only the constant TRAVERSALS text goes in.
 */
export function instantiate(text: string, parent: string, level: number): string {
  return text.replace(PATTERN_VARIABLES, (variable) => (variable === 'a' ? parent : `${variable}${level}`));
}

/**
 * A list expression with one element per step: the entities the step reaches from `parent`, in
 * the traversal's order, each as {node, related} — the same projection as GraphRepository.traverse,
 * so primed loaders hold exactly what they would have loaded.
 */
export function relatedExpression(plan: Plan, parent: string, level: number): string {
  if (plan.steps.length === 0) return '[]';
  const subqueries = plan.steps.map(({ traversal, plan: below }) => {
    const { pattern, order } = TRAVERSALS[traversal];
    const b = `b${level}`;
    const r = `r${level}`;
    return `COLLECT { MATCH ${instantiate(pattern, parent, level)} WITH ${b}, ${r} ORDER BY ${instantiate(order, parent, level)}
      RETURN {node: ${b} {.*, searchText: null, labels: labels(${b}), via: {type: type(${r}), props: properties(${r})}},
              related: ${relatedExpression(below, b, level + 1)}} }`;
  });
  return `[${subqueries.join(',\n    ')}]`;
}

/** Entities by id, each with everything `plan` reaches below it, in one query. */
export function prefetchQuery(plan: Plan): string {
  return `UNWIND $ids AS key
    MATCH (a0:Entity {id: key})
    RETURN key, a0 {.*, searchText: null, labels: labels(a0)} AS node, ${relatedExpression(plan, 'a0', 1)} AS related`;
}
