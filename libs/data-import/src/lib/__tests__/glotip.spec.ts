/**
 * UNODC GLOTIP: banner rows above the header, text numbers with thousands separators, `<5` suppressed cells,
 * totals that differ from the sum of their parts (kept as published), regional aggregates, repeated keys.
 */
import { parseGlotipValue, parseGlotipXlsx } from '../glotip';
import { workbookOf } from './xlsx-fixture';

const HEADER = ['Iso3_code', 'Country', 'Region', 'Subregion', 'Indicator', 'Dimension', 'Category', 'Sex', 'Age', 'Year', 'Unit of measurement', 'txtVALUE', 'Source'];
const row = (iso: string, country: string, indicator: string, dim: string, cat: string | null, value: unknown, year: unknown = 2020, sex = 'Total', age = 'Total') => [
  iso, country, 'Europe', 'Western Europe', indicator, dim, cat, sex, age, year, 'Counts', value, 'GLOTIP',
];
const V = 'Detected trafficking victims';
const FORM = 'by form of exploitation';

describe('parseGlotipValue', () => {
  it('reads thousands separators and <5', () => {
    expect(parseGlotipValue('10,070')).toEqual({ value: 10070, suppressed: false });
    expect(parseGlotipValue('1,234,567')).toEqual({ value: 1234567, suppressed: false });
    expect(parseGlotipValue('103')).toEqual({ value: 103, suppressed: false });
    expect(parseGlotipValue('<5')).toEqual({ value: null, suppressed: true });
    expect(parseGlotipValue('10,07')).toBeNull(); // not a thousands separator
    expect(parseGlotipValue('n/a')).toBeNull();
  });
});

describe('parseGlotipXlsx', () => {
  it('skips the banner, parses values, keeps totals as published and reports bad rows', async () => {
    const xlsx = await workbookOf({
      data_glotip_1: [
        ['UNODC', 'unodc_ddds@un.org'], // row 1: banner
        ['30/05/2023'], // row 2: banner
        HEADER, // row 3
        row('NLD', 'Netherlands', V, 'Total', 'Total', '1,070'), // row 4: total
        row('NLD', 'Netherlands', V, FORM, 'Sexual exploitation', '700'), // row 5
        row('NLD', 'Netherlands', V, FORM, 'Forced labour', '300'), // row 6
        row('NLD', 'Netherlands', V, FORM, 'Other forms of exploitation', '<5'), // row 7: suppressed
        row('SAM', '', V, 'Total', 'Total', '2,000'), // row 8: regional aggregate
        row('', 'Sark', V, 'Total', 'Total', '<5'), // row 9: no country of its own
        row('NLD', 'Netherlands', V, FORM, 'Forced labour', '300'), // row 10: repeat, same value
        row('BEL', 'Belgium', V, 'Total', 'Total', 'about 40'), // row 11: not a count
        row('BEL', 'Belgium', V, 'by citizenship', null, '12'), // row 12: blank category of a breakdown: kept (not stated)
        row('BEL', 'Belgium', V, 'Total', 'Total', '40', 'n.d.'), // row 13: no year
        row('DEU', 'Germany', V, 'Total', 'Total', '62', 2017, 'Female'), // row 14
        row('DEU', 'Germany', V, 'Total', 'Total', '43', 2017, 'Female'), // row 15: same key, other value
        row('XKX', 'Kosovo', 'Persons convicted', 'Total', 'Total', 17, 2019), // row 16: numeric cell, Kosovo
        row('BEL', 'Belgium', V, 'Total', null, '40'), // row 17: a total without its category
        row('BEL', 'Belgium', V, 'by citizenship', 'France', '9', 2020, ''), // row 18: blank sex
      ],
    });
    const { rows, rejected } = await parseGlotipXlsx(xlsx);
    expect(rows.map((r) => [r.line, r.country.alpha3, r.category, r.value, r.suppressed])).toEqual([
      [4, 'NLD', 'Total', 1070, false],
      [5, 'NLD', 'Sexual exploitation', 700, false],
      [6, 'NLD', 'Forced labour', 300, false],
      [7, 'NLD', 'Other forms of exploitation', null, true],
      [12, 'BEL', '', 12, false],
      [16, 'XKK', 'Total', 17, false],
    ]);
    expect(rows[4].key).toBe('BEL|Detected trafficking victims|by citizenship||Total|Total|2020');
    // the published total stays 1,070 although the parts add up to 700 + 300 + (1 to 4) = 1,001 to 1,004
    const parts = rows.filter((r) => r.dimension === FORM);
    expect(parts.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(1000);
    expect(rows[0].value).toBe(1070);
    expect(rows[0].valueText).toBe('1,070');
    expect(rows[0].key).toBe('NLD|Detected trafficking victims|Total|Total|Total|Total|2020');
    expect(rows[0].indicatorKind).toBe('VICTIM_IDENTIFIED');
    expect(rows[5].indicatorKind).toBe('CONVICTION');
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [8, 'SAM: UNODC aggregate code without a country name, not an ISO 3166-1 country'],
      [9, '"Sark": Sark is part of the Bailiwick of Guernsey and has no ISO 3166-1 code of its own'],
      [10, 'duplicate of row 6 (NLD|Detected trafficking victims|by form of exploitation|Forced labour|Total|Total|2020, same value)'],
      [11, 'txtVALUE "about 40" is not a count, a count with thousands separators or <5'],
      [13, 'Year "n.d." is not a year'],
      [14, 'conflicting values for DEU|Detected trafficking victims|Total|Total|Female|Total|2017: "62" at row 14, "43" at row 15'],
      [15, 'conflicting values for DEU|Detected trafficking victims|Total|Total|Female|Total|2017: "62" at row 14, "43" at row 15'],
      [17, 'blank Dimension, Sex or Age, or a total without its Category'],
      [18, 'blank Dimension, Sex or Age, or a total without its Category'],
    ]);
    expect(rejected.every((r) => r.sheet === 'data_glotip_1')).toBe(true);
  });

  it('says so when there is no header row', async () => {
    const { rows, rejected } = await parseGlotipXlsx(await workbookOf({ data_glotip_1: [['nothing here']] }));
    expect(rows).toEqual([]);
    expect(rejected).toEqual([{ line: 0, sheet: 'data_glotip_1', reason: 'no header row starting with Iso3_code' }]);
  });
});

describe('parseGlotipXlsx: sheets', () => {
  it('reads data_glotip_1 and reports any other sheet, unread', async () => {
    const { rejected } = await parseGlotipXlsx(await workbookOf({ data_glotip_1: [['banner']], Pivot: [['Country', 'Total']] }));
    expect(rejected).toContainEqual({ line: 0, sheet: 'Pivot', reason: 'unexpected sheet "Pivot", not read: the data are in sheet data_glotip_1' });
  });

  it('without a data_glotip_1 sheet it reads the first sheet and says so', async () => {
    const { rejected } = await parseGlotipXlsx(await workbookOf({ Sheet1: [['banner']], Other: [['x']] }));
    expect(rejected).toContainEqual({ line: 0, sheet: 'Sheet1', reason: 'no sheet data_glotip_1: read the first sheet, "Sheet1", instead' });
    expect(rejected).toContainEqual({ line: 0, sheet: 'Other', reason: 'unexpected sheet "Other", not read: the data are in sheet data_glotip_1' });
  });
});
