/// <reference types="node" />
import { getConfig } from '@lingui/conf';
import { setupI18n, type I18n } from '@lingui/core';
import { join } from 'node:path';
import type { CatalogueArea } from '../catalogues';

// Lingui's own catalogue reader and ICU compiler, as the catalogue check uses them (their types come through `exports`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getCatalogs } = require('@lingui/cli/api') as {
  getCatalogs(config: unknown): Promise<Array<{ path: string; read(locale: string): Promise<Record<string, { translation?: string }> | undefined> }>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMessageOrThrow } = require('@lingui/message-utils/compileMessage') as { compileMessageOrThrow(message: string): unknown };

const ROOT = join(__dirname, '../../../../../../..');

/** The texts of the real catalogues of `areas` in `locale`, as written in the .po files (id → text). */
export async function catalogueTexts(locale: string, areas: readonly CatalogueArea[]): Promise<Map<string, string>> {
  const config = getConfig({ configPath: join(ROOT, 'lingui.config.ts'), skipValidation: true });
  const catalogs = (await getCatalogs(config)).filter((c) => areas.some((area) => c.path.endsWith(`/${area}`)));
  const texts = new Map<string, string>();
  for (const catalog of catalogs) for (const [id, m] of Object.entries((await catalog.read(locale)) ?? {})) texts.set(id, m.translation ?? '');
  return texts;
}

/** A Lingui instance with the real catalogues of `areas` in `locale`, compiled and active. */
export async function realI18n(locale: string, areas: readonly CatalogueArea[] = ['shell']): Promise<I18n> {
  const texts = await catalogueTexts(locale, areas);
  const i18n = setupI18n();
  i18n.load(locale, Object.fromEntries([...texts].map(([id, text]) => [id, compileMessageOrThrow(text)])) as never);
  i18n.activate(locale);
  return i18n;
}
