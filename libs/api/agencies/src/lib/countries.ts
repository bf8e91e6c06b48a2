import * as countries from 'i18n-iso-countries';
// eslint-disable-next-line @typescript-eslint/no-require-imports
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** True when `code` is an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** English short name of an ISO 3166-1 alpha-2 code, or null when unknown. */
export function countryName(code: string | null): string | null {
  if (!code) return null;
  return countries.getName(code, 'en') ?? null;
}
