/**
 * Invisible controls in text people write: characters that show nothing themselves but change how the text around
 * them is shown or matched. Removed from message bodies, requests for information (subject, body, answer), handling
 * restrictions and stored file names, so that what one reads is what was written:
 *
 * - bidirectional embeddings, overrides and isolates U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI,
 *   FSI, PDI), which reorder what follows them (`invoice\u202Efdp.exe` shows as `invoiceexe.pdf`; "Trojan Source",
 *   CVE-2021-42574);
 * - zero-width space U+200B, word joiner U+2060 and zero-width no-break space / byte-order mark U+FEFF, which split or
 *   join words unseen (a name or selector that looks the same and does not match).
 *
 * Kept, as text in the scripts that need them uses them (Unicode Standard Annex #9, "Implicit Directional Marks", and
 * chapter 23.2, "Layout Controls"): zero-width non-joiner U+200C and joiner U+200D (Persian and Arabic words, emoji
 * sequences), left-to-right and right-to-left marks U+200E/U+200F and the Arabic letter mark U+061C (marks with a
 * direction of their own that reorder nothing).
 */
const INVISIBLE_CONTROLS = /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** `text` without its invisible controls (see above); everything else, line breaks included, unchanged. Pure. */
export function stripInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}
