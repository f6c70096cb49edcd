/**
 * Harness for the end-to-end tests: the real HTTP server (dashboard, IDE, API) on port 0 against
 * the test Neo4j with the seeds ingested, and Debian's Chromium driven by playwright-core.
 * A missing browser fails the suite with the reason; it is never skipped.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createContext, type Context } from '../../src/context';
import type { Database } from '../../src/db/Database';
import { createHttpServer } from '../../src/http';
import { ingestFiles } from '../../src/ingest/ingestFiles';
import { listSeedFiles } from '../../src/ingest/seedFiles';
import { createApolloServer } from '../../src/server';
import { buildWeb } from '../../src/web/buildWeb';
import { dangerouslyWipeDatabase, openTestDatabase, SEEDS_DIR } from '../support/testDatabase';

export const ARTIFACTS_DIR = path.resolve(__dirname, '../../test-artifacts/e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2E { url: string; browser: Browser; close: () => Promise<void> }

export async function startE2E(): Promise<E2E> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (Debian) or set CHROMIUM_PATH. The end-to-end tests cannot run without it.`);
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const database: Database = await openTestDatabase();
  await dangerouslyWipeDatabase(database);
  await ingestFiles(database, await listSeedFiles(SEEDS_DIR));
  await buildWeb();
  const apollo: ApolloServer<Context> = createApolloServer({ introspection: true });
  await apollo.start();
  // The default rate limits (all pages share one address here) and the IDE, as npm start serves them outside production.
  const server: Server = createHttpServer({ apollo, database, createContext: (viewer) => createContext(database, { viewer }), graphiql: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await database.close();
    },
  };
}

export interface OpenedPage { page: Page; errors: string[] }

/** Opens a dashboard route and waits until it has rendered; console errors and page errors are collected. */
export async function openPage(e2e: E2E, target: string, ready = 'main[data-ready="true"]'): Promise<OpenedPage> {
  const context = await e2e.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()} ${response.request().postData()?.slice(0, 120) ?? ''}`);
  });
  await page.goto(`${e2e.url}${target}`);
  await page.waitForSelector(ready, { timeout: 30_000 });
  return { page, errors };
}

/** Waits until the page for the current URL has rendered (hash changes render without a navigation). */
export async function waitForRender(page: Page, expectedHash: (hash: string) => boolean = () => true): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const hash = new URL(page.url()).hash;
    const main = page.locator('main[data-ready="true"]');
    if (expectedHash(decodeURIComponent(hash.replace(/\+/g, ' '))) && (await main.count()) === 1 && (await main.getAttribute('data-hash')) === hash) return;
    if (Date.now() > deadline) throw new Error(`page did not render ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Text of every cell of a table, row by row, as shown. */
export async function tableOnScreen(page: Page, name: string): Promise<string[][]> {
  const rows = await page.locator(`table[data-table="${name}"] tr`).all();
  return Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((c) => c.trim())));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

/** Minimal RFC 4180 parser for the CSV the dashboard writes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\ufeff/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && input[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}
