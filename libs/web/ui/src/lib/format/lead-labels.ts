import { DataCategory, SharingOutcome, SharingPurpose } from '@taskforce/domain';
import { labelOf } from './labels';
import { currentFormatLocale } from './dates';

/** Display names of the personal-data categories of a lead (lower case: they are used inside sentences too). */
export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  [DataCategory.VICTIM_PERSONAL_DATA]: 'victim personal data',
  [DataCategory.SUSPECT_PERSONAL_DATA]: 'suspect personal data',
  [DataCategory.HEALTH_DATA]: 'health data',
  [DataCategory.FINANCIAL_DATA]: 'financial data',
  [DataCategory.LOCATION_DATA]: 'location data',
  [DataCategory.COMMUNICATIONS_DATA]: 'communications data',
};

/** Display names of sharing purposes. */
export const SHARING_PURPOSE_LABELS: Readonly<Record<SharingPurpose, string>> = {
  [SharingPurpose.INVESTIGATION]: 'Investigation',
  [SharingPurpose.PROSECUTION]: 'Prosecution',
  [SharingPurpose.VICTIM_ASSISTANCE]: 'Victim assistance',
  [SharingPurpose.PREVENTION]: 'Prevention',
  [SharingPurpose.ANALYSIS]: 'Analysis',
};

/** Display names of sharing decisions. */
export const SHARING_OUTCOME_LABELS: Readonly<Record<SharingOutcome, string>> = {
  [SharingOutcome.ALLOW]: 'Allowed',
  [SharingOutcome.ALLOW_REDACTED]: 'Allowed, redacted',
  [SharingOutcome.REQUIRES_APPROVAL]: 'Requires approval',
  [SharingOutcome.DENY]: 'Denied',
};

const regionNames = new Map<string, Intl.DisplayNames | null>();

/**
 * Name of an ISO 3166-1 alpha-2 country code in the person's language ("RO" → "Romania", "Roumanie", "رومانيا"), from
 * the browser's CLDR data (`Intl.DisplayNames`); English before a language is active; the code itself when unknown.
 */
export function countryName(code: string): string {
  const locale = currentFormatLocale() ?? 'en';
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A country as "Romania (RO)". */
export function countryWithCode(code: string): string {
  const name = countryName(code);
  return name === code ? code : `${name} (${code})`;
}

/** Data categories in words, e.g. "victim personal data, health data and financial data". */
export function categoryList(categories: readonly string[]): string {
  const words = categories.map((category) => labelOf(DATA_CATEGORY_LABELS, category));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
