import { indicatorTableFromCounts } from '../indicators';
import { protectAcrossParts } from '../suppression';

/**
 * Differencing between scopes, worked out by hand (k = 11). Another agency's records: 3 exploited in NL outside any
 * operation (part A), 11 exploited in ES in one joint operation (part B).
 *   whole (task force): ES 11, NL 3, total 14 → NL primary, ES complementary, total 14 shown on its own;
 *   part B alone (the operation's view): ES 11, total 11 — shown;
 *   so 14 − 11 = 3 would give NL away: the whole's total must be hidden because part A's total (3) is.
 */
describe('protection across overlapping scopes', () => {
  const request = { dimensions: ['countryOfExploitation' as const] };
  const a = [{ key: ['NL'], count: 3, recordedByViewer: false }];
  const b = [{ key: ['ES'], count: 11, recordedByViewer: false }];

  it('a figure the parts hide is hidden in the whole', () => {
    const whole = indicatorTableFromCounts([...a, ...b], request);
    expect(whole.total).toEqual({ count: 14, suppressed: false, label: '14' });
    const merged = protectAcrossParts(whole, [indicatorTableFromCounts(a, request), indicatorTableFromCounts(b, request)]);
    expect(merged.cells.map((c) => [c.key[0], c.count])).toEqual([
      ['ES', null],
      ['NL', null],
    ]);
    expect(merged.total).toEqual({ count: null, suppressed: true, label: 'suppressed (< 11)' });
  });

  it('leaves big parts alone, and the owner sees everything', () => {
    const c = [{ key: ['NL'], count: 12, recordedByViewer: false }];
    const whole = indicatorTableFromCounts([...c, ...b], request);
    const merged = protectAcrossParts(whole, [indicatorTableFromCounts(c, request), indicatorTableFromCounts(b, request)]);
    expect(merged.cells.map((x) => x.count)).toEqual([11, 12]);
    expect(merged.total.count).toBe(23);
    const own = [{ key: ['NL'], count: 3, recordedByViewer: true }];
    const mine = indicatorTableFromCounts([...own, { key: ['ES'], count: 11, recordedByViewer: true }], request);
    expect(protectAcrossParts(mine, [indicatorTableFromCounts(own, request)]).cells.map((x) => x.count)).toEqual([11, 3]);
  });
});
