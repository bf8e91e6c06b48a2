import { csvCellText } from '../csv-cell';

describe('csvCellText', () => {
  it('writes counts shown with thousands separators as plain numbers', () => {
    expect(csvCellText('4,721')).toBe('4721');
    expect(csvCellText(' 1,234,567 ')).toBe('1234567');
    expect(csvCellText('-12,000')).toBe('-12000');
    expect(csvCellText('999')).toBe('999');
  });

  it('keeps labels, names with commas, percentages and malformed groupings as shown', () => {
    expect(csvCellText('suppressed (< 11)')).toBe('suppressed (< 11)');
    expect(csvCellText('Bolivia, Plurinational State of')).toBe('Bolivia, Plurinational State of');
    expect(csvCellText('12.5%')).toBe('12.5%');
    expect(csvCellText('1,23')).toBe('1,23');
    expect(csvCellText('12,345.6')).toBe('12,345.6');
    expect(csvCellText('Romania\n  (RO)')).toBe('Romania (RO)');
  });
});
