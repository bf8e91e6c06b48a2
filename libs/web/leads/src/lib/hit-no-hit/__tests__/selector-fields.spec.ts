import { fieldErrorsOf, listFileProblem, selectorInput, SELECTOR_KIND_FIELDS } from '../selector-fields';

describe('selectorInput', () => {
  it('keeps only the chosen kind’s fields, trimmed, and drops empty optional ones', () => {
    const values = { phone: ' +40 712 345 678 ', region: '', email: 'left@over.ro', plate: 'B123ABC' };
    expect(selectorInput('PHONE', values)).toEqual({ kind: 'PHONE', phone: '+40 712 345 678' });
  });

  it('sends the qualifiers of a kind, upper-casing country codes', () => {
    const values = { number: 'AB123456', issuingCountry: 'ro', documentType: 'PASSPORT', country: 'NL' };
    expect(selectorInput('IDENTITY_DOCUMENT', values)).toEqual({ kind: 'IDENTITY_DOCUMENT', number: 'AB123456', issuingCountry: 'RO', documentType: 'PASSPORT' });
  });

  it('sends a required field even when empty, so that the server names it', () => {
    expect(selectorInput('VEHICLE_REGISTRATION', { plate: 'B 123 ABC' })).toEqual({ kind: 'VEHICLE_REGISTRATION', country: '', plate: 'B 123 ABC' });
  });
});

describe('SELECTOR_KIND_FIELDS', () => {
  it('names every kind’s main field (the value column of a list)', () => {
    expect(Object.fromEntries(Object.entries(SELECTOR_KIND_FIELDS).map(([kind, fields]) => [kind, fields.find((f) => f.main)?.name]))).toEqual({
      PHONE: 'phone',
      EMAIL: 'email',
      IDENTITY_DOCUMENT: 'number',
      IBAN: 'iban',
      ACCOUNT_NUMBER: 'number',
      VEHICLE_REGISTRATION: 'plate',
      CRYPTO_ADDRESS: 'address',
      ONLINE_HANDLE: 'handle',
      WEB_DOMAIN: 'domain',
    });
  });
});

describe('fieldErrorsOf', () => {
  it('maps a line’s errors to its columns, the line as a whole under "line"', () => {
    expect(
      fieldErrorsOf([
        { field: 'value', message: 'Enter an IBAN.' },
        { field: null, message: 'expected 7 fields, found 2' },
      ]),
    ).toEqual([
      { column: 'value', message: 'Enter an IBAN.' },
      { column: 'line', message: 'expected 7 fields, found 2' },
    ]);
  });
});

describe('listFileProblem', () => {
  it('refuses an empty file and one over 2 MiB, accepts one of exactly 2 MiB', () => {
    expect(listFileProblem({ size: 0 })).toEqual({ id: 'hitNoHit.list.empty' });
    expect(listFileProblem({ size: 2 * 1024 * 1024 })).toBeNull();
    expect(listFileProblem({ size: 2 * 1024 * 1024 + 1 })).toEqual({ id: 'hitNoHit.list.tooLarge', values: { kib: 2048 } });
  });
});
