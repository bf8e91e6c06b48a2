import { DEFAULT_SMALL_CELL_THRESHOLD, LinkedTable, protectForViewer, ShownFigure, suppressedLabel, UNKNOWN } from '@taskforce/domain';

/** One GROUP BY row: origin and destination (null when unknown) and how many records have them. */
export interface FlowGroup {
  from: string | null;
  to: string | null;
  count: number;
  /** How many of `count` the viewer's agency recorded; absent = all of them when `viewerIsOwner`, else none. */
  own?: number;
  /** The part the count comes from (a joint operation's id, '' for records outside operations); see below. */
  part?: string;
  /** Cell key of the others' records (agency-recorded sources only): flows then carry cell-key noise. */
  othersKey?: number;
}

/** Flows as they may leave the server for one viewer. */
export interface ProtectedFlows {
  /** Shown flows with known origin and destination, most records first (then from, to). */
  flows: Array<{ from: string; to: string; count: number }>;
  /** Origin–destination pairs (both known) that are suppressed and not listed; some of them may hold no record. */
  suppressedFlows: number;
  /** Records in every suppressed figure; suppressed itself when the total is (it would give figures away). */
  suppressedRecords: ShownFigure;
  unknownOrigin: ShownFigure;
  unknownDestination: ShownFigure;
  unknownBoth: ShownFigure;
  total: ShownFigure;
  k: number;
  viewerIsOwner: boolean;
  /** Some shown figure carries cell-key noise (agency-recorded sources): flows and groups are close, not exact. */
  perturbed: boolean;
}

/**
 * Small-cell protection of origin → destination flows as the two-way table origin × destination whose margins are
 * the one-way tables of citizenship and country of exploitation (the same viewer can ask for those): the domain's
 * `protectForViewer` — every figure judged on the part other agencies recorded, the margins kept as the one-way
 * tables show them, interior pairs (zeros included where needed) suppressed instead, an audit so that no small
 * figure is pinned, and what any part (operation, records outside operations) hides the whole hides too.
 * Published: the shown pairs with both ends known; the unknown groups (unknown origin = the UNKNOWN row without
 * its UNKNOWN cell, unknown destination likewise, unknown both = that cell), each shown only when every pair in it
 * is; the total; the number of suppressed pairs and the records in every suppressed figure (total − what is shown).
 * With record keys (`othersKey`, agency-recorded sources) the pairs carry cell-key noise as every two-way cell does
 * (`perturbed`), and the unknown groups and the suppressed records are computed from the figures as shown.
 * `linked` (agencies' records, country level): the tables citizenship × C and country of exploitation × C for the other
 * dimensions C (`protectForViewer`), so that the pairs also hide the zeros that would pin a small three-way figure.
 * @throws RangeError when k is not an integer ≥ 1
 */
export function protectFlows(groups: readonly FlowGroup[], options: { k?: number; viewerIsOwner: boolean; linked?: readonly LinkedTable[] }): ProtectedFlows {
  const k = options.k ?? DEFAULT_SMALL_CELL_THRESHOLD;
  const t = protectForViewer(
    groups.map((g) => ({
      key: [g.from ?? UNKNOWN, g.to ?? UNKNOWN],
      count: g.count,
      own: g.own ?? (options.viewerIsOwner ? g.count : 0),
      part: g.part ?? '',
      ...(g.othersKey === undefined ? {} : { othersKey: g.othersKey }),
    })),
    { dimensions: ['citizenship', 'countryOfExploitation'], k, ...(options.linked ? { linked: options.linked } : {}) },
  );
  // Every published figure is made from the figures as shown (perturbed ones included), never from the raw counts,
  // so a sum of shown flows never gives back what their noise hides.
  const cells = t.cells.map((c) => ({ from: c.key[0], to: c.key[1], count: c.count ?? 0, suppressed: c.suppressed, perturbed: c.perturbed === true }));
  const known = cells.filter((c) => c.from !== UNKNOWN && c.to !== UNKNOWN);
  const group = (of: typeof cells): ShownFigure => {
    const n = of.reduce((s, c) => s + c.count, 0);
    if (of.some((c) => c.suppressed)) return { count: null, suppressed: true, label: suppressedLabel(t.k) };
    return { count: n, suppressed: false, label: String(n), ...(of.some((c) => c.perturbed) ? { perturbed: true } : {}) };
  };
  const unknownOrigin = group(cells.filter((c) => c.from === UNKNOWN && c.to !== UNKNOWN));
  const unknownDestination = group(cells.filter((c) => c.from !== UNKNOWN && c.to === UNKNOWN));
  const unknownBoth = group(cells.filter((c) => c.from === UNKNOWN && c.to === UNKNOWN));
  const shownSum =
    known.filter((c) => !c.suppressed).reduce((s, c) => s + c.count, 0) +
    [unknownOrigin, unknownDestination, unknownBoth].reduce((s, f) => s + (f.count ?? 0), 0);
  const hiddenSum = groups.length ? (t.total.count ?? 0) - shownSum : 0;
  const anyPerturbed = cells.some((c) => c.perturbed && !c.suppressed);
  const total: ShownFigure = { count: t.total.count, suppressed: t.total.suppressed, label: t.total.label };
  return {
    flows: known
      .filter((c) => !c.suppressed && c.count > 0)
      .map(({ from, to, count }) => ({ from, to, count }))
      .sort((a, b) => b.count - a.count || cmp(a.from, b.from) || cmp(a.to, b.to)),
    suppressedFlows: known.filter((c) => c.suppressed).length,
    suppressedRecords: total.suppressed
      ? { ...total }
      : { count: Math.max(0, hiddenSum), suppressed: false, label: String(Math.max(0, hiddenSum)), ...(anyPerturbed ? { perturbed: true } : {}) },
    unknownOrigin,
    unknownDestination,
    unknownBoth,
    total,
    k: t.k,
    viewerIsOwner: t.viewerIsOwner,
    perturbed: anyPerturbed,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
