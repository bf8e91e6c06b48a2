import { currentFormatLocale } from './dates';

/**
 * How the items relate: `conjunction` for "a, b and c" in a sentence, `disjunction` for "a, b or c", `unit` for an
 * enumeration standing alone (a table cell, a list of roles: "a, b, c" in English).
 */
export type ListKind = 'conjunction' | 'disjunction' | 'unit';

const formats = new Map<string, Intl.ListFormat>();

/**
 * The items as the language joins a list (Intl.ListFormat, long style): "a, b and c" in English, "a, b et c" in
 * French, "a, b y c" in Spanish, "a وb وc" in Arabic; '' for none, the item itself for one. `locale` defaults to
 * the person's language (the format locale the LanguageProvider sets, else the browser's); English is written as
 * British English does, without a comma before "and", whatever the browser's region.
 */
export function formatList(items: readonly string[], kind: ListKind = 'conjunction', locale: string | undefined = currentFormatLocale()): string {
  if (items.length <= 1) return items.join('');
  const tag = locale === undefined || /^en(-|$)/i.test(locale) ? 'en-GB' : locale;
  const key = `${tag}|${kind}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.ListFormat(tag, { style: 'long', type: kind })));
  return format.format(items);
}
