/** indicatorTableFromCounts: counts aggregated elsewhere (a SQL GROUP BY) give the table the records would. */
import { crossTabulateCounts } from '../cross-tabulate';
import { indicatorTable, indicatorTableFromCounts } from '../indicators';
import { IndicatorKind, MULTIPLE, UNKNOWN } from '../types';
import { LABOUR, records, SEXUAL } from './fixtures';

describe('indicatorTableFromCounts', () => {
  const S = 'suppressed (< 11)';

  it('orders categories as crossTabulate does, fills zeros and adds up repeated keys', () => {
    // MALE 2 arrives in two pieces (1 + 1), as it would from two agencies' rows.
    const t = crossTabulateCounts(
      [
        { key: [UNKNOWN, 'ADULT'], count: 4 },
        { key: ['MALE', 'ADULT'], count: 1 },
        { key: ['FEMALE', 'MINOR'], count: 3 },
        { key: ['MALE', 'ADULT'], count: 1 },
      ],
      ['sex', 'ageGroup'],
    );
    expect(t.categories).toEqual([['FEMALE', 'MALE', UNKNOWN], ['ADULT', 'MINOR']]);
    expect(t.cells.map((c) => `${c.key.join('/')}=${c.count}`)).toEqual([
      'FEMALE/ADULT=0',
      'FEMALE/MINOR=3',
      'MALE/ADULT=2',
      'MALE/MINOR=0',
      'UNKNOWN/ADULT=4',
      'UNKNOWN/MINOR=0',
    ]);
    expect(t.total).toBe(9); // 4 + 1 + 3 + 1
  });

  it('protects for another agency exactly as the record-level table does', () => {
    // Forms: SEXUAL 30 (the viewer's own), LABOUR 12, both (MULTIPLE) 5, none (UNKNOWN) 3 (another agency's)
    // → total 50, of which others 20. Primary: MULTIPLE 5 and UNKNOWN 3 (others' part < 11); they are two and sum
    // to 8 < 11, so the smallest shown positive others' part, LABOUR 12, is hidden too (5 + 3 + 12 = 20 ≥ 11).
    // SEXUAL 30 (the viewer's own only) and the total 50 (others 20) stay.
    const cells = [
      { key: [SEXUAL], count: 30, recordedByViewer: true },
      { key: [LABOUR], count: 12, recordedByViewer: false },
      { key: [MULTIPLE], count: 5, recordedByViewer: false },
      { key: [UNKNOWN], count: 3, recordedByViewer: false },
    ];
    const t = indicatorTableFromCounts(cells, { dimensions: ['formOfExploitation'] });
    expect(t.viewerIsOwner).toBe(false);
    expect(t.categories).toEqual([[LABOUR, MULTIPLE, SEXUAL, UNKNOWN]]);
    expect(t.cells.map((c) => c.label)).toEqual([S, S, '30', S]);
    expect(t.total.label).toBe('50');

    const data = [
      ...records(30, { formsOfExploitation: [SEXUAL] }),
      ...records(12, { agencyId: 'other', formsOfExploitation: [LABOUR] }),
      ...records(5, { agencyId: 'other', formsOfExploitation: [LABOUR, SEXUAL] }),
      ...records(3, { agencyId: 'other', formsOfExploitation: [] }),
    ];
    expect(t).toEqual(indicatorTable(data, { indicator: IndicatorKind.VICTIM_IDENTIFIED, dimensions: ['formOfExploitation'], viewerAgencyId: 'nl-police' }));
  });

  it('is exact for the agency that recorded every cell, and an empty table counts as owned', () => {
    const owned = indicatorTableFromCounts([{ key: ['FEMALE'], count: 3, recordedByViewer: true }], { dimensions: ['sex'], k: 5 });
    expect(owned).toMatchObject({ viewerIsOwner: true, k: 5, total: { count: 3, suppressed: false } });
    expect(indicatorTableFromCounts([], { dimensions: ['sex'] })).toMatchObject({ viewerIsOwner: true, cells: [], total: { count: 0 } });
  });

  it('refuses keys of the wrong length and negative counts', () => {
    expect(() => crossTabulateCounts([{ key: ['FEMALE'], count: 1 }], ['sex', 'year'])).toThrow(RangeError);
    expect(() => crossTabulateCounts([{ key: ['FEMALE'], count: -1 }], ['sex'])).toThrow(RangeError);
  });
});
