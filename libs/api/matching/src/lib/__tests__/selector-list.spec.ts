import { SelectorKind } from '@taskforce/domain/matching';
import { readSelectorList } from '../selector-list';

describe('readSelectorList', () => {
  it('reads value into the kind’s main field and country as the region of a national phone number', () => {
    const list = readSelectorList('kind,value,country\nPHONE,0712 345 678,RO\nphone,0612345678,\nIBAN,RO49 AAAA 1B31 0075 9384 0000,', 'NL');
    expect(list).toEqual({
      ok: true,
      lines: [
        { line: 2, kind: SelectorKind.PHONE, selector: expect.objectContaining({ value: '+40712345678' }) },
        { line: 3, kind: SelectorKind.PHONE, selector: expect.objectContaining({ value: '+31612345678' }) },
        { line: 4, kind: SelectorKind.IBAN, selector: expect.objectContaining({ value: 'RO49AAAA1B31007593840000' }) },
      ],
    });
  });

  it('names the column of each problem: value for the main field, the qualifier’s own column otherwise', () => {
    const list = readSelectorList('kind,value,country,issuingCountry,documentType\nPLATE,B123ABC,RO,,\nVEHICLE_REGISTRATION,,,,\nIDENTITY_DOCUMENT,AB123456,,RO,PASS', null);
    expect(list.ok && list.lines.map((l) => [l.line, l.kind, l.errors?.map((e) => e.field)])).toEqual([
      [2, null, ['kind']],
      [3, SelectorKind.VEHICLE_REGISTRATION, ['value', 'country']],
      [4, SelectorKind.IDENTITY_DOCUMENT, ['documentType']],
    ]);
  });

  it('keeps the file’s line numbers across blank lines and reports a line with the wrong number of fields', () => {
    const list = readSelectorList('kind,value\n\nEMAIL,a@example.ro\nEMAIL,b@example.ro,extra\n', null);
    expect(list.ok && list.lines.map((l) => [l.line, l.errors?.map((e) => e.field) ?? 'ok'])).toEqual([
      [3, 'ok'],
      [4, [null]],
    ]);
  });

  it('refuses a header without kind and value, and more than 10,000 lines, on the csv argument', () => {
    expect(readSelectorList('type,selector\nPHONE,1', null)).toEqual({ ok: false, problems: [{ field: 'csv', message: expect.stringContaining('missing: kind, value') }] });
    const long = ['kind,value', ...Array.from({ length: 10_001 }, () => 'PHONE,1')].join('\n');
    expect(readSelectorList(long, null)).toEqual({ ok: false, problems: [{ field: 'csv', message: expect.stringContaining('10,001') }] });
    expect(readSelectorList(long.split('\n').slice(0, 10_001).join('\n'), null).ok).toBe(true);
  });
});
