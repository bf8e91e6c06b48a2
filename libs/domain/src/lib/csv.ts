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

/** What a CSV export says about itself: written as `# ` comment lines before the table (see `csvHeaderBlock`). */
export interface CsvHeader {
  /** What the figures cover: the joint operation's name, or the task force as the viewer may see it. */
  scope: string;
  /** The joint operation's id, when the export is about one (no line otherwise). */
  operationId?: string | null;
  /** Small-cell threshold k in force; null when nothing in the table is small-cell protected (public or non-statistical data). */
  k: number | null;
  /** What was done to the figures beyond suppression, when anything was (e.g. `CELL_KEY_ADJUSTMENT`); no line otherwise. */
  adjustment?: string | null;
  /** The sources cited, one line each, in the order given; at least one (blank ones are not written). */
  sources: readonly string[];
  /** When the export was made; written in UTC. */
  generatedAt: Date;
}

/** Names of the header lines, in the order they are written (`# <name>: <value>`). */
export const CSV_HEADER_NAMES = {
  scope: 'scope',
  operationId: 'operation id',
  k: 'small-cell threshold k',
  adjustment: 'adjustment',
  source: 'source',
  generatedAt: 'generated at',
} as const;

/**
 * What the adjustment line says when figures of the export carry cell-key noise (libs/domain `cell-key.ts`): a reader of
 * the CSV, who does not see the screen's note, learns which figures are not exact.
 */
export const CELL_KEY_ADJUSTMENT =
  'figures that count other agencies\' records in cells of two-way tables, in flows and by age band carry a small adjustment (usually 0 or 1 record, at most 10), the same in every table and export; one-way figures and totals are exact';

/** What the k line says when no figure of the table is small-cell protected. */
export const CSV_K_NOT_APPLIED = 'not applied (no small-cell protected figures)';

/** An instant as ISO 8601 in UTC to the second with `Z`, e.g. `2026-12-04T17:30:05Z`. @throws RangeError for an invalid date. */
export function utcSeconds(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * One header value made safe for a `# ` comment line: control characters and line or paragraph separators become a
 * space (a value never breaks the line), and a spreadsheet formula after a comma — where a spreadsheet opening the
 * file starts a new cell — gets a leading apostrophe, as `csvField` does.
 */
export function csvCommentValue(value: string): string {
  return value
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/,(\s*)([=+@])/g, ",$1'$2");
}

/**
 * The header block of every CSV export: `# scope: …`, `# operation id: …` (only with one), `# small-cell threshold
 * k: 11` (or `CSV_K_NOT_APPLIED`), `# adjustment: …` (only when figures carry noise), one `# source: …` per source, `# generated at: 2026-12-04T17:30:05Z` (UTC), each
 * ended by CRLF, then one empty line. Every export carries its sources: a header without a non-blank source is refused. Comment lines are never quoted, so readers with a comment option (pandas
 * `comment='#'`, R `comment.char = "#"`) skip them and the blank line, and read the RFC 4180 table that follows.
 */
export function csvHeaderBlock(header: CsvHeader): string {
  if (!header.sources.some((source) => csvCommentValue(source) !== '')) {
    throw new RangeError('a CSV export must cite at least one source (no figure leaves without its source)');
  }
  const n = CSV_HEADER_NAMES;
  const lines: Array<[string, string]> = [[n.scope, header.scope]];
  if (header.operationId) lines.push([n.operationId, header.operationId]);
  lines.push([n.k, header.k === null ? CSV_K_NOT_APPLIED : String(header.k)]);
  if (header.adjustment && csvCommentValue(header.adjustment) !== '') lines.push([n.adjustment, header.adjustment]);
  for (const source of header.sources) if (csvCommentValue(source) !== '') lines.push([n.source, source]);
  lines.push([n.generatedAt, utcSeconds(header.generatedAt)]);
  return lines.map(([name, value]) => `# ${name}: ${csvCommentValue(value)}\r\n`).join('') + '\r\n';
}

/**
 * A whole CSV export: `csvHeaderBlock(header)` then `toCsv(rows)`.
 * @throws RangeError when `generatedAt` is invalid or no source is cited.
 */
export function toCsvWithHeader(header: CsvHeader, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return csvHeaderBlock(header) + toCsv(rows);
}

/**
 * The scope of a task-force figure in words, the same on server and client: the records outside joint operations
 * and in those the viewer's agency takes part in, e.g. "Task force as NL-POL may see it (records outside joint
 * operations and in those NL-POL takes part in)".
 */
export function taskForceScope(agencyAcronym: string): string {
  return `Task force as ${agencyAcronym} may see it (records outside joint operations and in those ${agencyAcronym} takes part in)`;
}

/**
 * The scope of a figure of case records outside any one joint operation, by source: for agencies' records
 * (`agency`) `taskForceScope(agencyAcronym)`; for a public data set (such as `ctdc`) the whole data set, which is the
 * same for every viewer: e.g. "Whole public data set ctdc (the same for every agency)".
 */
export function caseRecordsScope(source: string, agencyAcronym: string): string {
  return source === 'agency' ? taskForceScope(agencyAcronym) : `Whole public data set ${source} (the same for every agency)`;
}
