import type { CatalogueArea } from '../catalogues';
import { catalogueTexts } from './real-catalogues';

/** U+200F RIGHT-TO-LEFT MARK: a strong right-to-left character that shows nothing. */
const RLM = '\u200F';
const AREAS: CatalogueArea[] = ['shell', 'dashboard', 'board', 'operation', 'leads', 'indicators', 'admin'];

/** The text without its ICU placeholders ({name}, {count, plural, … {…}}), whose values are not known here. */
function withoutPlaceholders(text: string): string {
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** True when the last letter before the text's final ")" (an RLM after it allowed) is a Latin one: "… (JSON)", "… UTC)". */
function closesAfterLatin(text: string): boolean {
  const body = withoutPlaceholders(text.endsWith(RLM) ? text.slice(0, -1) : text);
  if (!body.endsWith(')')) return false;
  const letters = body.match(/\p{L}/gu) ?? [];
  return /[A-Za-z]/.test(letters[letters.length - 1] ?? '');
}

/**
 * In a right-to-left paragraph, a ")" that ends the text right after left-to-right letters ("… (hit/no-hit)") sits
 * between a left-to-right run and the paragraph's end, so the Unicode bidirectional algorithm (UAX #9, rules N0–N2)
 * may place it with the left-to-right text or on the far side of the line, depending on what follows the label (the
 * tab title adds " · Task-force workspace") and on how the renderer pairs brackets. A right-to-left mark after it
 * makes it sit between the Latin text and a right-to-left character: it closes the parenthesis on its left, as Arabic
 * reads, everywhere.
 */
describe('Arabic texts that end with a Latin parenthesis', () => {
  let arabic: Map<string, string>;
  beforeAll(async () => {
    arabic = await catalogueTexts('ar', AREAS);
  }, 60_000);

  it('the navigation’s hit/no-hit link ends with the parenthesis, then a right-to-left mark', () => {
    expect(arabic.get('nav.hitNoHit')).toBe(`التطابق (hit/no-hit)${RLM}`);
    expect(arabic.get('selector.section.title')).toBe(`المُحدِّدات والتطابق (hit/no-hit)${RLM}`);
  });

  it('every message whose closing parenthesis follows Latin letters ends with a right-to-left mark', () => {
    const latinAtTheEnd = [...arabic].filter(([, text]) => closesAfterLatin(text));
    // A floor, so that a broken reader cannot make the check below pass on nothing.
    expect(latinAtTheEnd.length).toBeGreaterThan(10);
    expect(latinAtTheEnd.filter(([, text]) => !text.endsWith(`)${RLM}`)).map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });
});
