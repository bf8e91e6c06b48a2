/**
 * Protection of counts over periods of days (the achieved figures of a joint operation's targets): periods chosen
 * by coordinators may overlap, nest or follow one another, so one period's figure minus another's gives the records
 * of the days in one but not the other. See docs/disclosure-control.md ("Targets").
 */
import { DEFAULT_SMALL_CELL_THRESHOLD, suppressedLabel } from './suppression';
import solver from 'javascript-lp-solver';
import { FigureSystem, isSensitive, pinnedFigures, SumRelation } from './suppression-engine';
import { ShownFigure } from './types';

/** A period of whole days, both ends included, as ISO dates (`YYYY-MM-DD`, UTC). */
export interface DayPeriod {
  start: string;
  end: string;
}

/** Records of one day (UTC): how many in all, and how many of them the viewer's agency recorded. */
export interface DayCount {
  date: string;
  count: number;
  own: number;
}

export interface PeriodProtectionInput {
  /**
   * Every period whose figure has been or may be published for the same records (every target period ever set for
   * the operation and indicator, removed ones included: their figures were shown once). Repeats are allowed.
   */
  periods: readonly DayPeriod[];
  /** Counts per day of every record the periods are counted from (days without records may be left out). */
  days: readonly DayCount[];
  /** Whether the grand total of those records is shown elsewhere (the operation's one-way tables). */
  totalShown: boolean;
  /** Small-cell threshold; default 11. */
  k?: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${iso}`);
  return ms / DAY_MS;
};

/**
 * The figure of each period (in the order given) as the viewer may see it. Contributor-aware like every table: a
 * period is exact when the viewer's agency recorded all of its records, otherwise judged on the part other agencies
 * recorded; suppressed when that part is 1 … k − 1 (primary); and then, as an audit over every period together:
 * the days between the periods' ends cut time into **atoms** (never published), every period and every run of
 * consecutive atoms is a sum of atoms, the grand total is the sum of all of them (fixed as published elsewhere), and
 * while any such figure whose others' part is 1 … k − 1 is pinned to one value by the shown periods and the total
 * (`pinnedFigures`: shuttle bounds, then linear programming). Periods are given **in the order they were first
 * set** and decided in that order, each decision final: a period is shown only if, beside every period shown before
 * it and the total, it pins no such figure; otherwise it stays hidden (a figure shown before a later period was set
 * may have been read, so the later one gives way). So no difference of periods (Jan–Jun minus Jan–May, or a run of
 * them), even of figures read at different times as periods were added one by one, gives a small count of other
 * agencies' records back.
 * Returns one `ShownFigure` per period (`count` with the viewer's own records included, or null with the label
 * `suppressed (< k)`).
 * @throws RangeError for a malformed date, a period ending before it starts, or a bad k.
 */
export function protectPeriods(input: PeriodProtectionInput): ShownFigure[] {
  const k = input.k ?? DEFAULT_SMALL_CELL_THRESHOLD;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`small-cell threshold k must be an integer ≥ 1, got ${k}`);
  const periods = input.periods.map((p) => {
    const from = dayNumber(p.start);
    const to = dayNumber(p.end) + 1; // exclusive
    if (to <= from) throw new RangeError(`period ${p.start} … ${p.end} ends before it starts`);
    return { from, to };
  });
  const days = input.days.map((d) => ({ day: dayNumber(d.date), others: d.count - d.own, count: d.count }));
  const label = suppressedLabel(k);
  const countIn = (from: number, to: number) => days.filter((d) => d.day >= from && d.day < to).reduce((s, d) => s + d.count, 0);
  const shownFigure = (p: { from: number; to: number }): ShownFigure => {
    const n = countIn(p.from, p.to);
    return { count: n, suppressed: false, label: String(n) };
  };
  if (days.every((d) => d.others === 0)) return periods.map(shownFigure);

  // Atoms: the runs of days between consecutive boundaries, plus everything before the first and after the last.
  const bounds = [...new Set(periods.flatMap((p) => [p.from, p.to]))].sort((a, b) => a - b);
  const atoms: Array<{ from: number; to: number }> = [{ from: -Infinity, to: bounds[0] }];
  for (let i = 0; i + 1 < bounds.length; i++) atoms.push({ from: bounds[i], to: bounds[i + 1] });
  atoms.push({ from: bounds[bounds.length - 1], to: Infinity });
  const othersIn = (from: number, to: number) => days.filter((d) => d.day >= from && d.day < to).reduce((s, d) => s + d.others, 0);

  // Figures: one per distinct run of atoms [i, j) (periods among them), then the grand total.
  const others: number[] = [];
  const fixed: Array<boolean | undefined> = [];
  const relations: SumRelation[] = [];
  const runIndex = new Map<string, number>();
  const atomIndex: number[] = [];
  const addFigure = (from: number, to: number, state: boolean | undefined) => {
    others.push(othersIn(from, to));
    fixed.push(state);
    return others.length - 1;
  };
  // An atom without records of other agencies is taken as known (days before the operation began or still to come
  // hold none, and the viewer may know it): exact 0 in the audit. Every other atom is never published.
  atoms.forEach((a, i) => {
    atomIndex[i] = addFigure(a.from, a.to, othersIn(a.from, a.to) === 0 ? false : true);
    runIndex.set(`${i},${i + 1}`, atomIndex[i]);
  });
  const periodRun = periods.map((p) => [bounds.indexOf(p.from) + 1, bounds.indexOf(p.to) + 1] as const);
  const periodRuns = new Set(periodRun.map(([i, j]) => `${i},${j}`));
  // Every run of consecutive atoms, and what is left of the grand total without it (the records before and after
  // it): each is a kind of record ("created in March–June", "created outside January–July") that a difference of
  // published figures may give back.
  const last = atoms.length;
  for (let i = 0; i < last; i++) {
    for (let j = i + 1; j <= last; j++) {
      const id = `${i},${j}`;
      const isPeriod = periodRuns.has(id);
      if (j === i + 1) {
        if (isPeriod && fixed[atomIndex[i]]) fixed[atomIndex[i]] = undefined; // a period of one atom is that atom, and may be shown
      } else if (!(i === 0 && j === last) && (isPeriod || isSensitive(othersIn(atoms[i].from, atoms[j - 1].to), k))) {
        // A run that is not a period matters only if it could give a small count away: a sum of atoms that is never
        // published adds nothing to what the atoms' own relations say.
        const f = addFigure(atoms[i].from, atoms[j - 1].to, isPeriod ? undefined : true);
        runIndex.set(id, f);
        relations.push({ parts: atomIndex.slice(i, j), whole: f });
      }
      const outside = [...atomIndex.slice(0, i), ...atomIndex.slice(j)];
      if (outside.length > 1 && isSensitive(outside.reduce((s, a) => s + others[a], 0), k)) {
        others.push(outside.reduce((s, a) => s + others[a], 0));
        fixed.push(true);
        relations.push({ parts: outside, whole: others.length - 1 });
      }
    }
  }
  const total = addFigure(-Infinity, Infinity, input.totalShown ? false : true);
  relations.push({ parts: [...atomIndex], whole: total });

  const system: FigureSystem = { others, relations, fixed };
  // The periods are published in the order they were set, and each decision is final: a figure shown before a later
  // period was set may have been read, and hiding it then would not take it back. So every period starts unpublished;
  // when its turn comes it is shown unless other agencies' part of it is small (primary) or showing it beside every
  // figure shown so far (and the total) would pin a small figure (`pinnedFigures`) — then it alone stays hidden.
  // Before it, nothing was pinned; with it hidden, the shown figures are those of before: nothing is pinned at any step.
  const hidden = others.map((_, i) => fixed[i] ?? true);
  // The shown figures as sets of atoms (for `unionPinned`): every shown period, the total when shown, and every atom
  // known to be empty.
  const atomOthers = atomIndex.map((f) => others[f]);
  const atomsShown = (): number[][] => [
    ...[...new Set(periodRun.map(([i, j]) => `${i},${j}`))].filter((id) => !hidden[runIndex.get(id) as number]).map((id) => {
      const [i, j] = id.split(',').map(Number);
      return atomIndex.map((_, a) => (a >= i && a < j ? 1 : 0));
    }),
    ...(input.totalShown ? [atomIndex.map(() => 1)] : []),
    ...atomIndex.flatMap((f, a) => (fixed[f] === false ? [atomIndex.map((_, b) => (b === a ? 1 : 0))] : [])),
  ];
  const decided = new Set<number>();
  for (const [i, j] of periodRun) {
    const f = runIndex.get(`${i},${j}`) as number;
    if (decided.has(f) || fixed[f] !== undefined) continue; // a repeat, or a period of one atom known to be empty
    decided.add(f);
    if (isSensitive(others[f], k)) continue;
    hidden[f] = false;
    if (pinnedFigures(system, hidden, k).length || unionPinned(atomsShown(), atomOthers, k)) hidden[f] = true;
  }
  return periods.map((p, n) => {
    const [i, j] = periodRun[n];
    return hidden[runIndex.get(`${i},${j}`) as number] ? { count: null, suppressed: true, label } : shownFigure(p);
  });
}

/**
 * Whether the shown figures (`shown`: each a 0/1 vector over the atoms) determine, by adding and subtracting them,
 * the others' part of some set of atoms that is 1 … k − 1 — a set of any shape, not only a run of atoms or what lies
 * outside one: Jan–Mar minus February gives January and March together. Such a set's 0/1 vector lies in the span of
 * the shown vectors, so this asks an integer program (javascript-lp-solver) for s ∈ {0,1}^atoms and real λ with
 * s = Σ λᵢ·shownᵢ and 1 ≤ Σ others·s ≤ k − 1; any solution is a leak. Sizes stay small (atoms ≤ 2 × periods + 1).
 */
function unionPinned(shown: readonly number[][], atomOthers: readonly number[], k: number): boolean {
  if (!shown.length) return false;
  const constraints: Record<string, { equal?: number; min?: number; max?: number }> = { small: { min: 1, max: k - 1 } };
  const variables: Record<string, Record<string, number>> = {};
  const binaries: Record<string, 1> = {};
  const unrestricted: Record<string, 1> = {};
  atomOthers.forEach((o, a) => {
    constraints[`atom${a}`] = { equal: 0 };
    variables[`s${a}`] = { [`atom${a}`]: 1, small: o, objective: 0 };
    binaries[`s${a}`] = 1;
  });
  shown.forEach((vector, i) => {
    variables[`l${i}`] = Object.fromEntries(vector.flatMap((v, a) => (v ? [[`atom${a}`, -v]] : [])));
    unrestricted[`l${i}`] = 1;
  });
  const result = solver.Solve({ optimize: 'objective', opType: 'max', constraints, variables, binaries, unrestricted } as Parameters<typeof solver.Solve>[0]) as { feasible: boolean };
  return result.feasible;
}
