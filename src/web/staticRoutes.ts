/**
 * The browser side of the HTTP front: the dashboard at `/`, its bundled assets under `/assets/`,
 * and, when enabled, the GraphQL IDE on `GET /graphql` for browsers (requests that accept
 * text/html). Only files built into web/dist are served, by exact name: nothing else on disk is
 * reachable.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { DIST_DIR } from './buildWeb';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};
const ASSET_NAME = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
// Everything comes from this origin; React and GraphiQL set inline style attributes.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export interface WebOptions {
  /** Serve GraphiQL (off in production unless enabled: config.graphiql). Its bundle stays on disk but unreachable. */
  graphiql: boolean;
}

/** Serves the request when it is for the dashboard, an asset or the IDE; returns false otherwise. */
export async function serveWeb(request: IncomingMessage, response: ServerResponse, pathname: string, options: WebOptions): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (pathname === '/' || pathname === '/index.html') return sendFile(response, 'index.html');
  if (pathname === '/graphql' && acceptsHtml(request.headers.accept)) return options.graphiql ? sendFile(response, 'graphiql.html') : false;
  if (pathname.startsWith('/assets/')) {
    const name = pathname.slice('/assets/'.length);
    if (!ASSET_NAME.test(name) || name.endsWith('.html')) return false;
    if (!options.graphiql && isGraphiqlAsset(name)) return false;
    return sendFile(response, name);
  }
  return false;
}

/** The IDE's bundle and the files its build emits (fonts, icons); the dashboard uses none of them. */
function isGraphiqlAsset(name: string): boolean {
  return name.startsWith('graphiql.') || /\.(woff2?|ttf|svg)$/.test(name);
}

/** Browsers navigating to /graphql send `Accept: text/html,…`; API clients ask for JSON. */
export function acceptsHtml(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((part) => part.trim().toLowerCase().startsWith('text/html'));
}

async function sendFile(response: ServerResponse, name: string): Promise<boolean> {
  const type = CONTENT_TYPES[path.extname(name)];
  if (!type) return false;
  let body: Buffer;
  try {
    body = await readFile(path.join(DIST_DIR, name));
  } catch {
    if (name.endsWith('.html')) {
      response.statusCode = 503;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('The dashboard is not built: run `npm run build:web` (npm start does it).');
      return true;
    }
    return false;
  }
  response.statusCode = 200;
  response.setHeader('content-type', type);
  response.setHeader('cache-control', 'no-cache');
  response.setHeader('x-content-type-options', 'nosniff');
  if (name.endsWith('.html')) {
    response.setHeader('content-security-policy', CSP);
    response.setHeader('referrer-policy', 'no-referrer');
  }
  response.end(body);
  return true;
}
