import { crossTabulate, crossTabulateCounts, CrossTabulateOptions } from './cross-tabulate';
import { suppressSmallCells } from './suppression';
import { CaseRecord, Cell, DimensionKey, IndicatorKind, ProtectedTable } from './types';

/** Count of records per indicator (every indicator listed, zeros included). */
export function countIndicators(records: readonly CaseRecord[]): Record<IndicatorKind, number> {
  const counts = Object.fromEntries(Object.values(IndicatorKind).map((k) => [k, 0])) as Record<IndicatorKind, number>;
  for (const r of records) counts[r.indicator] = (counts[r.indicator] ?? 0) + 1;
  return counts;
}

export interface IndicatorTableRequest extends CrossTabulateOptions {
  indicator: IndicatorKind;
  /** At most two (the suppression limit). */
  dimensions: DimensionKey[];
  /** The agency of the person looking. */
  viewerAgencyId: string;
  /** Small-cell threshold; default 11. */
  k?: number;
}

/**
 * One indicator broken down by up to two dimensions, protected for the viewer: exact when every record in it
 * was recorded by the viewer's agency, small cells suppressed otherwise (an empty table counts as owned).
 */
export function indicatorTable(records: readonly CaseRecord[], request: IndicatorTableRequest): ProtectedTable {
  const selected = records.filter((r) => r.indicator === request.indicator);
  const table = crossTabulate(selected, request.dimensions, request);
  const viewerIsOwner = selected.every((r) => r.agencyId === request.viewerAgencyId);
  return suppressSmallCells(table, request.k, { viewerIsOwner });
}

/** A count aggregated outside this library (e.g. one row of a SQL `GROUP BY`), with who recorded it. */
export interface AggregatedCell extends Cell {
  /** Every record counted in this cell was recorded by the viewer's agency. */
  recordedByViewer: boolean;
}

export interface AggregatedTableRequest extends CrossTabulateOptions {
  /** At most two (the suppression limit), in the order of the cells' keys. */
  dimensions: DimensionKey[];
  /** Small-cell threshold; default 11. */
  k?: number;
}

/**
 * `indicatorTable` for counts aggregated elsewhere: the cells of one indicator (keys mapped as `valueOf` does —
 * unknown → `UNKNOWN`, several forms → `MULTIPLE`), protected for the viewer. Exact when every cell was recorded
 * by the viewer's agency (an empty table counts as owned), small cells suppressed otherwise — the same result as
 * `indicatorTable` over the records the cells were counted from.
 */
export function indicatorTableFromCounts(cells: readonly AggregatedCell[], request: AggregatedTableRequest): ProtectedTable {
  const table = crossTabulateCounts(cells, request.dimensions, request);
  const viewerIsOwner = cells.every((c) => c.count === 0 || c.recordedByViewer);
  return suppressSmallCells(table, request.k, { viewerIsOwner });
}
