import * as isoCountries from 'i18n-iso-countries';

/** A country (or territory) as joined: ISO 3166-1 alpha-2 and alpha-3 and the English short name. */
export interface Country {
  alpha2: string;
  alpha3: string;
  name: string;
}

/**
 * Codes the sources use that are not ISO 3166-1 alpha-3, mapped explicitly (see ../shared/data/README.md,
 * "Country codes differ between sources"). Kosovo has no ISO 3166-1 code; `XK`/`XKK` are the user-assigned
 * codes the EU, IMF and i18n-iso-countries use, and every source spelling is brought to them.
 */
export const CODE_EXCEPTIONS: Readonly<Record<string, string>> = {
  KOS: 'XK', // Kosovo — Correlates of War abbreviation, used as "iso" in map_tiers.csv
  UNK: 'XK', // Kosovo — world-countries / UN (UNMIK) code
  XKX: 'XK', // Kosovo — World Bank code
  XKK: 'XK', // Kosovo — i18n-iso-countries' alpha-3
};

/**
 * GLOTIP rows under these codes have no country, region or sub-region name: UNODC aggregates (presumably regional),
 * not ISO 3166-1 countries. Their meaning is not documented in the file, so no name is guessed.
 */
const UNODC_AGGREGATE = 'UNODC aggregate code without a country name, not an ISO 3166-1 country';

/** Codes that are not countries and are refused with a reason rather than guessed. */
export const NOT_A_COUNTRY_CODE: Readonly<Record<string, string>> = {
  CAR: UNODC_AGGREGATE,
  CAS: UNODC_AGGREGATE,
  EEU: UNODC_AGGREGATE,
  MCA: UNODC_AGGREGATE,
  MCN: UNODC_AGGREGATE,
  SAF: UNODC_AGGREGATE,
  SAM: UNODC_AGGREGATE,
  'ARUBA/CURACAO': 'two territories in one row (Aruba and Curaçao): not attributable to one country',
  ANT: 'Netherlands Antilles, dissolved in 2010 (ISO 3166-3 ANHH): no current country',
};

/** Spellings found in the sources (normalised with `normaliseName`) that i18n-iso-countries does not know. */
export const NAME_ALIASES: Readonly<Record<string, string>> = {
  kosovo: 'XK',
  brunei: 'BN',
  car: 'CF',
  drc: 'CD',
  'republic of congo': 'CG',
  laos: 'LA',
  macau: 'MO',
  macedonia: 'MK',
  moldova: 'MD',
  swaziland: 'SZ',
  syria: 'SY',
  uae: 'AE',
  micronesia: 'FM',
  'st vincent and the grenadines': 'VC',
  'st lucia': 'LC',
  'st maarten': 'SX',
  'st kitts and nevis': 'KN',
  stkittsandnevis: 'KN',
  burma: 'MM',
  curacao: 'CW',
  'cabo verde': 'CV',
  'cape cabo verde': 'CV',
  kyrgystan: 'KG',
  kyrgzystan: 'KG',
  'the bahamas': 'BS',
  'n korea': 'KP',
  's korea': 'KR',
  phillipines: 'PH',
  us: 'US',
  usa: 'US',
  'congo demrep zaire': 'CD',
  'taiwan province of china': 'TW',
};

/** Names that are not one country (two territories in one row, a dependency reported on its own…). */
export const NOT_A_COUNTRY_NAME: Readonly<Record<string, string>> = {
  'netherlands antilles': NOT_A_COUNTRY_CODE['ANT'],
  'aruba curacao': 'two territories in one row (Aruba and Curaçao): not attributable to one country',
  sark: 'Sark is part of the Bailiwick of Guernsey and has no ISO 3166-1 code of its own',
};

/** Lower case, `&` → `and`, accents, punctuation and repeated spaces removed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’()/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fromAlpha2(alpha2: string): Country | null {
  const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
  const name = isoCountries.getName(alpha2, 'en');
  return alpha3 && name ? { alpha2, alpha3, name } : null;
}

export type CountryJoin = { country: Country } | { reason: string };

/** Joins an alpha-2 or alpha-3 code (exceptions first, then ISO 3166-1 through i18n-iso-countries). */
export function countryFromCode(code: string | null | undefined): CountryJoin {
  const c = (code ?? '').trim().toUpperCase();
  if (!c) return { reason: 'no country code' };
  if (NOT_A_COUNTRY_CODE[c]) return { reason: `${c}: ${NOT_A_COUNTRY_CODE[c]}` };
  const alpha2 = CODE_EXCEPTIONS[c] ?? (c.length === 3 ? isoCountries.alpha3ToAlpha2(c) : isoCountries.isValid(c) ? c : undefined);
  const country = alpha2 ? fromAlpha2(alpha2) : null;
  return country ? { country } : { reason: `unknown country code "${c}"` };
}

/** Joins an English country name (aliases of the sources first, then i18n-iso-countries' names). */
export function countryFromName(name: string | null | undefined): CountryJoin {
  const raw = (name ?? '').trim();
  if (!raw) return { reason: 'no country name' };
  const key = normaliseName(raw);
  if (NOT_A_COUNTRY_NAME[key]) return { reason: `"${raw}": ${NOT_A_COUNTRY_NAME[key]}` };
  const alpha2 =
    NAME_ALIASES[key] ??
    NAME_ALIASES[key.replace(/ /g, '')] ??
    isoCountries.getAlpha2Code(raw, 'en') ??
    isoCountries.getAlpha2Code(raw.replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' '), 'en');
  const country = alpha2 ? fromAlpha2(alpha2) : null;
  return country ? { country } : { reason: `unknown country name "${raw}"` };
}

/** Code first; without a code, the name. A code that is present but wrong is not overridden by the name. */
export function joinCountry(code: string | null | undefined, name: string | null | undefined): CountryJoin {
  return code && code.trim() ? countryFromCode(code) : countryFromName(name);
}
