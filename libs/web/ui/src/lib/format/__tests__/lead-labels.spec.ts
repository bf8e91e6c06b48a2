import { setFormatLocale } from '../dates';
import { categoryList, countryName, countryWithCode } from '../lead-labels';

describe('countryName', () => {
  it('names ISO 3166-1 alpha-2 codes in English', () => {
    expect(countryName('RO')).toBe('Romania');
    expect(countryName('nl')).toBe('Netherlands');
  });

  it("names them in the person's language once one is active (CLDR names, written here by hand)", () => {
    try {
      setFormatLocale('fr');
      expect(countryName('RO')).toBe('Roumanie');
      expect(countryName('DE')).toBe('Allemagne');
      setFormatLocale('es');
      expect(countryName('RO')).toBe('Rumanía');
      setFormatLocale('ar');
      expect(countryName('RO')).toBe('رومانيا');
      expect(countryName('not a code')).toBe('not a code');
    } finally {
      setFormatLocale(undefined);
    }
    expect(countryName('RO')).toBe('Romania');
  });

  it('writes a country as name and code, and keeps unknown codes as they are', () => {
    expect(countryWithCode('ES')).toBe('Spain (ES)');
    expect(countryWithCode('not a code')).toBe('not a code');
  });
});

describe('categoryList', () => {
  it('lists categories in words', () => {
    expect(categoryList([])).toBe('');
    expect(categoryList(['VICTIM_PERSONAL_DATA'])).toBe('victim personal data');
    expect(categoryList(['VICTIM_PERSONAL_DATA', 'HEALTH_DATA', 'FINANCIAL_DATA'])).toBe(
      'victim personal data, health data and financial data',
    );
  });
});
