import { parse } from 'csv-parse/sync';

/** A CSV export read back: its `# name: value` header lines in order, and the table after the empty line. */
export interface ReadCsvExport {
  header: Array<[name: string, value: string]>;
  /** The table's text (RFC 4180, CRLF), without the header block. */
  table: string;
  /** The table's rows, as csv-parse reads the whole file with its comment option (`#`), so a tool skipping comments gets the same. */
  rows: string[][];
}

/**
 * Splits a CSV export into its header block and table, written independently of the product's code: every line
 * up to the first empty one must start with `# ` and hold `name: value`. @throws Error when it does not.
 */
export function readCsvExport(text: string): ReadCsvExport {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) throw new Error('No empty line after the header block');
  const header = text
    .slice(0, end)
    .split('\r\n')
    .map((line): [string, string] => {
      const match = /^# ([^:]+): (.*)$/.exec(line);
      if (!match) throw new Error(`Not a header line: ${JSON.stringify(line)}`);
      return [match[1], match[2]];
    });
  const rows: string[][] = parse(text, { comment: '#', skip_empty_lines: true, relax_column_count: false });
  return { header, table: text.slice(end + 4), rows };
}

/** The values of the header lines named `name`, in order. */
export function headerValues(exported: ReadCsvExport, name: string): string[] {
  return exported.header.filter(([n]) => n === name).map(([, v]) => v);
}

/** Checks that a header time is ISO 8601 UTC to the second (`…Z`) and lies between `from` and `to` (whole seconds). */
export function expectUtcBetween(value: string, from: Date, to: Date): void {
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  const at = Date.parse(value);
  expect(at).toBeGreaterThanOrEqual(Math.floor(from.getTime() / 1000) * 1000);
  expect(at).toBeLessThanOrEqual(to.getTime());
}
