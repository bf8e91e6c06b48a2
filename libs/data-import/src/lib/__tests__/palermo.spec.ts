/** Palermo Protocol ratifications: 2012 means "not ratified by the end of 2011"; a row lacks iso3; CRLF; (sic) header. */
import { parsePalermoRatificationYears, parseRatificationsCount } from '../palermo';

describe('parsePalermoRatificationYears', () => {
  const csv = [
    'country,iso3,cow_code,protocol_year',
    'Afghanistan,AFG,700,2012', // line 2: "2012" = not ratified by the end of 2011
    'Albania,ALB,339,2002',
    '"Congo, DemRep (Zaire)",COD,490,2005', // quoted name with a comma
    'US,,2,2005', // line 5: no iso3 → joined by name
    'Nowhere,,999,2004', // line 6: no code and an unknown name
    'Chad,TCD,483,1999', // line 7: before the Protocol existed
    'Albania,ALB,339,2002', // line 8: repeat
  ].join('\r\n');

  it('reads 2012 as not ratified, joins the row without iso3 by name and reports bad rows', () => {
    const { rows, rejected } = parsePalermoRatificationYears(csv);
    expect(rows.map((r) => [r.key, r.ratifiedYear, r.notRatifiedByEndOfDataRange])).toEqual([
      ['AFG', null, true],
      ['ALB', 2002, false],
      ['COD', 2005, false],
      ['USA', 2005, false],
    ]);
    expect(rows[2].sourceName).toBe('Congo, DemRep (Zaire)');
    expect(rejected).toEqual([
      { line: 6, reason: 'unknown country name "Nowhere"' },
      { line: 7, reason: 'protocol_year "1999" is not between 2000 and 2012' },
      { line: 8, reason: 'duplicate of line 3 (ALB)' },
    ]);
  });
});

describe('parseRatificationsCount', () => {
  it('reads the misspelt cumulative column and checks the running sum', () => {
    const { rows, rejected } = parseRatificationsCount(
      ['year,num_ratified,num_ratifited_cum', '2001,4,4', '2002,17,21', '2003,10,30', '2004,5,35'].join('\n'),
    );
    // 4 → 4; 4 + 17 = 21; 21 + 10 = 31 ≠ 30 (rejected, carry on from 30); 30 + 5 = 35
    expect(rows.map((r) => [r.year, r.ratified, r.cumulative])).toEqual([
      [2001, 4, 4],
      [2002, 17, 21],
      [2004, 5, 35],
    ]);
    expect(rejected).toEqual([{ line: 4, reason: 'cumulative 30 is not the running sum 31' }]);
  });

  it('rejects a year before the Protocol and a repeated year', () => {
    const { rows, rejected } = parseRatificationsCount(['year,num_ratified,num_ratifited_cum', '1999,1,1', '2001,4,4', '2001,4,8'].join('\n'));
    expect(rows.map((r) => r.year)).toEqual([2001]);
    expect(rejected).toEqual([
      { line: 2, reason: "year 1999 is not between 2000 (the Protocol's adoption) and 2100" },
      { line: 4, reason: 'duplicate of line 3 (2001)' },
    ]);
  });

  it('accepts the correct spelling too', () => {
    expect(parseRatificationsCount('year,num_ratified,num_ratified_cum\n2001,4,4\n').rows).toHaveLength(1);
  });
});
