// pdfmake 0.3 ships no TypeScript types; its server build is a CommonJS singleton.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
};

/** The standard 14 PDF fonts need no font file: pdfkit knows their metrics and the viewer draws them. */
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
const STANDARD_FONT_NAMES = new Set(Object.values(HELVETICA));

pdfmake.setFonts({ Helvetica: HELVETICA });
// Reports never read local files (fonts are the standard ones by name) nor fetch anything.
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
pdfmake.setUrlAccessPolicy(() => false);

/** Renders a pdfmake document definition (fonts: Helvetica only) to PDF bytes. */
export function renderPdf(doc: Record<string, unknown>): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer();
}
