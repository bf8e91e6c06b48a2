import { getAlpha2Codes } from 'i18n-iso-countries';
import { countryName } from './lead-labels';

/** One country to choose: ISO 3166-1 alpha-2 code and English short name. */
export interface CountryChoice {
  code: string;
  name: string;
}

let cached: CountryChoice[] | null = null;

/**
 * Every ISO 3166-1 alpha-2 code the server accepts (i18n-iso-countries, the list the API checks against, which
 * includes XK for Kosovo), named in English (countryName) and sorted by name.
 */
export function countryChoices(): readonly CountryChoice[] {
  if (!cached) {
    cached = Object.keys(getAlpha2Codes())
      .map((code) => ({ code, name: countryName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return cached;
}
