import { countryChoices } from '../countries';
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

  it('falls back on the code for something that is not a region code', () => {
    expect(countryName('NL')).toBe('Netherlands');
    expect(countryName('not a code')).toBe('not a code');
  });
});
