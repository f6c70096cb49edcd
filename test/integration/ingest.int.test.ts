import type { Database } from '../../src/db/Database';
import { SeedValidationError, ingestFiles } from '../../src/ingest/ingestFiles';
import { buildPlan } from '../../src/ingest/buildPlan';
import { writePlan } from '../../src/ingest/PlanWriter';
import { readSeedFile } from '../../src/ingest/readSeedFile';
import type { SeedDocument } from '../../src/ingest/SeedDocument';
import { TestApi } from '../support/graphql';
import { MINI_YAML, miniVariant, replaceOnce } from '../support/seedVariants';
import { dangerouslyWipeDatabase, graphDigest, openTestDatabase } from '../support/testDatabase';

let database: Database;
let api: TestApi;

beforeAll(async () => {
  database = await openTestDatabase();
  api = await TestApi.start(database);
});
afterAll(async () => {
  await api.stop();
  await database.close();
});
beforeEach(async () => {
  await dangerouslyWipeDatabase(database);
});

describe('ingesting a document', () => {
  it('writes through the ingestion path and reads back through GraphQL', async () => {
    await ingestFiles(database, [MINI_YAML]);
    const data = await api.data<{ meeting: any }>(`{
      meeting(id: "mtg-test-2021-03-01") {
        title(lang: FR) date status
        bodies { id name secretariat { id } }
        attendance { role listed person { name } onBehalfOf { ... on Jurisdiction { id name(lang: FR) } } evidence { quote lineStart lineEnd source { id sha256 } } }
        agenda { number decisions { text } actionItems { status owners { ... on Organization { id } } } statements { speaker { id } themes { id } evidence { quote } } }
      }
    }`);
    expect(data.meeting).toMatchObject({
      title: 'Réunion du conseil test',
      date: '2021-03-01',
      status: 'PASSED',
      bodies: [{ id: 'body-test-council', name: 'Test Council', secretariat: { id: 'org-test-secretariat' } }],
      attendance: [{
        role: 'CO_CHAIR', listed: true, person: { name: 'Ada Tester' }, onBehalfOf: { id: 'ca-test-testland', name: 'Testlande' },
        evidence: { quote: 'Ada Tester Testland', lineStart: 6, lineEnd: 6, source: { id: 'src-test-2021-03-01' } },
      }],
      agenda: [{
        number: '1',
        decisions: [{ text: 'The agenda is approved.' }],
        actionItems: [{ status: 'OPEN', owners: [{ id: 'org-test-secretariat' }] }],
        statements: [{ speaker: { id: 'person-ada-tester' }, themes: [{ id: 'theme-test-identity' }], evidence: { quote: expect.stringContaining('digital identity') } }],
      }],
    });
  });

  it('changes nothing when the same document is ingested again', async () => {
    const [first] = await ingestFiles(database, [MINI_YAML]);
    const before = await graphDigest(database);
    const [second] = await ingestFiles(database, [MINI_YAML]);
    expect(first?.changes.nodesCreated).toBeGreaterThan(0);
    expect(second?.changes).toEqual({ nodesCreated: 0, nodesChanged: 0, nodesRemoved: 0, relationshipsCreated: 0, relationshipsChanged: 0, relationshipsRemoved: 0 });
    expect(await graphDigest(database)).toBe(before);
  });

  it('removes what a new version of a document no longer asserts', async () => {
    await ingestFiles(database, [MINI_YAML]);
    const withoutTheme = miniVariant((yaml) => replaceOnce(yaml, 'themes: [theme-test-identity]', 'themes: []'), 'mini.yaml');
    const [report] = await ingestFiles(database, [withoutTheme]);
    expect(report?.changes.relationshipsRemoved).toBe(1);
    const rows = await database.read('MATCH (:Statement)-[r:RAISES]->() RETURN count(r) AS n');
    expect(rows[0]?.n).toBe(0);
  });

  it('reports what would change on a dry run, and writes nothing', async () => {
    const before = await graphDigest(database);
    const [report] = await ingestFiles(database, [MINI_YAML], { dryRun: true });
    expect(report?.changes.nodesCreated).toBe(report?.nodes);
    expect(await graphDigest(database)).toBe(before);
  });

  it('writes a new document in full, with exact counts, and a first write equals a diffed rewrite', async () => {
    const [first] = await ingestFiles(database, [MINI_YAML]);
    expect(first?.changes).toMatchObject({ nodesCreated: first?.nodes, relationshipsCreated: first?.relationships, nodesRemoved: 0 });
    const fresh = await graphDigest(database);
    // The same document through the diff path (a graph that already holds it): the same graph.
    await database.write('MATCH (n:Entity) WHERE n.document = $document DETACH DELETE n', { document: first?.document });
    await database.write('MATCH (d:IngestedDocument) DELETE d');
    await ingestFiles(database, [MINI_YAML]);
    expect(await graphDigest(database)).toBe(fresh);
  });

  it('on unchanged seeds (npm start), skips a document written with the same plan, and writes one that changed', async () => {
    await ingestFiles(database, [MINI_YAML]);
    const [skipped] = await ingestFiles(database, [MINI_YAML], { skipUnchanged: true });
    expect(skipped).toMatchObject({ milliseconds: 0, changes: { nodesCreated: 0, nodesChanged: 0, relationshipsCreated: 0 } });
    const renamed = miniVariant((yaml) => replaceOnce(yaml, 'name: Ada Tester', 'name: Ada Renamed'), 'mini.yaml');
    const [written] = await ingestFiles(database, [renamed], { skipUnchanged: true });
    expect(written?.changes.nodesChanged).toBeGreaterThan(0);
    // Any rewrite records the new digest, so going back to the first version is a change again, not a skip.
    const [back] = await ingestFiles(database, [MINI_YAML], { skipUnchanged: true });
    expect(back?.changes.nodesChanged).toBeGreaterThan(0);
    const rows = await database.read("MATCH (p:Person {name: 'Ada Tester'}) RETURN count(p) AS n");
    expect(rows[0]?.n).toBe(1);
  });

  it('leaves the graph exactly as it was when a write fails inside the transaction', async () => {
    await ingestFiles(database, [MINI_YAML]);
    const before = await graphDigest(database);
    const changed = miniVariant((yaml) => replaceOnce(yaml, 'name: Ada Tester', 'name: Ada Renamed'));
    const seed = await readSeedFile(changed);
    const plan = buildPlan(seed.document as SeedDocument, 'src-test-2021-03-01');
    await expect(database.writeTransaction(async (tx) => {
      await writePlan(tx, plan);
      throw new Error('simulated failure after the writes');
    })).rejects.toThrow('simulated failure');
    expect(await graphDigest(database)).toBe(before);
  });
});

describe('rejecting malformed documents', () => {
  const cases: Array<[string, (yaml: string) => string, RegExp]> = [
    ['an unknown reference', (y) => replaceOnce(y, 'speaker: person-ada-tester', 'speaker: person-nobody'), /statements\[0\]\.speaker: unknown reference 'person-nobody'/],
    ['a reference of the wrong kind', (y) => replaceOnce(y, 'speaker: person-ada-tester', 'speaker: ca-test-testland'), /speaker: 'ca-test-testland' is a Jurisdiction, expected a Person/],
    ['a wrong type', (y) => replaceOnce(y, 'listed: true', 'listed: "yes"'), /attendance\[0\]\.listed: expected true or false/],
    ['an unknown enumeration value', (y) => replaceOnce(y, 'status: OPEN', 'status: DONE'), /actionItems\[0\]\.status: expected one of OPEN, IN_PROGRESS, COMPLETED, CANCELLED/],
    ['a duplicate id', (y) => replaceOnce(y, 'id: mtg-test-2021-03-01-action-1', 'id: mtg-test-2021-03-01-decision-1'), /duplicate id 'mtg-test-2021-03-01-decision-1'/],
    ['a quote not in the source', (y) => replaceOnce(y, 'quote: Ada Tester Testland', 'quote: Ada Tester Elsewhere'), /attendance\[0\]\.evidence\.quote: quote not found in the source at lines 6-6/],
    ['a quote outside its line range', (y) => replaceOnce(y, 'lines: [6, 6]', 'lines: [9, 9]'), /quote not found in the source at lines 9-9/],
    ['a wrong source hash', (y) => y.replace(/sha256: [0-9a-f]+/, 'sha256: "0000"'), /source\.sha256: expected the file's SHA-256/],
    ['a missing required field', (y) => replaceOnce(y, '    status: PASSED\n', ''), /meetings\[0\]\.status: is required/],
    ['an unknown key', (y) => replaceOnce(y, 'modality: VIRTUAL', 'modality: VIRTUAL\n    colour: blue'), /meetings\[0\]\.colour: unknown key/],
    ['a bad date', (y) => replaceOnce(y, 'date: "2021-03-01"', 'date: "March 2021"'), /meetings\[0\]\.date: expected a date YYYY-MM-DD/],
    ['duplicate YAML keys', (y) => replaceOnce(y, 'modality: VIRTUAL', 'modality: VIRTUAL\n    modality: IN_PERSON'), /Map keys must be unique/],
    ['a custom YAML tag', (y) => replaceOnce(y, 'status: PASSED', 'status: !!js/function "x"'), /tag/i],
    ['a replaces entry the document does not define', (y) => `${y}replaces: [body-elsewhere]\n`, /replaces\[0\]: 'body-elsewhere' is not defined in this document/],
    ['an id that smuggles Cypher', (y) => replaceOnce(y, 'id: theme-test-identity', "id: \"x'}) DETACH DELETE n //\""), /themes\[0\]\.id: expected an id/],
  ];

  it.each(cases)('rejects %s with a message naming the place, and writes nothing', async (_, edit, expected) => {
    await ingestFiles(database, [MINI_YAML]);
    const before = await graphDigest(database);
    const file = miniVariant(edit);
    const failure = await ingestFiles(database, [file]).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(SeedValidationError);
    expect((failure as SeedValidationError).message).toMatch(expected);
    expect((failure as SeedValidationError).message).toContain('variant.yaml');
    expect(await graphDigest(database)).toBe(before);
  });

  it('reports every problem of a document at once', async () => {
    const file = miniVariant((y) => replaceOnce(replaceOnce(y, 'status: OPEN', 'status: DONE'), 'speaker: person-ada-tester', 'speaker: person-nobody'));
    const failure = (await ingestFiles(database, [file]).catch((error: unknown) => error)) as SeedValidationError;
    expect(failure.problems).toHaveLength(2);
  });

  it('refuses a YAML alias bomb without expanding it', async () => {
    const bomb = ['format: council-graph/v1', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level <= 9; level++) bomb.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
    const file = miniVariant(() => bomb.join('\n') + '\n');
    const failure = (await ingestFiles(database, [file]).catch((error: unknown) => error)) as SeedValidationError;
    expect(failure).toBeInstanceOf(SeedValidationError);
    expect(failure.message).toMatch(/alias/i);
  });
});
