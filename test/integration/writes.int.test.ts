import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApiKeys, generateKey } from '../../src/auth/ApiKeys';
import { refusedWrites } from '../../src/auth/writeAccess';
import { createContext } from '../../src/context';
import type { Database } from '../../src/db/Database';
import { createHttpServer } from '../../src/http';
import { createApolloServer } from '../../src/server';
import { FIXTURES_DIR, dangerouslyWipeDatabase, graphDigest, openTestDatabase } from '../support/testDatabase';

/** Writes need an editor key; every editor's write leaves an audit record, refusals only a count. */
const editor = generateKey('curator', 'editor');
const reader = generateKey('dashboard', 'reader');
const yaml = readFileSync(path.join(FIXTURES_DIR, 'mini/mini.yaml'), 'utf8');
const sourceText = readFileSync(path.join(FIXTURES_DIR, 'mini/sources/mini-minutes.txt'), 'utf8');
const MUTATION = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document dryRun auditId changes { nodesCreated relationshipsCreated } } }`;

let database: Database;
let server: Server;
let url: string;
let apollo: ReturnType<typeof createApolloServer>;

beforeAll(async () => {
  database = await openTestDatabase();
  apollo = createApolloServer({ introspection: false });
  await apollo.start();
  server = createHttpServer({
    apollo, database, keys: ApiKeys.parse(`${editor.entry},${reader.entry}`),
    createContext: (viewer) => createContext(database, { requestTimeoutMs: 10_000, viewer }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await apollo.stop();
  await database.close();
});
beforeEach(async () => {
  await dangerouslyWipeDatabase(database);
});

interface Answer { status: number; body: { data?: { ingestDocument?: { document: string; auditId: string; changes: { nodesCreated: number } } } | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } }

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const ingest = (key?: string, input: Record<string, unknown> = { yaml, sourceText }) =>
  post({ query: MUTATION, variables: { input } }, key ? { authorization: `Bearer ${key}` } : {});

async function audit(): Promise<Array<{ actor: string; outcome: string; document: string; reason: string | null }>> {
  return (await database.read('MATCH (a:AuditEvent) RETURN a.actor AS actor, a.outcome AS outcome, a.document AS document, a.reason AS reason ORDER BY a.at')) as never;
}

it('writes a document for an editor, with its audit record in the same transaction', async () => {
  const answer = await ingest(editor.key);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data?.ingestDocument).toMatchObject({ document: 'src-test-2021-03-01', changes: { nodesCreated: 12 } });
  const [record] = await database.read('MATCH (a:AuditEvent {id: $id}) RETURN a.actor AS actor, a.outcome AS outcome, a.changes AS changes', { id: answer.body.data?.ingestDocument?.auditId });
  expect(record).toMatchObject({ actor: 'curator', outcome: 'APPLIED' });
  expect(JSON.parse(String(record?.changes))).toMatchObject({ nodesCreated: 12 });
  const people = await database.read('MATCH (p:Person {id: "person-ada-tester"}) RETURN p.name AS name');
  expect(people).toEqual([{ name: 'Ada Tester' }]);
});

it('refuses a write without a key with 401 UNAUTHENTICATED, writes nothing, and counts the refusal', async () => {
  const before = await graphDigest(database);
  const counted = refusedWrites().UNAUTHENTICATED;
  const answer = await ingest();
  expect(answer.status).toBe(401);
  expect(answer.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  expect(await audit()).toEqual([]);
  expect(refusedWrites().UNAUTHENTICATED).toBe(counted + 1);
  expect(await graphDigest(database)).toBe(before);
});

it('refuses a write with a reader key with 403 FORBIDDEN and counts it', async () => {
  const before = await graphDigest(database);
  const counted = refusedWrites().FORBIDDEN;
  const answer = await ingest(reader.key);
  expect(answer.status).toBe(403);
  expect(answer.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  expect(await audit()).toEqual([]);
  expect(refusedWrites().FORBIDDEN).toBe(counted + 1);
  expect(await graphDigest(database)).toBe(before);
});

it('refuses a tampered or unknown key with 401 before running anything', async () => {
  const answer = await ingest(`${editor.key.slice(0, -2)}xx`);
  expect(answer.status).toBe(401);
  expect(answer.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  expect(await audit()).toEqual([]);
});

it('rejects an invalid document with every problem listed, writes nothing, and audits it', async () => {
  const broken = yaml.replace('speaker: person-ada-tester', 'speaker: person-nobody').replace('status: OPEN', 'status: DONE');
  const answer = await ingest(editor.key, { yaml: broken, sourceText });
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(answer.body.errors?.[0]?.extensions.problems).toHaveLength(2);
  expect((await audit()).map((a) => a.outcome)).toEqual(['INVALID']);
  expect(await database.read('MATCH (n:Entity) RETURN n LIMIT 1')).toEqual([]);
});

it('rejects a source text that does not match the document hash', async () => {
  const answer = await ingest(editor.key, { yaml, sourceText: `${sourceText}tampered` });
  expect(JSON.stringify(answer.body.errors?.[0]?.extensions.problems)).toMatch(/source\.sha256/);
});

it('reports a dry run without writing, but audits it', async () => {
  const answer = await ingest(editor.key, { yaml, sourceText, dryRun: true });
  expect(answer.body.data?.ingestDocument).toMatchObject({ changes: { nodesCreated: 12 } });
  expect(await database.read('MATCH (n:Entity) RETURN n LIMIT 1')).toEqual([]);
  expect((await audit()).map((a) => a.outcome)).toEqual(['DRY_RUN']);
});

it('refuses a mutation sent over GET', async () => {
  const response = await fetch(`${url}?query=${encodeURIComponent('mutation { ingestDocument(input: {yaml: "x"}) { document } }')}`, {
    headers: { authorization: `Bearer ${editor.key}`, 'apollo-require-preflight': 'true' },
  });
  expect(response.status).toBe(405);
  expect(await audit()).toEqual([]);
});

describe('odd and hostile bodies', () => {
  it('refuses a 2 MB body with 413', async () => {
    const answer = await post({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
    expect(answer.status).toBe(413);
  });

  it('refuses a body that is not JSON', async () => {
    const answer = await post('{ "query": ');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a charset other than UTF-8', async () => {
    const answer = await post({ query: '{ __typename }' }, { 'content-type': 'application/json; charset=latin1' });
    expect(answer.status).toBe(415);
  });

  it('answers invalid UTF-8 bytes without crashing', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]) });
    expect([400]).toContain(response.status);
  });

  it('refuses a batch of operations (batching is off)', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ __typename }' }));
    const answer = await post(batch);
    expect(answer.status).toBe(400);
  });

  it('refuses a hostile YAML document sent to the API: alias bomb, custom tag, oversized', async () => {
    const bomb = ['format: council-graph/v1', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level <= 9; level++) bomb.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
    for (const hostile of [bomb.join('\n'), 'format: !!js/function "return 1"', `format: council-graph/v1\npeople:\n${'  - { id: person-x, name: X }\n'.repeat(40000)}`]) {
      const answer = await ingest(editor.key, { yaml: hostile });
      expect([400, 413]).toContain(answer.status === 200 ? 400 : answer.status);
      if (answer.status === 200) expect(answer.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await database.read('MATCH (n:Entity) RETURN n LIMIT 1')).toEqual([]);
  });

  it('refuses a label smuggled through a seed document', async () => {
    const smuggled = yaml.replace('type: Council', 'type: "Council:Admin"');
    const answer = await ingest(editor.key, { yaml: smuggled, sourceText });
    expect(JSON.stringify(answer.body.errors?.[0]?.extensions.problems)).toMatch(/bodies\[0\]\.type: expected one of Council/);
    expect(await database.read('MATCH (n:Admin) RETURN n LIMIT 1')).toEqual([]);
  });
});
