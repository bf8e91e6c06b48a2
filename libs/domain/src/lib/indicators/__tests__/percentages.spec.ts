/** Percentages use as denominator only the records where the variable is known, and say so. */
import { crossTabulate } from '../cross-tabulate';
import { percentages, rowPercentages } from '../percentages';
import { protectForViewer } from '../indicators';
import { suppressSmallCells } from '../suppression';
import { records } from './fixtures';

describe('percentages', () => {
  const data = [...records(45, { sex: 'FEMALE' }), ...records(40, { sex: 'MALE' }), ...records(15, {})];

  it('divides by the known records only and reports the unknown ones', () => {
    const p = percentages(crossTabulate(data, ['sex']));
    // known = 45 + 40 = 85; 45 / 85 = 52.94 % → 52.9; 40 / 85 = 47.06 % → 47.1 (not 45 % and 40 % of 100)
    expect(p.rows).toEqual([
      { category: 'FEMALE', count: 45, percent: 52.9 },
      { category: 'MALE', count: 40, percent: 47.1 },
    ]);
    expect(p.denominator).toBe(85);
    expect(p.unknown).toBe(15);
    expect(p.note).toBe('Percentages of the 85 records where sex is known (15 unknown).');
  });

  it('withholds the denominator when the unknown cell is suppressed', () => {
    // FEMALE 45, MALE 40, UNKNOWN 5 (< 11, suppressed; the smallest other cell, MALE, goes with it)
    const small = [...records(45, { sex: 'FEMALE' }), ...records(40, { sex: 'MALE' }), ...records(5, {})];
    const p = percentages(suppressSmallCells(crossTabulate(small, ['sex']), 11, { viewerIsOwner: false }));
    expect(p.denominator).toBeNull();
    expect(p.rows.map((r) => r.percent)).toEqual([null, null]);
    expect(p.rows.map((r) => r.count)).toEqual([45, null]);
  });

  it('keeps percentages of shown cells when only known cells are suppressed', () => {
    // FEMALE 60, MALE 30, OTHER 3 (primary) + MALE (complementary), UNKNOWN 0; known = 93
    const d = [...records(60, { sex: 'FEMALE' }), ...records(30, { sex: 'MALE' }), ...records(3, { sex: 'OTHER' })];
    const p = percentages(suppressSmallCells(crossTabulate(d, ['sex']), 11, { viewerIsOwner: false }));
    // 60 / 93 = 64.52 % → 64.5
    expect(p.rows).toEqual([
      { category: 'FEMALE', count: 60, percent: 64.5 },
      { category: 'MALE', count: null, percent: null },
      { category: 'OTHER', count: null, percent: null },
    ]);
    expect(p.unknown).toBe(0);
  });

  it('refuses tables that are not one-dimensional', () => {
    expect(() => percentages(crossTabulate(data, ['sex', 'ageGroup']))).toThrow(RangeError);
  });
});

describe('row percentages of a two-way table', () => {
  // sex × age group: FEMALE 30 minors, 60 adults, 10 unknown age; MALE 20 minors, 20 adults, 0 unknown;
  // unknown sex: 5 minors, 15 adults, 20 unknown age.
  const data = [
    ...records(30, { sex: 'FEMALE', ageGroup: 'MINOR' }),
    ...records(60, { sex: 'FEMALE', ageGroup: 'ADULT' }),
    ...records(10, { sex: 'FEMALE' }),
    ...records(20, { sex: 'MALE', ageGroup: 'MINOR' }),
    ...records(20, { sex: 'MALE', ageGroup: 'ADULT' }),
    ...records(5, { ageGroup: 'MINOR' }),
    ...records(15, { ageGroup: 'ADULT' }),
    ...records(20, {}),
  ];

  it('divides each row by its records where the second variable is known', () => {
    const p = rowPercentages(crossTabulate(data, ['sex', 'ageGroup']));
    expect(p.columns).toEqual(['ADULT', 'MINOR']);
    // FEMALE: known age 90 → 60/90 = 66.67 % → 66.7, 30/90 = 33.3 %; MALE: 40 → 50 %, 50 %; unknown sex: 20 → 75 %, 25 %
    expect(p.rows).toEqual([
      { category: 'FEMALE', denominator: 90, unknown: 10, percents: [66.7, 33.3] },
      { category: 'MALE', denominator: 40, unknown: 0, percents: [50, 50] },
      { category: 'UNKNOWN', denominator: 20, unknown: 20, percents: [75, 25] },
    ]);
    // every row: adults 95, minors 55 of 150 known → 63.3 %, 36.7 %
    expect(p.total).toEqual({ category: 'TOTAL', denominator: 150, unknown: 30, percents: [63.3, 36.7] });
    expect(p.note).toContain('where ageGroup is known');
  });

  it('gives no share to a suppressed cell, and withholds a row whose unknown cell is suppressed', () => {
    // MALE has 4 of unknown age (others' part < 11): suppressed, so MALE's denominator would reveal it.
    const small = [...records(50, { sex: 'FEMALE', ageGroup: 'ADULT' }), ...records(40, { sex: 'FEMALE', ageGroup: 'MINOR' }), ...records(30, { sex: 'MALE', ageGroup: 'ADULT' }), ...records(25, { sex: 'MALE', ageGroup: 'MINOR' }), ...records(4, { sex: 'MALE' }), ...records(30, { sex: 'FEMALE' })];
    const t = protectForViewer(
      crossTabulate(small, ['sex', 'ageGroup']).cells.map((c) => ({ ...c, own: 0 })),
      { dimensions: ['sex', 'ageGroup'] },
    );
    const male = t.cells.filter((c) => c.key[0] === 'MALE');
    expect(male.find((c) => c.key[1] === 'UNKNOWN')?.suppressed).toBe(true);
    const p = rowPercentages(t);
    const maleRow = p.rows.find((r) => r.category === 'MALE');
    expect(maleRow).toEqual({ category: 'MALE', denominator: null, unknown: null, percents: [null, null] });
    // Every share shown is a shown cell over a shown row total minus a shown unknown cell.
    for (const row of p.rows) {
      const i = t.categories[0].indexOf(row.category);
      row.percents.forEach((percent, j) => {
        const cell = t.cells.find((c) => c.key[0] === row.category && c.key[1] === p.columns[j]);
        if (percent === null) return;
        expect(cell?.suppressed).toBe(false);
        expect(t.marginals[0][i].suppressed).toBe(false);
        expect(percent).toBeCloseTo((100 * (cell?.count ?? 0)) / (row.denominator ?? NaN), 1);
      });
    }
  });

  it('refuses tables that are not two-dimensional', () => {
    expect(() => rowPercentages(crossTabulate(data, ['sex']))).toThrow(RangeError);
  });
});
