import { countryChoices } from '../countries';
import { setFormatLocale } from '../dates';
import { countryName } from '../lead-labels';

describe('countries to choose (joint operations, case records)', () => {
  it('offers each assigned ISO 3166-1 alpha-2 code once, Kosovo (XK) included, named in English and sorted by name', () => {
    const choices = countryChoices();
    const codes = choices.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['NL', 'RO', 'ES', 'BE', 'NG', 'TH', 'XK']));
    expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    const names = choices.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(choices.find((c) => c.code === 'RO')?.name).toBe('Romania');
  });

  it("names and sorts them in the person's language", () => {
    try {
      setFormatLocale('fr');
      const names = countryChoices().map((c) => c.name);
      expect(countryChoices().find((c) => c.code === 'DE')?.name).toBe('Allemagne');
      // French order: Allemagne (DE) before Belgique (BE), whatever the codes' order.
      expect(names.indexOf('Allemagne')).toBeLessThan(names.indexOf('Belgique'));
      expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    } finally {
      setFormatLocale(undefined);
    }
  });

  it('falls back on the code for something that is not a region code', () => {
    expect(countryName('NL')).toBe('Netherlands');
    expect(countryName('not a code')).toBe('not a code');
  });
});
