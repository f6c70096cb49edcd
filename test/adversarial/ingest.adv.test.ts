/**
 * Ingestion faults and careless documents (issue 15): a bulk load killed midway, an editor key
 * turning an entity into another kind, a YAML error without its position.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { ApiKeys, generateKey } from '../../src/auth/ApiKeys';
import { createContext } from '../../src/context';
import type { Database } from '../../src/db/Database';
import { createHttpServer } from '../../src/http';
import { buildPlan, documentKey } from '../../src/ingest/buildPlan';
import { bulkIngestFiles } from '../../src/ingest/bulkIngest';
import { SeedValidationError, ingestFiles } from '../../src/ingest/ingestFiles';
import { diffPlan } from '../../src/ingest/PlanWriter';
import { readSeedFile } from '../../src/ingest/readSeedFile';
import type { SeedDocument } from '../../src/ingest/SeedDocument';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { createApolloServer } from '../../src/server';
import { MINI_YAML, miniVariant } from '../support/seedVariants';
import { SEEDS_DIR, dangerouslyWipeDatabase, graphDigest, openTestDatabase } from '../support/testDatabase';

const PROJECT_ROOT = path.resolve(__dirname, '../..');
const editor = generateKey('curator', 'editor');
const MUTATION = 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { document changes { nodesCreated } } }';

let database: Database;
let server: Server;
let url: string;
let apollo: ReturnType<typeof createApolloServer>;

beforeAll(async () => {
  database = await openTestDatabase();
  apollo = createApolloServer({ introspection: false });
  await apollo.start();
  server = createHttpServer({
    apollo, database, keys: ApiKeys.parse(editor.entry),
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

interface Problem { message: string; extensions: { code: string; problems?: string[]; conflicts?: Array<Record<string, unknown>> } }
interface Answer { data?: { ingestDocument?: { document: string } } | null; errors?: Problem[] }

async function post(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor.key}` }, body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

const ingest = (yaml: string) => post(MUTATION, { input: { yaml } });

/** The graph the API serves, without the audit trail (a refused write still leaves its audit record). */
async function knowledgeDigest(): Promise<string> {
  await database.write('MATCH (a:AuditEvent) DETACH DELETE a');
  return graphDigest(database);
}

/** `npm run ingest -- <args>` against the test database, in a child process. */
function ingestCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, 'src/cli/ingest.ts', ...args], {
    cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, exited, lines: readline.createInterface({ input: child.stdout }) };
}

const NOT_A_COUNCIL = ['format: council-graph/v1', 'people:', '  - id: body-test-council', '    name: Not A Council', ''].join('\n');

describe('a bulk load killed midway', () => {
  it('leaves every document of the corpus either whole or absent, and a second run completes it to the clean graph', async () => {
    const files = await listSeedFiles(SEEDS_DIR);
    await dangerouslyWipeDatabase(database);
    await bulkIngestFiles(database, files);
    const clean = await graphDigest(database);
    await dangerouslyWipeDatabase(database);

    // The attack: SIGKILL `ingest --bulk` as soon as it has committed its first transaction. Small
    // transactions (about 400 rows) so that there are many; before the fix, the kill left nodes with
    // no relationships (meetings served without bodies or attendance).
    const run = ingestCli(['--bulk', '--batch-size', '400', SEEDS_DIR]);
    run.lines.on('line', (line) => {
      if (/documents written/.test(line)) run.child.kill('SIGKILL');
    });
    expect((await run.exited).signal).toBe('SIGKILL');

    const plans = await Promise.all(files.map(async (file) => {
      const document = (await readSeedFile(file)).document as SeedDocument;
      return buildPlan(document, documentKey(document, path.basename(file)));
    }));
    const whole: string[] = [];
    const absent: string[] = [];
    const partial: string[] = [];
    for (const plan of plans) {
      const diff = await database.readTransaction((tx) => diffPlan(tx, plan, false));
      if (diff.nodesCreated + diff.nodesChanged + diff.relationshipsCreated + diff.relationshipsChanged === 0) whole.push(plan.document);
      else if (diff.nodesCreated === plan.nodeCount && diff.relationshipsCreated === plan.relationshipCount) absent.push(plan.document);
      else partial.push(`${plan.document}: ${JSON.stringify(diff)}`);
    }
    expect(partial).toEqual([]);
    expect(whole.length).toBeGreaterThan(0);
    expect(absent.length).toBeGreaterThan(0);
    // Nothing in the graph belongs to a document that is not whole.
    const [stray] = await database.read('MATCH (n:Entity) WHERE NOT n.document IN $whole RETURN count(n) AS n', { whole });
    expect(stray?.n).toBe(0);

    // What the API serves: every meeting it lists has its bodies.
    const served = await post('{ meetings(first: 100) { totalCount nodes { id bodies { id } } } }');
    const meetings = (served.data as unknown as { meetings: { totalCount: number; nodes: Array<{ id: string; bodies: unknown[] }> } }).meetings;
    expect(meetings.nodes.length).toBe(Math.min(100, meetings.totalCount));
    expect(meetings.nodes.filter((meeting) => meeting.bodies.length === 0)).toEqual([]);

    const again = ingestCli(['--bulk', SEEDS_DIR]);
    expect(await again.exited).toMatchObject({ code: 0 });
    expect(await graphDigest(database)).toBe(clean);
  }, 600_000);
});

it('bulk: documents that refer to each other in a cycle share a transaction, however small the batches', async () => {
  await dangerouslyWipeDatabase(database);
  const meeting = (id: string, cites: string) => [
    'meetings:', `  - id: ${id}`, '    bodies: [body-cycle]', `    title: { en: ${id} }`, '    status: PASSED',
    `    references: [{ meeting: ${cites}, relation: CITES }]`,
  ];
  const first = miniVariant(() => ['format: council-graph/v1', 'bodies:', '  - id: body-cycle', '    type: Council', '    name: { en: Cycle }', '    status: ACTIVE',
    ...meeting('mtg-cycle-a', 'mtg-cycle-b'), ''].join('\n'), 'a.yaml');
  const second = miniVariant(() => ['format: council-graph/v1', ...meeting('mtg-cycle-b', 'mtg-cycle-a'), ''].join('\n'), 'b.yaml');
  const report = await bulkIngestFiles(database, [first, second], { batchSize: 1 });
  expect(report).toMatchObject({ newDocuments: 2, nodes: 3, relationships: 4 });
  const cites = await database.read('MATCH (a:Meeting)-[:CITES]->(b:Meeting) RETURN a.id AS from, b.id AS to ORDER BY from');
  expect(cites).toEqual([{ from: 'mtg-cycle-a', to: 'mtg-cycle-b' }, { from: 'mtg-cycle-b', to: 'mtg-cycle-a' }]);
});

describe('changing the kind of an entity', () => {
  beforeEach(async () => {
    await dangerouslyWipeDatabase(database);
    await ingestFiles(database, [MINI_YAML]);
  });

  it('through the ingestDocument mutation with an editor key: refused, naming the entity, both kinds and the documents; nothing written', async () => {
    const before = await knowledgeDigest();
    const answer = await ingest(NOT_A_COUNCIL);
    const [error] = answer.errors ?? [];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions.problems).toEqual([
      expect.stringMatching(/^document: people\[0\]\.id: 'body-test-council' is a Council written by src-test-2021-03-01; document file:document would make it a Person/),
    ]);
    expect(error?.extensions.conflicts).toEqual([expect.objectContaining({
      id: 'body-test-council', kind: 'Council', newKind: 'Person', document: 'file:document', writtenBy: 'src-test-2021-03-01',
    })]);
    expect(await knowledgeDigest()).toBe(before);
    const [council] = await database.read("MATCH (n:Entity {id: 'body-test-council'}) RETURN labels(n) AS labels, n.nameEn AS name");
    expect(council).toEqual({ labels: expect.not.arrayContaining(['Person']), name: 'Test Council' });
  });

  it('is refused even when the document lists the entity under replaces', async () => {
    const before = await knowledgeDigest();
    const answer = await ingest(`${NOT_A_COUNCIL}replaces: [body-test-council]\n`);
    expect(answer.errors?.[0]?.extensions.problems).toEqual([expect.stringContaining("'body-test-council' is a Council")]);
    expect(await knowledgeDigest()).toBe(before);
  });

  it('through the CLI (npm run ingest): exit code 1, the file and the entity named, nothing written', async () => {
    const before = await graphDigest(database);
    const file = miniVariant(() => NOT_A_COUNCIL, 'not-a-council.yaml');
    const run = ingestCli([file]);
    const { code, stderr } = await run.exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/not-a-council\.yaml: people\[0\]\.id: 'body-test-council' is a Council written by src-test-2021-03-01; document file:not-a-council\.yaml would make it a Person/);
    expect(await graphDigest(database)).toBe(before);
  });

  it('through the CLI bulk path: refused before anything is written', async () => {
    const before = await graphDigest(database);
    const file = miniVariant(() => NOT_A_COUNCIL, 'not-a-council.yaml');
    const failure = await bulkIngestFiles(database, [file]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SeedValidationError);
    expect((failure as SeedValidationError).conflicts).toEqual([expect.objectContaining({ id: 'body-test-council', kind: 'Council', newKind: 'Person' })]);
    expect(await graphDigest(database)).toBe(before);
  });
});

describe("dropping another document's properties", () => {
  const RENAMED = ['format: council-graph/v1', 'bodies:', '  - id: body-test-council', '    type: Council', '    name: { en: Renamed Council }', '    status: ACTIVE', ''].join('\n');

  beforeEach(async () => {
    await dangerouslyWipeDatabase(database);
    await ingestFiles(database, [MINI_YAML]);
  });

  it('is refused unless the document says so, naming the properties and the document that wrote them', async () => {
    const before = await knowledgeDigest();
    const answer = await ingest(RENAMED);
    expect(answer.errors?.[0]?.extensions.problems).toEqual([
      "document: bodies[0].id: 'body-test-council' (Council) would lose nameFr written by src-test-2021-03-01; document file:document may drop them only if it lists 'body-test-council' under replaces",
    ]);
    expect(await knowledgeDigest()).toBe(before);
  });

  it('is written when the document lists the entity under replaces', async () => {
    const answer = await ingest(`${RENAMED}replaces: [body-test-council]\n`);
    expect(answer.errors).toBeUndefined();
    const [council] = await database.read("MATCH (n:Body {id: 'body-test-council'}) RETURN n.nameEn AS en, n.nameFr AS fr, n.document AS document");
    expect(council).toEqual({ en: 'Renamed Council', fr: null, document: 'file:document' });
  });
});

describe('a YAML error', () => {
  const mini = readFileSync(MINI_YAML, 'utf8');
  const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 1;

  it('names the line and column of a syntax error (it said `line ?`)', async () => {
    const yaml = mini.replace('    name: Ada Tester\n', '    name: Ada: Tester\n');
    const answer = await ingest(yaml);
    expect(answer.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.extensions.problems).toEqual([
      `document: line ${lineOf(yaml, 'Ada: Tester')}, column 11: Nested mappings are not allowed in compact mappings`,
    ]);
  });

  it('names the line and column of a duplicate key', async () => {
    const yaml = mini.replace('    name: Ada Tester\n', '    name: Ada Tester\n    name: Ada Again\n');
    const answer = await ingest(yaml);
    expect(answer.errors?.[0]?.extensions.problems).toEqual([`document: line ${lineOf(yaml, 'Ada Again')}, column 5: Map keys must be unique`]);
  });
});
