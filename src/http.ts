import { HeaderMap, type ApolloServer } from '@apollo/server';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from './context';
import type { Database } from './db/Database';

/** Requests with a larger body are refused before they are parsed. */
export const MAX_BODY_BYTES = 100 * 1024;

export interface HttpDependencies {
  apollo: ApolloServer<Context>;
  database: Database;
  createContext: () => Context;
}

/**
 * The HTTP front: `/graphql` for the API, `/health` (the process is alive) and `/ready` (Neo4j is
 * reachable). Plain node:http keeps the request path short and every limit in our hands.
 */
export function createHttpServer(deps: HttpDependencies): http.Server {
  return http.createServer((request, response) => {
    route(deps, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.end();
    });
  });
}

async function route(deps: HttpDependencies, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return send(response, 200, { status: 'ok' });
  if (url.pathname === '/ready') {
    const ready = await deps.database.isReachable();
    return send(response, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
  }
  if (url.pathname !== '/graphql') return send(response, 404, { error: 'not found' });

  const body = await readBody(request);
  if (body === 'too large') {
    return send(response, 413, { errors: [{ message: `Request body exceeds ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  }
  let parsed: unknown;
  if (request.method === 'POST') {
    try {
      parsed = body.length > 0 ? JSON.parse(body) : undefined;
    } catch {
      return send(response, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsed },
    context: async () => deps.createContext(),
  });
  response.statusCode = result.status ?? 200;
  for (const [key, value] of result.headers) response.setHeader(key, value);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function readBody(request: IncomingMessage): Promise<string | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too large' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}
