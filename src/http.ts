import { HeaderMap, type ApolloServer } from '@apollo/server';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from './context';
import type { Database } from './db/Database';
import type { DatabaseHealth } from './db/embedded/supervisor';
import { ApiKeys, authenticate, type Viewer } from './auth/ApiKeys';
import { refusedWrites } from './auth/writeAccess';
import { describeMaskedError, newRequestId, type ErrorLog } from './plugins/requestIdPlugin';
import { clientAddress } from './rateLimit/clientAddress';
import { RateLimiter } from './rateLimit/RateLimiter';
import { serveWeb } from './web/staticRoutes';

const NO_KEYS = ApiKeys.parse('');

/** Requests with a larger body are refused before they are parsed (documents sent to ingestDocument fit). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpDependencies {
  apollo: ApolloServer<Context>;
  database: Database;
  createContext: (viewer: Viewer | null) => Context;
  keys?: ApiKeys;
  /** `key`: reads need an API key too (any role). */
  readAccess?: 'open' | 'key';
  /** Budgets per client address and per key; the defaults unless given (see src/rateLimit). */
  rateLimiter?: RateLimiter;
  /** Serve GraphiQL to browsers on GET /graphql (config: off in production unless GRAPHIQL=true). */
  graphiql?: boolean;
  /** Where errors masked by this front are logged with their request id (default: stderr). */
  errorLog?: ErrorLog;
  /** The embedded Neo4j's state (see db/embedded/supervisor); absent: always `ok`. */
  health?: () => DatabaseHealth;
}

/**
 * The HTTP front: `/graphql` for the API, `/health` (the process is alive and its embedded Neo4j
 * is not down; 503 `degraded` while it restarts) and `/ready` (Neo4j is reachable). Plain node:http keeps the request path short and every limit in our hands.
 */
export function createHttpServer(deps: HttpDependencies): http.Server {
  const front = { ...deps, rateLimiter: deps.rateLimiter ?? new RateLimiter(), errorLog: deps.errorLog ?? ((line: string) => console.error(line)) };
  return http.createServer((request, response) => {
    const requestId = newRequestId();
    route(front, request, response, requestId).catch((error: unknown) => {
      front.errorLog(describeMaskedError(requestId, 'the HTTP front', error instanceof Error ? error : new Error(String(error))));
      if (response.headersSent) return void response.end();
      response.setHeader('x-request-id', requestId);
      send(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
    });
  });
}

type Front = HttpDependencies & { rateLimiter: RateLimiter; errorLog: ErrorLog };

async function route(deps: Front, request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    const health = deps.health?.() ?? { status: 'ok' };
    return send(response, health.status === 'ok' ? 200 : 503, { ...health, refusedWrites: refusedWrites(), rateLimited: deps.rateLimiter.refused });
  }
  if (url.pathname === '/ready') {
    const ready = await deps.database.isReachable();
    return send(response, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
  }
  // The dashboard, its assets and the IDE (for browsers) read the API like any other client.
  if (await serveWeb(request, response, url.pathname, { graphiql: deps.graphiql ?? false })) return;
  if (url.pathname !== '/graphql') return send(response, 404, { error: 'not found' });

  response.setHeader('x-request-id', requestId);
  const authentication = authenticate(request.headers.authorization, deps.keys ?? NO_KEYS);
  const viewer = authentication.kind === 'viewer' ? authentication.viewer : null;
  // Paid for before the body is read; a wrong key pays from its address's budget like no key.
  const rateLimit = deps.rateLimiter.admit(viewer ? { kind: 'key', viewer } : {
    kind: 'address', address: clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], deps.rateLimiter.limits.trustedProxies),
  });
  for (const [name, value] of Object.entries(rateLimit.headers())) response.setHeader(name, value);
  if (!rateLimit.allowed) return send(response, 429, { errors: [rateLimit.refusal()] });
  if (authentication.kind === 'invalid') return unauthenticated(response, authentication.reason);
  if (!viewer && deps.readAccess === 'key') return unauthenticated(response, 'This API needs an API key (Authorization: Bearer <key>).');
  if (!isJsonOrAbsent(request.headers['content-type'])) {
    return send(response, 415, { errors: [{ message: 'Send GraphQL requests as application/json in UTF-8', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  }
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
    context: async () => ({ ...deps.createContext(viewer), request: { id: requestId, rateLimit } }),
  });
  response.statusCode = result.status ?? 200;
  for (const [key, value] of result.headers) response.setHeader(key, value);
  // After the cost was charged (or refused): the headers show what is left.
  for (const [name, value] of Object.entries(rateLimit.headers())) response.setHeader(name, value);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** JSON only, and only in UTF-8: other charsets would be decoded wrongly, so they are refused. */
function isJsonOrAbsent(contentType: string | undefined): boolean {
  if (contentType === undefined) return true;
  const [type, ...parameters] = contentType.toLowerCase().split(';').map((part) => part.trim());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return (type === 'application/json' || type === 'application/graphql-response+json') && (charset === undefined || charset === 'utf-8' || charset === 'utf8');
}

function readBody(request: IncomingMessage): Promise<string | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      // Stop buffering at once; the rest of the body is drained and discarded.
      request.off('data', onData);
      request.resume();
      resolve('too large');
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function unauthenticated(response: ServerResponse, message: string): void {
  response.setHeader('www-authenticate', 'Bearer');
  send(response, 401, { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}
