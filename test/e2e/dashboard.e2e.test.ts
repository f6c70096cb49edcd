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
  ['meeting-fr-presented', '/#/meeting/mtg-pssdc-2020-09-24?types=presented&lang=FR'],
  ['actions', '/#/actions'],
  ['profiles-people', '/#/profiles?tab=people'],
  ['profiles-jurisdictions', '/#/profiles?tab=jurisdictions'],
  ['person', '/#/person/person-bev-dicks'],
  ['jurisdiction', '/#/jurisdiction/CA-BC'],
  ['organization', '/#/organization/org-isac'],
  ['body', '/#/body/body-pssdc'],
  ['body-fr', '/#/body/body-joint-councils?lang=FR'],
  ['themes-presented', '/#/themes?types=presented'],
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
  ['attendance-unlisted', '/#/meeting/mtg-pssdc-2020-09-24'],
  ['meeting-statements', '/#/meeting/mtg-pssdc-2020-09-24?types=presented'],
  ['person-statements', '/#/person/person-mark-burns'],
  ['search', '/#/search?q=identite%20numerique&lang=FR'],
])('the CSV export of table %s holds exactly the rows on screen', async (name, target) => {
  const { page, errors } = await openPage(e2e, target);
  const screen = await tableOnScreen(page, name);
  expect(screen.length).toBeGreaterThan(1);
  expect(await downloadCsv(page, name)).toEqual(screen);
  expect(errors).toEqual([]);
  await page.context().close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${e2e.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`API: ${JSON.stringify(body.errors)}`);
  return body.data;
}

it('a person on no attendance list is shown apart from the listed attendance, with the counts', async () => {
  const { meeting } = await api<{ meeting: { attendanceCounts: { listed: number; unlisted: number }; attendance: { role: string; listed: boolean; person: { id: string } }[] } }>(
    '{ meeting(id: "mtg-pssdc-2020-09-24") { attendanceCounts { listed unlisted } attendance { role listed person { id } } } }');
  expect(meeting.attendance.filter((a) => a.person.id === 'person-jackie-stankey')).toEqual([{ role: 'SPEAKER', listed: false, person: { id: 'person-jackie-stankey' } }]);
  const { page, errors } = await openPage(e2e, '/#/meeting/mtg-pssdc-2020-09-24');
  const unlisted = page.locator('table[data-table="attendance-unlisted"] tr[data-person="person-jackie-stankey"]');
  expect(await unlisted.count()).toBe(1);
  expect(await unlisted.getAttribute('data-role')).toBe('SPEAKER');
  expect(await unlisted.innerText()).toContain('Jackie Stankey');
  expect(await page.locator('table[data-table="attendance"] tr[data-people~="person-jackie-stankey"]').count()).toBe(0);
  expect(await page.locator('table[data-table="attendance"]').innerText()).not.toContain('Jackie Stankey');
  expect(await page.locator('table[data-table="attendance-unlisted"] tbody tr').count()).toBe(meeting.attendanceCounts.unlisted);
  const counts = page.locator('.attendance-counts');
  expect(await counts.getAttribute('data-listed')).toBe(String(meeting.attendanceCounts.listed));
  expect(await counts.getAttribute('data-unlisted')).toBe(String(meeting.attendanceCounts.unlisted));
  expect(await page.locator('h3', { hasText: 'Named in the minutes but on no attendance list' }).count()).toBe(1);
  // An agenda item the minutes say drew no comments says so.
  const quiet = page.locator('table[data-table="agenda"] tr[data-no-discussion="true"]');
  expect(await quiet.count()).toBeGreaterThan(0);
  expect(await quiet.first().innerText()).toContain('No comments or questions');
  await screenshot(page, 'meeting-unlisted');
  expect(errors).toEqual([]);
  await page.context().close();
});

type Fact = { id: string; basis: string; reason: string | null; inferences: { field: string }[] };

it('an inferred fact found through the API carries a marker with its reason; a stated one carries none', async () => {
  const { meetings } = await api<{ meetings: { nodes: { id: string; statements: Fact[]; decisions: Fact[]; actionItems: Fact[] }[] } }>(
    `{ meetings(first: 20) { nodes { id ${['statements', 'decisions', 'actionItems'].map((f) => `${f} { id basis reason inferences { field } }`).join(' ')} } } }`);
  const found = meetings.nodes.flatMap((m) => [
    ...m.statements.map((fact) => ({ meeting: m.id, table: 'meeting-statements', fact })),
    ...m.decisions.map((fact) => ({ meeting: m.id, table: 'decisions', fact })),
    ...m.actionItems.map((fact) => ({ meeting: m.id, table: 'meeting-actions', fact })),
  ]);
  const inferred = found.find((f) => f.fact.basis === 'INFERRED');
  const stated = found.find((f) => f.fact.basis === 'STATED' && f.meeting === inferred?.meeting);
  if (!inferred || !stated) throw new Error('the seeded graph has no inferred statement, decision or follow-up action next to a stated one');

  const { page, errors } = await openPage(e2e, `/#/meeting/${inferred.meeting}`);
  const row = page.locator(`table[data-table="${inferred.table}"] tr[data-id="${inferred.fact.id}"]`);
  expect(await row.getAttribute('data-basis')).toBe('INFERRED');
  const badge = row.locator('.inferred');
  expect(await badge.count()).toBe(1);
  expect(await badge.isVisible()).toBe(true);
  expect(await badge.innerText()).toContain('Inferred');
  // The reason is in the tooltip and in the badge's text (read by screen readers), not in colour alone.
  const firstReason = (inferred.fact.reason ?? '').replace(/^[^:]*: /, '').slice(0, 40);
  expect(await badge.getAttribute('title')).toContain(firstReason);
  expect(await badge.locator('.sr-only').textContent()).toContain(firstReason);
  const statedRow = page.locator(`table[data-table="${stated.table}"] tr[data-id="${stated.fact.id}"]`);
  expect(await statedRow.getAttribute('data-basis')).toBe('STATED');
  expect(await statedRow.locator('.inferred').count()).toBe(0);
  await badge.scrollIntoViewIfNeeded();
  await screenshot(page, 'meeting-inferred');
  // The same marker in French.
  await page.click('button.lang');
  await waitForRender(page, (hash) => hash.includes('lang=FR'));
  expect(await page.locator(`table[data-table="${inferred.table}"] tr[data-id="${inferred.fact.id}"] .inferred`).innerText()).toContain('Déduit');
  expect(errors).toEqual([]);
  await page.context().close();
});

async function matrixTotal(page: Page): Promise<number> {
  const counts = await page.locator('table[data-matrix="themes"] a.cell').allInnerTexts();
  return counts.reduce((sum, c) => sum + Number(c), 0);
}

it('the statement-type filter changes the matrix, is kept in the URL and reaches the passages', async () => {
  const totals = await api<Record<'all' | 'presented' | 'discussion', { cells: { count: number }[] }>>(`{
    all: themeJurisdictionMatrix { cells { count } }
    presented: themeJurisdictionMatrix(statementTypes: [PRESENTATION]) { cells { count } }
    discussion: themeJurisdictionMatrix(statementTypes: [REMARK, QUESTION, ANSWER]) { cells { count } } }`);
  const sum = (m: { cells: { count: number }[] }) => m.cells.reduce((s, c) => s + c.count, 0);
  expect(sum(totals.presented)).not.toBe(sum(totals.all));

  const { page, errors } = await openPage(e2e, '/#/themes');
  expect(await matrixTotal(page)).toBe(sum(totals.all));
  await page.selectOption('form.filters select[name="types"]', 'presented');
  await page.click('form.filters button[type="submit"]');
  await waitForRender(page, (hash) => hash.includes('types=presented'));
  expect(await matrixTotal(page)).toBe(sum(totals.presented));
  expect(await page.locator('form.filters select[name="types"]').inputValue()).toBe('presented');
  await screenshot(page, 'themes-presented-filter');

  // A cell's passages are only those of the chosen kind.
  await page.locator('table[data-matrix="themes"] a.cell').first().click();
  await page.locator('.cell-detail').waitFor();
  await waitForRender(page, (hash) => hash.includes('rep='));
  const types = await page.locator('table[data-table="cell-statements"] tbody tr td:nth-child(4)').allInnerTexts();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(['Presentation']));

  // The shared link keeps the filter; "raised in discussion" gives the other count.
  const shared = await openPage(e2e, '/#/themes?types=discussion');
  expect(await matrixTotal(shared.page)).toBe(sum(totals.discussion));
  expect(errors).toEqual([]);
  expect(shared.errors).toEqual([]);
  await shared.page.context().close();
  await page.context().close();
});

it('the statements of a meeting can be narrowed to what was presented', async () => {
  const { page, errors } = await openPage(e2e, '/#/meeting/mtg-pssdc-2020-09-24');
  const all = await page.locator('table[data-table="meeting-statements"] tbody tr').count();
  await page.selectOption('form[data-filter="statement-types"] select', 'presented');
  await waitForRender(page, (hash) => hash.includes('types=presented'));
  const types = await page.locator('table[data-table="meeting-statements"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')));
  expect(types.length).toBeGreaterThan(0);
  expect(types.length).toBeLessThan(all);
  expect(new Set(types)).toEqual(new Set(['PRESENTATION']));
  expect(errors).toEqual([]);
  await page.context().close();
});

it('body and organization profiles show their other names and a “Mentioned in” list', async () => {
  for (const [type, id, alias] of [['body', 'body-joint-councils', 'JC'], ['organization', 'org-isac', 'ICCS']] as const) {
    const data = await api<Record<string, { mentionedIn: unknown[] }>>(`{ entity: ${type}(id: "${id}") { mentionedIn { text } } }`);
    const { page, errors } = await openPage(e2e, `/#/${type}/${id}`);
    expect(await page.locator('.aliases').innerText()).toContain(alias);
    expect(await page.locator('h3', { hasText: 'Mentioned in' }).count()).toBe(1);
    expect(await page.locator(`table[data-table="${type}-mentioned-in"] tbody tr`).count()).toBe(data.entity?.mentionedIn.length ?? -1);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

it('a statement’s mentions link to the pages the dashboard has, and stay plain text otherwise', async () => {
  const { meeting } = await api<{ meeting: { statements: { id: string; mentions: { entity: { __typename: string; id?: string } }[] }[] } }>(
    `{ meeting(id: "mtg-pssdc-2020-09-24") { statements { id mentions { entity { __typename
      ${['Person', 'Organization', 'Jurisdiction', 'Body', 'Program', 'Meeting'].map((type) => `... on ${type} { id }`).join(' ')} } } } } }`);
  const withPage = new Set(['Person', 'Organization', 'Jurisdiction', 'Body', 'Meeting']);
  const statement = meeting.statements.find((s) => s.mentions.some((m) => withPage.has(m.entity.__typename)) && s.mentions.some((m) => !withPage.has(m.entity.__typename)));
  if (!statement) throw new Error('no statement of mtg-pssdc-2020-09-24 names both an entity with a page and one without');
  const { page, errors } = await openPage(e2e, '/#/meeting/mtg-pssdc-2020-09-24');
  const row = page.locator(`table[data-table="meeting-statements"] tr[data-id="${statement.id}"]`);
  for (const { entity } of statement.mentions) {
    const shown = row.locator(`[data-mention="${entity.id}"]`);
    expect(await shown.count()).toBe(1);
    expect(await shown.evaluate((e) => e.tagName)).toBe(withPage.has(entity.__typename) ? 'A' : 'SPAN');
  }
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
