/**
 * The languages the web client is translated into, as BCP 47 primary language subtags (ISO 639-1): English (the
 * source language and the fallback), French, Spanish and Arabic — four of the six official UN languages, in which the
 * Palermo Protocol's authentic texts exist. Arabic is written right to left.
 */
export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;

/** One of `LANGUAGES`. */
export type Language = (typeof LANGUAGES)[number];

/** The language shown when neither the person nor the browser names one of `LANGUAGES`. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** True when `value` is exactly one of `LANGUAGES` ("fr", not "FR" or "fr-CA"). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
