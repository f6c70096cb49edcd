import { useSeededApi } from '../support/seededApi';
import { ANALYZER_STOP_WORDS } from '../../src/repositories/luceneQuery';
import { graphDigest, PSSDC_SEED_FILES } from '../support/testDatabase';

/** Full-text search over the seed graph: French and English, accents and case ignored, input never syntax. */
const seeded = useSeededApi([], PSSDC_SEED_FILES);

interface Hit { score: number; kind: string; snippet: string | null; entity: { __typename: string; id: string } }
interface Search { search: { totalCount: number; nodes: Hit[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }

const SEARCH = `query($query: String!, $lang: Language, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $query, lang: $lang, kinds: $kinds, first: $first, after: $after) {
    totalCount nodes { score kind snippet entity { __typename id } } pageInfo { hasNextPage endCursor }
  } }`;

const search = async (query: string, variables: Record<string, unknown> = {}) => (await seeded.api.data<Search>(SEARCH, { query, first: 50, ...variables })).search;
const ids = (hits: Hit[]) => hits.map((hit) => hit.entity.id);
const BEV_DICKS_ON_DIGITAL_IDENTITY = 'mtg-pssdc-2020-09-24-statement-33';
const STRATEGIC_DIRECTION = 'mtg-pssdc-2020-09-24-statement-29';

describe('accents and case', () => {
  it('finds the same statements and themes with and without accents, in any case', async () => {
    const accented = await search('identité numérique');
    const plain = await search('identite numerique');
    const upper = await search('IDENTITE NUMERIQUE');
    expect(ids(accented.nodes)).toEqual(expect.arrayContaining(['theme-digital-identity', BEV_DICKS_ON_DIGITAL_IDENTITY, STRATEGIC_DIRECTION]));
    expect(ids(plain.nodes)).toEqual(ids(accented.nodes));
    expect(ids(upper.nodes)).toEqual(ids(accented.nodes));
    expect(upper.totalCount).toBe(accented.nodes.length);
  });

  it('finds words elided in French (l’identité) whether or not the query elides them', async () => {
    const elided = await search("l'identité numérique", { kinds: ['STATEMENT'] });
    expect(ids(elided.nodes)).toEqual(expect.arrayContaining([BEV_DICKS_ON_DIGITAL_IDENTITY, STRATEGIC_DIRECTION]));
  });

  it('requires every word', async () => {
    const both = await search('identité cybersécurité', { kinds: ['STATEMENT'] });
    expect(ids(both.nodes)).toEqual([STRATEGIC_DIRECTION]);
  });
});

describe('English', () => {
  it('finds English summaries and quotes them in the snippet', async () => {
    const result = await search('digital identity', { kinds: ['STATEMENT'] });
    const bev = result.nodes.find((hit) => hit.entity.id === BEV_DICKS_ON_DIGITAL_IDENTITY);
    expect(bev?.snippet).toContain('<mark>digital</mark> <mark>identity</mark>');
  });

  it('finds a theme by its synonyms (digital ID)', async () => {
    const result = await search('digital ID');
    expect(result.nodes[0]?.entity).toEqual({ __typename: 'Theme', id: 'theme-digital-identity' });
    expect(result.nodes[0]?.kind).toBe('THEME');
  });

  it('finds people and bodies by name, best match first', async () => {
    expect((await search('Bev Dicks')).nodes[0]?.entity).toEqual({ __typename: 'Person', id: 'person-bev-dicks' });
    const council = await search('public sector service delivery council', { kinds: ['BODY'] });
    expect(ids(council.nodes)).toContain('body-pssdc');
  });
});

describe('ranking, kinds and paging', () => {
  it('ranks by score', async () => {
    const scores = (await search('services numériques')).nodes.map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps only the kinds asked for, and says which kind each hit is', async () => {
    const all = await search('numérique');
    const themes = await search('numérique', { kinds: ['THEME'] });
    const records = await search('numérique', { kinds: ['STATEMENT', 'ACTION_ITEM'] });
    expect(new Set(all.nodes.map((hit) => hit.kind))).toEqual(new Set(['THEME', 'STATEMENT', 'AGENDA_ITEM', 'ACTION_ITEM']));
    expect(themes.nodes.length).toBeGreaterThan(0);
    expect(themes.nodes.every((hit) => hit.kind === 'THEME' && hit.entity.__typename === 'Theme')).toBe(true);
    expect(new Set(records.nodes.map((hit) => hit.entity.__typename))).toEqual(new Set(['Statement', 'ActionItem']));
    expect(themes.totalCount + records.totalCount).toBeLessThan(all.totalCount);
    expect((await search('numérique', { kinds: [] })).totalCount).toBe(0);
  });

  it('pages through the hits with cursors', async () => {
    const all = await search('services');
    const first = await search('services', { first: 3 });
    const next = await search('services', { first: 3, after: first.pageInfo.endCursor });
    expect(first.totalCount).toBe(all.totalCount);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...ids(first.nodes), ...ids(next.nodes)]).toEqual(ids(all.nodes).slice(0, 6));
  });

  it('falls back to prefixes and single typos when every word does not match as written', async () => {
    expect(ids((await search('identi')).nodes)).toContain('theme-digital-identity');
    expect(ids((await search('identitee numeriqe')).nodes)).toContain('theme-digital-identity');
    expect((await search('identi', { kinds: ['THEME'] })).nodes.find((hit) => hit.entity.id === 'theme-digital-identity')?.snippet).toContain('<mark>');
  });
});

describe('snippets', () => {
  it('marks the matched words, in the requested language when it matches', async () => {
    const [theme] = (await search('identite numerique', { kinds: ['THEME'], lang: 'FR' })).nodes;
    expect(theme?.snippet).toBe('Accélérer la gestion des identités et l’<mark>identité</mark> <mark>numérique</mark>');
    const statements = (await search('identite numerique', { kinds: ['STATEMENT'] })).nodes;
    expect(statements.every((hit) => hit.snippet?.includes('<mark>identité</mark>') || hit.snippet?.includes('<mark>Identité</mark>'))).toBe(true);
  });

  it('escapes everything but the marks', async () => {
    const [irb] = (await search("Commission de l'immigration", { kinds: ['JURISDICTION'] })).nodes;
    expect(irb?.entity.id).toBe('ca-gc-irb');
    const snippets = (await search('numérique')).nodes.map((hit) => hit.snippet ?? '');
    for (const text of [...snippets, irb?.snippet ?? '']) expect(text.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/);
  });
});

describe('unsafe and invalid input', () => {
  const HOSTILE = [
    '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /', 'identité AND', 'OR', 'NOT numérique', '"identité', 'identit*', 'id~', 'title:x', '/.*/',
    "' OR 1=1 --", '"}) MATCH (n) DETACH DELETE n //', "') YIELD node CALL { MATCH (n) DETACH DELETE n } RETURN 1 //", '\\', '\u0000', '🙂 numérique',
    // 16 words that match nothing as written: the relaxed query's largest expansion.
    'serv ense inte orga ident ecos acce dona amel assu infor evalu opti appr etab zzzz',
  ];

  it('answers any text without an internal error and leaves the graph unchanged', async () => {
    const before = await graphDigest(seeded.database);
    for (const query of HOSTILE) {
      const result = await seeded.api.query<Search>(SEARCH, { query });
      const codes = (result.errors ?? []).map((error) => error.extensions?.code);
      expect({ query, codes }).toEqual({ query, codes: [] });
      expect(result.data?.search.totalCount).toBeGreaterThanOrEqual(0);
    }
    expect((await search('NOT numérique')).totalCount).toBe((await search('not numérique')).totalCount);
    expect(await graphDigest(seeded.database)).toBe(before);
  });

  it.each([
    ['an empty query', '', 20],
    ['a blank query', '   ', 20],
    ['a query over 200 characters', 'a'.repeat(201), 20],
    ['more than 16 words', Array.from({ length: 17 }, (_, i) => `mot${i}`).join(' '), 20],
    ['first over 100', 'numérique', 101],
    ['a negative first', 'numérique', -1],
  ])('refuses %s with BAD_USER_INPUT', async (_, query, first) => {
    const result = await seeded.api.query('query($query: String!, $first: Int) { search(query: $query, first: $first) { totalCount } }', { query, first });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('accepts exactly 200 characters', async () => {
    expect((await search(`numérique ${'x'.repeat(190)}`)).totalCount).toBe(0);
  });
});

describe('round trips', () => {
  it('loads the hits and their entities in one query', async () => {
    seeded.counting.reads.length = 0;
    const result = await seeded.api.query(`{ search(query: "identité numérique", first: 10) {
      nodes { entity { id ... on Statement { summary } ... on Theme { label(lang: FR) } } } } }`, {}, seeded.counting);
    expect(result.errors).toBeUndefined();
    expect(seeded.counting.reads).toHaveLength(1);
    // (The search's first line: the union of the entity and passage indexes.)
    expect(seeded.counting.reads[0]).toBe('CALL () {');
  });

  it('stops before the seeded.database when nothing can match', async () => {
    seeded.counting.reads.length = 0;
    await seeded.api.query(SEARCH, { query: 'the of and' }, seeded.counting);
    expect(seeded.counting.reads).toEqual([]);
  });

  it('uses the stop words of the index analyzer', async () => {
    const [row] = await seeded.database.read("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = 'standard-folding' RETURN stopwords");
    expect([...(row?.stopwords as string[])].sort()).toEqual([...ANALYZER_STOP_WORDS].sort());
  });
});
