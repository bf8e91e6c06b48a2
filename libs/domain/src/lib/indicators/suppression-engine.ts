/**
 * The suppression engine behind every protected figure (see ../../../../../docs/disclosure-control.md): a set of
 * figures tied by sum relations, each figure with the part of it the viewer's own agency did not record. Primary
 * suppression, complementary suppression, and an audit that bounds every suppressed figure from what is shown.
 * Pure: numbers in, flags out.
 */

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
 * Bounds are tightened relation by relation until nothing changes (the shuttle algorithm, Buzzigoli & Giusti 1999,
 * as used to audit tables in τ-ARGUS). Sound, not always the tightest (that would take linear programming).
 */
export function auditIntervals(system: FigureSystem, hidden: readonly boolean[], k: number): Interval[] {
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

/** Sensitive suppressed figures the published figures pin to one value (indices). */
export function pinnedFigures(system: FigureSystem, hidden: readonly boolean[], k: number): number[] {
  const bounds = auditIntervals(system, hidden, k);
  return system.others.map((r, i) => i).filter((i) => hidden[i] && isSensitive(system.others[i], k) && bounds[i][0] === bounds[i][1]);
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
