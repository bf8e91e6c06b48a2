/**
 * Small-cell protection: primary suppression (0 < count < k), complementary suppression so that no suppressed
 * figure can be recovered from the totals shown, exact figures for the recording agency.
 */
import { crossTabulate } from '../cross-tabulate';
import { indicatorTable } from '../indicators';
import { suppressSmallCells } from '../suppression';
import { CaseRecord, IndicatorKind, ProtectedTable } from '../types';
import { records } from './fixtures';

const OUT = { viewerIsOwner: false };
const byYear = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([year, n]) => records(n, { year: Number(year) }));
/** `2019=20 2020=suppressed …` — what the screen shows, cell by cell. */
const shown = (t: ProtectedTable) => t.cells.map((c) => `${c.key.join('/')}=${c.label}`);

describe('1-D breakdown with a shown total', () => {
  it('suppresses a small cell and the next-smallest cell, keeping the total', () => {
    // 2019: 30, 2020: 4 (< 11, primary), 2021: 12, 2022: 20; total 66.
    // 4 alone could be recovered as 66 − 30 − 12 − 20, so the next-smallest, 12, goes too (4 + 12 = 16 ≥ 11).
    const t = suppressSmallCells(crossTabulate(byYear({ 2019: 30, 2020: 4, 2021: 12, 2022: 20 }), ['year']), 11, OUT);
    expect(shown(t)).toEqual(['2019=30', '2020=suppressed (< 11)', '2021=suppressed (< 11)', '2022=20']);
    expect(t.total).toEqual({ count: 66, suppressed: false, label: '66' });
    expect(t.cells[1].count).toBeNull();
  });

  it('shows zeros and never uses a zero as the complementary cell', () => {
    // 2019: 30, 2020: 0, 2021: 5 (primary); the only non-zero shown cell is 2019 (30), so it goes.
    const data = byYear({ 2019: 30, 2021: 5 });
    const t = suppressSmallCells(crossTabulate(data, ['year'], { categories: { year: ['2019', '2020', '2021'] } }), 11, OUT);
    expect(shown(t)).toEqual(['2019=suppressed (< 11)', '2020=0', '2021=suppressed (< 11)']);
    expect(t.total.label).toBe('35');
  });

  it('adds cells until the suppressed ones sum to at least k', () => {
    // 3 and 2 are both primary, but 3 + 2 = 5 < 11 would pin each to 1–4; the smallest other cell (25) joins.
    const t = suppressSmallCells(crossTabulate(byYear({ 2019: 3, 2020: 2, 2021: 25, 2022: 30 }), ['year']), 11, OUT);
    expect(t.cells.map((c) => c.suppressed)).toEqual([true, true, true, false]);
    expect(t.total.count).toBe(60);
  });

  it('suppresses the total when it is itself small', () => {
    // 3 + 4 = 7 < 11: both cells and the total are primary
    const t = suppressSmallCells(crossTabulate(byYear({ 2019: 3, 2020: 4 }), ['year']), 11, OUT);
    expect(shown(t)).toEqual(['2019=suppressed (< 11)', '2020=suppressed (< 11)']);
    expect(t.total.suppressed).toBe(true);
  });

  it('suppresses the total when no other cell can hide the small one', () => {
    // 2019: 6, 2020: 0 — no non-zero partner: the total (6, itself < 11) is suppressed; with k = 5, 6 is shown
    const data = byYear({ 2019: 6 });
    const table = crossTabulate(data, ['year'], { categories: { year: ['2019', '2020'] } });
    expect(suppressSmallCells(table, 11, OUT).total.suppressed).toBe(true);
    expect(shown(suppressSmallCells(table, 5, OUT))).toEqual(['2019=6', '2020=0']);
  });

  it('uses the default k = 11 and the configured k', () => {
    const table = crossTabulate(byYear({ 2019: 10, 2020: 11, 2021: 40 }), ['year']);
    expect(suppressSmallCells(table, undefined, OUT).cells.map((c) => c.suppressed)).toEqual([true, true, false]);
    // k = 5: 10 and 11 are both shown
    expect(shown(suppressSmallCells(table, 5, OUT))).toEqual(['2019=10', '2020=11', '2021=40']);
    expect(suppressSmallCells(table, 5, OUT).cells[0].label).toBe('10');
    expect(() => suppressSmallCells(table, 0, OUT)).toThrow(RangeError);
    expect(() => suppressSmallCells(table, 2.5, OUT)).toThrow(RangeError);
  });

  it('shows the recording agency its exact counts', () => {
    const t = suppressSmallCells(crossTabulate(byYear({ 2019: 30, 2020: 4 }), ['year']), 11, { viewerIsOwner: true });
    expect(shown(t)).toEqual(['2019=30', '2020=4']);
    expect(t.viewerIsOwner).toBe(true);
  });
});

describe('2-D tables: complementary cells in rows and columns', () => {
  const grid = (rows: Record<string, number[]>, years: number[]): CaseRecord[] =>
    Object.entries(rows).flatMap(([sex, counts]) =>
      counts.flatMap((n, i) => records(n, { sex: sex as CaseRecord['sex'], year: years[i] })),
    );

  it('suppresses a second cell in the row and in each column of a small cell', () => {
    //            2019  2020  2021 | row
    // FEMALE      20     4    25  |  49
    // MALE        30    18    22  |  70
    // column      50    22    47  | 119
    // 4 is primary. Row FEMALE: next-smallest 20 → hidden. Column 2019 now holds 20 alone → 30 hidden;
    // column 2020 holds 4 alone → 18 hidden. Then every line has two hidden cells summing ≥ 11 (24, 48, 50, 22).
    // Recovery fails: with x = FEMALE/2020, FEMALE/2019 = 24 − x, MALE/2020 = 22 − x, MALE/2019 = 26 + x, x ∈ 0…22.
    const t = suppressSmallCells(crossTabulate(grid({ FEMALE: [20, 4, 25], MALE: [30, 18, 22] }, [2019, 2020, 2021]), ['sex', 'year']), 11, OUT);
    expect(shown(t)).toEqual([
      'FEMALE/2019=suppressed (< 11)',
      'FEMALE/2020=suppressed (< 11)',
      'FEMALE/2021=25',
      'MALE/2019=suppressed (< 11)',
      'MALE/2020=suppressed (< 11)',
      'MALE/2021=22',
    ]);
    expect(t.marginals.map((m) => m.map((f) => f.label))).toEqual([
      ['49', '70'],
      ['50', '22', '47'],
    ]);
    expect(t.total.label).toBe('119');
  });

  it('suppresses a small row total and a second row total beside it', () => {
    //            2019  2020  2021 | row
    // FEMALE       5     0     0  |   5  ← 5 and its row total are primary
    // MALE        30    18    22  |  70
    // column      35    18    22  |  75
    // Column 2019 holds 5 alone → 30 hidden. Row totals → grand total holds 5 alone → 70 hidden.
    // Row MALE: its total is hidden and it has a hidden cell, so 18 and 22 stay. Zeros stay.
    const t = suppressSmallCells(crossTabulate(grid({ FEMALE: [5, 0, 0], MALE: [30, 18, 22] }, [2019, 2020, 2021]), ['sex', 'year']), 11, OUT);
    expect(shown(t)).toEqual([
      'FEMALE/2019=suppressed (< 11)',
      'FEMALE/2020=0',
      'FEMALE/2021=0',
      'MALE/2019=suppressed (< 11)',
      'MALE/2020=18',
      'MALE/2021=22',
    ]);
    expect(t.marginals[0].map((f) => f.label)).toEqual(['suppressed (< 11)', 'suppressed (< 11)']);
    expect(t.marginals[1].map((f) => f.label)).toEqual(['35', '18', '22']);
    expect(t.total.label).toBe('75');
  });

  it('hides a cell when a hidden total could otherwise be added up from its shown cells', () => {
    //            2019  2020 | row
    // FEMALE       3     0  |   3   ← 3 and its row total primary
    // MALE        12    14  |  26
    // OTHER       40    50  |  90
    // column      55    64  | 119
    // Column 2019: 3 alone → 12 hidden (3 + 12 = 15). Row totals line: 3 alone → next smallest row total 26 hidden.
    // Row MALE: total hidden, one hidden cell (12) → nothing more. No row has a hidden total with all cells shown.
    const t = suppressSmallCells(
      crossTabulate(grid({ FEMALE: [3, 0], MALE: [12, 14], OTHER: [40, 50] }, [2019, 2020]), ['sex', 'year']),
      11,
      OUT,
    );
    expect(t.cells.filter((c) => c.suppressed).map((c) => c.key.join('/'))).toEqual(['FEMALE/2019', 'MALE/2019']);
    expect(t.marginals[0].map((f) => f.suppressed)).toEqual([true, true, false]);
    // check by hand that nothing hidden is recoverable: column 2019 gives F + M = 55 − 40 = 15, the row totals give
    // rowF + rowM = 119 − 90 = 29, row MALE gives rowM = M + 14, row FEMALE gives rowF = F. One free unknown.
    expect(t.total.count).toBe(119);
  });

  it('refuses three dimensions rather than protect them wrongly', () => {
    expect(() => suppressSmallCells(crossTabulate(records(3), ['sex', 'year', 'ageGroup']), 11, OUT)).toThrow(/at most 2/);
  });
});

describe('indicatorTable: the figure leaves the recording agency', () => {
  const data = [
    ...records(30, { sex: 'FEMALE', agencyId: 'nl-police' }),
    ...records(4, { sex: 'MALE', agencyId: 'nl-police' }),
    ...records(7, { sex: 'MALE', agencyId: 'nl-police', indicator: IndicatorKind.CONVICTION }),
  ];

  it('is exact for the recording agency and suppressed for another', () => {
    const own = indicatorTable(data, { indicator: IndicatorKind.VICTIM_IDENTIFIED, dimensions: ['sex'], viewerAgencyId: 'nl-police' });
    expect(shown(own)).toEqual(['FEMALE=30', 'MALE=4']);
    const other = indicatorTable(data, { indicator: IndicatorKind.VICTIM_IDENTIFIED, dimensions: ['sex'], viewerAgencyId: 'ro-police' });
    // 4 primary, 30 complementary (the only other cell); total 34 shown
    expect(shown(other)).toEqual(['FEMALE=suppressed (< 11)', 'MALE=suppressed (< 11)']);
    expect(other.total.label).toBe('34');
  });

  it("judges a table mixing agencies on the other agencies' part: the viewer's own small cell stays exact", () => {
    const mixed = [...data, ...records(20, { sex: 'FEMALE', agencyId: 'ro-police' })];
    const t = indicatorTable(mixed, { indicator: IndicatorKind.VICTIM_IDENTIFIED, dimensions: ['sex'], viewerAgencyId: 'nl-police', k: 5 });
    // FEMALE 30 (NL) + 20 (RO) = 50: others' part 20 ≥ 5, shown; MALE 4, all NL's: others' part 0, exact; total 54.
    expect(t.viewerIsOwner).toBe(false);
    expect(shown(t)).toEqual(['FEMALE=50', 'MALE=4']);
    expect(t.total.count).toBe(54);
  });

  it("hides a cell whose other agencies' part is small however much the viewer pads it", () => {
    // RO records 3 MALE; NL (the viewer) pads MALE with 0, 8, 20 of its own; FEMALE holds RO's 30.
    for (const pad of [0, 8, 20]) {
      const padded = [
        ...records(30, { sex: 'FEMALE', agencyId: 'ro-police' }),
        ...records(3, { sex: 'MALE', agencyId: 'ro-police' }),
        ...records(pad, { sex: 'MALE', agencyId: 'nl-police' }),
      ];
      const t = indicatorTable(padded, { indicator: IndicatorKind.VICTIM_IDENTIFIED, dimensions: ['sex'], viewerAgencyId: 'nl-police' });
      // MALE: others' part 3 → suppressed; FEMALE 30 suppressed with it (the only other cell); total 33 + pad shown.
      expect(shown(t)).toEqual(['FEMALE=suppressed (< 11)', 'MALE=suppressed (< 11)']);
      expect(t.total.count).toBe(33 + pad);
    }
  });
});
