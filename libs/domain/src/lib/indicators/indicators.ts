import { crossTabulateCounts, CrossTabulateOptions, valueOf } from './cross-tabulate';
import { protectAcrossParts, protectLinkedTable } from './suppression';
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
 * One indicator broken down by up to two dimensions, protected for the viewer (`protectForViewer`): exact when
 * every record in it was recorded by the viewer's agency (an empty table counts as owned), otherwise every figure
 * is judged on the part other agencies recorded.
 */
export function indicatorTable(records: readonly CaseRecord[], request: IndicatorTableRequest): ProtectedTable {
  const selected = records.filter((r) => r.indicator === request.indicator);
  return protectForViewer(
    selected.map((r) => ({ key: request.dimensions.map((d) => valueOf(r, d)), count: 1, own: r.agencyId === request.viewerAgencyId ? 1 : 0 })),
    request,
  );
}

/** A count aggregated outside this library (e.g. one row of a SQL `GROUP BY`), with who recorded it. */
export interface AggregatedCell extends Cell {
  /** Every record counted in this cell was recorded by the viewer's agency (used when `own` is absent). */
  recordedByViewer?: boolean;
  /** How many of the records counted in this cell the viewer's agency recorded (0 … count). */
  own?: number;
  /** The part of the scope the count comes from (a joint operation's id, '' outside operations); see `protectForViewer`. */
  part?: string;
}

export interface AggregatedTableRequest extends CrossTabulateOptions {
  /** At most two (the suppression limit), in the order of the cells' keys. */
  dimensions: DimensionKey[];
  /** Small-cell threshold; default 11. */
  k?: number;
}

/**
 * `indicatorTable` for counts aggregated elsewhere: the cells of one indicator (keys mapped as `valueOf` does —
 * unknown → `UNKNOWN`, several forms → `MULTIPLE`), protected for the viewer — the same result as
 * `indicatorTable` over the records the cells were counted from. Alias of `protectForViewer`.
 */
export function indicatorTableFromCounts(cells: readonly AggregatedCell[], request: AggregatedTableRequest): ProtectedTable {
  return protectForViewer(cells, request);
}

/**
 * The one protection every channel uses for counts of case records (tables, CSV, flows, targets), for one viewer:
 * - each cell's own part is `own` (or all of it when `recordedByViewer`, none otherwise);
 * - the table is protected by `protectLinkedTable` (contributor-aware primary suppression, complementary
 *   suppression consistent with the one-way tables of its dimensions, audit);
 * - when the cells come from several `part`s (joint operations and the records outside operations) each part is
 *   protected the same way on its own, and whatever a part suppresses the whole suppresses too
 *   (`protectAcrossParts`), so the whole minus one part gives nothing away.
 * Returns `ProtectedTable` (`viewerIsOwner` true when every counted record is the viewer's).
 * @throws RangeError for more than 2 dimensions, a bad k, or an `own` outside 0 … count.
 */
export function protectForViewer(cells: readonly AggregatedCell[], request: AggregatedTableRequest): ProtectedTable {
  const ownOf = (c: AggregatedCell) => c.own ?? (c.recordedByViewer ? c.count : 0);
  const protect = (of: readonly AggregatedCell[]) => {
    const table = crossTabulateCounts(of, request.dimensions, request);
    const own = crossTabulateCounts(of.map((c) => ({ key: c.key, count: ownOf(c) })), request.dimensions, request);
    const byKey = new Map(own.cells.map((c) => [JSON.stringify(c.key), c.count]));
    return protectLinkedTable(table, table.cells.map((c) => byKey.get(JSON.stringify(c.key)) ?? 0), request.k);
  };
  const whole = protect(cells);
  const parts = [...new Set(cells.map((c) => c.part ?? ''))];
  return parts.length > 1 ? protectAcrossParts(whole, parts.map((p) => protect(cells.filter((c) => (c.part ?? '') === p)))) : whole;
}
