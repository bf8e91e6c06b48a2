/** A row an importer did not take, with where it was and why. */
export interface Rejected {
  /** 1-based line of the CSV file, or row number of the worksheet. */
  line: number;
  /** Worksheet name, for XLSX sources. */
  sheet?: string;
  reason: string;
}

/** What every importer returns: the rows it took and every row it did not, never stopping at the first. */
export interface ImportResult<T> {
  rows: T[];
  rejected: Rejected[];
}

/** Where a row came from, kept on every imported row for traceability. */
export interface SourceRef {
  line: number;
  sheet?: string;
}
