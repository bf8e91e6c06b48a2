// The PO modules compiled by @lingui/vite-plugin are typed by an ambient declaration, which needs a reference.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./po.d.ts" />
import type { Messages } from '@lingui/core';
import type { Language } from '@taskforce/domain';

/**
 * The catalogue areas: `shell` (sign-in, header, navigation, notifications, toasts, error messages, the language
 * switch: everything the first screen of any visit needs), then one per feature screen, loaded with that screen:
 * `dashboard` (home and search), `board` (board, task panel, new task),
 * `operation` (operation page, channel, requests, files, lifecycle, invitations, operation form), `leads` (leads, lead page, hit/no-hit),
 * `indicators` (indicators, country profiles, operation evaluation), `admin` (administration and agency people).
 */
export type CatalogueArea = 'shell' | 'dashboard' | 'board' | 'operation' | 'leads' | 'indicators' | 'admin';

type Loader = () => Promise<{ messages: Messages }>;

// One literal import per catalogue, so each becomes its own small chunk (compiled by @lingui/vite-plugin at build
// time) and only the active language's catalogues of the screens shown are downloaded.
const LOADERS: Record<Language, Record<CatalogueArea, Loader>> = {
  en: {
    shell: () => import('../../locales/en/shell.po'),
    dashboard: () => import('../../locales/en/dashboard.po'),
    board: () => import('../../locales/en/board.po'),
    operation: () => import('../../locales/en/operation.po'),
    leads: () => import('../../locales/en/leads.po'),
    indicators: () => import('../../locales/en/indicators.po'),
    admin: () => import('../../locales/en/admin.po'),
  },
  fr: {
    shell: () => import('../../locales/fr/shell.po'),
    dashboard: () => import('../../locales/fr/dashboard.po'),
    board: () => import('../../locales/fr/board.po'),
    operation: () => import('../../locales/fr/operation.po'),
    leads: () => import('../../locales/fr/leads.po'),
    indicators: () => import('../../locales/fr/indicators.po'),
    admin: () => import('../../locales/fr/admin.po'),
  },
  es: {
    shell: () => import('../../locales/es/shell.po'),
    dashboard: () => import('../../locales/es/dashboard.po'),
    board: () => import('../../locales/es/board.po'),
    operation: () => import('../../locales/es/operation.po'),
    leads: () => import('../../locales/es/leads.po'),
    indicators: () => import('../../locales/es/indicators.po'),
    admin: () => import('../../locales/es/admin.po'),
  },
  ar: {
    shell: () => import('../../locales/ar/shell.po'),
    dashboard: () => import('../../locales/ar/dashboard.po'),
    board: () => import('../../locales/ar/board.po'),
    operation: () => import('../../locales/ar/operation.po'),
    leads: () => import('../../locales/ar/leads.po'),
    indicators: () => import('../../locales/ar/indicators.po'),
    admin: () => import('../../locales/ar/admin.po'),
  },
};

/** The compiled messages of one area in one language (fetched on first use, then from the module cache). */
export async function loadCatalogue(language: Language, area: CatalogueArea): Promise<Messages> {
  return (await LOADERS[language][area]()).messages;
}
