import solver from 'javascript-lp-solver';
import { PERTURBATION_BOUND } from '../cell-key';
import { ageGroupOfBand, valueOf } from '../cross-tabulate';
import { AggregatedCell, indicatorTable, protectForViewer } from '../indicators';
import { AGE_BANDS, AgeBand, CaseRecord, DimensionKey, IndicatorKind, ProtectedTable, Sex } from '../types';

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

/**
 * An attacker that reads every table of the age and sex dimensions (one-way and two-way, age groups and age bands
 * together) and asks an integer program, for every figure other agencies hold 1 … k − 1 of, its least and greatest
 * value over every set of records the shown figures allow (a perturbed figure within ±PERTURBATION_BOUND of what is
 * shown and at least k; an exact one as it is; a category a table does not list as 0). The unknowns are the records
 * per sex × age band × age group, so a band unknown within a known group is a quantity of its own.
 */
interface AgeFixture {
  sex: Sex;
  band: AgeBand | null;
  group: 'MINOR' | 'ADULT' | null;
  citizenship?: 'RO' | 'NG';
  n: number;
  /** Recorded by the attacker's own agency. */
  own?: boolean;
}

function pinnedByAgeTables(fixture: readonly AgeFixture[], dimensionSets: DimensionKey[][]) {
  let key = 7_654_321;
  const records: CaseRecord[] = fixture.flatMap((f, i) =>
    Array.from({ length: f.n }, (_, j) => ({
      id: `${i}-${j}`,
      agencyId: f.own ? 'attacker' : `agency-${i}`,
      indicator: IndicatorKind.CONVICTION,
      sex: f.sex,
      ageBand: f.band,
      ageGroup: f.group,
      citizenship: f.citizenship ?? 'RO',
      recordKey: (key = (key * 48_271 + 11) % 2 ** 31),
    })),
  );
  const others = records.filter((r) => r.agencyId !== 'attacker');
  const ownRecords = records.filter((r) => r.agencyId === 'attacker');
  const ages = [...AGE_BANDS.map((band) => ({ band, group: ageGroupOfBand(band) })), { band: null, group: 'MINOR' as const }, { band: null, group: 'ADULT' as const }, { band: null, group: null }];
  // The unknowns: other agencies' records per sex × citizenship × age band × age group.
  const atoms: CaseRecord[] = (['FEMALE', 'MALE'] as const).flatMap((sex) =>
    (['RO', 'NG'] as const).flatMap((citizenship) =>
      ages.map(({ band, group }) => ({ id: `${sex}-${citizenship}-${band}-${group}`, agencyId: 'other', indicator: IndicatorKind.CONVICTION, sex, citizenship, ageBand: band, ageGroup: group })),
    ),
  );
  const facts: Array<{ atoms: number[]; lo: number; hi: number }> = [];
  const small: Array<{ atoms: number[]; truth: number; what: string }> = [];
  // Each record as a cell of the dimensions asked for (count 1, the viewer's part, the record key of the others').
  const cellsOf = (dimensions: readonly DimensionKey[]): AggregatedCell[] =>
    records.map((r) => {
      const own = r.agencyId === 'attacker' ? 1 : 0;
      return { key: dimensions.map((d) => valueOf(r, d)), count: 1, own, othersKey: own ? undefined : r.recordKey };
    });
  const asked = [...new Set(dimensionSets.flat())];
  for (const dimensions of dimensionSets) {
    // A two-way table is protected as the API protects it: with its linked tables A × C and B × C for every other
    // dimension C the attacker reads.
    const linked = dimensions.length === 2 ? asked.filter((c) => !dimensions.includes(c)).map((c) => ({ dimension: c, first: cellsOf([dimensions[0], c]), second: cellsOf([dimensions[1], c]) })) : undefined;
    const t = linked ? protectForViewer(cellsOf(dimensions), { dimensions, k: K, linked }) : indicatorTable(records, { indicator: IndicatorKind.CONVICTION, dimensions, viewerAgencyId: 'attacker', k: K });
    const learn = (match: (a: CaseRecord) => boolean, f: { count: number | null; perturbed?: boolean }, what: string) => {
      const of = atoms.flatMap((a, i) => (match(a) ? [i] : []));
      const truth = others.filter(match).length;
      if (truth > 0 && truth < K) small.push({ atoms: of, truth, what: `${dimensions.join(' × ')}: ${what}` });
      if (f.count === null) return;
      // What is shown, less the attacker's own records in it, is the others' part (give or take the noise).
      const shown = f.count - ownRecords.filter(match).length;
      facts.push(f.perturbed ? { atoms: of, lo: Math.max(shown - PERTURBATION_BOUND, K), hi: shown + PERTURBATION_BOUND } : { atoms: of, lo: shown, hi: shown });
    };
    t.cells.forEach((c) => learn((a) => dimensions.every((d, i) => valueOf(a, d) === c.key[i]), c, c.key.join(' × ')));
    t.marginals.forEach((m, d) => m.forEach((f, j) => learn((a) => valueOf(a, dimensions[d]) === t.categories[d][j], f, t.categories[d][j])));
    learn(() => true, t.total, 'total');
    dimensions.forEach((d, i) => atoms.forEach((a, n) => (t.categories[i].includes(valueOf(a, d)) ? null : facts.push({ atoms: [n], lo: 0, hi: 0 }))));
  }
  const constraints = Object.fromEntries(facts.map((f, n) => [`f${n}`, f.lo === f.hi ? { equal: f.lo } : { min: f.lo, max: f.hi }]));
  const bound = (target: number[], opType: 'min' | 'max') => {
    const variables = Object.fromEntries(atoms.map((_, i) => [`x${i}`, { target: target.includes(i) ? 1 : 0, ...Object.fromEntries(facts.map((f, n) => [`f${n}`, f.atoms.includes(i) ? 1 : 0])) }]));
    const result = solver.Solve({ optimize: 'target', opType, constraints, variables, ints: Object.fromEntries(atoms.map((_, i) => [`x${i}`, 1])) }) as { feasible: boolean; result: number };
    if (!result.feasible) throw new Error('the attacker found no set of records matching what was shown');
    return Math.round(result.result);
  };
  const seen = new Set<string>();
  return small.filter(({ atoms: of }) => {
    const id = of.join(',');
    if (seen.has(id)) return false;
    seen.add(id);
    return bound(of, 'min') === bound(of, 'max');
  }).map((s) => `${s.what} = ${s.truth}`);
}

const AGE_TABLES: DimensionKey[][] = [['sex'], ['ageGroup'], ['ageBand'], ['sex', 'ageGroup'], ['sex', 'ageBand'], ['ageGroup', 'ageBand']];
const WITH_CITIZENSHIP: DimensionKey[][] = [...AGE_TABLES, ['citizenship'], ['citizenship', 'ageGroup'], ['ageBand', 'citizenship'], ['sex', 'citizenship']];

describe('age bands and age groups when some records have no band', () => {
  it('adults recorded without a band: the minors unknown by band read as 0 do not give a small band back', () => {
    // 23 minors (20 female 9–17, 3 male 0–8) and 15 male adults without a band. Before the band dimension kept an
    // unknown band within its group, FEMALE × 9–17 was exact (its row holds nothing else), the group × band table
    // showed MINOR × unknown band as 0, and MINOR 23 − 20 gave 0–8 = 3.
    const fixture = [
      { sex: 'FEMALE' as const, band: '9-17' as const, group: null, n: 20 },
      { sex: 'MALE' as const, band: '0-8' as const, group: null, n: 3 },
      { sex: 'MALE' as const, band: null, group: 'ADULT' as const, n: 15 },
    ];
    expect(pinnedByAgeTables(fixture, AGE_TABLES)).toEqual([]);
  });

  it('minors and adults without a band beside small bands of each group', () => {
    // Every group holds records of unknown band and a small band; the bands of each group add up to it only with its
    // unknown band.
    const fixture = [
      { sex: 'FEMALE' as const, band: '9-17' as const, group: null, n: 14 },
      { sex: 'MALE' as const, band: '0-8' as const, group: null, n: 4 },
      { sex: 'FEMALE' as const, band: null, group: 'MINOR' as const, n: 12 },
      { sex: 'MALE' as const, band: '30-38' as const, group: null, n: 25 },
      { sex: 'FEMALE' as const, band: '48+' as const, group: null, n: 2 },
      { sex: 'MALE' as const, band: null, group: 'ADULT' as const, n: 17 },
      { sex: 'FEMALE' as const, band: null, group: null, n: 30 },
    ];
    expect(pinnedByAgeTables(fixture, AGE_TABLES)).toEqual([]);
  });
});

describe('age bands and age groups: random fixtures', () => {
  // RANDOM_ATTACK_RUNS / RANDOM_ATTACK_SEED as the random attack suite.
  const runs = Number(process.env.RANDOM_ATTACK_RUNS ?? 12);
  let seed = Number(process.env.RANDOM_ATTACK_SEED ?? 17);
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * n); // the high bits: the low bits of this generator repeat quickly
  };
  it(`no small figure is pinned in ${runs} random fixtures read through every table of sex, citizenship, age group and age band`, () => {
    const found: string[] = [];
    for (let run = 0; run < runs; run++) {
      // Few values, so that rows of two-way tables often hold one value only (the shapes that give figures exactly).
      const ages = [{ band: '0-8' as const, group: null }, { band: '9-17' as const, group: null }, { band: '30-38' as const, group: null }, { band: '48+' as const, group: null }, { band: null, group: 'MINOR' as const }, { band: null, group: 'ADULT' as const }, { band: null, group: null }];
      const fixture: AgeFixture[] = Array.from({ length: 2 + next(5) }, () => ({
        sex: next(2) ? 'FEMALE' : 'MALE',
        citizenship: next(3) ? 'RO' : 'NG',
        ...ages[next(ages.length)],
        n: [1, 2, 3, 4, 12, 15, 20, 30][next(8)],
        own: next(4) === 0,
      }));
      found.push(...pinnedByAgeTables(fixture, WITH_CITIZENSHIP).map((p) => `fixture ${run}: ${p}`));
    }
    expect(found).toEqual([]);
  });
});

describe('three-way figures from exact one-way figures and two-way zeros', () => {
  // Others' records: 15 female Nigerian adults of unknown band, 20 female Romanian aged 0–8, 20 male Romanian aged
  // 30–38, 2 female Romanian aged 48+. Without the three-way check the exact one-way figures (sex, citizenship, age
  // group) and the two-way zeros (MALE × NG, NG × MINOR, MALE × MINOR) give FEMALE × RO × ADULT = (37 − 20) − 15 = 2
  // with no table's help, and the zeros of the band tables then give 48+ = 2. Each two-way table now hides its zero
  // that takes part (docs/disclosure-control.md, "Three-way figures behind two-way tables").
  it('no small figure is pinned', () => {
    const fixture: AgeFixture[] = [
      { sex: 'FEMALE', citizenship: 'NG', band: null, group: 'ADULT', n: 15 },
      { sex: 'FEMALE', citizenship: 'RO', band: '0-8', group: null, n: 20 },
      { sex: 'MALE', citizenship: 'RO', band: '30-38', group: null, n: 20 },
      { sex: 'FEMALE', citizenship: 'RO', band: '48+', group: null, n: 2 },
    ];
    expect(pinnedByAgeTables(fixture, WITH_CITIZENSHIP)).toEqual([]);
  });
});
