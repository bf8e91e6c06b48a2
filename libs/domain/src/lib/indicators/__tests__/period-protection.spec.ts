import fc from 'fast-check';
import solver from 'javascript-lp-solver';
import { DayCount, protectPeriods } from '../period-protection';

const S = 'suppressed (< 11)';
const hidden = { count: null, suppressed: true, label: S };
const shown = (n: number) => ({ count: n, suppressed: false, label: String(n) });
/** n records of other agencies (and `own` of the viewer's) on one day. */
const on = (date: string, n: number, own = 0): DayCount => ({ date, count: n + own, own });

describe('protectPeriods: figures over overlapping periods', () => {
  // Others' records: 27 in January–May (15 on 10 Jan, 12 on 20 Mar), 3 in June (5 Jun), 20 in July (1 Jul).
  const days = [on('2026-01-10', 15), on('2026-03-20', 12), on('2026-06-05', 3), on('2026-07-01', 20)];
  const janJun = { start: '2026-01-01', end: '2026-06-30' };
  const janMay = { start: '2026-01-01', end: '2026-05-31' };

  it('one period alone: shown when other agencies hold k or more of its records', () => {
    expect(protectPeriods({ periods: [janJun], days, totalShown: true })).toEqual([shown(30)]);
  });

  it('Jan–Jun (30) and Jan–May (27) would give June’s 3 by difference: one of them is suppressed', () => {
    const [a, b] = protectPeriods({ periods: [janJun, janMay], days, totalShown: true });
    expect([a, b].filter((f) => f.suppressed)).toHaveLength(1);
    // Jan–May was set after Jan–Jun, so it is the one hidden.
    expect(a).toEqual(shown(30));
    expect(b).toEqual(hidden);
  });

  it('a period and the total: the records outside the period must not come out small', () => {
    // Total 50 is published; Jan–Jun 30 would leave July's 20 (not small): both can be shown.
    expect(protectPeriods({ periods: [janJun], days, totalShown: true })).toEqual([shown(30)]);
    // Jan–Jul holds 50 of 50 … but with 3 more records in August the total minus Jan–Jul gives 3 back.
    const more = [...days, on('2026-08-02', 3)];
    const janJul = { start: '2026-01-01', end: '2026-07-31' };
    expect(protectPeriods({ periods: [janJul], days: more, totalShown: true })).toEqual([hidden]);
    // When the total is not shown anywhere, Jan–Jul alone gives nothing away.
    expect(protectPeriods({ periods: [janJul], days: more, totalShown: false })).toEqual([shown(50)]);
  });

  it('a run of periods: Jan–Jun minus Jan–Feb with Mar–Apr hidden would give Mar–Jun', () => {
    // Others: 15 on 10 Jan, 2 on 20 Mar (Mar–Apr small: hidden), 1 on 5 Jun; Mar–Jun = 3 is small too.
    const few = [on('2026-01-10', 15), on('2026-03-20', 2), on('2026-06-05', 1), on('2026-07-01', 20)];
    const figures = protectPeriods({
      periods: [janJun, { start: '2026-01-01', end: '2026-02-28' }, { start: '2026-03-01', end: '2026-04-30' }],
      days: few,
      totalShown: true,
    });
    expect(figures[2]).toEqual(hidden); // 2: primary
    // Jan–Jun (18) and Jan–Feb (15) together would pin Mar–Jun = 3: at most one of them is shown.
    expect(figures.slice(0, 2).filter((f) => !f.suppressed).length).toBeLessThanOrEqual(1);
  });

  it('the viewer’s own records: exact when all are its own; never lifting another agency’s small part', () => {
    const mine = [on('2026-01-10', 0, 40), on('2026-06-05', 0, 2)];
    expect(protectPeriods({ periods: [janJun, janMay], days: mine, totalShown: true })).toEqual([shown(42), shown(40)]);
    // June: 3 of others + 30 of the viewer's: Jan–Jun minus Jan–May = 33, minus its own 30 = 3.
    const padded = [...days, on('2026-06-06', 0, 30)];
    const [a, b] = protectPeriods({ periods: [janJun, janMay], days: padded, totalShown: true });
    expect([a, b].filter((f) => f.suppressed)).toHaveLength(1);
  });

  it('a period set later never hides one shown before: Jan–May (27) shown, then Jan–Jun (30) set, Jan–Jun is the one hidden', () => {
    // Periods are given in the order they were first set. Jan–May alone is shown (27); hiding it once Jan–Jun is set
    // would not take back what was read: 30 − 27 gives June's 3. So the later period gives way.
    expect(protectPeriods({ periods: [janMay], days, totalShown: true })).toEqual([shown(27)]);
    expect(protectPeriods({ periods: [janMay, janJun], days, totalShown: true })).toEqual([shown(27), hidden]);
  });

  it('a period inside another: Jan–Mar (30) minus February (25) gives January and March together (5), so February is hidden', () => {
    // Others: 15 on 10 Dec 2025, 3 on 10 Jan, 25 on 10 Feb, 2 on 10 Mar 2026; the total (45) is shown.
    const nested = [on('2025-12-10', 15), on('2026-01-10', 3), on('2026-02-10', 25), on('2026-03-10', 2)];
    const janMar = { start: '2026-01-01', end: '2026-03-31' };
    const feb = { start: '2026-02-01', end: '2026-02-28' };
    expect(protectPeriods({ periods: [janMar, feb], days: nested, totalShown: true })).toEqual([shown(30), hidden]);
  });

  it('a removed period still counts (its figure was shown): the periods ever set are protected together', () => {
    // The same two periods, one of them removed since: passing both keeps the answer for the live one consistent.
    const both = protectPeriods({ periods: [janJun, janMay], days, totalShown: true });
    expect(both[1]).toEqual(hidden);
  });

  it('refuses malformed dates and periods that end before they start', () => {
    expect(() => protectPeriods({ periods: [{ start: '2026-13-01', end: '2026-12-31' }], days, totalShown: true })).toThrow(RangeError);
    expect(() => protectPeriods({ periods: [{ start: '2026-02-01', end: '2026-01-31' }], days, totalShown: true })).toThrow(RangeError);
  });
});

/**
 * Random attacks on period figures: fixtures of other agencies' records per month of 2026 (and the viewer's own),
 * 2–5 target periods of whole months chosen at random (overlapping, nested, adjacent), the grand total shown; the
 * attacker subtracts its own records from every shown figure and asks an integer-programming solver for the least
 * and greatest others' count of every run of months and of everything outside such a run. None whose others' part
 * is 1 … k − 1 may come out as one value. Months are finer than the atoms the protection reasons about.
 */
describe('random attacks on period figures', () => {
  const MONTHS = 12;
  const monthStart = (m: number) => `2026-${String(m + 1).padStart(2, '0')}-01`;
  const monthEnd = (m: number) => new Date(Date.UTC(2026, m + 1, 0)).toISOString().slice(0, 10);
  const countArb = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 3, arbitrary: fc.integer({ min: 11, max: 40 }) });
  const fixtureArb = fc.record({
    others: fc.array(countArb, { minLength: MONTHS, maxLength: MONTHS }),
    own: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }) }), { minLength: MONTHS, maxLength: MONTHS }),
    periods: fc.array(fc.tuple(fc.nat({ max: MONTHS - 1 }), fc.nat({ max: MONTHS - 1 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const), { minLength: 2, maxLength: 5 }),
  });

  it('periods set one at a time: no run of months, what lies outside one, or what two periods give together is pinned below k by all figures ever shown', () => {
    let attacked = 0;
    fc.assert(
      fc.property(fixtureArb, ({ others, own, periods }) => {
        const days = others.map((n, m) => on(`2026-${String(m + 1).padStart(2, '0')}-15`, n, own[m]));
        const constraints: Record<string, { equal: number }> = {};
        const othersTotal = others.reduce((s, x) => s + x, 0);
        const totalShown = othersTotal === 0 || othersTotal >= 11;
        const sumOwn = (a: number, b: number) => own.slice(a, b + 1).reduce((s, x) => s + x, 0);
        // The coordinator sets the periods one after the other; the attacker reads the figures after each one and
        // remembers every figure it was ever shown (a figure hidden later is not forgotten).
        for (let set = 1; set <= periods.length; set++) {
          const figures = protectPeriods({ periods: periods.slice(0, set).map(([a, b]) => ({ start: monthStart(a), end: monthEnd(b) })), days, totalShown });
          figures.forEach((f, n) => {
            if (f.count !== null) constraints[`p${n}`] = { equal: f.count - sumOwn(periods[n][0], periods[n][1]) };
          });
        }
        // The operation's total is published (in its tables) unless other agencies' part of it is small itself.
        if (totalShown) constraints['total'] = { equal: othersTotal };
        const kinds: number[][] = [];
        for (let a = 0; a < MONTHS; a++)
          for (let b = a; b < MONTHS; b++) {
            kinds.push(Array.from({ length: b - a + 1 }, (_, i) => a + i));
            kinds.push(Array.from({ length: MONTHS }, (_, i) => i).filter((i) => i < a || i > b));
          }
        // What two periods give together: one minus the other (a period inside another leaves the months on both
        // sides), and what they share.
        const monthsOf = ([a, b]: readonly [number, number]) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
        for (const p of periods)
          for (const q of periods) {
            kinds.push(monthsOf(p).filter((m) => !monthsOf(q).includes(m)));
            kinds.push(monthsOf(p).filter((m) => monthsOf(q).includes(m)));
          }
        for (const months of kinds) {
          const truth = months.reduce((s, m) => s + others[m], 0);
          if (truth < 1 || truth >= 11) continue;
          attacked += 1;
          const bound = (opType: 'min' | 'max') => {
            const variables = Object.fromEntries(
              others.map((_, m) => [
                `m${m}`,
                {
                  target: months.includes(m) ? 1 : 0,
                  total: 1,
                  ...Object.fromEntries(periods.map(([a, b], n) => [`p${n}`, m >= a && m <= b ? 1 : 0])),
                },
              ]),
            );
            const result = solver.Solve({ optimize: 'target', opType, constraints, variables, ints: Object.fromEntries(others.map((_, m) => [`m${m}`, 1])) }) as { feasible: boolean; result: number };
            if (!result.feasible) throw new Error('the facts admit no fixture: the attacker model is wrong');
            return Math.round(result.result);
          };
          expect({ months, min: bound('min'), max: bound('max') }).not.toEqual({ months, min: truth, max: truth });
        }
      }),
      { seed: Number(process.env.RANDOM_ATTACK_SEED ?? 20261205), numRuns: Number(process.env.RANDOM_ATTACK_RUNS ?? 100) },
    );
    expect(attacked).toBeGreaterThan(100);
  }, 300_000);
});
