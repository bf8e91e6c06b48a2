/** The CSV layer: BOM, CRLF, quoted commas, no final newline, wrong field counts — reported by line, not fatal. */
import { readCsv } from '../csv';

describe('readCsv', () => {
  it('reads BOM, CRLF, quoted commas and multi-line fields with the right line numbers', () => {
    const t = readCsv('\uFEFFa,b\r\n1,2\r\n"x,y",3\r\n\r\n"multi\nline",5\r\n7,8');
    expect(t.header).toEqual(['a', 'b']); // no BOM glued to "a"
    expect(t.lines).toEqual([
      { line: 2, values: ['1', '2'] },
      { line: 3, values: ['x,y', '3'] },
      { line: 5, values: ['multi\nline', '5'] }, // line 4 is blank
      { line: 7, values: ['7', '8'] }, // last line without newline
    ]);
    expect(t.rejected).toEqual([]);
  });

  it('rejects rows with the wrong number of fields and carries on', () => {
    const t = readCsv('a,b\n1\n2,3\n4,5,6\n7,8\n');
    expect(t.lines.map((l) => l.line)).toEqual([3, 5]);
    expect(t.rejected).toEqual([
      { line: 2, reason: 'expected 2 fields, found 1' },
      { line: 4, reason: 'expected 2 fields, found 3' },
    ]);
  });

  it('rejects a record with a broken quote, with its line', () => {
    const t = readCsv('a,b\n1,2\n3,"bad"x\n');
    expect(t.lines).toEqual([{ line: 2, values: ['1', '2'] }]);
    expect(t.rejected).toHaveLength(1);
    expect(t.rejected[0].line).toBe(3);
    expect(t.rejected[0].reason).toMatch(/^unreadable CSV: Invalid Closing Quote/);
  });
});
