import { Workbook } from 'exceljs';

/** A path to an .xlsx file or its bytes. */
export type WorkbookSource = string | Buffer | ArrayBuffer;

export async function readWorkbook(source: WorkbookSource): Promise<Workbook> {
  const workbook = new Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

/** Text of a cell whatever Excel stored: number, string, rich text, formula result, hyperlink, date. Trimmed. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('').trim();
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value).trim();
}
