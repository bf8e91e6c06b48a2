import { csvField, toCsv } from '../csv';

describe('CSV writing', () => {
  it('quotes only what needs quoting, doubling quotes (RFC 4180)', () => {
    expect(csvField('Netherlands')).toBe('Netherlands');
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvField('the "Palermo" Protocol')).toBe('"the ""Palermo"" Protocol"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+31 20')).toBe("'+31 20");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-5')).toBe('-5');
  });

  it('ends every row with CRLF', () => {
    expect(toCsv([['sex', 'value'], ['FEMALE', 'suppressed (< 11)'], ['Total', '12']])).toBe('sex,value\r\nFEMALE,suppressed (< 11)\r\nTotal,12\r\n');
    expect(toCsv([])).toBe('');
  });
});
