/// <reference types="node" />
import { getConfig, type LinguiConfigNormalized } from '@lingui/conf';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The catalogue check: every message id the web client's sources use is in every catalogue of every language, no
 * catalogue holds an id no source uses, every message parses as ICU MessageFormat, and each translation uses the same
 * placeholders as its English text. Ids are found where README.md ("Languages") says they must be written: as the
 * literal first argument of `_(…)` (also `i18n._(…)`) or `messageId(…)`, or in `<Trans id="…">`.
 */
/** The parts of Lingui's own catalogue reader and ICU compiler this check uses (typed here: their packages' types are
 * published through `exports` maps, which the tests' project resolution does not read). */
interface LinguiCatalog {
  path: string;
  read(locale: string): Promise<Record<string, { translation?: string }> | undefined>;
}
type Compiled = Array<string | unknown[]> | string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getCatalogs } = require('@lingui/cli/api') as { getCatalogs(config: LinguiConfigNormalized): Promise<LinguiCatalog[]> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileMessageOrThrow } = require('@lingui/message-utils/compileMessage') as { compileMessageOrThrow(message: string): Compiled };

const ROOT = join(__dirname, '../../../../../../..');
const SOURCE_DIRS = ['libs/web', 'apps/web/src'];
const ID_PATTERNS = [/(?:\b_|\bmessageId)\(\s*'([^'\\]+)'/g, /(?:\b_|\bmessageId)\(\s*"([^"\\]+)"/g, /<Trans\s+id="([^"]+)"/g];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['__tests__', 'generated', 'node_modules', 'locales'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every id the sources use, with the first file that uses it. */
function usedIds(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of ID_PATTERNS) {
      for (const match of text.matchAll(pattern)) if (!used.has(match[1])) used.set(match[1], relative(ROOT, file));
    }
  }
  return used;
}

/** The names of the arguments a compiled message uses ({name}, {count, plural, …}), nested cases included. */
function placeholders(compiled: Compiled | unknown, into = new Set<string>()): Set<string> {
  if (!Array.isArray(compiled)) return into;
  for (const token of compiled) {
    if (!Array.isArray(token)) continue;
    const [name, , cases] = token as [unknown, unknown, unknown];
    if (typeof name === 'string') into.add(name);
    if (cases && typeof cases === 'object') for (const branch of Object.values(cases as Record<string, unknown>)) placeholders(branch, into);
  }
  return into;
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('message catalogues', () => {
  const config = getConfig({ configPath: join(ROOT, 'lingui.config.ts'), skipValidation: true });
  const used = usedIds();
  /** locale → id → text, over all areas. */
  const byLocale = new Map<string, Map<string, string>>();
  /** id → the areas whose catalogue holds it (in English). */
  const areasOf = new Map<string, string[]>();

  beforeAll(async () => {
    const catalogs = await getCatalogs(config);
    for (const locale of config.locales) {
      const all = new Map<string, string>();
      for (const catalog of catalogs) {
        const messages = (await catalog.read(locale)) ?? {};
        for (const [id, message] of Object.entries(messages)) {
          all.set(id, message.translation ?? '');
          if (locale === config.sourceLocale) areasOf.set(id, [...(areasOf.get(id) ?? []), catalog.path]);
        }
      }
      byLocale.set(locale, all);
    }
  }, 60_000);

  it('finds the ids the sources use', () => {
    // A floor, so that a broken pattern cannot make every check below pass on nothing.
    expect(used.size).toBeGreaterThan(100);
    expect(used.get('signIn.title')).toBe('libs/web/auth/src/lib/login-page.tsx');
  });

  it.each(['en', 'fr', 'es', 'ar'])('%s has every id the sources use, with a text', (locale) => {
    const catalogue = byLocale.get(locale) ?? new Map<string, string>();
    const missing = sorted([...used.keys()].filter((id) => !catalogue.get(id)));
    expect(missing.map((id) => `${id} (used in ${used.get(id)})`)).toEqual([]);
  });

  it.each(['en', 'fr', 'es', 'ar'])('%s has no id that no source uses', (locale) => {
    expect(sorted([...(byLocale.get(locale) ?? new Map()).keys()].filter((id) => !used.has(id)))).toEqual([]);
  });

  it('puts each id in one area only', () => {
    expect(sorted([...areasOf].filter(([, areas]) => areas.length > 1).map(([id]) => id))).toEqual([]);
  });

  it.each(['en', 'fr', 'es', 'ar'])('%s: every message parses as ICU and has the English placeholders', (locale) => {
    const english = byLocale.get('en') ?? new Map<string, string>();
    const problems: string[] = [];
    for (const [id, text] of byLocale.get(locale) ?? new Map<string, string>()) {
      let compiled: Compiled;
      try {
        compiled = compileMessageOrThrow(text);
      } catch (error) {
        problems.push(`${id}: ${(error as Error).message}`);
        continue;
      }
      const source = english.get(id);
      if (source === undefined || locale === 'en') continue;
      const expected = sorted(placeholders(compileMessageOrThrow(source)));
      const actual = sorted(placeholders(compiled));
      if (expected.join() !== actual.join()) problems.push(`${id}: {${actual.join('}, {')}} instead of {${expected.join('}, {')}}`);
    }
    expect(problems).toEqual([]);
  });
});
