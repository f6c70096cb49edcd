import { useSeededApi } from '../support/seededApi';

/** Paths between entities and neighbourhoods for graph views, over the seed graph. */
const seeded = useSeededApi();

interface GraphNode { id: string; type: string; label: string; entity: { __typename: string; id: string } }
interface GraphEdge { from: string; to: string; type: string }
interface GraphPath { length: number; nodes: GraphNode[]; edges: GraphEdge[] }
interface Subgraph { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }

const NODE = 'id type label entity { __typename id }';
const CONNECTIONS = `query($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  connections(fromId: $from, toId: $to, maxHops: $maxHops, first: $first) { length nodes { ${NODE} } edges { from to type } } }`;
const NEIGHBOURHOOD = `query($id: ID!, $depth: Int, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { ${NODE} } edges { from to type } } }`;
const MEETING = 'mtg-pssdc-2020-09-24';

const connections = async (from: string, to: string, variables: Record<string, unknown> = {}) =>
  (await seeded.api.data<{ connections: GraphPath[] }>(CONNECTIONS, { from, to, ...variables })).connections;
const neighbourhood = async (id: string, variables: Record<string, unknown> = {}) =>
  (await seeded.api.data<{ neighbourhood: Subgraph | null }>(NEIGHBOURHOOD, { id, ...variables })).neighbourhood;
const codes = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.map((error) => error.extensions?.code);

/** Each edge joins the two nodes beside it in the path, in one direction or the other. */
function expectChained(path: GraphPath): void {
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  path.edges.forEach((edge, index) => {
    const ends = [path.nodes[index]?.id, path.nodes[index + 1]?.id].sort();
    expect([edge.from, edge.to].sort()).toEqual(ends);
  });
}

describe('connections', () => {
  it('connects Bev Dicks to the PSSDC through her membership', async () => {
    const paths = await connections('person-bev-dicks', 'body-pssdc');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBeLessThanOrEqual(4);
      expect(path.length).toBe(paths[0]?.length);
      expectChained(path);
      for (const node of path.nodes) expect(node.type).toBe(node.entity.__typename);
    }
    expect(paths[0]).toEqual({
      length: 2,
      nodes: [
        { id: 'person-bev-dicks', type: 'Person', label: 'Bev Dicks', entity: { __typename: 'Person', id: 'person-bev-dicks' } },
        { id: 'ms-bev-dicks-pssdc-member', type: 'Membership', label: expect.any(String), entity: { __typename: 'Membership', id: 'ms-bev-dicks-pssdc-member' } },
        { id: 'body-pssdc', type: 'Body', label: 'PSSDC', entity: { __typename: 'Body', id: 'body-pssdc' } },
      ],
      edges: [
        { from: 'person-bev-dicks', to: 'ms-bev-dicks-pssdc-member', type: 'HOLDS' },
        { from: 'ms-bev-dicks-pssdc-member', to: 'body-pssdc', type: 'IN_BODY' },
      ],
    });
  });

  it('finds longer connections, all of the shortest length, in a stable order', async () => {
    const paths = await connections('person-bev-dicks', 'theme-cybersecurity', { first: 3 });
    expect(paths).toHaveLength(3);
    expect(paths.map((path) => path.length)).toEqual([4, 4, 4]);
    paths.forEach(expectChained);
    expect(paths.map((path) => path.nodes.at(-1)?.type)).toEqual(['Theme', 'Theme', 'Theme']);
    expect(await connections('person-bev-dicks', 'theme-cybersecurity', { first: 3 })).toEqual(paths);
    expect(await connections('person-bev-dicks', 'theme-cybersecurity', { maxHops: 3 })).toEqual([]);
  });

  it('goes through neither source documents nor Canada as a whole', async () => {
    // Two provinces are both part of Canada (2 steps), but that says nothing about them.
    expect(await connections('CA-BC', 'CA-ON', { maxHops: 2 })).toEqual([]);
    const paths = await connections('CA-BC', 'CA-ON', { first: 20 });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes.map((node) => node.type)).not.toContain('SourceDocument');
      expect(path.nodes.map((node) => node.id)).not.toContain('CA');
    }
    // Canada is still reachable as an end point.
    expect((await connections('person-bev-dicks', 'CA'))[0]?.nodes.at(-1)?.id).toBe('CA');
  });

  it('checks both ends and loads the paths and their entities in one query', async () => {
    seeded.counting.reads.length = 0;
    const result = await seeded.api.query(CONNECTIONS, { from: 'person-bev-dicks', to: 'body-pssdc' }, seeded.counting);
    expect(result.errors).toBeUndefined();
    expect(seeded.counting.reads).toEqual(['OPTIONAL MATCH (a:Entity {id: $fromId})']);
  });

  it.each([
    ['maxHops 5', { maxHops: 5 }],
    ['maxHops 0', { maxHops: 0 }],
    ['first over 100', { first: 101 }],
    ['the same entity at both ends', { to: 'person-bev-dicks' }],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables) => {
    // A small selection, so that the query cost limit does not refuse first: 101 before the resolver does.
    const small = 'query($from: ID!, $to: ID!, $maxHops: Int, $first: Int) { connections(fromId: $from, toId: $to, maxHops: $maxHops, first: $first) { length } }';
    const result = await seeded.api.query(small, { from: 'person-bev-dicks', to: 'body-pssdc', ...variables });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('says which end does not exist', async () => {
    const result = await seeded.api.query(CONNECTIONS, { from: 'person-bev-dicks', to: 'body-nope' });
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0]?.extensions?.argument).toBe('toId');
  });
});

describe('neighbourhood', () => {
  it('holds the meeting, its agenda items and the relationships between them at depth 1', async () => {
    const { meeting } = await seeded.api.data<{ meeting: { agenda: Array<{ id: string }>; bodies: Array<{ id: string }> } }>(
      `{ meeting(id: "${MEETING}") { agenda { id } bodies { id } } }`);
    const subgraph = await neighbourhood(MEETING);
    expect(subgraph?.truncated).toBe(false);
    expect(subgraph?.nodes[0]).toMatchObject({ id: MEETING, type: 'Meeting' });
    const ids = subgraph?.nodes.map((node) => node.id) ?? [];
    expect(meeting.agenda.length).toBeGreaterThan(5);
    expect(ids).toEqual(expect.arrayContaining([...meeting.agenda.map((item) => item.id), ...meeting.bodies.map((body) => body.id)]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of meeting.agenda) expect(subgraph?.edges).toContainEqual({ from: MEETING, to: item.id, type: 'HAS_ITEM' });
    expect(subgraph?.nodes.find((node) => node.type === 'AgendaItem')?.entity.__typename).toBe('AgendaItem');
    expect(subgraph?.nodes.map((node) => node.type)).not.toContain('SourceDocument');
  });

  it('stops at the limit, says so, and keeps only edges between the nodes it returns', async () => {
    const subgraph = await neighbourhood(MEETING, { limit: 5 });
    expect(subgraph?.truncated).toBe(true);
    expect(subgraph?.nodes).toHaveLength(5);
    const ids = new Set(subgraph?.nodes.map((node) => node.id));
    expect(subgraph?.edges.length).toBeGreaterThanOrEqual(4);
    for (const edge of subgraph?.edges ?? []) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  });

  it('reaches further at depth 2, without expanding through Canada', async () => {
    const depth1 = await neighbourhood('CA-BC', { limit: 500 });
    const depth2 = await neighbourhood('CA-BC', { depth: 2, limit: 500 });
    expect(depth2?.nodes.length).toBeGreaterThan(depth1?.nodes.length ?? 0);
    expect(depth1?.nodes.map((node) => node.id)).toContain('CA');
    // Other provinces are only two steps away through Canada, which is not expanded.
    expect(depth2?.nodes.map((node) => node.id)).not.toContain('CA-ON');
  });

  it('is null for an unknown id, in one query', async () => {
    seeded.counting.reads.length = 0;
    const result = await seeded.api.query<{ neighbourhood: null }>(NEIGHBOURHOOD, { id: 'nobody' }, seeded.counting);
    expect(result.data?.neighbourhood).toBeNull();
    expect(seeded.counting.reads).toHaveLength(1);
  });

  it.each([
    ['depth 3', { depth: 3 }],
    ['depth 0', { depth: 0 }],
    ['limit 501', { limit: 501 }],
    ['limit 0', { limit: 0 }],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables) => {
    const result = await seeded.api.query(NEIGHBOURHOOD, { id: MEETING, ...variables });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
