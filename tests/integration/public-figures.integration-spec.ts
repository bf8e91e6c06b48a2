import { DatasetKind, importDataset, IndicatorImportService } from '@taskforce/api-indicators';
import { DATA_FILES } from '@taskforce/data-import';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headerValues, readCsvExport } from '../support/csv-export';
import { describeWithData, itWithData } from '../support/data-files';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { createTestDatabase, errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * The public figures of the indicators dashboard, through the real API on a real database, checked against figures
 * this test computes itself from the raw files in ../shared/data (read with csv-parse, never with the importers).
 */
const DATA = process.env.PUBLIC_DATA_DIR ? resolve(process.env.PUBLIC_DATA_DIR) : resolve(__dirname, '../../../shared/data');
const CTDC = join(DATA, DATA_FILES.ctdc);
const PALERMO_COUNTS = join(DATA, DATA_FILES.palermoCounts);
const MAP_TIERS = join(DATA, DATA_FILES.mapTiers);
const TIP_WORKBOOK = join(DATA, DATA_FILES.tipTierRankings);
const GLOTIP = join(DATA, DATA_FILES.glotip);
const ROOT = resolve(__dirname, '../..');
const IMPORT_CLI = join(ROOT, 'dist/api/apps/api/src/import-cli.js');

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

/** The readers of the figures: a member of the NL police, and the task-force secretariat's platform admin. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' });
  await f.person({ email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' }, { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] });
}

/** A CSV file of ../shared/data as objects keyed by column name (csv-parse; BOM stripped, fields trimmed). */
const rawCsv = (file: string): Array<Record<string, string>> => parse(readFileSync(file, 'utf8'), { bom: true, columns: true, skip_empty_lines: true, trim: true });

/** The CTDC file's records as objects keyed by column name (BOM stripped, blanks kept as ''). */
function rawCtdc(): Array<Record<string, string>> {
  return parse(readFileSync(CTDC, 'utf8'), { bom: true, columns: true, skip_empty_lines: true, trim: true });
}

/** Counts of `keyOf(record)` over the raw records; '' counts as UNKNOWN. */
function countBy<T>(records: readonly T[], keyOf: (r: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const key = keyOf(r) || 'UNKNOWN';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
  dimensions categories k citation
  cells { key count suppressed label } rowTotals { count suppressed } columnTotals { count suppressed } total { count suppressed }
  percentages { rows { category count percent } denominator unknown note }
  rowPercentages { columns rows { category denominator unknown percents } total { category denominator unknown percents } note } } }`;

describeWithData([CTDC])('public figures: CTDC regions and row percentages', () => {
  let t: TestApp;
  let member: string;
  let raw: Array<Record<string, string>>;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    member = await login(t.url, 'member@nl.test');
    const report = await importDataset(t.db, DatasetKind.CTDC, CTDC);
    expect(report.rejected).toEqual([]);
    raw = rawCtdc();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const table = async (input: Record<string, unknown>) => {
    const res = await gql(t.url, TABLE, { input: { source: 'ctdc', ...input } }, member);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.indicatorTable;
  };

  it('breaks CTDC records down by region of citizenship with the counts of the raw file, regions known where the file names them', async () => {
    const expected = countBy(raw, (r) => r['UN_COO_Region']);
    const t1 = await table({ dimensions: ['CITIZENSHIP_REGION'] });
    expect(t1.categories[0]).toEqual([...expected.keys()].filter((k) => k !== 'UNKNOWN').sort().concat(expected.has('UNKNOWN') ? ['UNKNOWN'] : []));
    for (const cell of t1.cells) {
      const n = expected.get(cell.key[0]) ?? 0;
      // Every region of the file holds far more than k records: shown exactly.
      expect(n).toBeGreaterThanOrEqual(t1.k);
      expect({ region: cell.key[0], count: cell.count }).toEqual({ region: cell.key[0], count: n });
    }
    expect(t1.total.count).toBe(raw.length);
    // Percentages of the known regions: the raw count over the records whose region is known.
    const known = raw.length - (expected.get('UNKNOWN') ?? 0);
    for (const row of t1.percentages.rows) expect(row.percent).toBeCloseTo((100 * (expected.get(row.category) ?? 0)) / known, 1);

    const byExploitation = countBy(raw, (r) => r['UN_COE_Region']);
    const t2 = await table({ dimensions: ['EXPLOITATION_REGION'] });
    for (const cell of t2.cells) expect({ region: cell.key[0], count: cell.count }).toEqual({ region: cell.key[0], count: byExploitation.get(cell.key[0]) ?? 0 });
  });

  it('counts CTDC records naming each form (a record flagged for both counts under both) beside the single-form breakdown', async () => {
    const labour = raw.filter((r) => r['isForcedLabour'] === '1');
    const sexual = raw.filter((r) => r['isSexualExploit'] === '1');
    const both = raw.filter((r) => r['isForcedLabour'] === '1' && r['isSexualExploit'] === '1').length;
    const neither = raw.filter((r) => r['isForcedLabour'] !== '1' && r['isSexualExploit'] !== '1').length;
    const res = await gql(
      t.url,
      `query($input: IndicatorScopeInput!) { formsNamedTable(input: $input) { k note citation total { count }
        rows { form alone { count suppressed } named { count suppressed } } severalForms { count } unknown { count } } }`,
      { input: { source: 'ctdc' } },
      member,
    );
    const f = res.data?.formsNamedTable;
    expect(f.rows).toEqual([
      { form: 'SEXUAL_EXPLOITATION', alone: { count: sexual.length - both, suppressed: false }, named: { count: sexual.length, suppressed: false } },
      { form: 'FORCED_LABOUR', alone: { count: labour.length - both, suppressed: false }, named: { count: labour.length, suppressed: false } },
    ]);
    expect(f.severalForms.count).toBe(both);
    expect(f.unknown.count).toBe(neither);
    expect(f.total.count).toBe(raw.length);
    // Multiple counting: the form-named figures add up to more than the records that name a form.
    expect(labour.length + sexual.length).toBe(raw.length - neither + both);
    expect(f.note).toContain(`do not add up to the ${raw.length.toLocaleString('en-GB')} records`);
    expect(f.citation).toMatch(/Counter Trafficking Data Collaborative/);

    const csv = await gql(t.url, `query($input: IndicatorScopeInput!) { formsNamedTableCsv(input: $input) }`, { input: { source: 'ctdc' } }, member);
    const exported = readCsvExport(csv.data?.formsNamedTableCsv as string);
    expect(headerValues(exported, 'source')[0]).toMatch(/Counter Trafficking Data Collaborative/);
    expect(exported.rows).toContainEqual(['FORCED_LABOUR', String(labour.length - both), String(labour.length)]);
  });

  it('gives row percentages of the known values in a two-way table, none for a suppressed figure', async () => {
    const cells = countBy(raw, (r) => `${r['UN_COO_Region'] || 'UNKNOWN'}>${r['UN_COE_Region'] || 'UNKNOWN'}`);
    const t2 = await table({ dimensions: ['CITIZENSHIP_REGION', 'EXPLOITATION_REGION'] });
    const p = t2.rowPercentages;
    expect(t2.percentages).toBeNull();
    expect(p.columns).toEqual(t2.categories[1].filter((c: string) => c !== 'UNKNOWN'));
    expect(p.rows.map((r: { category: string }) => r.category)).toEqual(t2.categories[0]);
    let checked = 0;
    let withheld = 0;
    for (const row of p.rows) {
      const i = t2.categories[0].indexOf(row.category);
      const rowCells = t2.cells.filter((c: { key: string[] }) => c.key[0] === row.category);
      const unknownCell = rowCells.find((c: { key: string[] }) => c.key[1] === 'UNKNOWN');
      const rawKnown = p.columns.reduce((s: number, col: string) => s + (cells.get(`${row.category}>${col}`) ?? 0), 0);
      if (t2.rowTotals[i].suppressed || unknownCell?.suppressed) {
        // The denominator would be a shown total minus a hidden figure: withheld, with every share of the row.
        expect(row).toMatchObject({ denominator: null });
        expect(row.percents.every((x: number | null) => x === null)).toBe(true);
        withheld++;
        continue;
      }
      expect(row.denominator).toBe(rawKnown);
      p.columns.forEach((col: string, j: number) => {
        const cell = rowCells.find((c: { key: string[] }) => c.key[1] === col);
        if (cell.suppressed) {
          expect(row.percents[j]).toBeNull();
          withheld++;
        } else {
          const expected = Math.round((1000 * (cells.get(`${row.category}>${col}`) ?? 0)) / rawKnown) / 10;
          expect({ cell: `${row.category}>${col}`, percent: row.percents[j] }).toEqual({ cell: `${row.category}>${col}`, percent: expected });
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(5);
    // The file has flows under k = 11 between regions: some shares are withheld.
    expect([...cells.values()].some((n) => n > 0 && n < 11)).toBe(true);
    expect(withheld).toBeGreaterThan(0);
    expect(p.note).toMatch(/known/);
  });
});

describe('public figures: Palermo ratifications, TIP tiers and GLOTIP breakdowns', () => {
  let t: TestApp;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    member = await login(t.url, 'member@nl.test');
  });
  afterAll(async () => {
    await t?.close();
  });

  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(t.url, query, variables, member);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  const PALERMO = `{ palermoRatificationsByYear { years { year ratified cumulative } citation } }`;

  itWithData([PALERMO_COUNTS])('imports ratifications_count.csv through the import path and shows the cumulative ratifications of the raw file', async () => {
    expect((await ask(PALERMO)).palermoRatificationsByYear.years).toEqual([]);
    // The admin screen's path: importDataset(kind: PALERMO_COUNTS) reads the known file of the data folder.
    const admin = await login(t.url, 'admin@jtf.test');
    const mutation = `mutation { importDataset(kind: PALERMO_COUNTS) { source inserted updated unchanged applied rejected { line reason } } }`;
    const first = await gql(t.url, mutation, {}, admin);
    expect(first.errors).toBeUndefined();
    const raw = rawCsv(PALERMO_COUNTS);
    expect(first.data?.importDataset).toEqual({ source: 'palermo_ratification_counts', inserted: raw.length, updated: 0, unchanged: 0, applied: true, rejected: [] });
    expect((await gql(t.url, mutation, {}, admin)).data?.importDataset).toMatchObject({ inserted: 0, unchanged: raw.length });

    const series = (await ask(PALERMO)).palermoRatificationsByYear;
    let running = 0;
    expect(series.years).toEqual(
      raw.map((r) => {
        running += Number(r['num_ratified']);
        return { year: Number(r['year']), ratified: Number(r['num_ratified']), cumulative: running };
      }),
    );
    // The file's own cumulative column (spelt num_ratifited_cum) agrees with the running sum.
    expect(series.years.map((y: { cumulative: number }) => y.cumulative)).toEqual(raw.map((r) => Number(r['num_ratifited_cum'])));
    expect(series.citation).toMatch(/UN Treaty Collection/);
    expect(series.citation).toMatch(/Kelley & Heiss/);
  });

  itWithData([PALERMO_COUNTS])('imports ratifications_count.csv with the CLI (npm run import -- palermo-counts <file>) into a fresh database', async () => {
    if (!existsSync(IMPORT_CLI)) throw new Error(`${IMPORT_CLI} is missing: build the API first (npx nx run api:build)`);
    const database = await createTestDatabase();
    try {
      const run = () => spawnSync(process.execPath, [IMPORT_CLI, 'palermo-counts', PALERMO_COUNTS], { env: { ...process.env, DATABASE_URL: database.url }, encoding: 'utf8', timeout: 120_000 });
      const first = run();
      expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' });
      const rows = rawCsv(PALERMO_COUNTS).length;
      expect(JSON.parse(first.stdout)).toMatchObject({ kind: 'PALERMO_COUNTS', source: 'palermo_ratification_counts', inserted: rows, applied: true, rejected: [] });
      const again = run();
      expect(again.status).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, unchanged: rows });
    } finally {
      await database.drop();
    }
  }, 180_000);

  itWithData([MAP_TIERS, TIP_WORKBOOK])('counts countries per TIP tier and year from map_tiers.csv only, as the raw file has them', async () => {
    const imports = t.app.get(IndicatorImportService);
    const report = await imports.importFile(DatasetKind.TIP_TIERS_CSV, MAP_TIERS);
    // The hand-entered workbook is imported too: its tiers must never show.
    await imports.importFile(DatasetKind.TIP_TIERS_XLSX, TIP_WORKBOOK);
    const refused = new Set(report.rejected.map((r) => r.line));
    const expected = new Map<number, Record<string, number>>();
    const codes: Record<string, string> = { '1': 'tier1', '2': 'tier2', '3': 'tier2WatchList', '4': 'tier3', NA: 'notRated' };
    rawCsv(MAP_TIERS).forEach((r, i) => {
      if (refused.has(i + 2)) return; // line 1 is the header
      const year = Number(r['year']);
      const y = expected.get(year) ?? { year, tier1: 0, tier2: 0, tier2WatchList: 0, tier3: 0, notRated: 0 };
      y[codes[r['tier']]] += 1;
      expected.set(year, y);
    });
    const distribution = (await ask(`{ tipTierDistribution { years { year tier1 tier2 tier2WatchList tier3 notRated } citation } }`)).tipTierDistribution;
    expect(distribution.years).toEqual([...expected.values()].sort((a, b) => a.year - b.year));
    expect(distribution.years.length).toBeGreaterThan(10);
    // Tier codes 3 and 4 are Tier 2 Watch List and Tier 3 (not Tier 3 and Tier 4).
    expect(distribution.years.some((y: { tier2WatchList: number }) => y.tier2WatchList > 0)).toBe(true);
    expect(distribution.citation).toMatch(/Trafficking in Persons Report/);
    expect(distribution.citation).toMatch(/Kelley & Heiss/);
    // The workbook covers 2008–2016: 2016 is beyond map_tiers.csv and must not appear.
    expect(distribution.years.map((y: { year: number }) => y.year)).not.toContain(2016);
  });

  itWithData([GLOTIP])('gives GLOTIP breakdowns by sex, age, form of exploitation and citizenship as published, "<5" kept as "<5" and counted', async () => {
    await importDataset(t.db, DatasetKind.GLOTIP, GLOTIP);
    const raw = await rawGlotip(GLOTIP);
    const BREAKDOWN = `query($input: GlotipBreakdownInput!) { glotipBreakdown(input: $input) {
      code name indicator year breakdown suppressedRows note citation
      rows { category sex age figure { count suppressed published } } total { count suppressed published } } }`;
    const indicator = 'Detected trafficking victims';
    const breakdown = async (b: string) => (await ask(BREAKDOWN, { input: { country: 'NLD', indicator, year: 2018, breakdown: b } })).glotipBreakdown;
    const publishedOf = (rows: Array<{ category: string; sex: string; age: string; figure: { published: string } }>) =>
      Object.fromEntries(rows.map((r) => [`${r.category}|${r.sex}|${r.age}`, r.figure.published]));
    const expectedOf = (test: (r: GlotipRaw) => boolean) => {
      const kept = uniqueRows(raw.filter((r) => r.iso3 === 'NLD' && r.indicator === indicator && r.year === '2018' && r.sex !== '' && r.age !== '' && (r.category !== '' || r.dimension !== 'Total') && test(r)));
      return Object.fromEntries(kept.map((r) => [`${r.category}|${r.sex}|${r.age}`, r.value]));
    };
    let suppressed = 0;
    const checks: Array<[string, (r: GlotipRaw) => boolean]> = [
      ['SEX', (r) => r.dimension === 'Total' && r.category === 'Total' && r.sex !== 'Total' && (r.age === 'Total' || (r.sex === 'Unknown' && r.age === 'Unknown'))],
      ['AGE', (r) => r.dimension === 'Total' && r.category === 'Total' && ((r.sex === 'Total' && r.age !== 'Total') || (r.sex === 'Unknown' && r.age === 'Unknown'))],
      ['FORM_OF_EXPLOITATION', (r) => r.dimension === 'by form of exploitation' && r.sex === 'Total' && r.age === 'Total'],
      ['CITIZENSHIP', (r) => r.dimension === 'by citizenship' && r.sex === 'Total' && r.age === 'Total'],
    ];
    for (const [b, test] of checks) {
      const table = await breakdown(b);
      const expected = expectedOf(test);
      expect(Object.keys(expected).length).toBeGreaterThan(1);
      expect({ b, rows: publishedOf(table.rows) }).toEqual({ b, rows: expected });
      for (const row of table.rows) {
        if (row.figure.published === '<5') {
          expect(row.figure).toEqual({ count: null, suppressed: true, published: '<5' });
          suppressed++;
        } else {
          expect(row.figure).toEqual({ count: Number(row.figure.published.replace(/,/g, '')), suppressed: false, published: row.figure.published });
        }
      }
      expect(table.suppressedRows).toBe(Object.values(expected).filter((v) => v === '<5').length);
      expect(table.total.published).toBe(expectedOf((r) => r.dimension === 'Total' && r.category === 'Total' && r.sex === 'Total' && r.age === 'Total')['Total|Total|Total']);
      expect(table.citation).toMatch(/^UNODC, Global Report on Trafficking in Persons/);
      expect(table.note).toContain('"<5"');
    }
    expect(suppressed).toBeGreaterThan(0);

    // A breakdown row whose Category UNODC left blank (citizenship not stated) is kept, with a blank category.
    const blank = raw.find((r) => r.dimension === 'by citizenship' && r.category === '' && r.sex === 'Total' && r.age === 'Total' && r.iso3 === 'ALB');
    expect(blank).toBeDefined();
    const albania = (await ask(BREAKDOWN, { input: { country: 'ALB', indicator: blank?.indicator, year: Number(blank?.year), breakdown: 'CITIZENSHIP' } })).glotipBreakdown;
    expect(albania.rows.filter((r: { category: string }) => r.category === '').map((r: { figure: { published: string } }) => r.figure.published)).toEqual([blank?.value]);

    // What is published for the country: the breakdowns above for 2018.
    const options = (await ask(`query($c: String!) { glotipBreakdownOptions(country: $c) { indicator year breakdowns } }`, { c: 'NL' })).glotipBreakdownOptions;
    expect(options.find((o: { indicator: string; year: number }) => o.indicator === indicator && o.year === 2018).breakdowns).toEqual(
      expect.arrayContaining(['SEX', 'AGE', 'SEX_AND_AGE', 'FORM_OF_EXPLOITATION', 'CITIZENSHIP']),
    );
    const unknown = await gql(t.url, BREAKDOWN, { input: { country: 'QQ', indicator, year: 2018, breakdown: 'SEX' } }, member);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});

/** One row of data_glotip_1 as text, read with exceljs cell by cell (not with the product's parser). */
interface GlotipRaw {
  iso3: string;
  indicator: string;
  dimension: string;
  category: string;
  sex: string;
  age: string;
  year: string;
  value: string;
}

async function rawGlotip(file: string): Promise<GlotipRaw[]> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('data_glotip_1');
  const rows: GlotipRaw[] = [];
  let header: string[] | null = null;
  sheet?.eachRow((row) => {
    const v = (row.values as unknown[]).slice(1).map((c) => String(c ?? '').trim());
    if (!header) {
      if (v[0] === 'Iso3_code') header = v;
      return;
    }
    const at = (name: string) => v[(header as string[]).indexOf(name)] ?? '';
    rows.push({ iso3: at('Iso3_code'), indicator: at('Indicator'), dimension: at('Dimension'), category: at('Category'), sex: at('Sex'), age: at('Age'), year: at('Year'), value: at('txtVALUE') });
  });
  return rows;
}

/** UNODC's rows once per (category, sex, age): exact repeats once, a key published with two values not at all (no guess). */
function uniqueRows(rows: GlotipRaw[]): GlotipRaw[] {
  const byKey = new Map<string, GlotipRaw[]>();
  for (const r of rows) byKey.set(`${r.dimension}|${r.category}|${r.sex}|${r.age}`, [...(byKey.get(`${r.dimension}|${r.category}|${r.sex}|${r.age}`) ?? []), r]);
  return [...byKey.values()].filter((group) => new Set(group.map((r) => r.value)).size === 1).map((group) => group[0]);
}
