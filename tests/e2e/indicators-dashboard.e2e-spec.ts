import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, signIn } from './support/browser';

/** The raw CTDC file the API imports (PUBLIC_DATA_DIR defaults to ../shared/data from the workspace root). */
const CTDC_FILE = join(__dirname, '..', '..', '..', 'shared', 'data', 'ctdc', 'CTDC_VPsynthetic_condensed.csv');
const HAVE_CTDC = existsSync(CTDC_FILE);
if (!HAVE_CTDC) {
  console.warn(`Skipping the indicators dashboard browser test: ${CTDC_FILE} is absent (no CTDC data to import).`);
}

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

const grouped = (n: number) => n.toLocaleString('en-GB');

/** Text of a one-dimensional table row's figure, by category. */
function rowFigure(page: Page, category: string) {
  return page.locator(`[data-testid="indicators-row"][data-category="${category}"] [data-testid="indicators-cell"]`);
}

(HAVE_CTDC ? describe : describe.skip)('indicators dashboard', () => {
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
    await saveScreenshot(page, 'indicators-dashboard');

    // The CSV export is the same protected table.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('indicators-download-csv').click()]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain(`FEMALE,${expected.female}`);
    expect(csv).toContain(`Total,${expected.total}`);

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
