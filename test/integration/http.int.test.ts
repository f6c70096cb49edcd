import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import neo4j from 'neo4j-driver';
import { createContext } from '../../src/context';
import { driverOptions } from '../../src/db/connect';
import { Database } from '../../src/db/Database';
import { createHttpServer, MAX_BODY_BYTES } from '../../src/http';
import { createApolloServer } from '../../src/server';
import { openTestDatabase } from '../support/testDatabase';

/** The HTTP front on a real port: health, readiness, GraphQL over POST. */
async function listen(database: Database): Promise<{ url: string; close: () => Promise<void> }> {
  const apollo = createApolloServer({ introspection: false });
  await apollo.start();
  const server: Server = createHttpServer({ apollo, database, createContext: () => createContext(database) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

let database: Database;
let app: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await listen(database);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

it('answers /health and /ready while Neo4j is reachable', async () => {
  expect((await fetch(`${app.url}/health`)).status).toBe(200);
  const ready = await fetch(`${app.url}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});

it('answers GraphQL over POST', async () => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ node(id: "nothing-here") { id } }' }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { node: null } });
});

it('refuses a body larger than the limit before parsing it', async () => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ node(id: "${'x'.repeat(MAX_BODY_BYTES)}") { id } }` }),
  });
  expect(response.status).toBe(413);
  const tooLarge = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
  expect(tooLarge.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
});

it('turns /ready to 503 when Neo4j cannot be reached, while /health still answers', async () => {
  const unreachable = new Database(neo4j.driver('bolt://127.0.0.1:1', undefined, driverOptions()), undefined, 1000);
  const down = await listen(unreachable);
  try {
    expect((await fetch(`${down.url}/ready`)).status).toBe(503);
    expect((await fetch(`${down.url}/health`)).status).toBe(200);
    const response = await fetch(`${down.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "CA-BC") { id } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1:1|ECONNREFUSED|stack/i);
  } finally {
    await down.close();
    await unreachable.close();
  }
});
