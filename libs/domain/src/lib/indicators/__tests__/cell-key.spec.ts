import { CELL_KEY_MODULUS, cellKeyNoise, cellKeyOf, PERTURBATION_BOUND } from '../cell-key';
import { AggregatedCell, protectForViewer } from '../indicators';
import { ProtectedTable } from '../types';

const K = 11;
/** n cell keys spread evenly over 0 … CELL_KEY_MODULUS − 1 (⌈i · M / n⌉). */
const evenKeys = (n: number) => Array.from({ length: n }, (_, i) => Math.ceil((i * CELL_KEY_MODULUS) / n));
const histogram = (count: number, keys: number[], floor = 1) => {
  const h: Record<number, number> = {};
  for (const key of keys) {
    const e = cellKeyNoise(count, key, floor);
    h[e] = (h[e] ?? 0) + 1;
  }
  return h;
};

describe('cell-key noise', () => {
  /** P(e) ∝ 0.3^|e| on −10 … 10, restricted to count + e ≥ floor: the distribution written out from its definition. */
  const expected = (count: number, floor: number) => {
    const weights = new Map<number, number>();
    for (let e = -10; e <= 10; e++) if (count + e >= floor) weights.set(e, 0.3 ** Math.abs(e));
    const sum = [...weights.values()].reduce((a, w) => a + w, 0);
    return new Map([...weights].map(([e, w]) => [e, w / sum]));
  };
  /** Each noise's share of n evenly spread keys is its probability, to within one key in n. */
  const expectDistribution = (count: number, floor: number, n: number) => {
    const h = histogram(count, evenKeys(n), floor);
    const p = expected(count, floor);
    for (const [e, share] of p) expect(Math.abs((h[e] ?? 0) / n - share)).toBeLessThanOrEqual(1 / n + 1e-12);
    expect(Object.keys(h).map(Number).every((e) => p.has(e))).toBe(true);
  };

  it('follows the two-sided geometric table: P(e) proportional to 0.3^|e| for −10 … 10', () => {
    expectDistribution(50, 1, 100_000);
    // By hand: the weights sum to 1 + 2(0.3 + 0.09 + …) ≈ 1.857, so P(0) ≈ 0.5385 and P(+1) ≈ 0.1615.
    const h = histogram(50, evenKeys(100_000));
    expect(h[0] / 100_000).toBeCloseTo(0.5385, 3);
    expect(h[1] / 100_000).toBeCloseTo(0.1615, 3);
  });

  it('never shows a figure below its floor: the noises that would are left out and the rest renormalised', () => {
    expectDistribution(1, 1, 100_000);
    expectDistribution(2, 1, 100_000);
    // A figure of other agencies' records shown from k = 11: one of 11 is never shown as 10 or less.
    expectDistribution(11, 11, 100_000);
    expect(Math.min(...Object.keys(histogram(11, evenKeys(10_000), 11)).map(Number))).toBe(0);
    expect(Math.min(...Object.keys(histogram(12, evenKeys(10_000), 11)).map(Number))).toBe(-1);
  });

  it('adds nothing to a figure with no records of other agencies, and refuses bad input', () => {
    expect(cellKeyNoise(0, 123_456)).toBe(0);
    expect(() => cellKeyNoise(-1, 0)).toThrow(RangeError);
    expect(() => cellKeyNoise(2.5, 0)).toThrow(RangeError);
    expect(() => cellKeyNoise(3, 0.5)).toThrow(RangeError);
    expect(() => cellKeyNoise(3, 0, 4)).toThrow(RangeError);
  });

  it('a cell key is the sum of record keys modulo 2³², so the same records give the same key in any order', () => {
    expect(cellKeyOf([CELL_KEY_MODULUS - 1, 5])).toBe(4);
    expect(cellKeyOf([7, 9, 11])).toBe(cellKeyOf([11, 7, 9]));
    expect(cellKeyOf([])).toBe(0);
  });
});

/** Agency records by age band, as the API's GROUP BY gives them: the viewer's own part and the others' cell key. */
function bands(rows: Array<[group: string, band: string, others: number, own: number, othersKey: number]>, dims: 'ageGroup' | 'ageBand' | 'both') {
  const cells: AggregatedCell[] = rows.map(([group, band, others, own, othersKey]) => ({
    key: dims === 'ageGroup' ? [group] : dims === 'ageBand' ? [band] : [group, band],
    count: others + own,
    own,
    othersKey,
  }));
  return protectForViewer(cells, { dimensions: dims === 'ageGroup' ? ['ageGroup'] : dims === 'ageBand' ? ['ageBand'] : ['ageGroup', 'ageBand'], k: K });
}
const figure = (t: ProtectedTable, category: string) => t.cells[t.categories[0].indexOf(category)];

describe('cell-key perturbation in protected tables', () => {
  // Other agencies: 3 minors aged 0–8, 20 aged 9–17, 12 adults aged 18–20, 40 aged 30–38. The age group of a
  // record comes from its band, so MINOR = 0–8 + 9–17: one-way tables of both, exact, would give 23 − 20 = 3.
  const KEYS = { a: 1_000_003, b: 2_900_000_000, c: 123_456_789, d: 4_000_000_000 };
  const rows: Array<[string, string, number, number, number]> = [
    ['MINOR', '0-8', 3, 0, KEYS.a],
    ['MINOR', '9-17', 20, 0, KEYS.b],
    ['ADULT', '18-20', 12, 0, KEYS.c],
    ['ADULT', '30-38', 40, 0, KEYS.d],
  ];
  // The same with 13 aged 0–8: no band is small, so every band is shown (with noise).
  const wide = rows.map((r) => (r[1] === '0-8' ? (['MINOR', '0-8', 13, 0, KEYS.a] as typeof r) : r));

  it('exact figures by age group and by age band: the band table, audited with the groups it adds up to, hides 9–17 too', () => {
    const exact = rows.map(([g, b, o, w]) => [g, b, o, w, 0] as [string, string, number, number, number]);
    const groups = protectForViewer(exact.map(([g, , o, w]) => ({ key: [g], count: o + w, own: w })), { dimensions: ['ageGroup'], k: K });
    const byBand = protectForViewer(exact.map(([, b, o, w]) => ({ key: [b], count: o + w, own: w })), { dimensions: ['ageBand'], k: K });
    expect(figure(groups, 'MINOR').count).toBe(23);
    expect(figure(byBand, '0-8').suppressed).toBe(true);
    // Shown, 9–17 would give 23 − 20 = 3: it is hidden with it. The adults' bands (12, 40) are shown.
    expect(figure(byBand, '9-17').suppressed).toBe(true);
    expect([figure(byBand, '18-20').count, figure(byBand, '30-38').count]).toEqual([12, 40]);
  });

  it('with record keys the band figures carry noise, the group figures stay exact, and the difference no longer pins a band', () => {
    const groups = bands(wide, 'ageGroup');
    const byBand = bands(wide, 'ageBand');
    expect(figure(groups, 'MINOR')).toEqual({ key: ['MINOR'], count: 33, suppressed: false, label: '33' });
    const shown = figure(byBand, '9-17');
    expect(shown.perturbed).toBe(true);
    expect(shown.count).toBe(20 + cellKeyNoise(20, KEYS.b, K));
    // What the attacker can say of 0–8 from the exact group and the noisy 9–17: 33 − (9–17), 9–17 anywhere within the
    // bound of what is shown (and ≥ 11): several values.
    const candidates = Array.from({ length: 2 * PERTURBATION_BOUND + 1 }, (_, i) => i - PERTURBATION_BOUND)
      .map((e) => (shown.count ?? 0) + e)
      .filter((band) => band >= K)
      .map((band) => 33 - band)
      .filter((v) => v >= K);
    expect(candidates.length).toBeGreaterThan(1);
    expect(byBand.total).toEqual(groups.total); // totals are exact everywhere
  });

  it('the same records get the same noise in every table: a band alone and as a margin of group × band', () => {
    const byBand = bands(wide, 'ageBand');
    const both = bands(wide, 'both');
    const j = both.categories[1].indexOf('30-38');
    const alone = figure(byBand, '30-38');
    expect(alone.perturbed).toBe(true);
    expect(both.marginals[1][j]).toEqual({ count: alone.count, suppressed: false, label: alone.label, perturbed: true });
    // Group margins of the two-way table are exact, as in the one-way table of groups.
    expect(both.marginals[0][both.categories[0].indexOf('ADULT')]).toEqual({ count: 52, suppressed: false, label: '52' });
  });

  it('own records added to a figure change it by exactly their number: no fresh noise to average away', () => {
    const before = figure(bands(wide, 'ageBand'), '30-38').count ?? 0;
    for (const own of [1, 2, 5, 9]) {
      const padded = wide.map((r) => (r[1] === '30-38' ? ([r[0], r[1], r[2], own, r[4]] as typeof r) : r));
      expect(figure(bands(padded, 'ageBand'), '30-38').count).toBe(before + own);
    }
    expect(Math.abs(before - 40)).toBeLessThanOrEqual(PERTURBATION_BOUND);
  });

  it('a figure made only of the viewer’s own records stays exact, and records without keys are never perturbed', () => {
    const mine = bands([['ADULT', '30-38', 0, 7, 0], ['MINOR', '9-17', 15, 0, KEYS.b]], 'both');
    const cell = mine.cells.find((c) => c.key[0] === 'ADULT' && c.key[1] === '30-38');
    expect(cell).toEqual({ key: ['ADULT', '30-38'], count: 7, suppressed: false, label: '7' });
    const plain = protectForViewer([{ key: ['MINOR', '9-17'], count: 15, own: 0 }], { dimensions: ['ageGroup', 'ageBand'], k: K });
    expect(plain.cells[0]).toEqual({ key: ['MINOR', '9-17'], count: 15, suppressed: false, label: '15' });
  });

  it('a cell that is the only figure of its row not shown as 0 equals its exact margin, so it is shown exact', () => {
    // Other agencies: sex × citizenship. Row F has one non-zero cell (14 of RO); row M has 12 of NG and 15 of TH.
    const cells: AggregatedCell[] = [
      { key: ['F', 'RO'], count: 14, own: 0, othersKey: KEYS.a },
      { key: ['M', 'NG'], count: 12, own: 0, othersKey: KEYS.b },
      { key: ['M', 'TH'], count: 15, own: 0, othersKey: KEYS.c },
    ];
    const t = protectForViewer(cells, { dimensions: ['sex', 'citizenship'], k: K });
    const at = (sex: string, country: string) => t.cells.find((c) => c.key[0] === sex && c.key[1] === country);
    // F × RO is 14 by the shown 0s of F × NG and F × TH and the exact margin F = 14: noise would hide nothing.
    expect(at('F', 'NG')).toEqual({ key: ['F', 'NG'], count: 0, suppressed: false, label: '0' });
    expect(t.marginals[0][t.categories[0].indexOf('F')]).toEqual({ count: 14, suppressed: false, label: '14' });
    expect(at('F', 'RO')).toEqual({ key: ['F', 'RO'], count: 14, suppressed: false, label: '14' });
    // M × NG and M × TH share their row and their columns (RO aside) with nothing: each is also alone in its column,
    // whose exact margin gives it, so they too are exact. With a second non-zero cell in row and column, noise stays.
    expect(at('M', 'NG')?.perturbed).toBeUndefined();
    const crowded = protectForViewer([...cells, { key: ['F', 'NG'], count: 13, own: 0, othersKey: KEYS.d }], {
      dimensions: ['sex', 'citizenship'],
      k: K,
    });
    const shown = crowded.cells.find((c) => c.key[0] === 'M' && c.key[1] === 'NG');
    expect(shown?.perturbed).toBe(true);
    expect(shown?.count).toBe(12 + cellKeyNoise(12, KEYS.b, K));
    // F × RO: row F now has F × NG too, but column RO still has F × RO alone; its exact margin gives it.
    expect(crowded.cells.find((c) => c.key[0] === 'F' && c.key[1] === 'RO')).toEqual({ key: ['F', 'RO'], count: 14, suppressed: false, label: '14' });
  });
});
