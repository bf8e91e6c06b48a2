import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectUtcBetween, headerValues, readCsvExport, type ReadCsvExport } from '../support/csv-export';
import { describeWithData } from '../support/data-files';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, signIn } from './support/browser';

/**
 * The header block member@demo.test (NL police, NL-POL in demo-data.ts) gets on a CTDC export of the task force:
 * scope = the task force as NL-POL may see it, no operation id line, k = SMALL_CELL_K's default 11, CTDC cited,
 * made between `from` and `to`.
 */
function expectCtdcHeader(exported: ReadCsvExport, from: Date, to: Date): void {
  expect(exported.header.map(([name]) => name)).toEqual(['scope', 'small-cell threshold k', 'source', 'generated at']);
  // Public data: the whole data set, the same for every agency (not "the task force as NL-POL may see it").
  expect(headerValues(exported, 'scope')).toEqual(['Whole public data set ctdc (the same for every agency)']);
  expect(headerValues(exported, 'small-cell threshold k')).toEqual(['11']);
  expect(headerValues(exported, 'source')[0]).toMatch(/Counter Trafficking Data Collaborative \(CTDC\)/);
  expectUtcBetween(headerValues(exported, 'generated at')[0], from, to);
}

/** The raw CTDC file the API imports (PUBLIC_DATA_DIR, by default ../shared/data from the workspace root). */
const DATA_DIR = process.env['PUBLIC_DATA_DIR'] ? resolve(process.env['PUBLIC_DATA_DIR']) : join(__dirname, '..', '..', '..', 'shared', 'data');
const CTDC_FILE = join(DATA_DIR, 'ctdc', 'CTDC_VPsynthetic_condensed.csv');

/**
 * Counts records per `gender` straight from the raw file, independently of the importer: one record per
 * non-empty line after the header, the second comma-separated field (the file has no quoted fields).
 */
function expectedSexCounts(): { female: number; male: number; unknown: number; total: number } {
  const lines = readFileSync(CTDC_FILE, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0]?.split(',') ?? [];
  const column = header.indexOf('gender');
  if (column < 0) throw new Error(`No "gender" column in ${CTDC_FILE}`);
  if (lines.some((line) => line.includes('"'))) throw new Error('The CTDC file has quoted fields: split it with a CSV parser');
  let female = 0;
  let male = 0;
  let unknown = 0;
  for (const line of lines.slice(1)) {
    const gender = line.split(',')[column]?.trim();
    if (gender === 'Female') female += 1;
    else if (gender === 'Male') male += 1;
    else unknown += 1;
  }
  return { female, male, unknown, total: female + male + unknown };
}

/** Calls the API's GraphQL endpoint as `token` (or anonymously) and returns `data`, failing on any error. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/**
 * Counts records per (UN_COO_Region → UN_COE_Region) straight from the raw file, with both regions known: the
 * flows the dashboard's map may draw. Small flows (< k) are to be suppressed, not drawn.
 */
function expectedRegionFlows(): Map<string, number> {
  const lines = readFileSync(CTDC_FILE, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0]?.split(',') ?? [];
  const from = header.indexOf('UN_COO_Region');
  const to = header.indexOf('UN_COE_Region');
  if (from < 0 || to < 0) throw new Error(`No UN_COO_Region / UN_COE_Region column in ${CTDC_FILE}`);
  const flows = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const fields = line.split(',');
    const a = fields[from]?.trim();
    const b = fields[to]?.trim();
    if (a && b) flows.set(`${a}>${b}`, (flows.get(`${a}>${b}`) ?? 0) + 1);
  }
  return flows;
}

/** The flows a map draws and the rows its table lists, as "from>to:count", sorted. */
async function mapContents(page: Page, mapTestId: string): Promise<{ countries: number; drawn: string[]; rows: string[]; rowsOnMap: string[] }> {
  const map = page.getByTestId(mapTestId);
  await map.getByTestId('world-map').waitFor();
  const keys = (selector: string) =>
    map.locator(selector).evaluateAll((els) => els.map((el) => `${el.getAttribute('data-from')}>${el.getAttribute('data-to')}:${el.getAttribute('data-count')}`).sort());
  return {
    countries: await map.locator('svg path.tf-map__country').count(),
    drawn: await keys('[data-testid="map-flow"]'),
    rows: await keys('[data-testid="map-flow-row"]'),
    rowsOnMap: await keys('[data-testid="map-flow-row"][data-drawn="true"]'),
  };
}

const grouped = (n: number) => n.toLocaleString('en-GB');

/** Text of a one-dimensional table row's figure, by category. */
function rowFigure(page: Page, category: string) {
  return page.locator(`[data-testid="indicators-row"][data-category="${category}"] [data-testid="indicators-cell"]`);
}

describeWithData([CTDC_FILE])('indicators dashboard', () => {
  let browser: Browser;
  let page: Page | undefined;

  afterEach(async () => {
    // The last state of the screen, also when the test fails.
    await saveScreenshot(page, 'indicators-dashboard-last');
  });

  beforeAll(async () => {
    // A platform admin loads the real CTDC file through the API (idempotent: a re-run reports it unchanged).
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'admin@demo.test', password: DEMO_PASSWORD } },
    );
    const { importDataset } = await graphql<{ importDataset: { inserted: number; unchanged: number; rejected: unknown[] } }>(
      'mutation { importDataset(kind: CTDC) { inserted unchanged rejected { line reason } } }',
      {},
      login.accessToken,
    );
    expect(importDataset.inserted + importDataset.unchanged).toBeGreaterThan(0);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the CTDC breakdown by sex as a chart and a table with the totals of the raw file', async () => {
    const expected = expectedSexCounts();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, 'member@demo.test');

    await page.getByTestId('nav-indicators').click();
    await page.getByTestId('indicators-page').waitFor();
    await page.getByTestId('indicators-source').selectOption('ctdc');
    await page.getByTestId('indicators-dimension-1').selectOption('SEX');

    await page.getByTestId('indicators-table').waitFor();
    await page.getByTestId('indicators-chart').locator('canvas').waitFor();
    expect(await page.getByTestId('indicators-chart').getAttribute('data-bars')).toBe('3');
    expect((await rowFigure(page, 'FEMALE').textContent())?.trim()).toBe(grouped(expected.female));
    expect((await rowFigure(page, 'MALE').textContent())?.trim()).toBe(grouped(expected.male));
    expect((await rowFigure(page, 'UNKNOWN').textContent())?.trim()).toBe(grouped(expected.unknown));
    expect((await page.getByTestId('indicators-total').textContent())?.trim()).toBe(grouped(expected.total));
    expect(await page.getByTestId('indicators-percent-note').textContent()).toContain(
      `of the ${expected.female + expected.male} records where sex is known (${expected.unknown} unknown)`,
    );
    expect(await page.getByTestId('indicators-citation').textContent()).toMatch(/^Source: .*CTDC/);

    // The map of flows between regions: countries drawn from the bundled TopoJSON; every flow drawn and listed is a
    // flow of the raw file with its exact count and at least k = 11 records; no flow under 11 is drawn; a flow of 11 or
    // more may be hidden as well (complementary suppression, so that a small one cannot be worked out from the
    // region totals); the legend counts every flow not drawn.
    const flows = expectedRegionFlows();
    const small = [...flows].filter(([, n]) => n < 11).length;
    await page.getByTestId('case-flows-map').getByTestId('map-flow').first().waitFor();
    const map = await mapContents(page, 'case-flows-map');
    expect(map.countries).toBeGreaterThan(100);
    expect(map.drawn).toEqual(map.rowsOnMap);
    expect(map.rows).toEqual(map.rowsOnMap);
    expect(map.rows.length).toBeGreaterThan(0);
    for (const row of map.rows) {
      const at = row.lastIndexOf(':');
      const n = flows.get(row.slice(0, at));
      expect({ row, n }).toEqual({ row, n: Number(row.slice(at + 1)) });
      expect(n).toBeGreaterThanOrEqual(11);
    }
    expect(small).toBeGreaterThan(0);
    const notDrawn = flows.size - map.rows.length;
    expect(notDrawn).toBeGreaterThanOrEqual(small);
    expect(await page.getByTestId('case-flows-map').getByTestId('map-suppressed').textContent()).toContain(
      `${notDrawn} ${notDrawn === 1 ? 'flow' : 'flows'} suppressed (under 11 records, or hidden`,
    );
    const citation = await page.getByTestId('case-flows-map').getByTestId('map-citation').textContent();
    expect(citation).toMatch(/Counter Trafficking Data Collaborative/);
    expect(citation).toMatch(/Natural Earth/);
    await saveScreenshot(page, 'indicators-dashboard');

    // The flows table downloads as CSV exactly as shown: one row per listed flow, no suppressed flow in it.
    const flowsFrom = new Date();
    const [flowsDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-flows-map').locator('[data-testid^="csv-"]').click()]);
    const flowsExport = readCsvExport(readFileSync(await flowsDownload.path(), 'utf8'));
    expectCtdcHeader(flowsExport, flowsFrom, new Date());
    const flowRows = flowsExport.rows;
    expect(flowRows[0].slice(0, 2)).toEqual(['From', 'To']);
    expect(flowRows.slice(1).map((r) => Number(r[2].replace(/,/g, ''))).sort((a, b) => a - b)).toEqual(map.rows.map((k) => Number(k.slice(k.lastIndexOf(':') + 1))).sort((a, b) => a - b));

    // The CSV export is the same protected table.
    const tableFrom = new Date();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('indicators-download-csv').click()]);
    const exported = readCsvExport(readFileSync(await download.path(), 'utf8'));
    expectCtdcHeader(exported, tableFrom, new Date());
    expect(exported.rows).toContainEqual(['FEMALE', String(expected.female)]);
    expect(exported.rows).toContainEqual(['Total', String(expected.total)]);

    // A second breakdown: small cells read "suppressed (< 11)", never 0.
    await page.getByTestId('indicators-dimension-2').selectOption('FORM_OF_EXPLOITATION');
    await page.getByTestId('indicators-column-total').first().waitFor();
    const rowTotals = (await page.getByTestId('indicators-row-total').allTextContents()).map((text) => text.trim());
    expect(rowTotals).toEqual([grouped(expected.female), grouped(expected.male), grouped(expected.unknown)]);
    await page.getByTestId('indicators-suppressed').waitFor();
    expect(await page.getByTestId('indicators-suppressed').textContent()).toContain('suppressed (< 11)');
    await saveScreenshot(page, 'indicators-dashboard-two-way');
  });
});

/**
 * The leads page map: exactly the legs of the leads the signed-in user may read, worked out by hand from
 * libs/api/leads/src/lib/demo-leads.ts — SPF holds an active share of "barge" (NG → ES → NL; its location data is
 * covered by the NLPOL-SPF-MOU); NG-NATA of "brokers" (NG → TH). (Agencies no other browser test shares leads with
 * or takes leads from: lead-sharing.e2e-spec.ts passes "barge" on to ES-BIP and BE-SIS.)
 */
describe('leads page map', () => {
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await saveScreenshot(page, 'leads-routes-map-last');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['ngo-liaison@demo.test', ['ES>NL:1', 'NG>ES:1']],
    ['outsider@demo.test', ['NG>TH:1']],
  ])('%s sees the legs of the leads it may read, and no others', async (email, legs) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page, email);
    await page.getByTestId('nav-leads').click();
    await page.getByTestId('lead-routes-map').getByTestId('map-flow').first().waitFor();
    const map = await mapContents(page, 'lead-routes-map');
    expect(map.countries).toBeGreaterThan(100);
    expect(map.drawn).toEqual(legs);
    expect(map.rows).toEqual(legs);
    await saveScreenshot(page, `leads-routes-map-${email.split('@')[0]}`);
    await context.close();
  });
});
