import { CrossTab, DEFAULT_SMALL_CELL_THRESHOLD, protectAcrossParts, ShownFigure, suppressSmallCells } from '@taskforce/domain';

/** One GROUP BY row: origin and destination (null when unknown) and how many records have them. */
export interface FlowGroup {
  from: string | null;
  to: string | null;
  count: number;
  /** The part the count comes from (a joint operation's id, '' for records outside operations); see below. */
  part?: string;
}

/** Flows as they may leave the server for one viewer. */
export interface ProtectedFlows {
  /** Shown flows with known origin and destination, most records first (then from, to). */
  flows: Array<{ from: string; to: string; count: number }>;
  /** Flows with known origin and destination that are suppressed (not listed). */
  suppressedFlows: number;
  /** Records in every suppressed figure; suppressed itself when the total is (it would give figures away). */
  suppressedRecords: ShownFigure;
  unknownOrigin: ShownFigure;
  unknownDestination: ShownFigure;
  unknownBoth: ShownFigure;
  total: ShownFigure;
  k: number;
  viewerIsOwner: boolean;
}

const UNKNOWN_CELLS = ['UNKNOWN_ORIGIN', 'UNKNOWN_DESTINATION', 'UNKNOWN_BOTH'] as const;

/**
 * Small-cell protection of origin → destination flows. The flows and the three unknown groups are the cells of one
 * table whose total is shown, protected by the domain's `suppressSmallCells` (primary suppression of 1 … k−1,
 * complementary suppression so that the hidden cells are at least two and add up to ≥ k). The owner (the agency
 * that recorded every record) sees exact counts. Suppressed flows are counted, not listed. When the counts come
 * from several parts (operations, records outside operations), a figure any part hides on its own is hidden in the
 * whole too (`protectAcrossParts`), so comparing the task-force view with one operation's view gives nothing away.
 * @throws RangeError when k is not an integer ≥ 1 (from suppressSmallCells)
 */
export function protectFlows(groups: readonly FlowGroup[], options: { k?: number; viewerIsOwner: boolean }): ProtectedFlows {
  const k = options.k ?? DEFAULT_SMALL_CELL_THRESHOLD;
  const { known, counts, table } = flowTable(sumByFlow(groups));
  const partIds = [...new Set(groups.map((g) => g.part ?? ''))];
  const whole = suppressSmallCells(table, k, { viewerIsOwner: options.viewerIsOwner });
  const shown =
    partIds.length > 1
      ? protectAcrossParts(
          whole,
          partIds.map((p) => suppressSmallCells(flowTable(sumByFlow(groups.filter((g) => (g.part ?? '') === p))).table, k, { viewerIsOwner: options.viewerIsOwner })),
        )
      : whole;
  const cells = shown.cells;
  const hiddenSum = cells.reduce((s, c, i) => s + (c.suppressed ? counts[i] : 0), 0);
  const suppressedRecords: ShownFigure = shown.total.suppressed
    ? { count: null, suppressed: true, label: shown.total.label }
    : { count: hiddenSum, suppressed: false, label: String(hiddenSum) };
  return {
    flows: known.filter((_, i) => !cells[i].suppressed),
    suppressedFlows: known.filter((_, i) => cells[i].suppressed).length,
    suppressedRecords,
    unknownOrigin: figure(cells[known.length]),
    unknownDestination: figure(cells[known.length + 1]),
    unknownBoth: figure(cells[known.length + 2]),
    total: shown.total,
    k: shown.k,
    viewerIsOwner: shown.viewerIsOwner,
  };
}

/** The counts summed per (origin, destination), parts merged. */
function sumByFlow(groups: readonly FlowGroup[]): FlowGroup[] {
  const byFlow = new Map<string, FlowGroup>();
  for (const g of groups) {
    const id = JSON.stringify([g.from, g.to]);
    const seen = byFlow.get(id);
    if (seen) seen.count += g.count;
    else byFlow.set(id, { from: g.from, to: g.to, count: g.count });
  }
  return [...byFlow.values()];
}

/** The flows and the three unknown groups as the cells of one table (keys "from→to" and UNKNOWN_…). */
function flowTable(groups: readonly FlowGroup[]) {
  const known = groups
    .filter((g): g is { from: string; to: string; count: number } => g.from !== null && g.to !== null)
    .sort((a, b) => b.count - a.count || cmp(a.from, b.from) || cmp(a.to, b.to));
  const unknown = (fromKnown: boolean, toKnown: boolean) =>
    groups.filter((g) => (g.from !== null) === fromKnown && (g.to !== null) === toKnown).reduce((s, g) => s + g.count, 0);
  const unknownCounts = [unknown(false, true), unknown(true, false), unknown(false, false)];
  const counts = [...known.map((f) => f.count), ...unknownCounts];
  const keys = [...known.map((f) => `${f.from}\u2192${f.to}`), ...UNKNOWN_CELLS];
  // suppressSmallCells only looks at how many dimensions a table has; the key names the one used here.
  const table: CrossTab = {
    dimensions: ['citizenship'],
    categories: [keys],
    cells: keys.map((key, i) => ({ key: [key], count: counts[i] })),
    total: counts.reduce((s, n) => s + n, 0),
  };
  return { known, counts, table };
}

const figure = (c: ShownFigure): ShownFigure => ({ count: c.count, suppressed: c.suppressed, label: c.label });
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
