import { CrossTab, isUnknownCategory, ProtectedTable } from './types';

export interface PercentageRow {
  category: string;
  count: number | null;
  /** Share of the records where the variable is known, 0–100; `null` when the count or denominator is not shown. */
  percent: number | null;
}

export interface Percentages {
  dimension: string;
  rows: PercentageRow[];
  /** Records where the variable is known (the denominator); `null` if showing it would reveal a suppressed cell. */
  denominator: number | null;
  /** Records where it is unknown (left out of the denominator). */
  unknown: number | null;
  /** "Percentages of the 90 records where sex is known (10 unknown)." */
  note: string;
}

const isProtected = (t: CrossTab | ProtectedTable): t is ProtectedTable => 'k' in t;

/**
 * Percentages of a one-dimensional breakdown. The denominator is only the records where the variable is known:
 * the `UNKNOWN` category (and an age band unknown within a known group, `isUnknownCategory`) gets no percentage
 * and its size is reported beside it. On a protected table, suppressed
 * cells get no percentage, and if the unknown cell or the total is suppressed the denominator (and so every
 * percentage) is withheld, since total − denominator would give the suppressed figure away.
 */
export function percentages(table: CrossTab | ProtectedTable, options: { decimals?: number } = {}): Percentages {
  if (table.dimensions.length !== 1) {
    throw new RangeError(`percentages need a one-dimensional breakdown, got ${table.dimensions.length} dimensions`);
  }
  const decimals = options.decimals ?? 1;
  const dimension = table.dimensions[0];
  const cells = table.cells.map((c) => ({ category: c.key[0], count: c.count as number | null }));
  // Every category saying the value is not known (for age bands also a band unknown within a known group).
  const unknownCells = cells.filter((c) => isUnknownCategory(c.category));
  const total = isProtected(table) ? table.total.count : table.total;
  const unknown = unknownCells.some((c) => c.count === null) ? null : unknownCells.reduce((s, c) => s + (c.count as number), 0);
  const denominator = total === null || unknown === null ? null : total - unknown;
  const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  const rows = cells
    .filter((c) => !isUnknownCategory(c.category))
    .map((c) => ({
      category: c.category,
      count: c.count,
      percent: c.count === null || !denominator ? null : round((100 * c.count) / denominator),
    }));
  const note =
    denominator === null
      ? `Percentages withheld: the number of records where ${dimension} is known would reveal a suppressed figure.`
      : `Percentages of the ${denominator} records where ${dimension} is known (${unknown} unknown).`;
  return { dimension, rows, denominator, unknown, note };
}

/** One row of `rowPercentages`: a category of the first dimension and its shares of the second's known values. */
export interface RowPercentageRow {
  /** A category of the first dimension (`UNKNOWN` included: its records may know the second variable). */
  category: string;
  /**
   * Records of the row where the second variable is known (row total − the row's `UNKNOWN` cell); `null` when the row
   * total or that cell is suppressed (the difference would reveal it).
   */
  denominator: number | null;
  /** The row's records where the second variable is unknown; `null` when suppressed. */
  unknown: number | null;
  /** One share per known category of the second dimension (`RowPercentages.columns`), 0–100; `null` when not shown. */
  percents: Array<number | null>;
}

export interface RowPercentages {
  /** The first dimension (rows). */
  rowDimension: string;
  /** The second dimension (the variable whose known values the shares are of). */
  columnDimension: string;
  /** The known categories of the second dimension, in table order (`UNKNOWN` left out). */
  columns: string[];
  rows: RowPercentageRow[];
  /** The same shares over every row (the column totals over the grand total's known records). */
  total: RowPercentageRow;
  /** "Row percentages: each row's records where age group is known (unknown ones left out of the denominator)." */
  note: string;
}

/**
 * Row percentages of a two-dimensional breakdown over the **known values of the second variable**: in each row, a
 * cell's share of the row's records where the second variable is known (the row total minus the row's `UNKNOWN`
 * cell), rounded to `decimals` (default 1). Same honesty rules as `percentages`: `UNKNOWN` gets no share, a suppressed
 * cell gets no share, and when the row total or the row's `UNKNOWN` cell is suppressed the row's denominator and every
 * share of the row are withheld (their difference would give the hidden figure away). Every share is computed from
 * figures the table shows, so it tells nobody more than the table does. The `total` row does the same with the column
 * totals and the grand total.
 * @throws RangeError unless the table has exactly two dimensions.
 */
export function rowPercentages(table: CrossTab | ProtectedTable, options: { decimals?: number } = {}): RowPercentages {
  if (table.dimensions.length !== 2) {
    throw new RangeError(`row percentages need a two-dimensional breakdown, got ${table.dimensions.length} dimensions`);
  }
  const decimals = options.decimals ?? 1;
  const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  const [rowCategories, columnCategories] = table.categories;
  const columns = columnCategories.filter((c) => !isUnknownCategory(c));
  const unknownColumns = columnCategories.filter(isUnknownCategory);
  const protectedTable = isProtected(table) ? table : null;
  const cellCount = (row: string, column: string): number | null => {
    const cell = table.cells.find((c) => c.key[0] === row && c.key[1] === column);
    return cell ? cell.count : 0;
  };
  const shares = (category: string, total: number | null, countOf: (column: string) => number | null): RowPercentageRow => {
    const unknowns = unknownColumns.map(countOf);
    const unknown = unknowns.some((u) => u === null) ? null : unknowns.reduce((s: number, u) => s + (u as number), 0);
    const denominator = total === null || unknown === null ? null : total - unknown;
    return {
      category,
      denominator,
      unknown,
      percents: columns.map((column) => {
        const count = countOf(column);
        return count === null || !denominator ? null : round((100 * count) / denominator);
      }),
    };
  };
  const rowTotal = (i: number, row: string): number | null =>
    protectedTable ? protectedTable.marginals[0][i].count : table.cells.filter((c) => c.key[0] === row).reduce((s, c) => s + (c.count ?? 0), 0);
  const columnTotal = (column: string): number | null => {
    const j = columnCategories.indexOf(column);
    return protectedTable ? protectedTable.marginals[1][j].count : table.cells.filter((c) => c.key[1] === column).reduce((s, c) => s + (c.count ?? 0), 0);
  };
  const grandTotal = protectedTable ? protectedTable.total.count : (table as CrossTab).total;
  const [rowDimension, columnDimension] = table.dimensions;
  return {
    rowDimension,
    columnDimension,
    columns,
    rows: rowCategories.map((row, i) => shares(row, rowTotal(i, row), (column) => cellCount(row, column))),
    total: shares('TOTAL', grandTotal, columnTotal),
    note: `Row percentages: each row's records where ${columnDimension} is known (those where it is unknown are left out of the denominator and counted beside it).`,
  };
}
