import { setupI18n, type I18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import type { Language } from '@taskforce/domain';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setFormatLocale } from '../format/dates';
import { loadCatalogue, type CatalogueArea } from './catalogues';
import { directionOf, intlLocaleFor, pickLanguage, readSavedLanguage, saveLanguage } from './language-choice';

/** The one Lingui instance of the page. */
export const i18n: I18n = setupI18n();

const loaded = new Set<string>();
const wanted = new Set<CatalogueArea>(['shell']);
const key = (language: Language, area: CatalogueArea) => `${language}:${area}`;

async function ensure(language: Language, area: CatalogueArea): Promise<void> {
  if (loaded.has(key(language, area))) return;
  const messages = await loadCatalogue(language, area);
  i18n.load(language, messages);
  loaded.add(key(language, area));
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

/** Loads every area in use in `language`, then makes it the active language: texts, `<html lang dir>`, Intl formats. */
async function activate(language: Language): Promise<void> {
  await Promise.all([...wanted].map((area) => ensure(language, area)));
  setFormatLocale(intlLocaleFor(language, browserLanguages()));
  i18n.activate(language);
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

let first: { language: Language; done: Promise<void> } | null = null;

/**
 * Starts showing the language this browser would show (the choice saved here, else the browser's languages, else
 * English); idempotent. main.tsx calls it before React renders, so the first screen's texts load with its scripts.
 */
export function startLanguage(): { language: Language; done: Promise<void> } {
  if (!first) {
    const language = pickLanguage({ saved: readSavedLanguage(), browser: browserLanguages() });
    first = { language, done: activate(language) };
  }
  return first;
}

interface LanguageContextValue {
  language: Language;
  /** Shows `language` and saves it in this browser; resolves once its catalogues are loaded and active. */
  setLanguage(language: Language): Promise<void>;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/**
 * The app's root for texts: Lingui's provider with the active language, rendering nothing until the first screen's
 * catalogue is in (a fraction of a second, fetched in parallel with the page's scripts).
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setShown] = useState<Language | null>(() => (i18n.locale ? (i18n.locale as Language) : null));

  useEffect(() => {
    let live = true;
    const { language: initial, done } = startLanguage();
    void done.then(() => live && setShown((current) => current ?? initial));
    return () => {
      live = false;
    };
  }, []);

  const setLanguage = useCallback(async (next: Language) => {
    saveLanguage(next);
    await activate(next);
    setShown(next);
  }, []);

  const value = useMemo(() => (language ? { language, setLanguage } : null), [language, setLanguage]);
  if (!value) return null;
  return (
    <LanguageContext.Provider value={value}>
      <I18nProvider i18n={i18n}>{children}</I18nProvider>
    </LanguageContext.Provider>
  );
}

/** The active language and the way to change it (inside LanguageProvider). */
export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider above it');
  return value;
}

/**
 * Loads the catalogue of a feature area in the active language (and in any language chosen later); true once its
 * texts are there. A screen shows its loading state until then.
 */
export function useCatalogue(area: CatalogueArea): boolean {
  const { language } = useLanguage();
  const [, rerender] = useState(0);
  const ready = loaded.has(key(language, area));
  useEffect(() => {
    wanted.add(area);
    if (ready) return;
    let live = true;
    void ensure(language, area).then(() => live && rerender((n) => n + 1));
    return () => {
      live = false;
    };
  }, [area, language, ready]);
  return ready;
}
