import { entityProjection } from './projections';
import { TRAVERSALS, type TraversalName } from './traversals';

/**
 * What to load below a set of entities: for each traversal a selection follows, the plan below
 * the entities it reaches (built from the GraphQL selection by loaders/selectionPlan).
 */
export interface Plan {
  /** The properties to read of the entities at this level; null: all of them. */
  readonly properties: readonly string[] | null;
  readonly steps: readonly PlanStep[];
}

export interface PlanStep {
  readonly traversal: TraversalName;
  /** The date of a traversal that takes one (its `where` reads `$asOf`). */
  readonly asOf?: string;
  readonly plan: Plan;
}

export const EMPTY_PLAN: Plan = { properties: null, steps: [] };

/** A stable text for a plan: plans that print alike load alike (and batch together). */
export function planKey(plan: Plan): string {
  const properties = plan.properties === null ? '*' : plan.properties.join(' ');
  // Dates are parameters, not text: the key says only that there is one.
  return `[${properties}]` + plan.steps.map((step) => `${step.traversal}${step.asOf === undefined ? '' : '@'}(${planKey(step.plan)})`).join(',');
}

/**
 * The parameter values of a plan's steps, named by their place in the plan (as relatedExpression
 * names them): `asOf_<prefix>_<step>_<step>…`.
 */
export function planParameters(plan: Plan, prefix = 'p'): Record<string, string> {
  const values: Record<string, string> = {};
  plan.steps.forEach((step, index) => {
    const name = `${prefix}_${index}`;
    if (step.asOf !== undefined) values[`asOf_${name}`] = step.asOf;
    Object.assign(values, planParameters(step.plan, name));
  });
  return values;
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
export function relatedExpression(plan: Plan, parent: string, level: number, prefix = 'p'): string {
  if (plan.steps.length === 0) return '[]';
  const subqueries = plan.steps.map(({ traversal, plan: below, asOf }, index) => {
    const { pattern, order, via, where } = TRAVERSALS[traversal];
    const b = `b${level}`;
    const r = `r${level}`;
    const name = `${prefix}_${index}`;
    if (where !== undefined && asOf === undefined) throw new Error(`traversal ${traversal} needs a date`);
    const condition = where === undefined ? '' : ` WHERE ${instantiate(where, parent, level).replace(/\$asOf\b/g, `$asOf_${name}`)}`;
    return `COLLECT { MATCH ${instantiate(pattern, parent, level)}${condition} WITH ${b}, ${r} ORDER BY ${instantiate(order, parent, level)}
      RETURN {node: ${entityProjection(b, below.properties, via ? r : undefined)},
              related: ${relatedExpression(below, b, level + 1, name)}} }`;
  });
  return `[${subqueries.join(',\n    ')}]`;
}

/** Entities by id, each with everything `plan` reaches below it, in one query. */
export function prefetchQuery(plan: Plan): string {
  return `UNWIND $ids AS key
    MATCH (a0:Entity {id: key})
    RETURN key, ${entityProjection('a0', plan.properties)} AS node, ${relatedExpression(plan, 'a0', 1)} AS related`;
}
