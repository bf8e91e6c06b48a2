/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled), with spreadsheet formulas defused: a field starting with `=`, `+`, `@`, a tab or a
 * carriage return gets a leading apostrophe (OWASP "CSV injection"). Used by the server's CSV exports and by the
 * web client's table downloads, so both write the same thing.
 */
export function csvField(value: string): string {
  const v = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows of fields → one CSV text, each row ended by CRLF (an empty list gives ""). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
