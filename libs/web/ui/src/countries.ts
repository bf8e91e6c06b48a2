// The country list (ISO 3166-1 alpha-2 codes named in English) for forms that choose countries. An entry point of its
// own so the country data (i18n-iso-countries) loads with those forms' screens, never with the sign-in screen.
export * from './lib/format/countries';
