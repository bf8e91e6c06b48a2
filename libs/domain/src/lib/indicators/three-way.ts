/**
 * Three-way figures behind two-way tables (docs/disclosure-control.md, "Three-way figures behind two-way tables").
 * The two-way tables A × B, A × C and B × C are margins of one hidden three-way table A × B × C. With the one-way
 * figures exact and the zeros of the three tables known, a three-way cell can be pinned to a small value that no
 * table publishes (every record of one sex of one citizenship and age group, and so on). The linked-tables view of
 * secondary cell suppression (τ-ARGUS; Hundepool et al., Statistical Disclosure Control, Wiley 2012, §4.4, linked
 * tables) protects the tables together; here each two-way table hides some of its own zeros until bound propagation
 * over the three-way cells pins no small one. Pure: numbers in, cells to hide out.
 */
import { isSensitive, shuttleIntervals, SumRelation } from './suppression-engine';
import { Cell, DimensionKey, ProtectedTable, ShownCell } from './types';

/**
 * The tables A × C and B × C of a two-way table A × B, for one other dimension C, in the same scope: `first` has keys
 * `[a, c]`, `second` keys `[b, c]` (values mapped as `valueOf` maps a record, unknown → `UNKNOWN`), each cell with
 * its count and the viewer's part (`own`, or all of it when `recordedByViewer`). C's one-way table is their sum.
 */
export interface LinkedTable {
  dimension: DimensionKey;
  /** Cells may repeat a key once per `part` (joint operation, or '' for the records outside operations); they add up. */
  first: ReadonlyArray<Cell & { own?: number; recordedByViewer?: boolean; part?: string }>;
  second: ReadonlyArray<Cell & { own?: number; recordedByViewer?: boolean; part?: string }>;
}

/**
 * The zero cells of a protected two-way table A × B to hide (indices into `table.cells`, ascending) so that, for every
 * linked dimension C, bound propagation over the three-way cells x_abc ≥ 0 (others' records only) pins none to a
 * value 1 … k − 1. What the attacker is taken to know (more than it does, so the check is conservative):
 * - the others' part of every one-way figure of A and B the table shows (its margins are fixed to what the one-way
 *   tables show), of every value of C whose others' part is not 1 … k − 1 (those are suppressed in C's one-way table;
 *   a figure that table hides only as a complement is taken as shown), and of the total when shown, all exact;
 * - in A × C and B × C, every cell whose others' part is 0 is a known zero (as if those tables showed all their
 *   zeros, whatever their own protection does), so x_abc = 0 whenever (a, c) or (b, c) is one;
 * - in A × B, the cells as `show` gives them: a shown, unperturbed cell is exact (a zero excludes its atoms, any
 *   other value is a sum relation over c); suppressed and perturbed cells tell nothing.
 * Bounds come from the shuttle (`shuttleIntervals`): sound, not always the tightest. While an atom (a, b, c) is
 * pinned small, one more shown zero of A × B is hidden, chosen in this order: a zero whose hiding lets some x_a'b'c
 * be positive again that shares a, b or c with the pinned atom; a zero in row a or column b; any other zero; ties (and
 * which pinned atom first) on the values in the order of the dimensions' names, so A × B and B × A hide the same. `show(hidden)` must give the table as it would be published with those zeros hidden (noise applied),
 * so a cell an exact margin gave stops being exact when a zero of its row is hidden. Stops when nothing small is
 * pinned or A × B has no shown zero left. Each table judges alone, assuming the others show all their zeros, so the
 * choices of different tables never depend on each other.
 * `othersOf(cell)` is the others' part of a cell of `table`. `holdsNoRecord(cell)` marks the cells no record can be in
 * by definition (age group × age band: a band outside its group): everyone knows they are 0, so they are never
 * hidden (hiding one would read as nonsense and protect nothing); they stay known zeros in the check.
 */
export function zerosToHide(
  table: ProtectedTable,
  othersOf: (cell: ShownCell) => number,
  linked: readonly LinkedTable[],
  show: (hidden: ReadonlySet<number>) => ProtectedTable,
  holdsNoRecord: (cell: ShownCell) => boolean = () => false,
): number[] {
  const hidden = new Set<number>();
  if (table.dimensions.length !== 2 || table.viewerIsOwner) return [];
  const [as, bs] = table.categories;
  const others = table.cells.map(othersOf);
  const cols = bs.length;
  // A one-way figure the table (and so its one-way table) shows is exact; a suppressed one is no relation (NaN).
  const oneWay = (d: number) => {
    const sums = new Map<string, number>();
    table.cells.forEach((c, i) => sums.set(c.key[d], (sums.get(c.key[d]) ?? 0) + others[i]));
    return table.categories[d].map((v, j) => (table.marginals[d][j]?.suppressed ? NaN : (sums.get(v) ?? 0)));
  };
  const aTotals = oneWay(0);
  const bTotals = oneWay(1);
  const checks = linked.filter((l) => !table.dimensions.includes(l.dimension)).map((l) => knownZerosOf(l));
  // Ties are broken on the cell's values in the order of the dimensions' names, so A × B and B × A hide the same zeros.
  const swap = table.dimensions[0] > table.dimensions[1];
  const order = (a: number, b: number) => JSON.stringify(swap ? [bs[b], as[a]] : [as[a], bs[b]]);
  for (;;) {
    const shown = show(hidden);
    const exact = shown.cells.map((c) => !c.suppressed && !c.perturbed);
    const zeroAB = (a: number, b: number) => exact[a * cols + b] && others[a * cols + b] === 0;
    let pin: { a: number; b: number; c: string; check: (typeof checks)[number] } | undefined;
    for (const check of checks) {
      const { cs, cTotals, positiveAC, positiveBC } = check;
      const total = table.total.suppressed ? NaN : others.reduce((x, y) => x + y, 0);
      const found = pinnedAtom(as, bs, cs, aTotals, bTotals, cTotals.map((n) => (isSensitive(n, table.k) ? NaN : n)), total, positiveAC, positiveBC, zeroAB, exact, others, table.k, order);
      if (found) {
        pin = { ...found, check };
        break;
      }
    }
    if (!pin) return [...hidden].sort((x, y) => x - y);
    const { a, b, c, check } = pin;
    // The known zeros that may be hidden: every shown cell whose others' part is 0, a cell of the viewer's own records
    // alone included (the viewer knows its own figure, so the figure shown says the others have none there; were it
    // never hidden, one record of the viewer in each zero would keep them all known). Chosen on the others' records
    // only, never on the viewer's, so adding or deleting its records over time never moves what is hidden.
    const zeros = shown.cells
      .flatMap((_, i) => (zeroAB(Math.floor(i / cols), i % cols) && !holdsNoRecord(table.cells[i]) ? [i] : []))
      .sort((x, y) => compare(order(Math.floor(x / cols), x % cols), order(Math.floor(y / cols), y % cols)));
    if (!zeros.length) return [...hidden].sort((x, y) => x - y);
    const reopensNear = (i: number) => {
      const [za, zb] = [Math.floor(i / cols), i % cols];
      return check.cs.some((z) => check.positiveAC(as[za], z) && check.positiveBC(bs[zb], z) && (za === a || zb === b || z === c));
    };
    const inLine = (i: number) => Math.floor(i / cols) === a || i % cols === b;
    const pick = zeros.find(reopensNear) ?? zeros.find(inLine) ?? zeros[0];
    hidden.add(pick);
  }
}

/** C's values, its one-way others' parts, and which cells of A × C and B × C hold others' records. */
function knownZerosOf(linked: LinkedTable) {
  const othersPart = (c: LinkedTable['first'][number]) => c.count - (c.own ?? (c.recordedByViewer ? c.count : 0));
  // Looked up once per candidate three-way cell: a set of C's values per value of A (or B), no key strings built.
  const positive = (cells: LinkedTable['first']) => {
    const byFirst = new Map<string, Set<string>>();
    for (const c of cells) {
      if (othersPart(c) <= 0) continue;
      const zs = byFirst.get(c.key[0]);
      if (zs) zs.add(c.key[1]);
      else byFirst.set(c.key[0], new Set([c.key[1]]));
    }
    return (x: string, z: string) => byFirst.get(x)?.has(z) ?? false;
  };
  const cTotals = new Map<string, number>();
  for (const c of linked.first) cTotals.set(c.key[1], (cTotals.get(c.key[1]) ?? 0) + othersPart(c));
  for (const c of linked.second) if (!cTotals.has(c.key[1])) cTotals.set(c.key[1], 0);
  const cs = [...cTotals.keys()];
  return { cs, cTotals: cs.map((z) => cTotals.get(z) ?? 0), positiveAC: positive(linked.first), positiveBC: positive(linked.second) };
}

/**
 * The three-way cell (a, b, c) bound propagation pins to a value 1 … k − 1 that comes first in `order`, from the
 * one-way figures (NaN: not shown), the total, the exact cells of A × B and the known zeros (see `zerosToHide`);
 * undefined when there is none.
 */
function pinnedAtom(
  as: readonly string[],
  bs: readonly string[],
  cs: readonly string[],
  aTotals: readonly number[],
  bTotals: readonly number[],
  cTotals: readonly number[],
  total: number,
  positiveAC: (a: string, c: string) => boolean,
  positiveBC: (b: string, c: string) => boolean,
  zeroAB: (a: number, b: number) => boolean,
  exact: readonly boolean[],
  others: readonly number[],
  k: number,
  order: (a: number, b: number) => string,
): { a: number; b: number; c: string } | undefined {
  // Atoms: three-way cells no known zero excludes.
  const atoms: Array<{ a: number; b: number; c: number }> = [];
  as.forEach((av, a) => cs.forEach((cv, c) => positiveAC(av, cv) && bs.forEach((bv, b) => positiveBC(bv, cv) && !zeroAB(a, b) && atoms.push({ a, b, c }))));
  if (!atoms.length) return undefined;
  // Figures: the atoms (unknown), then one known figure per relation.
  const values: number[] = atoms.map(() => 0);
  const relations: SumRelation[] = [];
  const relate = (parts: number[], value: number) => !Number.isNaN(value) && relations.push({ parts, whole: values.push(value) - 1 });
  // The atoms of each row, column, layer and A × B cell, gathered in one pass.
  const cols = bs.length;
  const byA: number[][] = as.map(() => []);
  const byB: number[][] = bs.map(() => []);
  const byC: number[][] = cs.map(() => []);
  const byAB = new Map<number, number[]>();
  atoms.forEach((x, i) => {
    byA[x.a].push(i);
    byB[x.b].push(i);
    byC[x.c].push(i);
    const ab = x.a * cols + x.b;
    const list = byAB.get(ab);
    if (list) list.push(i);
    else byAB.set(ab, [i]);
  });
  as.forEach((_, a) => relate(byA[a], aTotals[a]));
  bs.forEach((_, b) => relate(byB[b], bTotals[b]));
  cs.forEach((_, c) => relate(byC[c], cTotals[c]));
  relate(atoms.map((_, i) => i), total);
  exact.forEach((e, i) => e && others[i] > 0 && relate(byAB.get(i) ?? [], others[i]));
  const hidden = values.map((_, i) => i < atoms.length);
  // Atoms' own values are never read: `others` 0 gives them the lower bound 0 (nothing assumed about them).
  const bounds = shuttleIntervals({ others: values, relations }, hidden, k);
  const pinned = atoms
    .filter((_, i) => bounds[i][0] === bounds[i][1] && bounds[i][0] > 0 && bounds[i][0] < k)
    .map((x) => ({ a: x.a, b: x.b, c: cs[x.c], id: JSON.stringify([order(x.a, x.b), cs[x.c]]) }))
    .sort((x, y) => compare(x.id, y.id));
  return pinned[0];
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
