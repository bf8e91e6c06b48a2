import { toCsvWithHeader, type CsvHeader } from '@taskforce/domain';
import { csvCellText } from '../format/csv-cell';
import { CSV_CONTENT_TYPE, saveFile } from '../format/save-file';
import { useLingui } from '../i18n/messages';
import { Button } from './button';

/**
 * The cells of a rendered table as rows of text, header and footer rows included, exactly as shown: a figure the
 * server suppressed is exported as its label ("suppressed (< 11)"), never as a number; counts lose their thousands
 * separators (`csvCellText`). Cells marked
 * `data-csv-skip` (e.g. action buttons) are left out.
 */
export function tableRows(table: HTMLTableElement): string[][] {
  return Array.from(table.rows).map((row) =>
    Array.from(row.cells)
      .filter((cell) => !cell.hasAttribute('data-csv-skip'))
      .map((cell) => csvCellText(cell.textContent ?? '')),
  );
}

/** What a table's CSV export says about itself; the time is added when it is downloaded. */
export type CsvExportHeader = Omit<CsvHeader, 'generatedAt'>;

/**
 * "Download CSV" (or `label`) for a table on the page (found by its element id): the header block every CSV export carries
 * (`csvHeaderBlock` of libs/domain: scope, operation id, k, sources, UTC time of the click), then what the table
 * shows — so the export carries the same small-cell suppression as the screen — to `filename` (UTF-8, CRLF,
 * formulas defused).
 */
export function TableCsvButton({ tableId, filename, header, label }: { tableId: string; filename: string; header: CsvExportHeader; label?: string }) {
  const { _ } = useLingui();
  const download = () => {
    const table = document.getElementById(tableId);
    if (!(table instanceof HTMLTableElement)) return;
    saveFile(filename, toCsvWithHeader({ ...header, generatedAt: new Date() }, tableRows(table)), CSV_CONTENT_TYPE);
  };
  return (
    <Button variant="secondary" size="sm" onClick={download} data-testid={`csv-${tableId}`} aria-controls={tableId}>
      {label ?? _('csv.download')}
    </Button>
  );
}
