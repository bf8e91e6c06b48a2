import { directionOf, intlLocaleFor, pickLanguage } from '../language-choice';

describe('pickLanguage', () => {
  it('takes the person’s stored language first', () => {
    expect(pickLanguage({ person: 'ar', saved: 'fr', browser: ['es-ES'] })).toBe('ar');
  });

  it('then the language saved in this browser', () => {
    expect(pickLanguage({ person: null, saved: 'fr', browser: ['es-ES'] })).toBe('fr');
  });

  it('then the first browser language the client is translated into, by primary subtag', () => {
    expect(pickLanguage({ browser: ['de-DE', 'fr-CA', 'es'] })).toBe('fr');
    expect(pickLanguage({ browser: ['AR-eg'] })).toBe('ar');
  });

  it('else English, also for unknown stored values', () => {
    expect(pickLanguage({ person: 'de', saved: 'xx', browser: ['de-DE', 'nl'] })).toBe('en');
    expect(pickLanguage({})).toBe('en');
  });
});

describe('directionOf', () => {
  it('is right to left for Arabic only', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['en', 'fr', 'es'].map((l) => directionOf(l as 'en'))).toEqual(['ltr', 'ltr', 'ltr']);
  });
});

describe('intlLocaleFor', () => {
  it('keeps the browser’s region when it names the same language', () => {
    expect(intlLocaleFor('en', ['en-gb', 'fr'])).toBe('en-GB');
    expect(intlLocaleFor('fr', ['en-GB', 'fr-CA'])).toBe('fr-CA');
  });

  it('is the language itself otherwise', () => {
    expect(intlLocaleFor('ar', ['en-GB'])).toBe('ar');
    expect(intlLocaleFor('es')).toBe('es');
  });
});
