/**
 * Scenario tables — identity documents (ICAO Doc 9303 number alphabet), IBANs (ISO 13616, MOD 97-10 check digits),
 * other account numbers and vehicle registrations. Expected values written by hand; the valid IBANs are the
 * examples of the SWIFT IBAN registry, the invalid ones those with one character changed.
 */
import { normaliseSelector } from '../normalise-selector';
import { IdentityDocumentType, SelectorKind } from '../selector-types';
import { accepts, refuses } from './fixtures';

const { PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT } = IdentityDocumentType;

describe('identity documents', () => {
  accepts(SelectorKind.IDENTITY_DOCUMENT, [
    ['passport', { number: 'AB123456', issuingCountry: 'RO', documentType: PASSPORT }, 'PASSPORT|RO|AB123456', 'AB123456 (PASSPORT, RO)'],
    ['lower case, spaces and dashes', { number: ' ab 123-456 ', issuingCountry: 'ro', documentType: 'passport' }, 'PASSPORT|RO|AB123456', 'AB123456 (PASSPORT, RO)'],
    ['dots and slashes', { number: 'X.12/345', issuingCountry: 'DE', documentType: NATIONAL_ID }, 'NATIONAL_ID|DE|X12345', 'X12345 (NATIONAL_ID, DE)'],
    ['MRZ filler characters', { number: 'L898902C<', issuingCountry: 'NL', documentType: PASSPORT }, 'PASSPORT|NL|L898902C', 'L898902C (PASSPORT, NL)'],
    ['letter O and digit 0 kept apart', { number: 'O0O0', issuingCountry: 'IT', documentType: RESIDENCE_PERMIT }, 'RESIDENCE_PERMIT|IT|O0O0', 'O0O0 (RESIDENCE_PERMIT, IT)'],
    ['Kosovo (XK)', { number: 'P0012345', issuingCountry: 'XK', documentType: PASSPORT }, 'PASSPORT|XK|P0012345', 'P0012345 (PASSPORT, XK)'],
    ['soft hyphen pasted from a PDF', { number: 'AB12\u00ad3456', issuingCountry: 'RO', documentType: PASSPORT }, 'PASSPORT|RO|AB123456', 'AB123456 (PASSPORT, RO)'],
  ]);

  refuses(SelectorKind.IDENTITY_DOCUMENT, [
    ['no number', { number: ' - ', issuingCountry: 'RO', documentType: PASSPORT }, ['number']],
    ['non-Latin letters', { number: 'АВ123456', issuingCountry: 'UA', documentType: PASSPORT }, ['number']],
    ['no issuing country', { number: 'AB123456', issuingCountry: '', documentType: PASSPORT }, ['issuingCountry']],
    ['alpha-3 country', { number: 'AB123456', issuingCountry: 'ROU', documentType: PASSPORT }, ['issuingCountry']],
    ['unknown country', { number: 'AB123456', issuingCountry: 'ZZ', documentType: PASSPORT }, ['issuingCountry']],
    ['no type', { number: 'AB123456', issuingCountry: 'RO', documentType: '' }, ['documentType']],
    ['unknown type', { number: 'AB123456', issuingCountry: 'RO', documentType: 'VISA' }, ['documentType']],
    ['everything missing', { number: '', issuingCountry: '', documentType: '' }, ['number', 'issuingCountry', 'documentType']],
  ]);

  it('the same number from two states, or as two types, is two selectors', () => {
    const valueOf = (issuingCountry: string, documentType: IdentityDocumentType) => {
      const result = normaliseSelector(SelectorKind.IDENTITY_DOCUMENT, { number: 'AB123456', issuingCountry, documentType });
      return result.ok ? result.selector.value : null;
    };
    expect([valueOf('RO', PASSPORT), valueOf('RO', NATIONAL_ID), valueOf('MD', PASSPORT)]).toEqual([
      'PASSPORT|RO|AB123456',
      'NATIONAL_ID|RO|AB123456',
      'PASSPORT|MD|AB123456',
    ]);
  });
});

describe('IBANs', () => {
  accepts(SelectorKind.IBAN, [
    ['Romanian IBAN in groups', { iban: 'RO49 AAAA 1B31 0075 9384 0000' }, 'RO49AAAA1B31007593840000', 'RO49 AAAA 1B31 0075 9384 0000'],
    ['electronic format, lower case', { iban: 'ro49aaaa1b31007593840000' }, 'RO49AAAA1B31007593840000', 'RO49 AAAA 1B31 0075 9384 0000'],
    ['"IBAN" prefix and dashes', { iban: 'IBAN GB82-WEST-1234-5698-7654-32' }, 'GB82WEST12345698765432', 'GB82 WEST 1234 5698 7654 32'],
    ['German IBAN', { iban: 'DE89 3704 0044 0532 0130 00' }, 'DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
  ]);

  refuses(SelectorKind.IBAN, [
    ['empty', { iban: '' }, ['iban']],
    ['bad checksum (check digits 48 for 49)', { iban: 'RO48 AAAA 1B31 0075 9384 0000' }, ['iban']],
    ['one mistyped digit', { iban: 'DE89 3704 0044 0532 0130 01' }, ['iban']],
    ['too short for its country', { iban: 'NL91ABNA041716430' }, ['iban']],
    ['unknown country', { iban: 'XX82WEST12345698765432' }, ['iban']],
  ]);

  it('names the check digits when they do not match', () => {
    const result = normaliseSelector(SelectorKind.IBAN, { iban: 'RO48AAAA1B31007593840000' });
    expect(result.ok ? [] : result.problems).toEqual([{ field: 'iban', message: expect.stringMatching(/check digits/) }]);
  });
});

describe('account numbers without an IBAN', () => {
  accepts(SelectorKind.ACCOUNT_NUMBER, [
    ['country, routing number and account', { number: '1234 5678 9', country: 'us', bankCode: '021000021' }, 'US|021000021|123456789', '123456789 (US 021000021)'],
    ['UK sort code with dashes', { number: '31926819', country: 'GB', bankCode: '60-16-13' }, 'GB|601613|31926819', '31926819 (GB 601613)'],
    ['number only', { number: '00-12345/67' }, '||001234567', '001234567'],
    ['empty country and bank code', { number: '123', country: ' ', bankCode: null }, '||123', '123'],
  ]);

  refuses(SelectorKind.ACCOUNT_NUMBER, [
    ['no number', { number: '' }, ['number']],
    ['symbols in the number', { number: '12#34' }, ['number']],
    ['unknown country', { number: '123', country: 'XY' }, ['country']],
    ['symbols in the bank code', { number: '123', bankCode: 'AB*1' }, ['bankCode']],
  ]);
});

describe('vehicle registrations', () => {
  accepts(SelectorKind.VEHICLE_REGISTRATION, [
    ['Romanian plate with spaces', { country: 'RO', plate: 'B 123 ABC' }, 'RO|B123ABC', 'B123ABC (RO)'],
    ['lower case and dashes', { country: 'de', plate: 'm-ab-1234' }, 'DE|MAB1234', 'MAB1234 (DE)'],
    ['Cyrillic look-alike letters become Latin', { country: 'UA', plate: 'АА 1234 ВС' }, 'UA|AA1234BC', 'AA1234BC (UA)'],
    ['Latin typing of the same plate', { country: 'UA', plate: 'AA1234BC' }, 'UA|AA1234BC', 'AA1234BC (UA)'],
    ['a province character stays', { country: 'CN', plate: '京A·12345' }, 'CN|京A12345', '京A12345 (CN)'],
  ]);

  refuses(SelectorKind.VEHICLE_REGISTRATION, [
    ['no plate', { country: 'RO', plate: '  ' }, ['plate']],
    ['symbols', { country: 'RO', plate: 'B*123' }, ['plate']],
    ['no country', { country: '', plate: 'B123ABC' }, ['country']],
    ['international distinguishing sign instead of ISO code', { country: 'GBZ', plate: 'G1234' }, ['country']],
  ]);
});
