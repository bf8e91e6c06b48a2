import solver from 'javascript-lp-solver';
import { PERTURBATION_BOUND } from '../cell-key';
import { AggregatedCell, protectForViewer } from '../indicators';
import { ProtectedTable } from '../types';

/**
 * Age bands add up to age groups (a record's group comes from its band): the exact one-way figure of a group, with
 * figures that pin a band exactly, can give a small band back. Fixture (other agencies' records, none the viewer's):
 * FEMALE 9–17: 20; MALE 0–8: 3; MALE 30–38: 15. Groups: MINOR 23, ADULT 15. An attacker reads the age-group table,
 * the age-band table and the sex × age-band table, takes every shown figure (a perturbed one within ±10 of what is
 * shown and at least k; an exact one as it is; a band not listed as 0), and asks an integer program for the least
 * and greatest value of MALE 0–8 — the 3 must not come out as one value.
 */
const K = 11;
const KEYS = [1_234_567, 2_345_678_901, 3_456_789];
const records: Array<{ sex: string; band: string; group: string; n: number; key: number }> = [
  { sex: 'FEMALE', band: '9-17', group: 'MINOR', n: 20, key: KEYS[0] },
  { sex: 'MALE', band: '0-8', group: 'MINOR', n: 3, key: KEYS[1] },
  { sex: 'MALE', band: '30-38', group: 'ADULT', n: 15, key: KEYS[2] },
];
const cellsBy = (key: (r: (typeof records)[number]) => string[]): AggregatedCell[] => records.map((r) => ({ key: key(r), count: r.n, own: 0, othersKey: r.key }));

describe('age bands and age groups together', () => {
  const groups = protectForViewer(cellsBy((r) => [r.group]), { dimensions: ['ageGroup'], k: K });
  const bands = protectForViewer(cellsBy((r) => [r.band]), { dimensions: ['ageBand'], k: K });
  const bySexBand = protectForViewer(cellsBy((r) => [r.sex, r.band]), { dimensions: ['sex', 'ageBand'], k: K });

  it('the age group figures are exact (one-way figures of a dimension nothing refines)', () => {
    expect(groups.cells.map((c) => [c.key[0], c.count, c.perturbed ?? false])).toEqual([
      ['ADULT', 15, false],
      ['MINOR', 23, false],
    ]);
  });

  it('no mix of the three tables pins MALE 0–8 (3)', () => {
    // Unknowns: the joint cells sex × band (FEMALE/MALE × 0-8, 9-17, 30-38).
    const joint = ['FEMALE', 'MALE'].flatMap((sex) => ['0-8', '9-17', '30-38'].map((band) => ({ sex, band, group: band === '30-38' ? 'ADULT' : 'MINOR' })));
    const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
    const facts: Array<{ cells: number[]; lo: number; hi: number }> = [];
    const learn = (match: (j: (typeof joint)[number]) => boolean, f: { count: number | null; perturbed?: boolean }) => {
      if (f.count === null) return;
      const cells = joint.flatMap((j, i) => (match(j) ? [i] : []));
      facts.push(f.perturbed ? { cells, lo: Math.max(f.count - PERTURBATION_BOUND, K), hi: f.count + PERTURBATION_BOUND } : { cells, lo: f.count, hi: f.count });
    };
    const learnTable = (t: ProtectedTable, dims: Array<'sex' | 'band' | 'group'>) => {
      t.cells.forEach((c) => learn((j) => dims.every((d, i) => j[d] === c.key[i]), c));
      t.marginals.forEach((m, d) => m.forEach((f, i) => learn((j) => j[dims[d]] === t.categories[d][i], f)));
      learn(() => true, t.total);
      // A category no row has: nobody recorded it here.
      dims.forEach((d, i) => new Set(joint.map((j) => j[d])).forEach((v) => (t.categories[i].includes(v) ? null : facts.push({ cells: joint.flatMap((j, n) => (j[d] === v ? [n] : [])), lo: 0, hi: 0 }))));
    };
    learnTable(groups, ['group']);
    learnTable(bands, ['band']);
    learnTable(bySexBand, ['sex', 'band']);
    facts.forEach((f, n) => (constraints[`f${n}`] = f.lo === f.hi ? { equal: f.lo } : { min: f.lo, max: f.hi }));
    const target = joint.findIndex((j) => j.sex === 'MALE' && j.band === '0-8');
    const bound = (opType: 'min' | 'max') => {
      const variables = Object.fromEntries(joint.map((_, i) => [`x${i}`, { target: i === target ? 1 : 0, ...Object.fromEntries(facts.map((f, n) => [`f${n}`, f.cells.includes(i) ? 1 : 0])) }]));
      const result = solver.Solve({ optimize: 'target', opType, constraints, variables, ints: Object.fromEntries(joint.map((_, i) => [`x${i}`, 1])) }) as { feasible: boolean; result: number };
      expect(result.feasible).toBe(true);
      return Math.round(result.result);
    };
    expect([bound('min'), bound('max')]).not.toEqual([3, 3]);
  });
});
