import { cellKeyNoise, cellKeyOf } from './cell-key';
import { ageGroupOfBand, crossTabulateCounts, CrossTabulateOptions, valueOf } from './cross-tabulate';
import { protectAcrossParts, protectLinkedTable, suppressedLabel } from './suppression';
import { LinkedTable, zerosToHide } from './three-way';
import { CaseRecord, Cell, DimensionKey, IndicatorKind, ProtectedTable, ShownCell, ShownFigure, UNKNOWN } from './types';

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
    selected.map((r) => {
      const own = r.agencyId === request.viewerAgencyId ? 1 : 0;
      return { key: request.dimensions.map((d) => valueOf(r, d)), count: 1, own, othersKey: r.recordKey === undefined || own ? undefined : r.recordKey };
    }),
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
  /**
   * Sum (mod CELL_KEY_MODULUS) of the record keys of the records in this cell that other agencies recorded, when the
   * records carry keys (agency-recorded case records); absent for public data sets, which are never perturbed.
   */
  othersKey?: number;
}

export interface AggregatedTableRequest extends CrossTabulateOptions {
  /** At most two (the suppression limit), in the order of the cells' keys. */
  dimensions: DimensionKey[];
  /** Small-cell threshold; default 11. */
  k?: number;
  /**
   * For a two-way table A × B: the tables A × C and B × C of the same records and scope, for each other dimension C
   * the viewer can break them down by (`LinkedTable`). When given, the table also hides those of its zeros that would
   * let the one-way figures and the zeros of the three tables pin a small three-way figure (`zerosToHide`).
   */
  linked?: readonly LinkedTable[];
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
 *   (`protectAcrossParts`), so the whole minus one part gives nothing away;
 * - when the cells carry `othersKey` (records with record keys), every shown figure that is defined by two values
 *   (an interior cell of a two-way table) or by a value of a dimension that refines another one (`REFINES`: an age
 *   band refines the age group) and counts records of other agencies gets cell-key noise (`cellKeyNoise` of the
 *   others' count and cell key; `perturbed: true`). One-way figures of the other dimensions and totals stay exact.
 *   Why: the two-way tables of three dimensions are margins of one hidden three-way table, and an age band's figures
 *   sum to an age group's; exact figures there could be combined across tables to pin a small figure that each
 *   table protects on its own (docs/disclosure-control.md).
 * - with `request.linked` (two-way tables of agencies' records): the zeros `zerosToHide` picks are hidden as well, so
 *   the one-way figures and the zeros of A × B, A × C and B × C pin no small three-way figure (docs/disclosure-control.md,
 *   "Three-way figures behind two-way tables"); a hidden zero is shown as suppressed, and a cell an exact margin gave
 *   beside it (`givenByExactMargin`, which judges on shown cells) is perturbed again.
 * Returns `ProtectedTable` (`viewerIsOwner` true when every counted record is the viewer's).
 * @throws RangeError for more than 2 dimensions, a bad k, or an `own` outside 0 … count.
 */
export function protectForViewer(cells: readonly AggregatedCell[], request: AggregatedTableRequest): ProtectedTable {
  const ownOf = (c: AggregatedCell) => c.own ?? (c.recordedByViewer ? c.count : 0);
  const protectCore = (of: readonly AggregatedCell[]) => {
    const table = crossTabulateCounts(of, request.dimensions, request);
    const own = crossTabulateCounts(of.map((c) => ({ key: c.key, count: ownOf(c) })), request.dimensions, request);
    const byKey = new Map(own.cells.map((c) => [JSON.stringify(c.key), c.count]));
    return protectLinkedTable(table, table.cells.map((c) => byKey.get(JSON.stringify(c.key)) ?? 0), request.k);
  };
  const protect = (of: readonly AggregatedCell[]) => withOwnOnlyValues(of, request, ownOf, protectCore);
  const whole = protect(cells);
  const partOf = (c: { part?: string }) => c.part ?? '';
  const parts = [...new Set(cells.map(partOf))];
  const partTables = parts.map((p) => protect(cells.filter((c) => partOf(c) === p)));
  const table = parts.length > 1 ? protectAcrossParts(whole, partTables) : whole;
  const showFor = (of: readonly AggregatedCell[]) => (t: ProtectedTable) => (of.some((c) => c.othersKey !== undefined) ? perturb(t, of, ownOf) : t);
  const show = showFor(cells);
  if (!request.linked?.length || table.dimensions.length !== 2) return show(table);
  const othersIn = (of: readonly AggregatedCell[]) => {
    const sums = new Map<string, number>();
    for (const c of of) sums.set(JSON.stringify(c.key), (sums.get(JSON.stringify(c.key)) ?? 0) + c.count - ownOf(c));
    return (cell: ShownCell) => sums.get(JSON.stringify(cell.key)) ?? 0;
  };
  /** The zeros the three-way check hides in `t`, the table of the cells `of` with the linked tables `linked` (keys). */
  const zerosOf = (t: ProtectedTable, of: readonly AggregatedCell[], linked: readonly LinkedTable[]) => {
    // A value the others do not have holds only known zeros of theirs: never one to hide (see withOwnOnlyValues).
    const othersHave = t.dimensions.map((_, i) => new Set(of.filter((c) => c.count - ownOf(c) > 0).map((c) => c.key[i])));
    const known = (cell: ShownCell) => holdsNoRecord(t.dimensions, cell.key) || cell.key.some((v, i) => !othersHave[i].has(v));
    return zerosToHide(t, othersIn(of), linked, (h) => showFor(of)(hideCells(t, h)), known).map((i) => JSON.stringify(t.cells[i].key));
  };
  const hiddenKeys = new Set(zerosOf(table, cells, request.linked));
  // A zero a part's tables hide (an operation's, or the records outside operations) is hidden in the whole too where the
  // whole holds none of the others' records there either: a 0 of the whole is a 0 in every part.
  if (parts.length > 1 && request.linked.every((l) => [...l.first, ...l.second].every((c) => c.part !== undefined))) {
    parts.forEach((p, n) => {
      const linked = request.linked!.map((l) => ({ ...l, first: l.first.filter((c) => partOf(c) === p), second: l.second.filter((c) => partOf(c) === p) }));
      zerosOf(partTables[n], cells.filter((c) => partOf(c) === p), linked).forEach((key) => hiddenKeys.add(key));
    });
  }
  const others = othersIn(cells);
  const hidden = new Set(table.cells.flatMap((c, i) => (hiddenKeys.has(JSON.stringify(c.key)) && others(c) === 0 && !c.suppressed ? [i] : [])));
  return show(hideCells(table, hidden));
}

/**
 * Protects the cells `of` with the values only the viewer recorded left out, then puts those values back as the
 * viewer's own exact figures. A value no other agency has (a citizenship only the viewer recorded, a year, an unknown)
 * holds none of the others' records: leaving it in would let the viewer's own records change which of the others'
 * figures the complementary suppression hides (its cells are zeros of the others to choose from, and they move the
 * others' cells in the order ties are broken), and two readings, before and after recording it, could then be combined
 * to pin a small figure. Left out, the others' figures are decided on the others' values alone. Values the request
 * lists (`categories`) always stay in. A margin of a value the others have, shown exactly, adds the viewer's records of
 * the left-out values; a suppressed one stays suppressed.
 */
function withOwnOnlyValues(
  of: readonly AggregatedCell[],
  request: AggregatedTableRequest,
  ownOf: (c: AggregatedCell) => number,
  protectCore: (of: readonly AggregatedCell[]) => ProtectedTable,
): ProtectedTable {
  const dims = request.dimensions;
  const othersHave = dims.map((d, i) => new Set([...(request.categories?.[d] ?? []), ...of.filter((c) => c.count - ownOf(c) > 0).map((c) => c.key[i])]));
  const inCore = (key: readonly string[]) => key.every((v, i) => othersHave[i].has(v));
  const core = of.filter((c) => inCore(c.key));
  if (core.length === of.length || core.length === 0) return protectCore(of);
  const protectedCore = protectCore(core);
  const layout = crossTabulateCounts(of, dims, request);
  const extra = of.filter((c) => !inCore(c.key));
  const ownIn = (match: (key: readonly string[]) => boolean) => extra.reduce((s, c) => s + (match(c.key) ? ownOf(c) : 0), 0);
  const exact = (count: number) => ({ count, suppressed: false, label: String(count) });
  const plus = (f: ShownFigure, more: number): ShownFigure => (f.suppressed || f.count === null || more === 0 ? f : { ...f, ...exact(f.count + more) });
  const coreCell = new Map(protectedCore.cells.map((c) => [JSON.stringify(c.key), c]));
  return {
    ...protectedCore,
    categories: layout.categories,
    cells: layout.cells.map((c) => coreCell.get(JSON.stringify(c.key)) ?? { key: c.key, ...exact(ownIn((key) => key.every((v, i) => v === c.key[i]))) }),
    marginals: layout.categories.map((values, d) =>
      values.map((v) => {
        const j = protectedCore.categories[d]?.indexOf(v) ?? -1;
        const more = ownIn((key) => key[d] === v);
        return j >= 0 ? plus(protectedCore.marginals[d][j], more) : exact(more);
      }),
    ),
    total: plus(protectedCore.total, ownIn(() => true)),
  };
}

/**
 * The table with the cells at `hidden` (indices into `cells`) suppressed, shown as any suppressed figure. Hiding only
 * takes figures away, so what the suppression audit showed for the table still holds.
 */
function hideCells(table: ProtectedTable, hidden: ReadonlySet<number>): ProtectedTable {
  if (!hidden.size) return table;
  const label = suppressedLabel(table.k);
  return { ...table, cells: table.cells.map((c, i) => (hidden.has(i) ? { key: c.key, count: null, suppressed: true, label } : c)) };
}

/**
 * Dimensions whose values are a finer split of another dimension's values that is published too: the age group is
 * taken from the age band when a record has no group of its own. (Regions are not recorded with agencies' case
 * records, so citizenship and the country of exploitation refine nothing an agency's records publish.)
 */
export const REFINES: Readonly<Partial<Record<DimensionKey, DimensionKey>>> = { ageBand: 'ageGroup' };

/**
 * The coarser value a refined dimension's value belongs to (`REFINES`): an age band's group, `UNKNOWN` for the
 * records of unknown group.
 */
function coarserOf(dimension: DimensionKey, value: string): string {
  return dimension === 'ageBand' ? (ageGroupOfBand(value) ?? UNKNOWN) : value;
}

/**
 * True for a cell of a two-way table that no record can be in by definition: one dimension refines the other
 * (`REFINES`) and the cell pairs a value with a coarser value it does not belong to (age group MINOR × band 30-38).
 */
export function holdsNoRecord(dimensions: readonly DimensionKey[], key: readonly string[]): boolean {
  if (dimensions.length !== 2) return false;
  return [0, 1].some((fine) => REFINES[dimensions[fine]] === dimensions[1 - fine] && coarserOf(dimensions[fine], key[fine]) !== key[1 - fine]);
}

/** Adds cell-key noise to the shown figures `protectForViewer` perturbs (see there). */
function perturb(table: ProtectedTable, cells: readonly AggregatedCell[], ownOf: (c: AggregatedCell) => number): ProtectedTable {
  type Figure = { others: number; key: number };
  const figureOfCells = (of: readonly AggregatedCell[]): Figure => ({ others: of.reduce((s, c) => s + c.count - ownOf(c), 0), key: cellKeyOf(of.map((c) => c.othersKey ?? 0)) });
  const figureOf = (match: (key: readonly string[]) => boolean) => figureOfCells(cells.filter((c) => match(c.key)));
  // The cells of each interior cell and of each one-way value, gathered once in the order of `cells` (the cell key
  // depends on that order), and their figures computed once.
  const groups = new Map<string, AggregatedCell[]>();
  const gather = (name: string, c: AggregatedCell) => {
    const list = groups.get(name);
    if (list) list.push(c);
    else groups.set(name, [c]);
  };
  for (const c of cells) {
    gather(`cell ${JSON.stringify(c.key)}`, c);
    c.key.forEach((v, i) => gather(`value ${i} ${v}`, c));
  }
  const figures = new Map<string, Figure>();
  const figureNamed = (name: string): Figure => {
    let figure = figures.get(name);
    if (!figure) figures.set(name, (figure = figureOfCells(groups.get(name) ?? [])));
    return figure;
  };
  const ofCell = (key: readonly string[]) => figureNamed(`cell ${JSON.stringify(key)}`);
  const ofValue = (d: number, v: string) => figureNamed(`value ${d} ${v}`);
  const noisy = <F extends ShownFigure>(f: F, figure: () => Figure): F => {
    if (f.suppressed || f.count === null) return f;
    const { others, key } = figure();
    if (others === 0) return f;
    // Shown figures of others' records hold at least k of them (smaller ones are suppressed): never shown below k.
    const count = f.count + cellKeyNoise(others, key, Math.min(others, table.k));
    return { ...f, count, label: String(count), perturbed: true };
  };
  // A value of a refined dimension whose others' records are all of its coarser value's (the group's other bands hold
  // none of them; `UNKNOWN`, the only band of the records of unknown group) is the same figure as the exact one-way
  // figure of that coarser value: shown exact, as there.
  const refinedExact = table.dimensions.map((d, i) =>
    REFINES[d] === undefined
      ? table.categories[i].map(() => true)
      : table.categories[i].map((v) => ofValue(i, v).others === figureOf((key) => coarserOf(d, key[i]) === coarserOf(d, v)).others),
  );
  const refined = table.dimensions.map((d) => REFINES[d] !== undefined);
  const twoWay = table.dimensions.length === 2;
  const othersIn = (c: ShownCell) => ofCell(c.key).others;
  const given = twoWay ? givenByExactMargin(table, refinedExact, othersIn) : () => false;
  return {
    ...table,
    cells: table.cells.map((c) => ((twoWay || (refined[0] && !refinedExact[0][table.categories[0].indexOf(c.key[0])])) && !given(c) ? noisy(c, () => ofCell(c.key)) : c)),
    marginals: table.marginals.map((row, d) => row.map((f, j) => (refinedExact[d][j] ? f : noisy(f, () => ofValue(d, table.categories[d][j]))))),
  };
}

/**
 * Interior cells of a two-way table that an exact margin already gives: every other cell of the cell's row (or
 * column) is shown and holds no other agency's record (the viewer sees that: such a figure is exactly its own
 * records, or 0), and that row's (column's) margin is shown exact (not suppressed, and not perturbed: not a refined value unless it counts the same others' records as its coarser value).
 * The others' part of the cell is then the others' part of the margin, so noise on it would hide nothing and only
 * make the table disagree with itself (the flow "unknown region → unknown region" beside the exact total is the
 * common case). Judged on the others' records, so the viewer adding records of its own never changes the answer.
 */
function givenByExactMargin(table: ProtectedTable, exactMargin: ReadonlyArray<readonly boolean[]>, othersIn: (c: ShownCell) => number): (cell: ShownCell) => boolean {
  const ownOnly = (c: ShownCell) => !c.suppressed && othersIn(c) === 0;
  return (cell) =>
    !cell.suppressed &&
    table.dimensions.some((_, d) => {
      const j = table.categories[d].indexOf(cell.key[d]);
      const margin = table.marginals[d][j];
      return exactMargin[d][j] && margin !== undefined && !margin.suppressed && table.cells.every((c) => c === cell || c.key[d] !== cell.key[d] || ownOnly(c));
    });
}
