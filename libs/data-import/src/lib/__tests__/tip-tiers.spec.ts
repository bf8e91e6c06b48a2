/**
 * TIP tiers: map_tiers.csv (tier codes 3 = Watch List, 4 = Tier 3; NA; KOS for Kosovo; quoted names with commas)
 * and the messy hand-entered workbook (duplicate rows, blank cells, inconsistent names, tiers as text).
 */
import { parseMapTiersCsv, parseTipTierRankingsXlsx } from '../tip-tiers';
import { workbookOf } from './xlsx-fixture';

describe('parseMapTiersCsv', () => {
  const csv = [
    'countryname,iso,year,ccode,tier',
    'Albania,ALB,2005,339,1', // line 2
    'Albania,ALB,2006,339,2',
    'Albania,ALB,2007,339,3', // 3 is Tier 2 Watch List, not Tier 3
    'Albania,ALB,2008,339,4', // 4 is Tier 3
    'Albania,ALB,1999,339,NA', // not rated
    '"Bolivia, Plurinational State of",BOL,2005,145,2', // quoted name with a comma
    'Kosovo,KOS,2010,347,2', // Correlates-of-War code for Kosovo
    'Curacao,CUW,2015,NA,2', // no COW code
    'Atlantis,ATL,2005,999,1', // line 10: unknown code
    'Albania,ALB,2009,339,5', // line 11: no such tier code
    'Albania,ALB,20x0,339,1', // line 12: bad year
    'Albania,ALB,2005,339,1', // line 13: same key, same tier
    'Albania,ALB', // line 14: short row
  ].join('\n');

  it('maps tier codes, NA and Kosovo, and reports every bad row with its line', () => {
    const { rows, rejected } = parseMapTiersCsv(csv);
    expect(rows.map((r) => `${r.key} ${r.tier}`)).toEqual([
      'ALB:2005 TIER_1',
      'ALB:2006 TIER_2',
      'ALB:2007 TIER_2_WATCH_LIST',
      'ALB:2008 TIER_3',
      'ALB:1999 NOT_RATED',
      'BOL:2005 TIER_2',
      'XKK:2010 TIER_2',
      'CUW:2015 TIER_2',
    ]);
    expect(rows[5].sourceName).toBe('Bolivia, Plurinational State of');
    expect(rows[6].country).toEqual({ alpha2: 'XK', alpha3: 'XKK', name: 'Kosovo' });
    expect(rows[6].cowCode).toBe(347);
    expect(rows[7].cowCode).toBeNull();
    expect(rejected).toEqual([
      { line: 10, reason: 'unknown country code "ATL"' },
      { line: 11, reason: 'tier code "5" is not 1, 2, 3 (Watch List), 4 (Tier 3) or NA' },
      { line: 12, reason: 'year "20x0" is not a year' },
      { line: 13, reason: 'duplicate of line 2 (ALB:2005, same tier)' },
      { line: 14, reason: 'expected 5 fields, found 2' },
    ]);
  });

  it('rejects every row of a country-year whose tiers disagree', () => {
    const { rows, rejected } = parseMapTiersCsv('countryname,iso,year,ccode,tier\nChad,TCD,2009,483,2\nChad,TCD,2009,483,4\n');
    expect(rows).toEqual([]);
    expect(rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(rejected[0].reason).toBe('conflicting tiers for TCD:2009: TIER_2 at line 2, TIER_3 at line 3');
  });

  it('reports missing columns instead of guessing', () => {
    expect(parseMapTiersCsv('country,iso,year\nX,Y,Z\n').rejected).toEqual([{ line: 1, reason: 'missing columns: countryname, ccode, tier' }]);
  });
});

describe('parseTipTierRankingsXlsx', () => {
  const header = ['Year', 'Country', 'Tier Ranking'];
  it('handles text tiers, inconsistent names, blank cells, repeats and other years in a sheet', async () => {
    const xlsx = await workbookOf({
      '2008': [
        header,
        [2008, 'Afghanistan', 2], // row 2
        [2008, 'Albania', '2W'], // Watch List as text
        [2008, 'Antigua & Barbuda', '2 WL'], // other spelling of both name and tier
        [2008, 'N. Korea', 3],
        [2008, 'N. Korea', 3], // row 6: repeated row
        [2008, 'Somalia', 'Special Case'],
        [2008, 'United States', 'Under US narrative'],
        [2008, 'Brazil', null], // row 9: blank tier
        [null, 'Chile', 1], // row 10: blank year
        [2008, 'Netherlands Antilles', 2], // row 11: no current country
        [2009, 'Afghanistan', 2], // row 12: another year on the 2008 sheet
        [2008, 'Cuba', 'Tier 9'], // row 13: unknown tier
      ],
      '2009': [
        header,
        [2009, 'Afghanistan ', '2'], // row 2: same as 2008!12, with a trailing space and the tier as text
        [2009, 'Kyrgystan', '1'],
        [2009, 'Kyrgzystan', '2'], // row 4: same country (another typo), different tier
      ],
    });
    const { rows, rejected } = await parseTipTierRankingsXlsx(xlsx);
    expect(rows.map((r) => `${r.key} ${r.tier}`)).toEqual([
      'AFG:2008 TIER_2',
      'ALB:2008 TIER_2_WATCH_LIST',
      'ATG:2008 TIER_2_WATCH_LIST',
      'PRK:2008 TIER_3',
      'SOM:2008 SPECIAL_CASE',
      'USA:2008 NOT_RATED',
      'AFG:2009 TIER_2',
    ]);
    expect(rejected).toEqual([
      { line: 6, sheet: '2008', reason: 'duplicate of 2008!5 (PRK:2008, same tier)' },
      { line: 9, sheet: '2008', reason: 'blank Tier Ranking' },
      { line: 10, sheet: '2008', reason: 'blank Year' },
      {
        line: 11,
        sheet: '2008',
        reason: '"Netherlands Antilles": Netherlands Antilles, dissolved in 2010 (ISO 3166-3 ANHH): no current country',
      },
      { line: 13, sheet: '2008', reason: 'tier "Tier 9" is not 1, 2, 2W, 3 or Special Case' },
      { line: 2, sheet: '2009', reason: 'duplicate of 2008!12 (AFG:2009, same tier)' },
      { line: 3, sheet: '2009', reason: 'conflicting tiers for KGZ:2009: TIER_1 at 2009!3, TIER_2 at 2009!4' },
      { line: 4, sheet: '2009', reason: 'conflicting tiers for KGZ:2009: TIER_1 at 2009!3, TIER_2 at 2009!4' },
    ]);
  });
});

describe('parseTipTierRankingsXlsx: sheets', () => {
  it('reads only sheets named by a year and reports every other sheet, unread', async () => {
    const book = await workbookOf({
      '2010': [['Year', 'Country', 'Tier Ranking'], [2010, 'France', 1]],
      Notes: [['Year', 'Country', 'Tier Ranking'], [2017, 'France', 2]],
      Pivot: [['a table made by hand']],
    });
    const { rows, rejected } = await parseTipTierRankingsXlsx(book);
    expect(rows.map((r) => `${r.key} ${r.tier}`)).toEqual(['FRA:2010 TIER_1']);
    expect(rejected).toEqual([
      { line: 0, sheet: 'Notes', reason: 'unexpected sheet "Notes", not read: only sheets named by a year (such as 2010) hold tiers' },
      { line: 0, sheet: 'Pivot', reason: 'unexpected sheet "Pivot", not read: only sheets named by a year (such as 2010) hold tiers' },
    ]);
  });

  it('a workbook of some other kind (no sheet named by a year) gives no row, only the sheets it did not read', async () => {
    const { rows, rejected } = await parseTipTierRankingsXlsx(await workbookOf({ Main: [['Variable', 'Label']], Region: [['ISO2', 'ISO3']] }));
    expect(rows).toEqual([]);
    expect(rejected.map((r) => r.sheet)).toEqual(['Main', 'Region']);
  });
});
