/** Percentages use as denominator only the records where the variable is known, and say so. */
import { crossTabulate } from '../cross-tabulate';
import { percentages } from '../percentages';
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
