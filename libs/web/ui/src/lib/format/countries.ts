import { getAlpha2Codes } from 'i18n-iso-countries';
import { currentFormatLocale } from './dates';
import { countryName } from './lead-labels';

/** One country to choose: ISO 3166-1 alpha-2 code and its name in the person's language. */
export interface CountryChoice {
  code: string;
  name: string;
}

const cached = new Map<string, CountryChoice[]>();

/**
 * Every ISO 3166-1 alpha-2 code the server accepts (i18n-iso-countries, the list the API checks against, which
 * includes XK for Kosovo), named in the person's language (countryName) and sorted by name in that language's order.
 */
export function countryChoices(): readonly CountryChoice[] {
  const locale = currentFormatLocale() ?? 'en';
  let choices = cached.get(locale);
  if (!choices) {
    const collator = new Intl.Collator(locale);
    choices = Object.keys(getAlpha2Codes())
      .map((code) => ({ code, name: countryName(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cached.set(locale, choices);
  }
  return choices;
}
