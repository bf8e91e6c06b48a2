import { ageGroupOfBand, crossTabulateCounts, CrossTabulateOptions, marginalsOf } from './cross-tabulate';
import { chooseSuppression, isSensitive, SumRelation } from './suppression-engine';
import { CrossTab, DimensionKey, ProtectedTable, ShownFigure, UNKNOWN } from './types';

/** Default small-cell threshold: counts from 1 to k − 1 are suppressed for anyone but the recording agency. */
export const DEFAULT_SMALL_CELL_THRESHOLD = 11;

/** The label a suppressed figure carries on screen and in exports. */
export function suppressedLabel(k: number): string {
  return `suppressed (< ${k})`;
}

/** The threshold k a `suppressedLabel` names (`'suppressed (< 11)'` → 11); null for any other text (a count). */
export function suppressedLabelThreshold(label: string): number | null {
  const k = /^suppressed \(< (\d+)\)$/.exec(label)?.[1];
  return k === undefined ? null : Number(k);
}

export interface SuppressionOptions {
  /** The viewer belongs to the agency that recorded every record in the table: exact counts, nothing hidden. */
  viewerIsOwner: boolean;
}

/**
 * Small-cell protection of a 0-, 1- or 2-dimensional table on its own, for a viewer who recorded all of it
 * (`viewerIsOwner`: exact) or none of it. Same rules as `protectTable` with no own records and no linked table.
 * @throws RangeError when k is not an integer ≥ 1 or the table has more than 2 dimensions.
 */
export function suppressSmallCells(
  table: CrossTab,
  threshold: number | undefined,
  options: SuppressionOptions,
): ProtectedTable {
  return { ...protectTable(table, table.cells.map((c) => (options.viewerIsOwner ? c.count : 0)), threshold), viewerIsOwner: options.viewerIsOwner };
}

/** What a table's margins and total must be, because a linked table publishes them (`true` = suppressed). */
export interface FixedFigures {
  /** `marginals[d][j]`: the total of `categories[d][j]` (2-D tables only). */
  marginals?: ReadonlyArray<ReadonlyArray<boolean | undefined>>;
  total?: boolean;
}

/**
 * Contributor-aware small-cell protection of a 0-, 1- or 2-dimensional table for one viewer (see
 * docs/disclosure-control.md). `own[i]` is how many of `table.cells[i]`'s records the viewer's agency recorded.
 *
 * - Every figure (cell, margin, total) is judged on its **others' part**, count − own: suppressed when it is
 *   1 … k − 1 (primary). A figure made only of the viewer's own records is exact; the viewer's own records never
 *   help to show another agency's small part (padding a cell up to k changes nothing).
 * - Complementary suppression over every sum relation (cells → row/column totals → grand total), with figures in
 *   `fixed` kept as given (they are published so by a linked table); then an audit (shuttle algorithm) adds
 *   suppression until no primarily suppressed figure is pinned to one value by what is shown.
 * - The viewer recorded every record (`viewerIsOwner`): exact, nothing suppressed.
 * Shapes: cells in row-major order as `crossTabulate` gives them; marginals per dimension (2-D only; in 1-D the
 * cells are the categories' totals); label `suppressed (< k)` on every suppressed figure. Standard: primary and
 * secondary cell suppression as in τ-ARGUS / sdcTable and the Eurostat SDC handbook; k = 11 as CTDC.
 * @throws RangeError when k is not an integer ≥ 1, the table has more than 2 dimensions, or `own` does not match.
 */
export function protectTable(table: CrossTab, own: readonly number[], threshold: number | undefined, fixed: FixedFigures = {}): ProtectedTable {
  const k = threshold ?? DEFAULT_SMALL_CELL_THRESHOLD;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`small-cell threshold k must be an integer ≥ 1, got ${k}`);
  const n = table.dimensions.length;
  if (n > 2) throw new RangeError(`small-cell suppression supports tables of at most 2 dimensions, got ${n}`);
  if (own.length !== table.cells.length || own.some((o, i) => !Number.isInteger(o) || o < 0 || o > table.cells[i].count)) {
    throw new RangeError('own counts must be whole numbers from 0 to each cell\'s count, one per cell');
  }
  const { values, mine, marginalIdx, totalIdx, relations } = layout(table, own);
  const groupFixed = addAgeGroups(table, values, mine, marginalIdx, relations, k);
  const others = values.map((v, i) => v - mine[i]);
  const viewerIsOwner = others.every((r) => r === 0);
  const fixedFlags: Array<boolean | undefined> = values.map((_, i) => groupFixed.get(i));
  if (n === 2) fixed.marginals?.forEach((row, d) => row.forEach((f, j) => (fixedFlags[marginalIdx[d][j]] = f)));
  if (fixed.total !== undefined) fixedFlags[totalIdx] = fixed.total;
  const hidden = viewerIsOwner ? values.map(() => false) : chooseSuppression({ others, relations, fixed: fixedFlags }, k);

  const label = suppressedLabel(k);
  const figure = (i: number): ShownFigure =>
    hidden[i] ? { count: null, suppressed: true, label } : { count: values[i], suppressed: false, label: String(values[i]) };
  return {
    dimensions: [...table.dimensions],
    categories: table.categories.map((c) => [...c]),
    cells: table.cells.map((c, i) => ({ key: [...c.key], ...figure(i) })),
    marginals: marginalIdx.map((idx) => idx.map(figure)),
    total: figure(totalIdx),
    k,
    viewerIsOwner,
  };
}

/**
 * `protectTable` for a 2-D table consistent with the one-way tables of its two dimensions, which the same viewer
 * can ask for: each one-way table is protected on its own (with the total suppressed only when its others' part is
 * small), and the two-way table is then protected with its margins and total fixed to what the one-way tables show.
 * A margin the one-way table shows stays shown; interior cells (zeros included where needed) are suppressed instead.
 * 0- and 1-D tables are protected with the total's state fixed the same way, so every table of a scope agrees on it.
 * Returns the same shapes as `protectTable`.
 */
export function protectLinkedTable(table: CrossTab, own: readonly number[], threshold: number | undefined): ProtectedTable {
  const k = threshold ?? DEFAULT_SMALL_CELL_THRESHOLD;
  const ownTotal = own.reduce((s, o) => s + o, 0);
  const total = isSensitive(table.total - ownTotal, k);
  if (table.dimensions.length < 2) return protectTable(table, own, k, { total });
  const oneWay = [0, 1].map((d) => {
    const counts = marginalsOf(table, d);
    const owns = table.categories[d].map((v) => table.cells.reduce((s, c, i) => s + (c.key[d] === v ? own[i] : 0), 0));
    const t: CrossTab = { dimensions: [table.dimensions[d]], categories: [table.categories[d]], cells: table.categories[d].map((v, j) => ({ key: [v], count: counts[j] })), total: table.total };
    return protectTable(t, owns, k, { total });
  });
  return protectTable(table, own, k, { marginals: oneWay.map((t) => t.cells.map((c) => c.suppressed)), total });
}

/** Figures of a table: cells first, then (2-D only) row marginals, column marginals, then the grand total. */
function layout(table: CrossTab, own: readonly number[]) {
  const n = table.dimensions.length;
  const values: number[] = table.cells.map((c) => c.count);
  const mine: number[] = [...own];
  const marginalIdx: number[][] = [];
  if (n === 1) {
    marginalIdx.push(table.cells.map((_, i) => i)); // in 1-D a category's total is its cell
  } else if (n === 2) {
    for (let d = 0; d < 2; d++) {
      marginalIdx.push(
        table.categories[d].map((v) => {
          mine.push(table.cells.reduce((s, c, i) => s + (c.key[d] === v ? own[i] : 0), 0));
          return values.push(table.cells.reduce((s, c) => s + (c.key[d] === v ? c.count : 0), 0)) - 1;
        }),
      );
    }
  }
  mine.push(own.reduce((s, o) => s + o, 0));
  const totalIdx = values.push(table.total) - 1;

  const relations: SumRelation[] = [];
  if (n === 1) relations.push({ parts: table.cells.map((_, i) => i), whole: totalIdx });
  if (n === 2) {
    const cols = table.categories[1].length;
    table.categories[0].forEach((_, r) => relations.push({ parts: table.categories[1].map((__, c) => r * cols + c), whole: marginalIdx[0][r] }));
    table.categories[1].forEach((_, c) => relations.push({ parts: table.categories[0].map((__, r) => r * cols + c), whole: marginalIdx[1][c] }));
    relations.push({ parts: marginalIdx[0], whole: totalIdx }, { parts: marginalIdx[1], whole: totalIdx });
  }
  return { values, mine, marginalIdx, totalIdx, relations };
}

/**
 * The age bands of a table add up to age groups exactly (every value of the `ageBand` dimension belongs to one group:
 * a band, a band unknown within a known group `AGE_UNKNOWN_IN_GROUP`, or `UNKNOWN` for the records of unknown group),
 * and the tables of age groups publish the groups. So for a dimension `ageBand`, the protection carries the group
 * figures too, each tied to its bands by a sum relation and fixed as the age-group table of the same records shows it
 * (that table is protected first, on its own: `protectLinkedTable`):
 * - one figure per group: the sum of its bands' figures (cells in 1-D, band margins in 2-D), fixed as the one-way
 *   age-group table shows it;
 * - in a two-way table X × age band, also one figure per X category and group (the sum of that row's bands of the
 *   group), fixed as the X × age-group table shows that cell;
 * - in the table age group × age band, a cell whose band is not in its group holds no record by definition: shown
 *   (0), never used to hide another.
 * Complementary suppression and the audit then hide whatever would let a group minus its other bands pin a small band.
 * Appends to `values` and `mine`, puts the relations first; returns the fixed states by figure index.
 */
function addAgeGroups(table: CrossTab, values: number[], mine: number[], marginalIdx: number[][], relations: SumRelation[], k: number): Map<number, boolean> {
  const fixed = new Map<number, boolean>();
  const n = table.dimensions.length;
  const groupOf = (band: string): string => ageGroupOfBand(band) ?? UNKNOWN;
  const addGroup = (parts: number[], shownAs: boolean | undefined) => {
    const whole = values.push(parts.reduce((s, i) => s + values[i], 0)) - 1;
    mine.push(parts.reduce((s, i) => s + mine[i], 0));
    relations.unshift({ parts, whole }); // before the total's: a small band is paired within its group first
    fixed.set(whole, shownAs === undefined ? isSensitive(values[whole] - mine[whole], k) : shownAs);
  };
  table.dimensions.forEach((dimension, d) => {
    if (dimension !== 'ageBand') return;
    const bands = table.categories[d];
    const groups = [...new Set(bands.map(groupOf))];
    const bandIdx = n === 1 ? table.cells.map((_, i) => i) : marginalIdx[d];
    const one = protectedGroups(groups, (g) => bands.flatMap((b, j) => (groupOf(b) === g ? [bandIdx[j]] : [])), values, mine, k);
    groups.forEach((g, j) => addGroup(bands.flatMap((b, i) => (groupOf(b) === g ? [bandIdx[i]] : [])), one[j]));
    if (n !== 2) return;
    const other = 1 - d;
    const cols = table.categories[1].length;
    const at = (row: number, col: number) => row * cols + col;
    const cellOf = (x: number, b: number) => (d === 1 ? at(x, b) : at(b, x));
    if (table.dimensions[other] === 'ageGroup') {
      table.categories[other].forEach((g, x) => bands.forEach((b, j) => groupOf(b) !== g && fixed.set(cellOf(x, j), false)));
      return;
    }
    // The X × age-group table, protected on its own as it is published.
    const xs = table.categories[other];
    const partsOf = (x: number, g: string) => bands.flatMap((b, j) => (groupOf(b) === g ? [cellOf(x, j)] : []));
    const shown = protectedGroupsByRow(table.dimensions[other], xs, groups, partsOf, values, mine, other, k);
    xs.forEach((_, x) => groups.forEach((g, j) => addGroup(partsOf(x, g), shown[x][j])));
  });
  return fixed;
}

/** The suppression states of the one-way age-group table whose groups are the sums `partsOf(g)` of `values`. */
function protectedGroups(groups: readonly string[], partsOf: (g: string) => number[], values: readonly number[], mine: readonly number[], k: number): boolean[] {
  const t = protectedGroupTable(groups.map((g) => ({ key: [g], parts: partsOf(g) })), ['ageGroup'], {}, values, mine, k);
  return groups.map((g) => t.cells.find((c) => c.key[0] === g)?.suppressed ?? false);
}

/**
 * An age-group table built from sums of `values` (and of `mine`, the viewer's part), in the category order the
 * table itself would have (the engine breaks ties by position), protected as it is published (`protectLinkedTable`).
 */
function protectedGroupTable(sums: ReadonlyArray<{ key: string[]; parts: number[] }>, dimensions: DimensionKey[], options: CrossTabulateOptions, values: readonly number[], mine: readonly number[], k: number): ProtectedTable {
  const sum = (of: number[], v: readonly number[]) => of.reduce((s, i) => s + v[i], 0);
  const table = crossTabulateCounts(sums.map((p) => ({ key: p.key, count: sum(p.parts, values) })), dimensions, options);
  const own = crossTabulateCounts(sums.map((p) => ({ key: p.key, count: sum(p.parts, mine) })), dimensions, options);
  return protectLinkedTable(table, own.cells.map((c) => c.count), k);
}

/** The suppression states of the cells of the two-way table X × age group (`[x][group]`), X in position `xAt`. */
function protectedGroupsByRow(
  x: DimensionKey,
  xs: readonly string[],
  groups: readonly string[],
  partsOf: (x: number, g: string) => number[],
  values: readonly number[],
  mine: readonly number[],
  xAt: number,
  k: number,
): boolean[][] {
  const sums = xs.flatMap((_, i) => groups.map((g) => ({ key: xAt === 0 ? [xs[i], g] : [g, xs[i]], parts: partsOf(i, g) })));
  const t = protectedGroupTable(sums, xAt === 0 ? [x, 'ageGroup'] : ['ageGroup', x], { categories: { [x]: xs } }, values, mine, k);
  const stateOf = (i: number, g: string) => t.cells.find((c) => c.key[xAt] === xs[i] && c.key[1 - xAt] === g)?.suppressed ?? false;
  return xs.map((_, i) => groups.map((g) => stateOf(i, g)));
}

/** Number of figures of a table that would be suppressed for a non-owner (cells only). */
export function countSuppressedCells(table: ProtectedTable): number {
  return table.cells.filter((c) => c.suppressed).length;
}


/**
 * Protection against differencing between overlapping scopes. A figure over several parts (the task force = every
 * visible joint operation plus the records outside operations) can be compared with the same figure over one
 * part (one operation), and the difference gives away the rest. So a figure of the whole is also suppressed when
 * the same figure of any part, protected on its own, is suppressed: what a part hides, the whole hides too.
 * `whole` and every part must be protected with the same k for the same viewer; cells are matched by key,
 * marginals by category, absent ones count as 0 (never suppressed). The owner's exact view is left as it is.
 */
export function protectAcrossParts(whole: ProtectedTable, parts: readonly ProtectedTable[]): ProtectedTable {
  if (whole.viewerIsOwner || parts.length < 2) return whole;
  const label = suppressedLabel(whole.k);
  const hide = <F extends ShownFigure>(f: F): F => (f.suppressed ? f : { ...f, count: null, suppressed: true, label });
  const id = (key: readonly string[]) => JSON.stringify(key);
  const hiddenCells = new Set(parts.flatMap((p) => p.cells.filter((c) => c.suppressed).map((c) => id(c.key))));
  const marginHidden = (d: number, category: string) =>
    parts.some((p) => {
      const j = p.categories[d]?.indexOf(category) ?? -1;
      return j >= 0 && p.marginals[d]?.[j]?.suppressed === true;
    });
  return {
    ...whole,
    cells: whole.cells.map((c) => (hiddenCells.has(id(c.key)) ? hide(c) : c)),
    marginals: whole.marginals.map((row, d) => row.map((f, j) => (marginHidden(d, whole.categories[d][j]) ? hide(f) : f))),
    total: parts.some((p) => p.total.suppressed) ? hide(whole.total) : whole.total,
  };
}
