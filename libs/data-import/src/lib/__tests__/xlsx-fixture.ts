import { Workbook } from 'exceljs';

/** Builds a small workbook in memory: sheet name → rows (each an array of cell values). */
export async function workbookOf(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
