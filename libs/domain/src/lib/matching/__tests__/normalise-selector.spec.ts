/**
 * The entry point: one selector whatever way it was written, problems naming fields, never a throw on bad input.
 */
import { normaliseSelector } from '../normalise-selector';
import { SelectorKind } from '../selector-types';

describe('normaliseSelector', () => {
  it('reads +40 712 345 678, 0040712345678 and 0712 345 678 in a Romanian lead as one selector', () => {
    const values = ['+40 712 345 678', '0040712345678', '0712 345 678'].map((phone) => {
      const result = normaliseSelector(SelectorKind.PHONE, { phone }, { defaultRegion: 'RO' });
      return result.ok ? result.selector.value : null;
    });
    expect(values).toEqual(['+40712345678', '+40712345678', '+40712345678']);
  });

  it('reports a bad IBAN checksum as a problem on the iban field', () => {
    const result = normaliseSelector(SelectorKind.IBAN, { iban: 'RO48 AAAA 1B31 0075 9384 0000' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['iban']);
  });

  it('names the kind when the kind is unknown', () => {
    const result = normaliseSelector('LICENCE' as SelectorKind, { phone: '+40712345678' } as never);
    expect(result).toEqual({ ok: false, problems: [{ field: 'kind', message: 'Choose what kind of selector this is.' }] });
  });

  it.each([
    [SelectorKind.PHONE, ['phone']],
    [SelectorKind.EMAIL, ['email']],
    [SelectorKind.IDENTITY_DOCUMENT, ['number', 'issuingCountry', 'documentType']],
    [SelectorKind.IBAN, ['iban']],
    [SelectorKind.ACCOUNT_NUMBER, ['number']],
    [SelectorKind.VEHICLE_REGISTRATION, ['plate', 'country']],
    [SelectorKind.CRYPTO_ADDRESS, ['network', 'address']],
    [SelectorKind.ONLINE_HANDLE, ['platform', 'handle']],
    [SelectorKind.WEB_DOMAIN, ['domain']],
  ])('%s with no input names the missing fields %j', (kind, fields) => {
    const result = normaliseSelector(kind, null as never);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(fields);
  });
});
