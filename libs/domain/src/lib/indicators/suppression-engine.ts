/**
 * The suppression engine behind every protected figure (see ../../../../../docs/disclosure-control.md): a set of
 * figures tied by sum relations, each figure with the part of it the viewer's own agency did not record. Primary
 * suppression, complementary suppression, and an audit that bounds every suppressed figure from what is shown.
 * Pure: numbers in, flags out.
 */
import solver from 'javascript-lp-solver';

/** A sum relation anyone can read off the published figures: `parts` add up to `whole` (indices into the figures). */
export interface SumRelation {
  parts: number[];
  whole: number;
}

/**
 * The figures of one protection problem.
 * - `others[i]`: the part of figure i the viewer's agency did not record (count − own, ≥ 0). Everything is decided
 *   on this part: the viewer knows its own records, so a figure it sees tells it exactly `others[i]`.
 * - `relations`: every sum the published figures obey.
 * - `fixed[i]`: `true` = must be suppressed, `false` = must be shown (the figure is published elsewhere in that
 *   state, e.g. a margin of a two-way table that is the cell of a one-way table), `undefined` = free.
 */
export interface FigureSystem {
  others: readonly number[];
  relations: readonly SumRelation[];
  fixed?: ReadonlyArray<boolean | undefined>;
}

/** Interval `[lo, hi]` of a figure's others' part that the published figures allow (`hi` may be Infinity). */
export type Interval = [number, number];

/**
 * Primary suppression: a figure whose others' part is 1 … k − 1. A figure made only of the viewer's own records
 * (others' part 0) is not sensitive, however small; padding a cell with one's own records never lifts another
 * agency's part over k.
 */
export function isSensitive(others: number, k: number): boolean {
  return others > 0 && others < k;
}

/**
 * The interval each figure's others' part is known to lie in, given which figures are suppressed: shown figures
 * are exact, suppressed ones are ≥ 1 when sensitive (primary) and ≥ 0 otherwise, and every sum relation holds.
 * Bounds are exact: the least and greatest value of each suppressed figure over every table the published figures
 * allow, found by linear programming (javascript-lp-solver), rounded inwards to whole records — the audit τ-ARGUS
 * runs (Hundepool et al., Statistical Disclosure Control, Wiley 2012, §5.3). The cheaper shuttle bounds
 * (`shuttleIntervals`) are computed first and reused where they already pin a figure.
 * `hi` is Infinity when nothing bounds the figure from above.
 */
export function auditIntervals(system: FigureSystem, hidden: readonly boolean[], k: number): Interval[] {
  const bounds = shuttleIntervals(system, hidden, k);
  const unknowns = system.others.map((_, i) => i).filter((i) => hidden[i]);
  if (!unknowns.length) return bounds;
  const model = auditModel(system, hidden, k, unknowns);
  for (const i of unknowns) {
    if (bounds[i][0] === bounds[i][1]) continue;
    const lo = solveBound(model, i, 'min');
    const hi = solveBound(model, i, 'max');
    bounds[i] = [Math.max(bounds[i][0], Math.ceil(lo - 1e-6)), Math.min(bounds[i][1], hi >= UNBOUNDED ? Infinity : Math.floor(hi + 1e-6))];
  }
  return bounds;
}

/** A suppressed figure at or above this is taken as unbounded (the audit caps every unknown here). */
const UNBOUNDED = 1e9;

interface AuditModel {
  constraints: Record<string, { equal?: number; min?: number; max?: number }>;
  variables: Record<string, Record<string, number>>;
}

/** The attacker's linear system: one unknown per suppressed figure, one equation per sum relation touching one. */
function auditModel(system: FigureSystem, hidden: readonly boolean[], k: number, unknowns: readonly number[]): AuditModel {
  const constraints: AuditModel['constraints'] = {};
  const variables: AuditModel['variables'] = {};
  for (const i of unknowns) {
    variables[`x${i}`] = { [`lo${i}`]: 1, [`hi${i}`]: 1 };
    constraints[`lo${i}`] = { min: isSensitive(system.others[i], k) ? 1 : 0 };
    constraints[`hi${i}`] = { max: UNBOUNDED };
  }
  system.relations.forEach(({ parts, whole }, r) => {
    if (!hidden[whole] && parts.every((p) => !hidden[p])) return;
    // Σ parts − whole = 0, with the shown figures moved to the right-hand side.
    let rhs = 0;
    const add = (i: number, sign: number) => {
      if (hidden[i]) variables[`x${i}`][`r${r}`] = (variables[`x${i}`][`r${r}`] ?? 0) + sign;
      else rhs -= sign * system.others[i];
    };
    parts.forEach((p) => add(p, 1));
    add(whole, -1);
    constraints[`r${r}`] = { equal: rhs };
  });
  return { constraints, variables };
}

/** The least or greatest value of unknown `i` under the audit model, with the table that reaches it. */
function solveBound(model: AuditModel, i: number, opType: 'min' | 'max'): number {
  return solveTable(model, i, opType).value;
}

/** One optimum: the value of unknown `i` and the whole table (every unknown's value) where it is reached. */
function solveTable(model: AuditModel, i: number, opType: 'min' | 'max'): { value: number; table: Map<number, number> } {
  const variables = Object.fromEntries(Object.entries(model.variables).map(([name, c]) => [name, { ...c, objective: name === `x${i}` ? 1 : 0 }]));
  const result = solver.Solve({ optimize: 'objective', opType, constraints: model.constraints, variables }) as Record<string, number | boolean | undefined>;
  // The published figures always admit the true table, so the model is feasible; guard anyway (treat as open).
  if (!result['feasible']) return { value: opType === 'min' ? 0 : UNBOUNDED, table: new Map() };
  const table = new Map<number, number>();
  for (const name of Object.keys(model.variables)) table.set(Number(name.slice(1)), Number(result[name] ?? 0));
  return { value: Number(result['result']), table };
}

/**
 * Bounds of each figure's others' part tightened relation by relation until nothing changes (the shuttle
 * algorithm, Buzzigoli & Giusti 1999): sound (the true range lies inside), not always the tightest.
 */
export function shuttleIntervals(system: FigureSystem, hidden: readonly boolean[], k: number): Interval[] {
  const { others, relations } = system;
  const lo = others.map((r, i) => (hidden[i] ? (isSensitive(r, k) ? 1 : 0) : r));
  const hi = others.map((r, i) => (hidden[i] ? Infinity : r));
  let changed = true;
  for (let round = 0; changed && round < 10_000; round++) {
    changed = false;
    for (const { parts, whole } of relations) {
      let sumLo = 0;
      let finiteHi = 0;
      let infiniteHi = 0;
      for (const p of parts) {
        sumLo += lo[p];
        if (hi[p] === Infinity) infiniteHi++;
        else finiteHi += hi[p];
      }
      const sumHi = infiniteHi ? Infinity : finiteHi;
      const raise = (i: number, bound: number) => {
        if (bound > lo[i]) {
          lo[i] = bound;
          changed = true;
        }
      };
      const lower = (i: number, bound: number) => {
        if (bound < hi[i]) {
          hi[i] = bound;
          changed = true;
        }
      };
      raise(whole, sumLo);
      lower(whole, sumHi);
      for (const p of parts) {
        const othersHi = infiniteHi - (hi[p] === Infinity ? 1 : 0) > 0 ? Infinity : finiteHi - (hi[p] === Infinity ? 0 : hi[p]);
        raise(p, lo[whole] - othersHi);
        lower(p, hi[whole] - (sumLo - lo[p]));
      }
    }
  }
  return others.map((_, i) => [lo[i], hi[i]]);
}

/**
 * Sensitive suppressed figures the published figures pin to one value (indices, ascending), exactly as
 * `auditIntervals` would find them, with far fewer linear programs: a figure the shuttle bounds pin is pinned; for
 * the others, each optimum found is a whole table the published figures allow, and every sensitive figure whose value
 * there differs from its true value by a record or more is thereby shown to be unpinned (the true table is allowed
 * too). Only a figure no optimum has moved is taken to its own least and greatest value.
 */
export function pinnedFigures(system: FigureSystem, hidden: readonly boolean[], k: number): number[] {
  const shuttle = shuttleIntervals(system, hidden, k);
  const sensitive = system.others.map((_, i) => i).filter((i) => hidden[i] && isSensitive(system.others[i], k));
  const pinned = sensitive.filter((i) => shuttle[i][0] === shuttle[i][1]);
  const open = new Set(sensitive.filter((i) => shuttle[i][0] !== shuttle[i][1]));
  if (!open.size) return pinned;
  const model = auditModel(system, hidden, k, system.others.map((_, i) => i).filter((i) => hidden[i]));
  const moved = (table: Map<number, number>) => {
    for (const j of [...open]) if (Math.abs((table.get(j) ?? system.others[j]) - system.others[j]) > 1 - 1e-6) open.delete(j);
  };
  while (open.size) {
    const i = open.values().next().value as number;
    const high = solveTable(model, i, 'max');
    moved(high.table);
    if (!open.has(i)) continue;
    const low = solveTable(model, i, 'min');
    moved(low.table);
    if (!open.has(i)) continue;
    open.delete(i);
    // Neither optimum moved it by a whole record: pinned unless its real range still holds two whole numbers.
    if (Math.floor(high.value + 1e-6) <= Math.ceil(low.value - 1e-6)) pinned.push(i);
  }
  return pinned.sort((a, b) => a - b);
}

/**
 * Which figures to suppress (`true`) for the viewer, with threshold k:
 * 1. **primary**: every free figure whose others' part is 1 … k − 1; fixed figures keep their state;
 * 2. **complementary**, repeated until nothing changes, over every sum relation:
 *    - whole shown and some parts suppressed: at least two parts must be suppressed and their others' parts add up to
 *      ≥ k; otherwise suppress the shown part with the smallest positive others' part (ties: first), else the whole
 *      if it is free, else a part whose others' part is 0 (a zero, or a figure of the viewer's own records only —
 *      only when the whole is fixed, as a two-way table's margin published by a one-way table is);
 *    - whole suppressed and every part shown: suppress the part with the smallest positive others' part, else a
 *      part whose others' part is 0;
 * 3. **audit** (`pinnedFigures`): while a sensitive suppressed figure is pinned to a single value, suppress one more
 *    free figure tied to it (smallest positive others' part first, zeros last) and go back to 2.
 */
export function chooseSuppression(system: FigureSystem, k: number): boolean[] {
  const { others, relations } = system;
  const fixed = system.fixed ?? [];
  const hidden = others.map((r, i) => fixed[i] ?? isSensitive(r, k));
  const free = (i: number) => fixed[i] === undefined && !hidden[i];
  const best = (candidates: number[], positive: boolean) =>
    candidates.filter((i) => free(i) && (positive ? others[i] > 0 : others[i] === 0)).sort((a, b) => others[a] - others[b] || a - b)[0];

  const complement = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const { parts, whole } of relations) {
        const suppressed = parts.filter((i) => hidden[i]);
        let next: number | undefined;
        if (!hidden[whole]) {
          if (suppressed.length === 0) continue;
          if (suppressed.length >= 2 && suppressed.reduce((s, i) => s + others[i], 0) >= k) continue;
          next = best(parts, true) ?? (free(whole) ? whole : best(parts, false));
        } else if (suppressed.length === 0) {
          next = best(parts, true) ?? best(parts, false);
        }
        if (next !== undefined) {
          hidden[next] = true;
          changed = true;
        }
      }
    }
  };

  complement();
  for (;;) {
    const pinned = pinnedFigures(system, hidden, k);
    if (!pinned.length) return hidden;
    const next = tiedCandidate(system, hidden, pinned[0], free);
    const pick = (next.positive.length ? next.positive : next.zero).sort((a, b) => others[a] - others[b] || a - b)[0];
    if (pick === undefined) return hidden; // nothing left to suppress that touches it (see the design note)
    hidden[pick] = true;
    complement();
  }
}

/** Free shown figures in the relations reachable from `start` through suppressed figures. */
function tiedCandidate(system: FigureSystem, hidden: readonly boolean[], start: number, free: (i: number) => boolean) {
  const seen = new Set<number>([start]);
  const queue = [start];
  const found = new Set<number>();
  const usedRelations = new Set<number>();
  while (queue.length) {
    const f = queue.shift() as number;
    system.relations.forEach((rel, r) => {
      if (usedRelations.has(r) || (rel.whole !== f && !rel.parts.includes(f))) return;
      usedRelations.add(r);
      for (const m of [...rel.parts, rel.whole]) {
        if (free(m)) found.add(m);
        else if (hidden[m] && !seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    });
  }
  if (!found.size) system.others.forEach((_, i) => free(i) && found.add(i));
  const all = [...found];
  return { positive: all.filter((i) => system.others[i] > 0), zero: all.filter((i) => system.others[i] === 0) };
}
