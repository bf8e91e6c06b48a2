import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The web client's message catalogues: one PO file per area and language under libs/web/ui/src/locales/<locale>/.
 * Every message has an explicit id (`signIn.title`): the PO `msgid` is the id and `msgstr` the text, English
 * included. The Vite plugin (@lingui/vite-plugin) compiles each imported catalogue into a small module at build time,
 * so no ICU parser ships. No macros and no `lingui extract`: `catalogues.spec.ts` checks ids against the sources.
 * How to add a string or a language: README.md, "Languages".
 */
const AREAS = ['shell', 'dashboard', 'board', 'operation', 'leads', 'indicators', 'admin'] as const;

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'fr', 'es', 'ar'],
  fallbackLocales: { default: 'en' },
  catalogs: AREAS.map((area) => ({ path: `<rootDir>/libs/web/ui/src/locales/{locale}/${area}`, include: ['<rootDir>/libs/web', '<rootDir>/apps/web/src'] })),
  format: formatter({ explicitIdAsDefault: true, origins: false, lineNumbers: false, printPlaceholdersInComments: false }),
});
