/// <reference types="node" />
import { getConfig } from '@lingui/conf';
import { setupI18n, type I18n } from '@lingui/core';
import { join } from 'node:path';
import { figureText } from '../indicator-view';

// Lingui's own catalogue reader and ICU compiler, as the catalogue check uses them (their types come through `exports`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getCatalogs } = require('@lingui/cli/api') as {
  getCatalogs(config: unknown): Promise<Array<{ path: string; read(locale: string): Promise<Record<string, { translation?: string }> | undefined> }>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMessageOrThrow } = require('@lingui/message-utils/compileMessage') as { compileMessageOrThrow(message: string): unknown };

const ROOT = join(__dirname, '../../../../../..');

/** The real `indicators` catalogue of `locale`, compiled, in a Lingui instance. */
async function indicatorsIn(locale: string): Promise<I18n> {
  const config = getConfig({ configPath: join(ROOT, 'lingui.config.ts'), skipValidation: true });
  const area = (await getCatalogs(config)).find((c) => c.path.endsWith('/indicators'));
  const messages = Object.fromEntries(Object.entries((await area?.read(locale)) ?? {}).map(([id, m]) => [id, compileMessageOrThrow(m.translation ?? '')]));
  const i18n = setupI18n();
  i18n.load(locale, messages as never);
  i18n.activate(locale);
  return i18n;
}

describe('a suppressed figure reads in the reader’s language from its threshold', () => {
  let fr: I18n;
  let ar: I18n;
  beforeAll(async () => {
    fr = await indicatorsIn('fr');
    ar = await indicatorsIn('ar');
  }, 60_000);

  it('writes "suppressed (< k)" from the threshold, never the server’s English label', () => {
    const suppressed = { count: null, suppressed: true, label: 'suppressed (< 11)', threshold: 11 };
    expect(figureText(suppressed, (id, v) => fr._(id, v))).toBe('masqué (< 11)');
    expect(figureText(suppressed, (id, v) => ar._(id, v))).toBe('محجوب (< 11)');
  });

  it('keeps the server’s label when no threshold came, and shows a count as a number', () => {
    expect(figureText({ count: null, suppressed: true, label: 'suppressed (< 5)' }, (id, v) => fr._(id, v))).toBe('suppressed (< 5)');
    expect(figureText({ count: 7, suppressed: false, label: '7', threshold: null }, (id, v) => fr._(id, v))).toBe('7');
  });
});
