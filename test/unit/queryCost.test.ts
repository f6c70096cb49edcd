import { buildSchema, getOperationAST, getVariableValues, parse, validate, type GraphQLSchema } from 'graphql';
import { AppError } from '../../src/errors';
import { documentLimitRules } from '../../src/plugins/documentLimitRules';
import { fieldCost, GRAPH_QUERY_COST } from '../../src/plugins/fieldCost';
import { checkListLengths, MAX_LIST_LENGTH } from '../../src/plugins/inputLimits';
import { DEFAULT_LIMITS } from '../../src/plugins/limits';
import { operationCost, type FieldEstimator } from '../../src/plugins/operationCost';
import { loadTypeDefs } from '../../src/schema';

const schema: GraphQLSchema = buildSchema(loadTypeDefs());

function costOf(query: string, variables: Record<string, unknown> = {}, estimate: FieldEstimator = fieldCost): number {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('expected one operation');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return operationCost(schema, document, operation, coerced.coerced, estimate);
}

/** `levels` fragments, each spreading the one below it twice: 2^levels uses of F0 from 25 lines. */
function doublingFragments(levels: number): string {
  const fragments = ['fragment F0 on Jurisdiction { id name }'];
  for (let level = 1; level <= levels; level++) fragments.push(`fragment F${level} on Jurisdiction { ...F${level - 1} ...F${level - 1} }`);
  return `{ node(id: "CA-BC") { ...F${levels} } } ${fragments.join(' ')}`;
}

describe('operationCost', () => {
  it('costs each fragment once however often it is spread, so 25 doubling levels take a few estimates, and the cost doubles per level', () => {
    const estimated: string[] = [];
    const counting: FieldEstimator = (input) => {
      estimated.push(input.field.name);
      return fieldCost(input);
    };
    const cost = costOf(doublingFragments(25), {}, counting);
    expect(estimated).toEqual(['id', 'name', 'node']);
    expect(cost).toBe(1 + 2 ** 25 * 2);
    expect(cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('gives a fragment the cost of its fields written out', () => {
    const inline = '{ people(first: 10) { nodes { name statements { summary themes { id } } } } }';
    const withFragments = '{ people(first: 10) { nodes { ...P } } } fragment P on Person { name statements { ...S } } fragment S on Statement { summary themes { id } }';
    expect(costOf(withFragments)).toBe(costOf(inline));
    expect(costOf(inline)).toBe(2 + 10 * (1 + 1 + (1 + 10 * (1 + (1 + 10 * 1)))));
  });

  it('leaves out what @skip and @include leave out', () => {
    const query = 'query($deep: Boolean!) { people(first: 10) { nodes { name statements @include(if: $deep) { summary } } } }';
    expect(costOf(query, { deep: false })).toBe(2 + 10 * 2);
    expect(costOf(query, { deep: true })).toBe(2 + 10 * (2 + 1 + 10));
  });

  it('costs an abstract field as its most expensive possible type', () => {
    const query = '{ node(id: "x") { id ... on Person { statements { summary } } ... on Meeting { title } } }';
    expect(costOf(query)).toBe(1 + (1 + (1 + 10 * 1)));
  });

  it('counts `first` given as a variable', () => {
    const query = 'query($n: Int) { people(first: $n) { nodes { name } } }';
    expect(costOf(query, { n: 100 })).toBe(2 + 100 * 2);
    expect(() => costOf(query, { n: 101 })).toThrow(/first must be between 0 and 100, but got: 101/);
  });
});

describe('fieldCost of queries over the graph', () => {
  const neighbourhood = (args: string) => `neighbourhood(id: "body-osab", ${args}) { nodes { id } edges { from } truncated }`;
  const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it('costs a neighbourhood by its depth, so 30 aliased ones are over the limit and 4 as deep as the dashboard goes are not', () => {
    expect(costOf(`{ ${neighbourhood('depth: 2')} }`) - costOf(`{ ${neighbourhood('depth: 1')} }`)).toBe(GRAPH_QUERY_COST);
    expect(costOf(aliased(30, neighbourhood('depth: 1')))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(costOf(aliased(4, neighbourhood('depth: 2, limit: 60')))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it('costs an out-of-range depth at its bound, so that the resolver refuses it by name', () => {
    expect(costOf(`{ ${neighbourhood('depth: 1000')} }`)).toBe(costOf(`{ ${neighbourhood('depth: 2')} }`));
  });

  it('costs search and the theme analytics as a query each', () => {
    expect(costOf(aliased(30, 'search(query: "x", first: 1) { totalCount }'))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(costOf(aliased(30, 'themeJurisdictionMatrix { themes { id } }'))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

describe('checkListLengths', () => {
  const ids = (count: number) => Array.from({ length: count }, (_, i) => `id-${i}`);

  it(`accepts lists of up to ${MAX_LIST_LENGTH} items`, () => {
    expect(() => checkListLengths('themeJurisdictionMatrix', { themeIds: ids(MAX_LIST_LENGTH) })).not.toThrow();
  });

  it('refuses a longer list with BAD_USER_INPUT naming the argument, inside input objects too', () => {
    expect(() => checkListLengths('themeJurisdictionMatrix', { themeIds: ids(50_000) })).toThrow('themeIds may hold at most 100 items, but got: 50000');
    try {
      checkListLengths('actionItems', { filter: { bodyId: 'x', status: Array(101).fill('OPEN') } });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.status', field: 'actionItems' });
    }
  });

  it('names a long list inside a list by its index', () => {
    expect(() => checkListLengths('f', { rows: [[1], ids(101)] })).toThrow(/^rows\[1\] may hold/);
  });
});

describe('the depth rule', () => {
  const depthErrors = (query: string) => validate(schema, parse(query), documentLimitRules(DEFAULT_LIMITS))
    .filter((error) => error.extensions.limitCode === 'QUERY_TOO_DEEP');

  it('measures a fragment spread in several places at each of them', () => {
    const shared = 'fragment B on Jurisdiction { partOf { partOf { id } } }';
    const nested = (extra: number) => `${'partOf { '.repeat(extra)}...B${' }'.repeat(extra)}`;
    // node (1) + 9 more levels through the second spread of B + B's own 3 = 13 > 12.
    const query = `{ node(id: "CA-BC") { ... on Jurisdiction { ${nested(0)} x: ${nested(9)} } } } ${shared}`;
    expect(depthErrors(query).map((error) => error.extensions.actual)).toEqual([13]);
  });

  it('measures 25 doubling levels of fragments without walking each use (which took tens of seconds)', () => {
    const started = performance.now();
    expect(depthErrors(doublingFragments(25))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
