import { getAlpha2Codes } from 'i18n-iso-countries';

/** One country a joint operation may cover: ISO 3166-1 alpha-2 code and English short name. */
export interface CountryChoice {
  code: string;
  name: string;
}

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** English short name of an ISO 3166-1 alpha-2 code (the code itself when the browser cannot name it). */
export function countryName(code: string): string {
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

let cached: CountryChoice[] | null = null;

/**
 * Every ISO 3166-1 alpha-2 code the server accepts (i18n-iso-countries, the list the API checks against, which
 * includes XK for Kosovo), named in English and sorted by name.
 */
export function countryChoices(): readonly CountryChoice[] {
  if (!cached) {
    cached = Object.keys(getAlpha2Codes())
      .map((code) => ({ code, name: countryName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return cached;
}
