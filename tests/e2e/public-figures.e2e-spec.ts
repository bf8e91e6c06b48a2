import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { headerValues, readCsvExport } from '../support/csv-export';
import { describeWithData } from '../support/data-files';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, signIn } from './support/browser';

/**
 * The public figures of the indicators dashboard, in the browser: CTDC by region, row percentages of a two-way table,
 * records naming each form, GLOTIP breakdowns, countries per TIP tier and year, cumulative Palermo ratifications.
 * Every figure checked is computed here from the raw files in ../shared/data (csv-parse, exceljs cell by cell), and
 * every CSV downloaded must carry its source.
 */
const DATA = process.env['PUBLIC_DATA_DIR'] ? resolve(process.env['PUBLIC_DATA_DIR']) : join(__dirname, '..', '..', '..', 'shared', 'data');
const CTDC = join(DATA, 'ctdc', 'CTDC_VPsynthetic_condensed.csv');
const GLOTIP = join(DATA, 'glotip', 'data_glotip.xlsx');
const MAP_TIERS = join(DATA, 'tip-tiers', 'map_tiers.csv');
const PALERMO_COUNTS = join(DATA, 'palermo', 'ratifications_count.csv');

const rawCsv = (file: string): Array<Record<string, string>> => parse(readFileSync(file, 'utf8'), { bom: true, columns: true, skip_empty_lines: true, trim: true });
const grouped = (n: number) => n.toLocaleString('en-GB');
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

/** GraphQL as `token`, failing on any error. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** The published figures of the Netherlands, detected victims, 2018, by sex (Age Total), from the raw workbook. */
async function rawNetherlandsBySex(): Promise<Record<string, string>> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(GLOTIP);
  const out: Record<string, string> = {};
  workbook.getWorksheet('data_glotip_1')?.eachRow((row) => {
    const v = (row.values as unknown[]).slice(1).map((c) => String(c ?? '').trim());
    const [iso3, , , , indicator, dimension, category, sex, age, year, , value] = v;
    if (iso3 !== 'NLD' || indicator !== 'Detected trafficking victims' || year !== '2018' || dimension !== 'Total' || category !== 'Total') return;
    if (sex !== 'Total' && (age === 'Total' || (sex === 'Unknown' && age === 'Unknown'))) out[sex] = value;
    if (sex === 'Total' && age === 'Total') out['Total'] = value;
  });
  return out;
}

/** Downloads the CSV a button gives and reads it back. */
async function download(page: Page, button: ReturnType<Page['getByTestId']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readCsvExport(readFileSync(await file.path(), 'utf8'));
}

describeWithData([CTDC, GLOTIP, MAP_TIERS, PALERMO_COUNTS])('public figures on the indicators dashboard', () => {
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    const { login } = await graphql<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'admin@demo.test', password: DEMO_PASSWORD },
    });
    for (const kind of ['CTDC', 'GLOTIP', 'TIP_TIERS_CSV', 'PALERMO_COUNTS']) {
      const { importDataset } = await graphql<{ importDataset: { inserted: number; unchanged: number } }>(
        `mutation { importDataset(kind: ${kind}) { inserted unchanged } }`,
        {},
        login.accessToken,
      );
      expect(importDataset.inserted + importDataset.unchanged).toBeGreaterThan(0);
    }
    browser = await launchChromium();
  }, 240_000);
  afterEach(async () => {
    await saveScreenshot(page, 'public-figures-last');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('CTDC by region of citizenship, row percentages by region of exploitation, and records naming each form, as the raw file has them', async () => {
    const raw = rawCsv(CTDC);
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, 'member@demo.test');
    await page.getByTestId('nav-indicators').click();
    await page.getByTestId('indicators-source').selectOption('ctdc');
    await page.getByTestId('indicators-dimension-1').selectOption('CITIZENSHIP_REGION');
    await page.locator('[data-testid="indicators-row"][data-category="Europe"]').waitFor();
    const byRegion = new Map<string, number>();
    for (const r of raw) byRegion.set(r['UN_COO_Region'] || 'UNKNOWN', (byRegion.get(r['UN_COO_Region'] || 'UNKNOWN') ?? 0) + 1);
    for (const [region, n] of byRegion) {
      expect({ region, shown: await text(page, `[data-testid="indicators-row"][data-category="${region}"] [data-testid="indicators-cell"]`) }).toEqual({ region, shown: grouped(n) });
    }

    // Two-way: row percentages of the known regions of exploitation.
    await page.getByTestId('indicators-dimension-2').selectOption('EXPLOITATION_REGION');
    await page.getByTestId('indicators-row-percentages').waitFor();
    const known = raw.filter((r) => r['UN_COO_Region'] === 'Europe' && r['UN_COE_Region'] !== '');
    const europeToEurope = known.filter((r) => r['UN_COE_Region'] === 'Europe').length;
    // A share with one decimal, written as the English locale writes percentages ("37.5%").
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(Math.round((1000 * europeToEurope) / known.length) / 1000);
    expect(await text(page, '[data-testid="indicators-row-percent-row"][data-category="Europe"] [data-column="Europe"]')).toBe(percent);
    expect(await text(page, '[data-testid="indicators-row-percent-row"][data-category="Europe"] [data-testid="indicators-row-percent-denominator"]')).toBe(grouped(known.length));
    expect(await page.getByTestId('indicators-row-percent-note').textContent()).toMatch(/known/);
    await saveScreenshot(page, 'public-figures-row-percentages');

    // Records naming each form: a record flagged for both forms counts under both; the note says they overlap.
    const labour = raw.filter((r) => r['isForcedLabour'] === '1').length;
    const sexual = raw.filter((r) => r['isSexualExploit'] === '1').length;
    const both = raw.filter((r) => r['isForcedLabour'] === '1' && r['isSexualExploit'] === '1').length;
    const card = page.getByTestId('forms-named');
    await card.getByTestId('forms-named-table').waitFor();
    expect(await text(page, '[data-testid="forms-named-row"][data-form="FORCED_LABOUR"] [data-testid="forms-named-named"]')).toBe(grouped(labour));
    expect(await text(page, '[data-testid="forms-named-row"][data-form="FORCED_LABOUR"] [data-testid="forms-named-alone"]')).toBe(grouped(labour - both));
    expect(await text(page, '[data-testid="forms-named-row"][data-form="SEXUAL_EXPLOITATION"] [data-testid="forms-named-named"]')).toBe(grouped(sexual));
    expect(await text(page, '[data-testid="forms-named-several"] td')).toBe(grouped(both));
    expect(await text(page, '[data-testid="forms-named-total"]')).toBe(grouped(raw.length));
    expect(await card.getByTestId('forms-named-note').textContent()).toContain('do not add up to');
    expect(await card.getByTestId('forms-named-chart').getAttribute('data-bars')).toBe('4');
    const formsCsv = await download(page, card.getByTestId('forms-named-download-csv'));
    expect(headerValues(formsCsv, 'source')[0]).toMatch(/Counter Trafficking Data Collaborative/);
    expect(formsCsv.rows).toContainEqual(['FORCED_LABOUR', String(labour - both), String(labour)]);
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'public-figures-forms-named');
    await context.close();
  });

  it('GLOTIP by sex with "<5" as published, countries per TIP tier and year, cumulative ratifications — each with its table and a CSV carrying its source', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    page = await context.newPage();
    await signIn(page, 'member@demo.test');
    await page.getByTestId('nav-indicators').click();
    const section = page.getByTestId('public-figures');
    await section.waitFor();

    // GLOTIP: the Netherlands, detected victims, 2018, by sex.
    const expected = await rawNetherlandsBySex();
    expect(Object.values(expected)).toContain('<5');
    const glotip = page.getByTestId('glotip-breakdown');
    await glotip.getByTestId('glotip-country').selectOption('NL');
    await glotip.getByTestId('glotip-indicator').selectOption('Detected trafficking victims');
    await glotip.getByTestId('glotip-year').selectOption('2018');
    await glotip.getByTestId('glotip-breakdown-by').selectOption('SEX');
    await glotip.locator('[data-testid="glotip-row"][data-sex="Female"]').waitFor();
    for (const [sex, value] of Object.entries(expected)) {
      if (sex === 'Total') continue;
      expect({ sex, shown: await text(page, `[data-testid="glotip-row"][data-sex="${sex}"] [data-testid="glotip-figure"]`) }).toEqual({ sex, shown: value });
    }
    expect(await text(page, '[data-testid="glotip-total"]')).toBe(expected['Total']);
    const lessThanFive = Object.entries(expected).filter(([sex, v]) => sex !== 'Total' && v === '<5').length;
    expect(await glotip.getByTestId('glotip-suppressed').textContent()).toContain(`${lessThanFive} ${lessThanFive === 1 ? 'figure was' : 'figures were'} published as "<5"`);
    expect(await glotip.getByTestId('glotip-chart').getAttribute('data-bars')).toBe(String(Object.keys(expected).length - 1 - lessThanFive));
    expect(await glotip.getByTestId('glotip-citation').textContent()).toMatch(/UNODC, Global Report on Trafficking in Persons/);
    const glotipCsv = await download(page, glotip.getByTestId('csv-glotip-table'));
    expect(headerValues(glotipCsv, 'source')[0]).toMatch(/^UNODC, Global Report on Trafficking in Persons/);
    expect(glotipCsv.rows).toContainEqual(['Female', expected['Female']]);
    expect(glotipCsv.rows.filter((r) => r[1] === '<5').length).toBe(lessThanFive);
    await glotip.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'public-figures-glotip');

    // TIP tiers per year, from map_tiers.csv.
    const tiers = page.getByTestId('tip-tier-distribution');
    await tiers.getByTestId('tip-tier-table').waitFor();
    const codes: Record<string, string> = { '1': 'tier1', '2': 'tier2', '3': 'tier2WatchList', '4': 'tier3', NA: 'notRated' };
    const counted = new Map<string, number>();
    for (const r of rawCsv(MAP_TIERS)) counted.set(`${r['year']}:${codes[r['tier']]}`, (counted.get(`${r['year']}:${codes[r['tier']]}`) ?? 0) + 1);
    for (const year of ['1999', '2005', '2015']) {
      for (const tier of Object.values(codes)) {
        const shown = await text(page, `[data-testid="tip-tier-row"][data-year="${year}"] [data-tier="${tier}"]`);
        expect({ year, tier, shown }).toEqual({ year, tier, shown: String(counted.get(`${year}:${tier}`) ?? 0) });
      }
    }
    expect(await tiers.getByTestId('tip-tier-chart').locator('canvas').count()).toBe(1);
    expect(await tiers.getByTestId('tip-tier-citation').textContent()).toMatch(/Kelley & Heiss/);
    const tiersCsv = await download(page, tiers.getByTestId('csv-tip-tier-table'));
    expect(headerValues(tiersCsv, 'source')[0]).toMatch(/Trafficking in Persons Report.*Kelley & Heiss/);
    await tiers.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'public-figures-tip-tiers');

    // Cumulative ratifications of the Palermo Protocol.
    const palermo = page.getByTestId('palermo-ratifications');
    await palermo.getByTestId('palermo-table').waitFor();
    let running = 0;
    for (const r of rawCsv(PALERMO_COUNTS)) {
      running += Number(r['num_ratified']);
      expect({ year: r['year'], shown: await text(page, `[data-testid="palermo-row"][data-year="${r['year']}"] [data-testid="palermo-cumulative"]`) }).toEqual({ year: r['year'], shown: String(running) });
    }
    expect(await palermo.getByTestId('palermo-chart').getAttribute('data-points')).toBe(String(rawCsv(PALERMO_COUNTS).length));
    expect(await palermo.getByTestId('palermo-citation').textContent()).toMatch(/UN Treaty Collection.*Kelley & Heiss/);
    const palermoCsv = await download(page, palermo.getByTestId('csv-palermo-table'));
    expect(headerValues(palermoCsv, 'source')[0]).toMatch(/UN Treaty Collection/);
    expect(palermoCsv.rows[palermoCsv.rows.length - 1]).toEqual([rawCsv(PALERMO_COUNTS).slice(-1)[0]['year'], rawCsv(PALERMO_COUNTS).slice(-1)[0]['num_ratified'], String(running)]);
    await palermo.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'public-figures-palermo');
    await context.close();
  });
});
