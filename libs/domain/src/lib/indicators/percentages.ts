import { CrossTab, ProtectedTable, UNKNOWN } from './types';

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
 * the `UNKNOWN` category gets no percentage and its size is reported beside it. On a protected table, suppressed
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
  const unknownCell = cells.find((c) => c.category === UNKNOWN);
  const total = isProtected(table) ? table.total.count : table.total;
  const unknown = unknownCell ? unknownCell.count : 0;
  const denominator = total === null || unknown === null ? null : total - unknown;
  const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  const rows = cells
    .filter((c) => c.category !== UNKNOWN)
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
