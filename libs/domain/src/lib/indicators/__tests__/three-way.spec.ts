import { AggregatedCell, protectForViewer } from '../indicators';
import { zerosToHide } from '../three-way';
import { ProtectedTable } from '../types';

/**
 * Hand-worked cases of the three-way check on sex × citizenship with C = age group (every record another agency's;
 * with record keys, so two-way cells carry noise unless an exact margin gives them).
 */
const K = 11;
type Row = { sex: string; cit: string; group: string; n: number };
let nextKey = 1_000_003;
const withKeys = (rows: Row[]) => rows.map((r) => ({ ...r, key: (nextKey = (nextKey * 48_271) % 2 ** 31) }));
const cellsBy = (rows: ReturnType<typeof withKeys>, key: (r: Row) => string[]): AggregatedCell[] => rows.map((r) => ({ key: key(r), count: r.n, own: 0, othersKey: r.key }));
const protect = (rows: ReturnType<typeof withKeys>, withLinked: boolean) =>
  protectForViewer(cellsBy(rows, (r) => [r.sex, r.cit]), {
    dimensions: ['sex', 'citizenship'],
    k: K,
    ...(withLinked ? { linked: [{ dimension: 'ageGroup' as const, first: cellsBy(rows, (r) => [r.sex, r.group]), second: cellsBy(rows, (r) => [r.cit, r.group]) }] } : {}),
  });
const cellOf = (t: ProtectedTable, sex: string, cit: string) => t.cells.find((c) => c.key[0] === sex && c.key[1] === cit);

describe('three-way figures behind a two-way table', () => {
  it('hides the zero that, with the one-way figures and the zeros of the linked tables, pins a small three-way cell', () => {
    // FEMALE NG ADULT 15, FEMALE RO MINOR 20, MALE RO ADULT 20, FEMALE RO ADULT 2.
    // sex × citizenship: F×NG 15, F×RO 22, M×NG 0, M×RO 20 (nothing small: nothing suppressed). M×NG is an exact zero,
    // so F×NG (column NG) and M×RO (row M) are given by exact margins and shown exact; F×RO is perturbed.
    // Known zeros of the linked tables: MALE × MINOR, NG × MINOR. Atoms left: F NG A, F RO M, F RO A, M RO A.
    // F×NG = 15 → F NG A = 15; M×RO = 20 → M RO A = 20; MINOR = 20 → F RO M = 20; FEMALE = 37 → F RO A = 2: pinned.
    // The only zero of the table is M×NG: hidden. Then F×NG and M×RO are no longer given by a margin (perturbed),
    // the atom M NG A is open, and F RO A = 2 + M NG A with M NG A in 0 … 15: nothing pinned.
    const rows = withKeys([
      { sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15 },
      { sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20 },
      { sex: 'MALE', cit: 'RO', group: 'ADULT', n: 20 },
      { sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 2 },
    ]);
    const before = protect(rows, false);
    expect(cellOf(before, 'MALE', 'NG')).toMatchObject({ count: 0, suppressed: false });
    expect([cellOf(before, 'FEMALE', 'NG')?.perturbed, cellOf(before, 'MALE', 'RO')?.perturbed]).toEqual([undefined, undefined]);
    const t = protect(rows, true);
    expect(cellOf(t, 'MALE', 'NG')).toMatchObject({ count: null, suppressed: true, label: 'suppressed (< 11)' });
    expect(['FEMALE', 'MALE'].flatMap((s) => ['NG', 'RO'].map((c) => cellOf(t, s, c)?.perturbed === true))).toEqual([true, true, false, true]);
    // The one-way figures (margins) and the total are unchanged and exact.
    expect(t.marginals.map((m) => m.map((f) => f.count))).toEqual(before.marginals.map((m) => m.map((f) => f.count)));
    expect(t.total).toEqual(before.total);
  });

  it('changes nothing when the zeros pin nothing small', () => {
    // FEMALE NG MINOR 14, FEMALE NG ADULT 15, FEMALE RO MINOR 20, FEMALE RO ADULT 12, MALE RO ADULT 20.
    // Zeros: M×NG (this table), MALE × MINOR (sex × group); citizenship × group has none. F×NG = 29 and M×RO = 20 are
    // exact (given by margins). With t = F NG MINOR: F NG ADULT = 29 − t, F RO MINOR = 34 − t, F RO ADULT = t − 2,
    // M RO ADULT = 20, t anywhere in 2 … 29: nothing pinned, no zero hidden, the table as without the check.
    const rows = withKeys([
      { sex: 'FEMALE', cit: 'NG', group: 'MINOR', n: 14 },
      { sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15 },
      { sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20 },
      { sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 12 },
      { sex: 'MALE', cit: 'RO', group: 'ADULT', n: 20 },
    ]);
    const t = protect(rows, true);
    expect(t).toEqual(protect(rows, false));
    expect(cellOf(t, 'MALE', 'NG')).toMatchObject({ count: 0, suppressed: false });
  });

  it('looks only at other agencies\' records: the viewer owning a table sees it exact, nothing hidden', () => {
    const rows = withKeys([
      { sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15 },
      { sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20 },
      { sex: 'MALE', cit: 'RO', group: 'ADULT', n: 20 },
      { sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 2 },
    ]);
    const own = (cells: AggregatedCell[]) => cells.map((c) => ({ key: c.key, count: c.count, own: c.count }));
    const t = protectForViewer(own(cellsBy(rows, (r) => [r.sex, r.cit])), {
      dimensions: ['sex', 'citizenship'],
      k: K,
      linked: [{ dimension: 'ageGroup', first: own(cellsBy(rows, (r) => [r.sex, r.group])), second: own(cellsBy(rows, (r) => [r.cit, r.group])) }],
    });
    expect(t.viewerIsOwner).toBe(true);
    expect(t.cells.every((c) => !c.suppressed)).toBe(true);
  });

  it('hides a cell of the viewer\'s own records alone as it hides a zero: the others have none there', () => {
    // The first case, with the viewer's own 5 records at MALE × NG × ADULT (others' part 0 there, as before). The pin is
    // the same (F RO ADULT = 2). MALE × NG shows 5, the viewer's own figure: the viewer knows its 5, so a 5 shown there
    // says the others have none, a known zero like any other. It is hidden, as the zero was without the viewer's records.
    const rows = withKeys([
      { sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15 },
      { sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20 },
      { sex: 'MALE', cit: 'RO', group: 'ADULT', n: 20 },
      { sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 2 },
    ]);
    const withOwn = (cells: AggregatedCell[], key: string[]) => [...cells, { key, count: 5, own: 5 }];
    const t = protectForViewer(withOwn(cellsBy(rows, (r) => [r.sex, r.cit]), ['MALE', 'NG']), {
      dimensions: ['sex', 'citizenship'],
      k: K,
      linked: [{ dimension: 'ageGroup', first: withOwn(cellsBy(rows, (r) => [r.sex, r.group]), ['MALE', 'ADULT']), second: withOwn(cellsBy(rows, (r) => [r.cit, r.group]), ['NG', 'ADULT']) }],
    });
    expect(t.cells.filter((c) => c.suppressed).map((c) => c.key)).toEqual([['MALE', 'NG']]);
  });

  it('one record of the viewer in each of the three zeros does not give the small cell back (own-record padding)', () => {
    // The first case, and the viewer records one MALE NG MINOR. The three cells MALE × NG, NG × MINOR and MALE × MINOR,
    // the zeros each table hid before, now show the viewer's 1 — and so say the others have none there. With the exact
    // one-way figures RO 42, MALE 20 (others') and MINOR 20 (others'), F RO ADULT = (RO − MALE) − MINOR = 2 is pinned
    // unless at least one of the three is hidden. Each table, checked alone as the API checks it, hides its own.
    const rows = withKeys([
      { sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15 },
      { sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20 },
      { sex: 'MALE', cit: 'RO', group: 'ADULT', n: 20 },
      { sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 2 },
    ]);
    const mine = { sex: 'MALE', cit: 'NG', group: 'MINOR' };
    type Dim = 'sex' | 'cit' | 'group';
    const dimension = { sex: 'sex', cit: 'citizenship', group: 'ageGroup' } as const;
    /** The table a × b with c linked, as the API protects it; with the viewer's one record when `padded`. */
    const protectedTable = (a: Dim, b: Dim, c: Dim, padded: boolean) => {
      const by = (pick: (r: { sex: string; cit: string; group: string }) => string[]): AggregatedCell[] => [...cellsBy(rows, pick), ...(padded ? [{ key: pick(mine), count: 1, own: 1 }] : [])];
      return protectForViewer(by((r) => [r[a], r[b]]), { dimensions: [dimension[a], dimension[b]], k: K, linked: [{ dimension: dimension[c], first: by((r) => [r[a], r[c]]), second: by((r) => [r[b], r[c]]) }] });
    };
    const table = (a: Dim, b: Dim, c: Dim) => protectedTable(a, b, c, true);
    const shown = (t: ProtectedTable, x: string, y: string) => t.cells.find((c) => c.key[0] === x && c.key[1] === y);
    const exactOnes = [shown(table('sex', 'cit', 'group'), 'MALE', 'NG'), shown(table('cit', 'group', 'sex'), 'NG', 'MINOR'), shown(table('sex', 'group', 'cit'), 'MALE', 'MINOR')].filter(
      (c) => c && !c.suppressed && !c.perturbed && c.count === 1,
    );
    expect(exactOnes.length).toBeLessThan(3);
    // What is hidden is chosen on the others' records alone: the same cells as without the viewer's record.
    const hiddenKeys = (t: ProtectedTable) => t.cells.filter((c) => c.suppressed).map((c) => c.key.join(' × '));
    for (const [a, b, c] of [['sex', 'cit', 'group'], ['cit', 'group', 'sex'], ['sex', 'group', 'cit']] as const) {
      expect(hiddenKeys(protectedTable(a, b, c, true))).toEqual(hiddenKeys(protectedTable(a, b, c, false)));
    }
  });

  it('takes a one-way figure its table suppresses as unknown: a small table pins nothing by itself', () => {
    // The viewer recorded FEMALE RO 20, MALE RO 14, FEMALE MD 12; another agency FEMALE RO 3, age group unknown for all.
    // The others' figures FEMALE 3, RO 3, UNKNOWN 3 and the total 3 are all suppressed where they are published, so the
    // one atom FEMALE × RO × UNKNOWN is tied to nothing shown: nothing pinned, no zero hidden (were those figures
    // taken as exact, every zero of the table would be hidden for nothing).
    const rows = [
      { sex: 'FEMALE', cit: 'RO', n: 20, own: 20 },
      { sex: 'MALE', cit: 'RO', n: 14, own: 14 },
      { sex: 'FEMALE', cit: 'MD', n: 12, own: 12 },
      { sex: 'FEMALE', cit: 'RO', n: 3, own: 0 },
    ].map((r) => ({ ...r, group: 'UNKNOWN', key: (nextKey = (nextKey * 48_271) % 2 ** 31) }));
    const by = (key: (r: Row) => string[]): AggregatedCell[] => rows.map((r) => ({ key: key(r), count: r.n, own: r.own, othersKey: r.own ? undefined : r.key }));
    const request = { dimensions: ['sex', 'citizenship'] as const, k: K };
    const without = protectForViewer(by((r) => [r.sex, r.cit]), { ...request, dimensions: [...request.dimensions] });
    const t = protectForViewer(by((r) => [r.sex, r.cit]), { ...request, dimensions: [...request.dimensions], linked: [{ dimension: 'ageGroup', first: by((r) => [r.sex, r.group]), second: by((r) => [r.cit, r.group]) }] });
    expect(t).toEqual(without);
    expect(cellOf(t, 'FEMALE', 'MD')).toMatchObject({ count: 12, suppressed: false });
  });

  it('stops when the table has no zero left to hide (exact two-way cells, as public data sets show them)', () => {
    // Without record keys every shown cell is exact: M×NG = MALE − M×RO whether shown or not, so hiding it frees
    // nothing (M NG ADULT = NG − F×NG = 0) and F RO ADULT = 22 − 20 stays 2. The check hides the one zero and stops.
    const rows = [
      { sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15 },
      { sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20 },
      { sex: 'MALE', cit: 'RO', group: 'ADULT', n: 20 },
      { sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 2 },
    ];
    const by = (key: (r: Row) => string[]): AggregatedCell[] => rows.map((r) => ({ key: key(r), count: r.n, own: 0 }));
    const table = protectForViewer(by((r) => [r.sex, r.cit]), { dimensions: ['sex', 'citizenship'], k: K });
    const othersOf = (c: { key: string[] }) => rows.filter((r) => r.sex === c.key[0] && r.cit === c.key[1]).reduce((s, r) => s + r.n, 0);
    const linked = [{ dimension: 'ageGroup' as const, first: by((r) => [r.sex, r.group]), second: by((r) => [r.cit, r.group]) }];
    const hideAt = (h: ReadonlySet<number>) => ({ ...table, cells: table.cells.map((c, i) => (h.has(i) ? { ...c, count: null, suppressed: true } : c)) });
    const zero = table.cells.findIndex((c) => c.key[0] === 'MALE' && c.key[1] === 'NG');
    expect(zerosToHide(table, othersOf, linked, hideAt)).toEqual([zero]);
  });
});

describe('three-way check: the same zeros whichever way round the table is asked for', () => {
  it('citizenship × sex hides the zero sex × citizenship hides', () => {
    const rows = withKeys([
      { sex: 'FEMALE', cit: 'NG', group: 'ADULT', n: 15 },
      { sex: 'FEMALE', cit: 'RO', group: 'MINOR', n: 20 },
      { sex: 'MALE', cit: 'RO', group: 'ADULT', n: 20 },
      { sex: 'FEMALE', cit: 'RO', group: 'ADULT', n: 2 },
      { sex: 'MALE', cit: 'UA', group: 'ADULT', n: 12 },
    ]);
    // The first case with MALE UA ADULT 12 beside it: F×UA is a second zero, and M×UA = 12 is given by column UA.
    // F RO ADULT = 37 − 20 − 15 = 2 is pinned as before. Both zeros would open an atom beside it (M NG ADULT, F UA
    // ADULT); in the order of the dimensions' names (citizenship, sex) NG × MALE comes before UA × FEMALE, so M×NG is
    // hidden (in table order sex × citizenship would have taken F×UA), and then F RO ADULT = 2 + M NG ADULT is open.
    const hiddenOf = (t: ProtectedTable, sexAt: number) => t.cells.filter((c) => c.suppressed).map((c) => `${c.key[sexAt]} × ${c.key[1 - sexAt]}`).sort();
    const sexCit = protect(rows, true);
    const citSex = protectForViewer(cellsBy(rows, (r) => [r.cit, r.sex]), {
      dimensions: ['citizenship', 'sex'],
      k: K,
      linked: [{ dimension: 'ageGroup', first: cellsBy(rows, (r) => [r.cit, r.group]), second: cellsBy(rows, (r) => [r.sex, r.group]) }],
    });
    expect(hiddenOf(sexCit, 0)).toEqual(hiddenOf(citSex, 1));
    expect(hiddenOf(sexCit, 0)).toEqual(['MALE × NG']);
  });
});

describe('three-way check: cells no record can be in', () => {
  it('age group × age band never hides a band outside its group: everyone knows it is 0', () => {
    // Age group × age band with C = sex, every record another agency's. MINOR × 18-20 and the like, and ADULT × 0-8 and
    // ADULT × 9-17, hold no record by definition (the bands 0-8 and 9-17 are the minors', the others the adults').
    const bandRows = [
      [{ band: '0-8', sex: 'FEMALE', n: 17 }, { band: '9-17', sex: 'MALE', n: 4 }, { band: '18-20', sex: 'FEMALE', n: 13 }, { band: '21-23', sex: 'MALE', n: 12 }, { band: '48+', sex: 'MALE', n: 18 }],
      [{ band: '9-17', sex: 'MALE', n: 17 }, { band: '21-23', sex: 'FEMALE', n: 21 }, { band: '24-26', sex: 'MALE', n: 12 }, { band: '30-38', sex: 'MALE', n: 3 }, { band: '39-47', sex: 'MALE', n: 7 }, { band: '48+', sex: 'FEMALE', n: 10 }],
      [{ band: '0-8', sex: 'MALE', n: 9 }, { band: '9-17', sex: 'FEMALE', n: 1 }, { band: '24-26', sex: 'MALE', n: 15 }, { band: '30-38', sex: 'FEMALE', n: 9 }, { band: '39-47', sex: 'FEMALE', n: 8 }, { band: '48+', sex: 'MALE', n: 16 }],
    ];
    const MINOR_BANDS = ['0-8', '9-17'];
    const groupOf = (band: string) => (MINOR_BANDS.includes(band) ? 'MINOR' : 'ADULT');
    for (const fixture of bandRows) {
      const rows = fixture.map((r) => ({ ...r, key: (nextKey = (nextKey * 48_271) % 2 ** 31) }));
      const cells = (key: (r: (typeof rows)[number]) => string[]): AggregatedCell[] => rows.map((r) => ({ key: key(r), count: r.n, own: 0, othersKey: r.key }));
      const t = protectForViewer(cells((r) => [groupOf(r.band), r.band]), {
        dimensions: ['ageGroup', 'ageBand'],
        k: K,
        linked: [{ dimension: 'sex', first: cells((r) => [groupOf(r.band), r.sex]), second: cells((r) => [r.band, r.sex]) }],
      });
      const outside = t.cells.filter((c) => groupOf(c.key[1]) !== c.key[0]);
      expect(outside.length).toBeGreaterThan(0);
      for (const cell of outside) expect(cell).toMatchObject({ count: 0, suppressed: false });
    }
  });
});
