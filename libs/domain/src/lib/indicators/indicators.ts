import { crossTabulate, CrossTabulateOptions } from './cross-tabulate';
import { suppressSmallCells } from './suppression';
import { CaseRecord, DimensionKey, IndicatorKind, ProtectedTable } from './types';

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
