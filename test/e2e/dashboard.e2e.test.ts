import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { EXAMPLES } from '../../web/graphiql/examples';
import { openPage, parseCsv, screenshot, startE2E, tableOnScreen, waitForRender, type E2E } from './browser';

/** The dashboard and the GraphQL IDE in headless Chromium, against the seeded graph. */
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 180_000);
afterAll(async () => {
  await e2e?.close();
});

const PAGES: [string, string][] = [
  ['themes', '/#/themes'],
  ['themes-fr', '/#/themes?lang=FR'],
  ['meetings', '/#/meetings'],
  ['meeting', '/#/meeting/mtg-pssdc-2020-09-24'],
  ['actions', '/#/actions'],
  ['profiles-people', '/#/profiles?tab=people'],
  ['profiles-jurisdictions', '/#/profiles?tab=jurisdictions'],
  ['person', '/#/person/person-bev-dicks'],
  ['jurisdiction', '/#/jurisdiction/CA-BC'],
  ['organization', '/#/organization/org-isac'],
  ['body', '/#/body/body-pssdc'],
  ['explorer', '/#/explorer?id=person-bev-dicks'],
  ['explorer-connections', '/#/explorer?id=body-pssdc&from=person-bev-dicks&to=body-pscioc'],
  ['search', '/#/search?q=identit%C3%A9%20num%C3%A9rique&lang=FR'],
];

it.each(PAGES)('page %s loads without console errors', async (name, target) => {
  const { page, errors } = await openPage(e2e, target);
  await screenshot(page, name);
  expect(await page.locator('.message.error').count()).toBe(0);
  expect(await page.locator('main table, main svg.graph').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('selecting British Columbia × digital identity shows the quoted passage, and the URL holds the selection', async () => {
  const { page, errors } = await openPage(e2e, '/#/themes');
  await page.click('a.cell[data-theme="theme-digital-identity"][data-rep="CA-BC"]');
  const detail = page.locator('.cell-detail[data-cell="theme-digital-identity|CA-BC"]');
  await detail.waitFor();
  const text = await detail.innerText();
  expect(text).toContain('Les volets du service numérique et de l’Identité numérique sont la clé');
  expect(text).toContain('Bev Dicks');
  expect(await detail.locator('[data-statement="mtg-pssdc-2020-09-24-statement-33"]').count()).toBe(1);
  expect(page.url()).toContain('theme=theme-digital-identity');
  expect(page.url()).toContain('rep=CA-BC');
  await screenshot(page, 'themes-bc-digital-identity');
  // The shared link opens the same selection.
  const shared = await openPage(e2e, new URL(page.url()).hash.replace(/^/, '/'));
  await shared.page.locator('.cell-detail[data-cell="theme-digital-identity|CA-BC"]').waitFor();
  expect(errors).toEqual([]);
  await shared.page.context().close();
  await page.context().close();
});

async function searchStatements(page: Page, query: string): Promise<string[]> {
  await page.fill('input[name="q"]', query);
  await page.click('.search-form button[type="submit"]');
  await waitForRender(page, (hash) => hash.includes(`q=${query}`));
  const rows = await page.locator('table[data-table="search"] tr[data-kind="STATEMENT"]').all();
  return Promise.all(rows.map(async (row) => (await row.getAttribute('data-id')) ?? ''));
}

it('a French search finds the same statements with and without accents, with highlighted snippets', async () => {
  const { page, errors } = await openPage(e2e, '/#/search?lang=FR');
  const accented = await searchStatements(page, 'identité numérique');
  expect(await page.locator('table[data-table="search"] mark').count()).toBeGreaterThan(0);
  await screenshot(page, 'search-accents');
  const plain = await searchStatements(page, 'identite numerique');
  expect(accented.length).toBeGreaterThan(0);
  expect(accented).toContain('mtg-pssdc-2020-09-24-statement-33');
  expect(plain).toEqual(accented);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('the snippet markup is rebuilt from text: no HTML from the data is ever injected', async () => {
  const { page } = await openPage(e2e, '/#/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  expect(await page.locator('main img').count()).toBe(0);
  await page.context().close();
});

async function downloadCsv(page: Page, name: string): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-csv="${name}"]`)]);
  expect(download.suggestedFilename()).toBe(`${name}.csv`);
  return parseCsv(readFileSync(await download.path(), 'utf8')).map((row) => row.map((c) => c.trim()));
}

it.each([
  ['actions', '/#/actions?status=OPEN'],
  ['attendance', '/#/meeting/mtg-pssdc-2020-09-24'],
  ['search', '/#/search?q=identite%20numerique&lang=FR'],
])('the CSV export of table %s holds exactly the rows on screen', async (name, target) => {
  const { page, errors } = await openPage(e2e, target);
  const screen = await tableOnScreen(page, name);
  expect(screen.length).toBeGreaterThan(1);
  expect(await downloadCsv(page, name)).toEqual(screen);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('the interface switches between English and French', async () => {
  const { page } = await openPage(e2e, '/#/actions');
  expect(await page.locator('.main-nav').innerText()).toContain('Follow-up actions');
  await page.click('button.lang');
  await waitForRender(page, (hash) => hash.includes('lang=FR'));
  expect(await page.locator('.main-nav').innerText()).toContain('Mesures de suivi');
  await page.context().close();
});

it('GraphiQL loads at /graphql with the example operations and runs one', async () => {
  const { page, errors } = await openPage(e2e, '/graphql', '.graphiql-container');
  await page.waitForSelector('.graphiql-query-editor .CodeMirror, .graphiql-query-editor .cm-editor, .graphiql-query-editor');
  const tabs = await page.locator('.graphiql-tab').allInnerTexts();
  expect(tabs.join(' ')).toContain('DigitalIdentityAcrossMeetings');
  await screenshot(page, 'graphiql');
  await page.click('.graphiql-execute-button');
  await page.locator('.result-window').filter({ hasText: 'totalStatements' }).waitFor({ timeout: 30_000 });
  await screenshot(page, 'graphiql-result');
  expect(errors).toEqual([]);
  await page.context().close();
});

it('API clients asking for JSON on GET /graphql still reach the API, not the IDE', async () => {
  const response = await fetch(`${e2e.url}/graphql?query=${encodeURIComponent('{ theme(id: "theme-digital-identity") { id } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(await response.json()).toEqual({ data: { theme: { id: 'theme-digital-identity' } } });
});

it('every example operation of the IDE runs without errors against the seeded graph', async () => {
  for (const example of EXAMPLES) {
    const response = await fetch(`${e2e.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query, variables: example.variables ? JSON.parse(example.variables) : {} }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect({ query: example.query.split('\n')[0], errors: body.errors }).toEqual({ query: example.query.split('\n')[0], errors: undefined });
    expect(body.data).toBeTruthy();
  }
});
