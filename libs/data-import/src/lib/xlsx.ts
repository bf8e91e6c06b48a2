import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';

/** A path to an .xlsx file or its bytes. */
export type WorkbookSource = string | Buffer | ArrayBuffer;

export async function readWorkbook(source: WorkbookSource): Promise<Workbook> {
  const workbook = new Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

/**
 * Like `readWorkbook`, but a file that is not an .xlsx workbook (a CSV, a truncated or corrupt zip) gives
 * `{ reason }` instead of throwing, so importers can report it as a rejected file. Errors of reading the file
 * itself (no such file, no permission) are still thrown.
 */
export async function openWorkbook(source: WorkbookSource): Promise<{ workbook: Workbook } | { reason: string }> {
  // Read the file first, so that a missing or unreadable file throws its own error (ENOENT, EACCES…).
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  try {
    return { workbook: await readWorkbook(bytes) };
  } catch {
    return { reason: 'not a workbook (.xlsx)' };
  }
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
