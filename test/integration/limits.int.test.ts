import { useSeededApi } from '../support/seededApi';
import { TestApi } from '../support/graphql';

/** Hostile queries are refused before execution, each with a stable code (issue: hardening). */
const seeded = useSeededApi();

async function refused(query: string, variables: Record<string, unknown> = {}) {
  const result = await seeded.api.query(query, variables, seeded.counting);
  expect(result.data ?? null).toBeNull();
  expect(seeded.counting.reads).toEqual([]); // nothing reached the seeded.database
  return result.errors?.[0]?.extensions ?? {};
}

function nested(depth: number): string {
  let selection = 'id';
  for (let level = 0; level < depth; level++) selection = `partOf { ${selection} }`;
  return `{ node(id: "CA-BC") { ... on Jurisdiction { ${selection} } } }`;
}

it('accepts an ordinary query', async () => {
  const result = await seeded.api.query(nested(3), {}, seeded.counting);
  expect(result.errors).toBeUndefined();
});

it('refuses a query 30 levels deep', async () => {
  expect(await refused(nested(30))).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12 });
});

it('refuses 1,000 aliases', async () => {
  const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: node(id: "CA-BC") { id }`).join(' ');
  const extensions = await refused(`{ ${aliases} }`);
  expect(['TOO_MANY_ALIASES', 'GRAPHQL_PARSE_FAILED']).toContain(extensions.code);
});

it('refuses 40 aliases (under the token limit) as TOO_MANY_ALIASES', async () => {
  const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ');
  expect(await refused(`{ ${aliases} }`)).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 30, actual: 40 });
});

it('refuses a token bomb before validating it', async () => {
  const extensions = await refused(`{ node(id: "CA-BC") { ${'id '.repeat(5000)} } }`);
  expect(extensions.code).toBe('GRAPHQL_PARSE_FAILED');
});

it('refuses a document longer than the character limit', async () => {
  const query = `{ node(id: "${'x'.repeat(11_000)}") { id } }`;
  expect(await refused(query)).toMatchObject({ code: 'QUERY_TOO_LARGE' });
});

it('refuses fragment cycles', async () => {
  const extensions = await refused('query { node(id: "CA-BC") { ...A } } fragment A on Jurisdiction { partOf { ...B } } fragment B on Jurisdiction { partOf { ...A } }');
  expect(extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

it('refuses too many directives', async () => {
  const extensions = await refused(`{ node(id: "CA-BC") { id ${Array(60).fill('@include(if: true)').join(' ')} } }`);
  expect(['TOO_MANY_DIRECTIVES', 'GRAPHQL_VALIDATION_FAILED']).toContain(extensions.code);
});

it('refuses a nested pagination bomb by cost, with first given literally or as a variable', async () => {
  const selection = '{ nodes { statements { themes { statements { speaker { name } } } } } }';
  expect(await refused(`{ people(first: 100) ${selection} }`)).toMatchObject({ code: 'MAX_COST_EXCEEDED', maxCost: 25000 });
  expect(await refused(`query($n: Int) { people(first: $n) ${selection} }`, { n: 100 })).toMatchObject({ code: 'MAX_COST_EXCEEDED' });
});

it.each([[10000], [101], [-1]])('refuses first: %p as a literal and as a variable, before execution', async (first) => {
  expect(await refused(`{ people(first: ${first}) { nodes { name statements { text } } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  expect(await refused('query($n: Int) { people(first: $n) { nodes { name } } }', { n: first })).toMatchObject({ code: 'BAD_USER_INPUT' });
});

it('refuses an oversized page nested inside a list, before any query runs', async () => {
  expect(await refused('{ meetings(first: 5) { nodes { id } } search(query: "identite", first: 5000) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
});

it('hides field suggestions when introspection is off', async () => {
  const closed = await TestApi.start(seeded.database, { introspection: false });
  try {
    const result = await closed.query('{ meting(id: "x") { id } }');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const introspection = await closed.query('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  } finally {
    await closed.stop();
  }
});
