/**
 * Text clean-up shared by every selector kind, and the checks of the qualifiers (countries, choices from a list).
 */
import { getAlpha2Codes } from 'i18n-iso-countries';
import type { SelectorProblem } from './selector-types';

/**
 * Unicode controls (Cc) and invisible format characters (Cf: zero-width space and joiners, soft hyphen, bidi marks
 * and isolates, byte-order mark). Pasted from chat apps and PDFs, they would make two equal selectors differ.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * The text with invisible characters removed, in Unicode normalisation form NFC (canonically equal strings become
 * identical: `e` + combining acute and `é`), without surrounding white space. Non-strings count as empty.
 */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.normalize('NFC').replace(INVISIBLE, '').trim();
}

/**
 * Separators people type inside document numbers, plates and account numbers: white space, dashes, dots, slashes
 * and middle dots (`京A·12345`).
 */
const SEPARATORS = /[\s\p{Pd}./\u00b7\u2022\u30fb]/gu;

/** `cleanText`, then upper-cased, then without separators (`ab 12-34.5` → `AB12345`). */
export function compactUpper(value: unknown): string {
  return cleanText(value).replace(SEPARATORS, '').toUpperCase();
}

let alpha2: ReadonlySet<string> | undefined;

/**
 * The ISO 3166-1 alpha-2 code (upper-cased) when `value` is one (list: i18n-iso-countries, the list the API checks
 * countries against; it includes XK for Kosovo), else null.
 */
export function isoCountry(value: unknown): string | null {
  const code = cleanText(value).toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return null;
  alpha2 ??= new Set(Object.keys(getAlpha2Codes()));
  return alpha2.has(code) ? code : null;
}

/** A problem naming `field`. */
export function problem(field: string, message: string): SelectorProblem {
  return { field, message };
}

/** The member of `choices` equal to `value` (case-insensitive, after `cleanText`), else null. */
export function choiceOf<T extends string>(choices: Record<string, T>, value: unknown): T | null {
  const text = cleanText(value).toUpperCase();
  return (Object.values(choices) as T[]).find((choice) => choice === text) ?? null;
}
