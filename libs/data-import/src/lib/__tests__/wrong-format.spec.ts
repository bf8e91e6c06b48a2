/**
 * A file of the wrong format for the importer it is handed to: the whole file is reported as rejected at line 1,
 * nothing is thrown and no row is taken.
 */
import { parseCtdcCsv } from '../ctdc';
import { parseGlotipXlsx } from '../glotip';
import { parseMapTiersCsv, parseTipTierRankingsXlsx } from '../tip-tiers';
import { parsePalermoRatificationYears } from '../palermo';
import { workbookOf } from './xlsx-fixture';

const CSV = 'yearRegister,gender,majorityStatus\n2019,Female,Adult\n';

describe('a file of the wrong format', () => {
  it('a CSV handed to the GLOTIP or TIP-tier workbook importers is "not a workbook"', async () => {
    for (const parse of [parseGlotipXlsx, parseTipTierRankingsXlsx]) {
      const result = await parse(Buffer.from(CSV, 'utf8'));
      expect(result.rows).toEqual([]);
      expect(result.rejected).toEqual([{ line: 1, reason: 'not a workbook (.xlsx)' }]);
    }
  });

  it('an empty buffer is not a workbook either', async () => {
    expect(await parseGlotipXlsx(Buffer.alloc(0))).toEqual({ rows: [], rejected: [{ line: 1, reason: 'not a workbook (.xlsx)' }] });
  });

  it('a missing file is still an error (not a rejected row)', async () => {
    await expect(parseGlotipXlsx('/nonexistent/dir/data_glotip.xlsx')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a workbook read as text by the CSV importers has its columns missing at line 1', async () => {
    const text = (await workbookOf({ data_glotip_1: [['Iso3_code', 'Country'], ['NLD', 'Netherlands']] })).toString('utf8');
    for (const parse of [parseCtdcCsv, parseMapTiersCsv, parsePalermoRatificationYears]) {
      const result = parse(text);
      expect(result.rows).toEqual([]);
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected[0]).toMatchObject({ line: 1, reason: expect.stringMatching(/^missing columns: /) });
    }
  });
});
