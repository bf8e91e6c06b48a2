import { setFormatLocale } from '../dates';
import { formatList } from '../lists';

// Expected texts written from CLDR's list patterns (https://cldr.unicode.org, "listPatterns") for each language.
describe('formatList', () => {
  afterEach(() => setFormatLocale(undefined));

  it('joins words of a sentence as each language does', () => {
    const words = ['Romania', 'Spain', 'Moldova'];
    expect(formatList(words, 'conjunction', 'en')).toBe('Romania, Spain and Moldova');
    expect(formatList(words, 'conjunction', 'en-US')).toBe('Romania, Spain and Moldova');
    expect(formatList(words, 'conjunction', 'fr')).toBe('Romania, Spain et Moldova');
    expect(formatList(words, 'conjunction', 'es')).toBe('Romania, Spain y Moldova');
    expect(formatList(['رومانيا', 'إسبانيا', 'مولدوفا'], 'conjunction', 'ar')).toBe('رومانيا وإسبانيا ومولدوفا');
  });

  it('says "or" for alternatives', () => {
    expect(formatList(['H1', 'H2'], 'disjunction', 'en-GB')).toBe('H1 or H2');
    expect(formatList(['H1', 'H2'], 'disjunction', 'fr')).toBe('H1 ou H2');
    expect(formatList(['H1', 'H2'], 'disjunction', 'ar')).toBe('H1 أو H2');
  });

  it('writes an enumeration standing alone without "and" in English', () => {
    expect(formatList(['Task-force member', 'Analyst'], 'unit', 'en')).toBe('Task-force member, Analyst');
    expect(formatList(['A', 'B', 'C'], 'unit', 'ar')).toBe('A، وB، وC');
  });

  it('gives nothing for no item and the item alone for one', () => {
    expect(formatList([], 'conjunction', 'fr')).toBe('');
    expect(formatList(['Romania'], 'conjunction', 'fr')).toBe('Romania');
  });

  it('follows the language shown when no locale is given', () => {
    setFormatLocale('fr');
    expect(formatList(['Europol', 'INTERPOL'])).toBe('Europol et INTERPOL');
    setFormatLocale('es-ES');
    expect(formatList(['Europol', 'Frontex'])).toBe('Europol y Frontex');
    // Spanish writes "e" for "and" before a word that starts with an "i" sound (CLDR's Spanish list patterns).
    expect(formatList(['Europol', 'INTERPOL'])).toBe('Europol e INTERPOL');
  });
});
