/**
 * Random attacks on small-cell protection (docs/disclosure-control.md): a seeded generator (fast-check) makes
 * fixtures — the records other agencies hold in one joint operation and outside operations — and a history of the
 * attacking agency's own records growing over time; at every step the attacker asks for every table a viewer can
 * ask for (each dimension alone and every pair, for the task force and for the operation), subtracts its own part
 * from every figure shown, and hands everything it learnt to an integer-programming solver (javascript-lp-solver),
 * which tries to pin any figure other agencies hold below k (1 … k − 1) — in any table of up to three dimensions,
 * in the task force, in the operation or outside operations — to a single value. It must fail in every run.
 *
 * The same solver, given the same fixtures protected by a plain per-figure threshold (no contributor rule, no
 * complementary suppression), recovers small figures: the attack itself works.
 *
 * Runs: RANDOM_ATTACK_RUNS fixtures (default 25), seed RANDOM_ATTACK_SEED (default fixed, so a failure
 * reproduces); a summary line reports fixtures, tables asked, figures attacked and solver calls.
 */
import fc from 'fast-check';
import solver from 'javascript-lp-solver';
import { AggregatedCell, protectForViewer } from '../indicators';
import { DimensionKey, ProtectedTable, UNKNOWN } from '../types';

const K = 11;
const RUNS = Number(process.env.RANDOM_ATTACK_RUNS ?? 25);
const SEED = Number(process.env.RANDOM_ATTACK_SEED ?? 20261205);

/** The values each dimension takes in a fixture (null = not known, shown as UNKNOWN). */
const VALUES: Record<'sex' | 'ageGroup' | 'citizenship', readonly (string | null)[]> = {
  sex: ['FEMALE', 'MALE', null],
  ageGroup: ['ADULT', 'MINOR', null],
  citizenship: ['NG', 'RO', 'TH'],
};
type Dim = keyof typeof VALUES;
const DIMS: readonly Dim[] = ['sex', 'ageGroup', 'citizenship'];
/** Parts of the task force: one joint operation, and the records outside operations (''). */
const PARTS = ['op-a', ''] as const;

/** One combination of part and dimension values: the unit the attacker's unknowns are counted in. */
interface JointCell {
  part: string;
  values: Record<Dim, string>;
}
const JOINT: JointCell[] = [];
for (const part of PARTS)
  for (const sex of VALUES.sex)
    for (const ageGroup of VALUES.ageGroup)
      for (const citizenship of VALUES.citizenship)
        JOINT.push({ part, values: { sex: sex ?? UNKNOWN, ageGroup: ageGroup ?? UNKNOWN, citizenship: citizenship ?? UNKNOWN } });

/** A figure as a set of joint cells: a scope (one part, or both) and a value for some dimensions. */
interface Selector {
  parts: readonly string[];
  where: Partial<Record<Dim, string>>;
}
const cellsOf = (s: Selector): number[] =>
  JOINT.flatMap((c, i) => (s.parts.includes(c.part) && Object.entries(s.where).every(([d, v]) => c.values[d as Dim] === v) ? [i] : []));
const sumOver = (counts: readonly number[], cells: readonly number[]) => cells.reduce((a, i) => a + counts[i], 0);

/** Scopes the attacker may ask for: the task force (every part it may see) and the joint operation. */
const SCOPES: readonly { name: string; parts: readonly string[] }[] = [
  { name: 'task force', parts: PARTS },
  { name: 'op-a', parts: ['op-a'] },
];

type Protect = (cells: AggregatedCell[], dimensions: Dim[]) => ProtectedTable;

/** What the API does: one GROUP BY row per key and part, with the viewer's own part; protectForViewer. */
const productProtection: Protect = (cells, dimensions) => protectForViewer(cells, { dimensions: dimensions as DimensionKey[], k: K });

/**
 * A plain threshold written here for the control: a figure (cell, margin or total) is hidden when its whole count
 * is 1 … k − 1, whoever recorded it; nothing else is hidden.
 */
const plainThreshold: Protect = (cells, dimensions) => {
  const categories = dimensions.map((_, i) => [...new Set(cells.map((c) => c.key[i]))].sort());
  const count = (match: (key: string[]) => boolean) => cells.filter((c) => match(c.key)).reduce((a, c) => a + c.count, 0);
  const shown = (n: number) => (n > 0 && n < K ? { count: null, suppressed: true, label: 'suppressed' } : { count: n, suppressed: false, label: String(n) });
  const keys: string[][] = dimensions.length === 1 ? categories[0].map((a) => [a]) : categories[0].flatMap((a) => categories[1].map((b) => [a, b]));
  return {
    dimensions: dimensions as DimensionKey[],
    categories,
    cells: keys.map((key) => ({ key, ...shown(count((k) => k.every((v, i) => v === key[i]))) })),
    marginals: categories.map((cats, i) => cats.map((v) => shown(count((k) => k[i] === v)))),
    total: shown(count(() => true)),
    k: K,
    viewerIsOwner: false,
  };
};

/** The rows the API's GROUP BY returns for a scope and dimensions: one per key and part with records, own counted. */
function groupBy(others: readonly number[], own: readonly number[], parts: readonly string[], dimensions: readonly Dim[]): AggregatedCell[] {
  const rows = new Map<string, AggregatedCell>();
  JOINT.forEach((c, i) => {
    if (!parts.includes(c.part) || others[i] + own[i] === 0) return;
    const key = dimensions.map((d) => c.values[d]);
    const id = JSON.stringify([key, c.part]);
    const row = rows.get(id) ?? { key, count: 0, own: 0, part: c.part };
    row.count += others[i] + own[i];
    row.own = (row.own ?? 0) + own[i];
    rows.set(id, row);
  });
  return [...rows.values()];
}

/** The linear facts one table gives the attacker: for each figure shown, the others' part of it. */
function factsOf(table: ProtectedTable, scope: readonly string[], own: readonly number[]): { cells: number[]; value: number }[] {
  const dims = table.dimensions as Dim[];
  const facts: { cells: number[]; value: number }[] = [];
  const learn = (where: Partial<Record<Dim, string>>, figure: { count: number | null }) => {
    if (figure.count === null) return;
    const cells = cellsOf({ parts: scope, where });
    facts.push({ cells, value: figure.count - sumOver(own, cells) });
  };
  table.cells.forEach((c) => learn(Object.fromEntries(dims.map((d, i) => [d, c.key[i]])), c));
  table.marginals.forEach((m, i) => m.forEach((f, j) => learn({ [dims[i]]: table.categories[i][j] }, f)));
  learn({}, table.total);
  // A value of the dimension that no row has: nobody, the attacker included, recorded it in this scope.
  dims.forEach((d, i) =>
    VALUES[d].map((v) => v ?? UNKNOWN).forEach((v) => {
      if (!table.categories[i].includes(v)) facts.push({ cells: cellsOf({ parts: scope, where: { [d]: v } }), value: 0 });
    }),
  );
  return facts;
}

/** Every figure of up to three dimensions, in the task force, the operation and outside operations. */
const TARGETS: Selector[] = (() => {
  const wheres: Partial<Record<Dim, string>>[] = [{}];
  for (const d of DIMS) {
    const more = wheres.flatMap((w) => VALUES[d].map((v) => ({ ...w, [d]: v ?? UNKNOWN })));
    wheres.push(...more);
  }
  return [PARTS, ['op-a'], ['']].flatMap((parts) => wheres.map((where) => ({ parts, where })));
})();

interface AttackOutcome {
  tables: number;
  attacked: number;
  solves: number;
  /** Figures other agencies hold below k that the solver pinned, with the value. */
  pinned: { target: Selector; value: number }[];
}

/** The attacker's arithmetic: integer bounds of each sensitive figure under every fact learnt. */
function attack(others: readonly number[], history: readonly (readonly number[])[], protect: Protect, tables: readonly Dim[][]): AttackOutcome {
  const facts = new Map<string, number>();
  let asked = 0;
  for (const own of history) {
    for (const scope of SCOPES) {
      for (const dims of tables) {
        asked += 1;
        const table = protect(groupBy(others, own, scope.parts, dims), dims);
        for (const f of factsOf(table, scope.parts, own)) {
          const id = f.cells.join(',');
          const before = facts.get(id);
          // The same figure must never be shown with two values (that would be a bug of its own).
          if (before !== undefined && before !== f.value) throw new Error(`figure ${id} shown as ${before} and ${f.value}`);
          facts.set(id, f.value);
        }
      }
    }
  }
  const constraints: Record<string, { equal: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  JOINT.forEach((_, i) => {
    variables[`x${i}`] = {};
    ints[`x${i}`] = 1;
  });
  [...facts.entries()].forEach(([id, value], n) => {
    if (id === '') return;
    constraints[`f${n}`] = { equal: value };
    for (const i of id.split(',')) variables[`x${i}`][`f${n}`] = 1;
  });
  const outcome: AttackOutcome = { tables: asked, attacked: 0, solves: 0, pinned: [] };
  const seen = new Set<string>();
  for (const target of TARGETS) {
    const cells = cellsOf(target);
    const id = cells.join(',');
    const value = sumOver(others, cells);
    if (cells.length === 0 || seen.has(id) || value < 1 || value >= K) continue;
    seen.add(id);
    outcome.attacked += 1;
    const bound = (opType: 'min' | 'max') => {
      const objective = Object.fromEntries(JOINT.map((_, i) => [`x${i}`, { ...variables[`x${i}`], target: cells.includes(i) ? 1 : 0 }]));
      outcome.solves += 1;
      const result = solver.Solve({ optimize: 'target', opType, constraints: { ...constraints, cap: { max: 10_000 } }, variables: withCap(objective), ints }) as { feasible: boolean; result: number };
      if (!result.feasible) throw new Error('the facts learnt admit no table: the attacker model is wrong');
      return Math.round(result.result);
    };
    if (bound('min') === bound('max')) outcome.pinned.push({ target, value });
  }
  return outcome;
}

/** Bounds the total so that every optimum is finite (no figure is above 10,000 in a fixture). */
function withCap(variables: Record<string, Record<string, number>>) {
  return Object.fromEntries(Object.entries(variables).map(([name, coefficients]) => [name, { ...coefficients, cap: 1 }]));
}

/** Others' records per joint cell: mostly none, often a few (1 … 10), sometimes many (11 … 60). */
const othersArb = fc.array(
  fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 2, arbitrary: fc.integer({ min: 11, max: 60 }) }),
  { minLength: JOINT.length, maxLength: JOINT.length },
);
/** The attacker's own records growing over time: a start, then 0 … 6 steps adding 1 … 12 records to one joint cell. */
const historyArb = fc
  .record({
    start: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 15 }) }), { minLength: JOINT.length, maxLength: JOINT.length }),
    steps: fc.array(fc.record({ cell: fc.nat({ max: JOINT.length - 1 }), add: fc.integer({ min: 1, max: 12 }) }), { maxLength: 6 }),
  })
  .map(({ start, steps }) => {
    const history: number[][] = [start];
    for (const step of steps) {
      const next = [...history[history.length - 1]];
      next[step.cell] += step.add;
      history.push(next);
    }
    return history;
  });

const ONE_WAY: Dim[][] = [['sex'], ['ageGroup'], ['citizenship']];
const PAIRS: Dim[][] = [['sex', 'ageGroup'], ['sex', 'citizenship'], ['ageGroup', 'citizenship']];

describe('random attacks on small-cell protection', () => {
  it('every one-way table and any one two-way table, in the task force and the operation, asked again as own records grow, pin nothing below k', () => {
    const totals = { fixtures: 0, tables: 0, attacked: 0, solves: 0 };
    fc.assert(
      fc.property(othersArb, historyArb, fc.constantFrom(...PAIRS), (others, history, pair) => {
        const outcome = attack(others, history, productProtection, [...ONE_WAY, pair]);
        totals.fixtures += 1;
        totals.tables += outcome.tables;
        totals.attacked += outcome.attacked;
        totals.solves += outcome.solves;
        expect(outcome.pinned).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The figures of the run, for the notes: how much the attacker tried.
    console.info(
      `random attacks: seed ${SEED}, ${totals.fixtures} fixtures, ${totals.tables} tables asked, ${totals.attacked} small figures attacked, ${totals.solves} integer programs solved, 0 pinned`,
    );
    expect(totals.fixtures).toBe(RUNS);
    expect(totals.attacked).toBeGreaterThan(RUNS);
  }, 300_000);

  it('one two-way table where the viewer’s own records fill whole cells: the total minus the shown row and column gives nothing away', () => {
    // Found by the generator (seed 7), shrunk. In the operation, others hold (sex × citizenship):
    //   FEMALE 21 NG, 11 RO, 2 TH; MALE 11 NG; UNKNOWN 1 NG, 2 RO — and the viewer 1 FEMALE×RO, 1 MALE×RO,
    //   2 MALE×TH, 1 UNKNOWN×TH. With the shuttle audit the table showed FEMALE×NG, the viewer's own cells, the
    //   FEMALE row, the NG column and the total: others' MALE + UNKNOWN = 48 − 34 = 14, MALE = MALE×NG,
    //   MALE×NG + UNKNOWN×NG = 33 − 21 = 12, hence UNKNOWN×RO = 14 − 12 = 2.
    const others = new Array(JOINT.length).fill(0);
    const own = new Array(JOINT.length).fill(0);
    const put = (into: number[], sex: string, citizenship: string, n: number) => {
      into[JOINT.findIndex((c) => c.part === 'op-a' && c.values.sex === sex && c.values.ageGroup === 'ADULT' && c.values.citizenship === citizenship)] += n;
    };
    put(others, 'FEMALE', 'NG', 21);
    put(others, 'FEMALE', 'RO', 11);
    put(others, 'FEMALE', 'TH', 2);
    put(others, 'MALE', 'NG', 11);
    put(others, UNKNOWN, 'NG', 1);
    put(others, UNKNOWN, 'RO', 2);
    put(own, 'FEMALE', 'RO', 1);
    put(own, 'MALE', 'RO', 1);
    put(own, 'MALE', 'TH', 2);
    put(own, UNKNOWN, 'TH', 1);
    const outcome = attack(others, [own], productProtection, [['sex'], ['citizenship'], ['sex', 'citizenship']]);
    expect(outcome.attacked).toBeGreaterThan(0);
    expect(outcome.pinned).toEqual([]);
    // The plain threshold gives the same cell away, so the attack itself is sound here.
    expect(attack(others, [own], plainThreshold, [['sex'], ['citizenship'], ['sex', 'citizenship']]).pinned.length).toBeGreaterThan(0);
  });

  // Open (docs/disclosure-control.md, Limits): the two-way tables of three dimensions are margins of one hidden
  // three-way table, and each is protected only with its own one-way margins, so together they can still pin a
  // figure. This test records that the attack still works; when the protection covers it, it fails and becomes a
  // plain test of the attack above with every pair.
  it.failing('the three two-way tables of a scope asked together do not yet resist the solver', () => {
    fc.assert(
      fc.property(othersArb, historyArb, (others, history) => {
        expect(attack(others, history, productProtection, [...ONE_WAY, ...PAIRS]).pinned).toEqual([]);
      }),
      { seed: SEED, numRuns: Math.max(RUNS, 60) },
    );
  }, 300_000);

  it('the same attack recovers small figures from a plain per-figure threshold', () => {
    let pinned = 0;
    const runs = Math.min(RUNS, 10);
    fc.assert(
      fc.property(othersArb, historyArb, (others, history) => {
        pinned += attack(others, history.slice(0, 1), plainThreshold, [...ONE_WAY, PAIRS[0]]).pinned.length;
      }),
      { seed: SEED, numRuns: runs },
    );
    console.info(`plain threshold: ${pinned} small figures pinned over ${runs} fixtures`);
    expect(pinned).toBeGreaterThan(0);
  }, 300_000);
});
