import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '@taskforce/domain';

/** The localStorage key of the language chosen in this browser (signed out, or as a copy of the person's choice). */
export const SAVED_LANGUAGE_KEY = 'taskforce.language';

/** The languages written right to left. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ar']);

/** What decides the language shown, strongest first. */
export interface LanguageSources {
  /** The person's stored choice (`User.language`), when signed in. */
  person?: string | null;
  /** The choice saved in this browser (`localStorage`, SAVED_LANGUAGE_KEY). */
  saved?: string | null;
  /** The browser's preferred languages, most preferred first (`navigator.languages`: "fr-CA", "ar", "en-GB"…). */
  browser?: readonly string[];
}

/** The primary language subtag of a BCP 47 tag, lower-cased: "fr-CA" → "fr", "AR" → "ar". */
function primarySubtag(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The language to show: the person's stored choice, else the one saved in this browser, else the first of the
 * browser's languages (by primary subtag, so "fr-CA" gives French) that the client is translated into, else English.
 */
export function pickLanguage(sources: LanguageSources): Language {
  if (isLanguage(sources.person)) return sources.person;
  if (isLanguage(sources.saved)) return sources.saved;
  for (const tag of sources.browser ?? []) {
    const primary = primarySubtag(tag);
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The writing direction of a language, as the HTML `dir` attribute takes it. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/**
 * The locale for Intl formats (dates, numbers, percentages) in `language`: the browser's own regional tag when it
 * names the same language ("en-GB" keeps day-month order and the 24-hour clock, "fr-CA" its own), else the language.
 */
export function intlLocaleFor(language: Language, browser: readonly string[] = []): string {
  const regional = browser.find((tag) => primarySubtag(tag) === language);
  if (!regional) return language;
  try {
    return Intl.getCanonicalLocales(regional)[0] ?? language;
  } catch {
    return language;
  }
}

/** The language saved in this browser, or null (none, unknown, or storage unavailable). */
export function readSavedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(SAVED_LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves `language` in this browser (ignored when storage is unavailable: the choice then lasts for the page). */
export function saveLanguage(language: Language): void {
  try {
    window.localStorage.setItem(SAVED_LANGUAGE_KEY, language);
  } catch {
    // Private modes may refuse storage; the language still applies to this page.
  }
}

/** Every language, in the order the language switch lists them. */
export const LANGUAGE_CHOICES: readonly Language[] = LANGUAGES;
