import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectUtcBetween, headerValues, readCsvExport } from '../support/csv-export';
import { describeWithData } from '../support/data-files';
import { ARTIFACTS_DIR, launchChromium, saveScreenshot, signIn } from './support/browser';

/** The data folder the API reads (PUBLIC_DATA_DIR, else ../shared/data beside the workspace root). */
const DATA = process.env['PUBLIC_DATA_DIR'] ? resolve(process.env['PUBLIC_DATA_DIR']) : join(__dirname, '..', '..', '..', 'shared', 'data');
const GLOTIP = join(DATA, 'glotip', 'data_glotip.xlsx');
const MAP_TIERS = join(DATA, 'tip-tiers', 'map_tiers.csv');

/** The Netherlands' TIP tier for `year`, straight from map_tiers.csv (codes 1, 2, 3 = Tier 2 Watch List, 4). */
function rawTier(year: number): string {
  const labels: Record<string, string> = { '1': 'Tier 1', '2': 'Tier 2', '3': 'Tier 2 Watch List', '4': 'Tier 3', NA: 'Not rated' };
  for (const line of readFileSync(MAP_TIERS, 'utf8').split(/\r?\n/)) {
    const f = line.split(',');
    if (f[f.length - 4] === 'NLD' && f[f.length - 3] === String(year)) return labels[f[f.length - 1].trim()];
  }
  throw new Error(`no NLD ${year} row in ${MAP_TIERS}`);
}

/** The published total of detected victims of the Netherlands in `year`, from the raw workbook (all-"Total" row). */
async function rawDetectedVictims(year: number): Promise<string> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(GLOTIP);
  const sheet = workbook.getWorksheet('data_glotip_1');
  let found: string | null = null;
  sheet?.eachRow((row) => {
    const v = (row.values as unknown[]).slice(1).map((c) => String(c ?? '').trim());
    if (v[0] === 'NLD' && v[4] === 'Detected trafficking victims' && v.slice(5, 9).every((x) => x === 'Total') && v[9] === String(year)) found = v[11];
  });
  if (found === null) throw new Error(`no NLD ${year} total in ${GLOTIP}`);
  return found;
}

const LAW_TITLE = 'Criminal Code art. 273f (trafficking in human beings)';

describeWithData([GLOTIP, MAP_TIERS])('country profile', () => {
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await saveScreenshot(page, 'country-profile-last');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin imports tiers and GLOTIP, adds a law, and the profile shows the tier history and the impact chart with the law marked', async () => {
    const [expectedTier2001, expectedVictims2011] = [rawTier(2001), await rawDetectedVictims(2011)];
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, 'admin@demo.test');

    // The admin import screen runs importDataset and shows the report.
    await page.getByTestId('nav-imports').click();
    await page.getByTestId('imports-page').waitFor();
    for (const kind of ['TIP_TIERS_CSV', 'GLOTIP']) {
      await page.getByTestId(`import-run-${kind}`).click();
      const report = page.getByTestId(`import-report-${kind}`);
      await report.waitFor({ timeout: 100_000 });
      const count = async (id: string) => Number(((await report.getByTestId(id).textContent()) ?? '').replace(/,/g, ''));
      expect((await count('import-inserted')) + (await count('import-unchanged'))).toBeGreaterThan(100);
    }
    // GLOTIP has rows that are refused (regional aggregates, conflicting repeats): listed with line and reason.
    expect(Number(((await page.getByTestId('import-report-GLOTIP').getByTestId('import-rejected').textContent()) ?? '').replace(/,/g, ''))).toBeGreaterThan(0);
    await saveScreenshot(page, 'country-imports');

    // The country list leads to the profile of the Netherlands.
    await page.getByTestId('nav-countries').click();
    await page.locator('[data-testid="countries-row"][data-code="NL"] a').click();
    await page.getByTestId('country-name').filter({ hasText: /^Netherlands \(NL\)$/ }).waitFor();

    // A platform admin adds a law on the profile page.
    await page.getByTestId('law-add').click();
    await page.getByTestId('law-new-title').fill(LAW_TITLE);
    await page.getByTestId('law-new-reference').fill('Stb. 2004, 645');
    await page.getByTestId('law-new-in-force-on').fill('2005-01-01');
    await page.getByTestId('law-new-source-url').fill('https://wetten.overheid.nl/BWBR0001854');
    await page.getByTestId('law-new-save').click();
    await page.getByTestId('country-law').filter({ hasText: LAW_TITLE }).waitFor();
    // 1 January 2005 as the browser's English locale writes a long date ("1 January 2005" in en-GB, "January 1, 2005" in en-US).
    const inForce = await page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2005, 0, 1)),
    );
    expect(await page.getByTestId('country-law-in-force').first().textContent()).toBe(inForce);

    // Tier history: chart and table, tiers as in the raw file.
    await page.getByTestId('country-tier-chart').locator('canvas').waitFor();
    await page.getByTestId('country-tiers').locator('summary').click();
    expect((await page.locator('[data-testid="country-tier-row"][data-year="2001"] td').first().textContent())?.trim()).toBe(expectedTier2001);
    expect(await page.getByTestId('country-tier-sources').textContent()).toMatch(/Trafficking in Persons Report/);

    // The tier table's CSV (written in the browser) carries the header block: public data of the Netherlands, no
    // operation, no small-cell protection, the TIP Report cited; then the table as shown.
    const from = new Date();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-country-tier-table').click()]);
    const exported = readCsvExport(readFileSync(await download.path(), 'utf8'));
    expect(exported.header.map(([name]) => name).filter((name) => name !== 'source')).toEqual(['scope', 'small-cell threshold k', 'generated at']);
    expect(headerValues(exported, 'scope')[0]).toMatch(/^Netherlands.* \(NL\), public data$/);
    expect(headerValues(exported, 'small-cell threshold k')).toEqual(['not applied (no small-cell protected figures)']);
    expect(headerValues(exported, 'source').length).toBeGreaterThan(0);
    for (const source of headerValues(exported, 'source')) expect(source).toMatch(/Trafficking in Persons Report/);
    expectUtcBetween(headerValues(exported, 'generated at')[0], from, new Date());
    expect(exported.rows[0]).toEqual(['Year', 'Tier', 'Source']);
    expect(exported.rows).toContainEqual(['2001', expectedTier2001, expect.any(String)]);

    // Impact chart with the law's marker and the sources.
    const impact = page.getByTestId('country-impact-chart');
    await impact.locator('canvas').waitFor();
    await page.locator('[data-testid="country-impact-chart"][data-law-markers="1"]').waitFor();
    expect(Number(await impact.getAttribute('data-points'))).toBeGreaterThan(10);
    expect(await page.getByTestId('country-impact-marker').allTextContents()).toEqual([`${inForce}: ${LAW_TITLE}`]);
    const sources = (await page.getByTestId('country-impact-sources').textContent()) ?? '';
    expect(sources).toMatch(/UNODC, Global Report on Trafficking in Persons/);
    expect(sources).toMatch(/Trafficking in Persons Report/);
    expect(sources).toMatch(/National anti-trafficking laws/);
    await page.getByTestId('country-impact').locator('summary').click();
    expect((await page.locator('[data-testid="country-impact-row"][data-year="2011"] td').first().textContent())?.trim()).toBe(expectedVictims2011);

    // Agreements in force and rules in effect come from the demo legal data.
    await page.locator('[data-testid="country-agreement"][data-agreement-id="NL-RO-MLA"]').waitFor();
    expect(await page.locator('[data-testid="country-agreement"][data-agreement-id="NL-TH-PILOT"]').count()).toBe(0);
    await page.locator('[data-testid="country-rule"][data-rule-id="NL-2"]').waitFor();

    // Clear of the sticky header before the close-up of the chart.
    await page.evaluate(() => {
      const card = document.querySelector('[data-testid="country-impact"]');
      if (card) window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 120);
    });
    await impact.screenshot({ path: join(ARTIFACTS_DIR, 'country-impact-chart.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'country-profile');
  });
});
