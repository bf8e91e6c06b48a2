import { CsvError, Options, parse } from 'csv-parse/sync';
import { Rejected } from './types';

export interface CsvLine {
  /** 1-based line number in the file (of the record's first line). */
  line: number;
  values: string[];
}

export interface CsvTable {
  header: string[];
  lines: CsvLine[];
  rejected: Rejected[];
}

/**
 * Parses CSV text into header + records with line numbers. Handles a UTF-8 BOM, CRLF or LF line ends, quoted
 * fields with commas, a missing final newline and blank lines. A record whose field count differs from the
 * header's, or that the parser cannot read, is rejected with its line number; the rest carry on.
 */
export function readCsv(text: string): CsvTable {
  const rejected: Rejected[] = [];
  const options: Options = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (err: CsvError | undefined) => {
      const line = Number(err?.lines ?? 0);
      // one broken quote can raise several errors on one line: report the first
      if (rejected.at(-1)?.line === line) return undefined;
      rejected.push({ line, reason: `unreadable CSV: ${err?.message ?? 'unknown error'}` });
      return undefined;
    },
  };
  const parsed = parse(text, options) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const records: CsvLine[] = parsed.map(({ record, info }) => ({ line: info.lines - countNewlines(record), values: record }));
  if (records.length === 0) return { header: [], lines: [], rejected };
  const [head, ...lines] = records;
  const header = head.values.map((h) => h.replace(/^\uFEFF/, '').trim());
  const good: CsvLine[] = [];
  for (const l of lines) {
    if (l.values.length !== header.length) {
      rejected.push({ line: l.line, reason: `expected ${header.length} fields, found ${l.values.length}` });
    } else good.push(l);
  }
  return { header, lines: good, rejected };
}

function countNewlines(record: string[]): number {
  return record.reduce((n, v) => n + (v.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

/** Index of each expected column in the header, or the list of missing ones. */
export function columnsOf<K extends string>(header: string[], wanted: readonly K[]): Record<K, number> | { missing: K[] } {
  const idx = {} as Record<K, number>;
  const missing: K[] = [];
  for (const w of wanted) {
    const i = header.indexOf(w);
    if (i < 0) missing.push(w);
    else idx[w] = i;
  }
  return missing.length ? { missing } : idx;
}
