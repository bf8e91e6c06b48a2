/**
 * "Records naming each form" beside the single-form table (docs/disclosure-control.md, "Forms named"): scenario
 * tables worked out by hand (k = 11), and an attacker — an integer-programming solver (javascript-lp-solver) — that
 * reads the single-form table and the form-named table of the task force and of a joint operation, subtracts its own
 * records, and tries to pin any figure other agencies hold below k: an exact combination of forms, the part of
 * "several forms" naming a form, a single-form cell, a form-named figure, in the task force, the operation or
 * outside operations. It must fail; against a plain per-figure threshold on the form-named figures, it succeeds.
 */
import fc from 'fast-check';
import solver from 'javascript-lp-solver';
import { FormCombinationCell, FormsNamedTable, protectFormsNamed } from '../forms-named';
import { protectForViewer } from '../indicators';
import { MULTIPLE, ProtectedTable, UNKNOWN } from '../types';

const K = 11;
const RUNS = Number(process.env.RANDOM_ATTACK_RUNS ?? 25);
const SEED = Number(process.env.RANDOM_ATTACK_SEED ?? 20261205);
const [SE, FL, DS] = ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'DOMESTIC_SERVITUDE'];
const ORDER = [SE, FL, DS];

const named = (t: FormsNamedTable) => Object.fromEntries(t.forms.map((f, i) => [f, t.named[i].suppressed ? '×' : t.named[i].count]));
const singles = (t: ProtectedTable) => Object.fromEntries(t.cells.map((c) => [c.key[0], c.suppressed ? '×' : c.count]));

describe('records naming each form', () => {
  it('counts a record naming two forms under both; the figures overlap and exceed the total', () => {
    // CTDC-like: 100 forced labour only, 200 sexual exploitation only, 50 both, 30 unknown.
    const t = protectFormsNamed(
      [
        { forms: [FL], count: 100 },
        { forms: [SE], count: 200 },
        { forms: [SE, FL], count: 50 },
        { forms: [], count: 30 },
      ],
      { order: ORDER },
    );
    expect(t.forms).toEqual([SE, FL]);
    expect(named(t)).toEqual({ [SE]: 250, [FL]: 150 });
    expect(t.total.count).toBe(380);
    expect(singles(t.single)).toEqual({ [FL]: 100, [MULTIPLE]: 50, [SE]: 200, [UNKNOWN]: 30 });
  });

  it('hides both forms when the form-named figure minus the single-form cell would give a small "several forms" back', () => {
    // 4 records name both forms: MULTIPLE = 4 is suppressed in the single-form table (with UNKNOWN beside it).
    // Shown, 104 − 100 = 4 for forced labour, and 204 − 200 = 4 for sexual exploitation, would give it back.
    const t = protectFormsNamed(
      [
        { forms: [FL], count: 100 },
        { forms: [SE], count: 200 },
        { forms: [SE, FL], count: 4 },
        { forms: [], count: 30 },
      ],
      { order: ORDER },
    );
    expect(singles(t.single)).toEqual({ [FL]: 100, [MULTIPLE]: '×', [SE]: 200, [UNKNOWN]: '×' });
    expect(named(t)).toEqual({ [SE]: '×', [FL]: '×' });
  });

  it('hides a form whose part of "several forms" is small, and one whose part would pin it by difference', () => {
    // SE alone 50, FL alone 40, DS alone 30; SE+FL 3, FL+DS 20; unknown 15. MULTIPLE = 23 is shown.
    // SE named = 53 would give 53 − 50 = 3 (SE+FL) back; DS named = 50 gives FL+DS = 20, hence SE+FL = 23 − 20 = 3.
    // FL named = 63 gives 63 − 40 = 23, which MULTIPLE already shows: it stays.
    const t = protectFormsNamed(
      [
        { forms: [SE], count: 50 },
        { forms: [FL], count: 40 },
        { forms: [DS], count: 30 },
        { forms: [FL, SE], count: 3 },
        { forms: [DS, FL], count: 20 },
        { forms: [], count: 15 },
      ],
      { order: ORDER },
    );
    expect(singles(t.single)[MULTIPLE]).toBe(23);
    expect(named(t)).toEqual({ [SE]: '×', [FL]: 63, [DS]: '×' });
  });

  it('suppresses a small form-named figure, and shows the viewer its own records exactly', () => {
    const cells: FormCombinationCell[] = [
      { forms: [SE], count: 40 },
      { forms: [DS], count: 4 },
      { forms: [], count: 20 },
    ];
    expect(named(protectFormsNamed(cells, { order: ORDER }))).toEqual({ [SE]: 40, [DS]: '×' });
    const mine = protectFormsNamed(cells.map((c) => ({ ...c, own: c.count })), { order: ORDER });
    expect(mine.viewerIsOwner).toBe(true);
    expect(named(mine)).toEqual({ [SE]: 40, [DS]: 4 });
  });

  it('judges each figure on the part other agencies recorded: own records padding a form never show another agency’s few', () => {
    // Another agency: DS+SE 3 (with SE alone 60, DS alone 30). The viewer adds up to 20 records naming DS and SE.
    for (const pad of [0, 8, 20]) {
      const t = protectFormsNamed(
        [
          { forms: [SE], count: 60 },
          { forms: [DS], count: 30 },
          { forms: [DS, SE], count: 3 + pad, own: pad },
          { forms: [], count: 25 },
        ],
        { order: ORDER },
      );
      expect(named(t)).toEqual({ [SE]: '×', [DS]: '×' });
    }
  });

  it('keeps the single-form table exactly as the one-way table by form of exploitation', () => {
    const cells: FormCombinationCell[] = [
      { forms: [SE], count: 12, own: 2, part: 'op' },
      { forms: [FL], count: 7, part: '' },
      { forms: [SE, FL], count: 30, part: 'op' },
      { forms: [], count: 3, own: 3, part: '' },
    ];
    const t = protectFormsNamed(cells, { order: ORDER });
    const oneWay = protectForViewer(
      [
        { key: [SE], count: 12, own: 2, part: 'op' },
        { key: [FL], count: 7, part: '' },
        { key: [MULTIPLE], count: 30, part: 'op' },
        { key: [UNKNOWN], count: 3, own: 3, part: '' },
      ],
      { dimensions: ['formOfExploitation'] },
    );
    expect(t.single).toEqual(oneWay);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The attacker.

/** Every exact combination of the three forms (the empty one = no form known), per part of the scope. */
const SUBSETS: string[][] = [[], [SE], [FL], [DS], [SE, FL], [SE, DS], [FL, DS], [SE, FL, DS]];
const PARTS = ['op-a', ''] as const;
const JOINT = PARTS.flatMap((part) => SUBSETS.map((forms) => ({ part, forms })));
const SCOPES: readonly { parts: readonly string[] }[] = [{ parts: PARTS }, { parts: ['op-a'] }];

type ProtectFormsNamed = (cells: FormCombinationCell[]) => FormsNamedTable;

/** A figure as the joint cells it adds up. */
const where = (parts: readonly string[], test: (forms: string[]) => boolean) =>
  JOINT.flatMap((c, i) => (parts.includes(c.part) && test(c.forms) ? [i] : []));
const singleOf = (forms: string[]) => (forms.length === 0 ? UNKNOWN : forms.length === 1 ? forms[0] : MULTIPLE);

/** The facts a viewer learns from the single-form and form-named tables of every scope, own records subtracted. */
function learn(others: readonly number[], own: readonly number[], protect: ProtectFormsNamed): Map<string, number> {
  const facts = new Map<string, number>();
  const fact = (cells: number[], value: number) => {
    const id = cells.join(',');
    const before = facts.get(id);
    if (before !== undefined && before !== value) throw new Error(`figure ${id} shown as ${before} and ${value}`);
    facts.set(id, value);
  };
  const ownOf = (cells: number[]) => cells.reduce((s, i) => s + own[i], 0);
  for (const scope of SCOPES) {
    const cells: FormCombinationCell[] = JOINT.flatMap((c, i) =>
      scope.parts.includes(c.part) && others[i] + own[i] > 0 ? [{ forms: c.forms, count: others[i] + own[i], own: own[i], part: c.part }] : [],
    );
    const t = protect(cells);
    for (const category of [SE, FL, DS, MULTIPLE, UNKNOWN]) {
      const set = where(scope.parts, (forms) => singleOf(forms) === category);
      const j = t.single.categories[0].indexOf(category);
      // A category no row has: nobody, the viewer included, recorded it in this scope.
      if (j < 0) fact(set, 0);
      else if (!t.single.cells[j].suppressed) fact(set, (t.single.cells[j].count ?? 0) - ownOf(set));
    }
    const all = where(scope.parts, () => true);
    if (!t.total.suppressed) fact(all, (t.total.count ?? 0) - ownOf(all));
    for (const f of [SE, FL, DS]) {
      const set = where(scope.parts, (forms) => forms.includes(f));
      const i = t.forms.indexOf(f);
      if (i < 0) fact(set, 0);
      else if (!t.named[i].suppressed) fact(set, (t.named[i].count ?? 0) - ownOf(set));
    }
  }
  return facts;
}

/** Every figure other agencies may hold below k: combinations, single-form cells, parts of MULTIPLE, form-named figures. */
const TARGETS: number[][] = (() => {
  const tests: Array<(forms: string[]) => boolean> = [
    ...SUBSETS.map((s) => (forms: string[]) => forms.join() === s.join()),
    (forms) => forms.length >= 2,
    ...[SE, FL, DS].flatMap((f) => [(forms: string[]) => forms.includes(f), (forms: string[]) => forms.length >= 2 && forms.includes(f)]),
  ];
  const seen = new Set<string>();
  return [PARTS, ['op-a'], ['']].flatMap((parts) => tests.map((t) => where(parts, t))).filter((cells) => {
    const id = cells.join(',');
    if (!cells.length || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
})();

/** The small figures the solver pins to one value, with their values. */
function attack(others: readonly number[], own: readonly number[], protect: ProtectFormsNamed): { attacked: number; pinned: Array<{ cells: number[]; value: number }> } {
  const facts = learn(others, own, protect);
  const constraints: Record<string, { equal?: number; max?: number }> = { cap: { max: 10_000 } };
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  JOINT.forEach((_, i) => {
    variables[`x${i}`] = { cap: 1 };
    ints[`x${i}`] = 1;
  });
  [...facts.entries()].forEach(([id, value], n) => {
    if (id === '') return;
    constraints[`f${n}`] = { equal: value };
    for (const i of id.split(',')) variables[`x${i}`][`f${n}`] = 1;
  });
  let attacked = 0;
  const pinned: Array<{ cells: number[]; value: number }> = [];
  for (const cells of TARGETS) {
    const value = cells.reduce((s, i) => s + others[i], 0);
    if (value < 1 || value >= K) continue;
    attacked++;
    const bound = (opType: 'min' | 'max') => {
      const vars = Object.fromEntries(JOINT.map((_, i) => [`x${i}`, { ...variables[`x${i}`], target: cells.includes(i) ? 1 : 0 }]));
      const result = solver.Solve({ optimize: 'target', opType, constraints, variables: vars, ints }) as { feasible: boolean; result: number };
      if (!result.feasible) throw new Error('the facts learnt admit no table: the attacker model is wrong');
      return Math.round(result.result);
    };
    if (bound('min') === bound('max')) pinned.push({ cells, value });
  }
  return { attacked, pinned };
}

/** The product: protectFormsNamed. */
const product: ProtectFormsNamed = (cells) => protectFormsNamed(cells, { order: ORDER, k: K });

/** The control: the same single-form table, and each form-named figure hidden only when its whole count is 1 … k − 1. */
const plainThreshold: ProtectFormsNamed = (cells) => {
  const t = protectFormsNamed(cells, { order: ORDER, k: K });
  const count = (f: string) => cells.filter((c) => c.forms.includes(f)).reduce((s, c) => s + c.count, 0);
  return {
    ...t,
    named: t.forms.map((f) => {
      const n = count(f);
      return n > 0 && n < K ? { count: null, suppressed: true, label: 'suppressed' } : { count: n, suppressed: false, label: String(n) };
    }),
  };
};

const othersArb = fc.array(
  fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 3, arbitrary: fc.integer({ min: 11, max: 80 }) }),
  { minLength: JOINT.length, maxLength: JOINT.length },
);
const ownArb = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 15 }) }), {
  minLength: JOINT.length,
  maxLength: JOINT.length,
});

describe('attacks on the records naming each form', () => {
  it('the single-form and form-named tables of the task force and an operation, with own records subtracted, pin nothing below k', () => {
    let attacked = 0;
    fc.assert(
      fc.property(othersArb, ownArb, (others, own) => {
        const outcome = attack(others, own, product);
        attacked += outcome.attacked;
        expect(outcome.pinned).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(attacked).toBeGreaterThan(RUNS);
  }, 300_000);

  it('the hand-worked difference attack: form-named minus single-form gives a small "several forms" back under a plain threshold, not here', () => {
    const others = new Array(JOINT.length).fill(0);
    const at = (forms: string[]) => JOINT.findIndex((c) => c.part === 'op-a' && c.forms.join() === forms.join());
    others[at([FL])] = 100;
    others[at([SE])] = 200;
    others[at([SE, FL])] = 4;
    others[at([])] = 30;
    const own = new Array(JOINT.length).fill(0);
    expect(attack(others, own, plainThreshold).pinned.map((p) => p.value)).toContain(4);
    expect(attack(others, own, product).pinned).toEqual([]);
  });

  it('the same attacker pins small figures through a plain per-figure threshold on random fixtures', () => {
    let pinned = 0;
    fc.assert(
      fc.property(othersArb, ownArb, (others, own) => {
        pinned += attack(others, own, plainThreshold).pinned.length;
      }),
      { seed: SEED, numRuns: Math.min(RUNS, 15) },
    );
    expect(pinned).toBeGreaterThan(0);
  }, 300_000);
});
