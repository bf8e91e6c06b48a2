import { DatasetKind, importDataset } from '@taskforce/api-indicators';
import { DATA_FILES } from '@taskforce/data-import';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headerValues, readCsvExport } from '../support/csv-export';
import { describeWithData } from '../support/data-files';
import { gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * The public figures of the indicators dashboard, through the real API on a real database, checked against figures
 * this test computes itself from the raw files in ../shared/data (read with csv-parse, never with the importers).
 */
const DATA = process.env.PUBLIC_DATA_DIR ? resolve(process.env.PUBLIC_DATA_DIR) : resolve(__dirname, '../../../shared/data');
const CTDC = join(DATA, DATA_FILES.ctdc);

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
    t = await startTestApp();
    member = await login(t.url, 'member@demo.test');
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
