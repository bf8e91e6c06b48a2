/**
 * Contributor-aware, linked and audited small-cell protection (docs/disclosure-control.md), on scenario tables
 * worked out by hand (k = 11). `own` is the viewer's agency's part of each cell.
 */
import { AggregatedCell, protectForViewer } from '../indicators';
import { auditIntervals, chooseSuppression, pinnedFigures } from '../suppression-engine';
import { ProtectedTable } from '../types';

const pattern = (t: ProtectedTable) => [
  t.cells.map((c) => (c.suppressed ? '×' : String(c.count))).join(' '),
  t.marginals.map((m) => m.map((f) => (f.suppressed ? '×' : String(f.count))).join(' ')).join(' | '),
  t.total.suppressed ? '×' : String(t.total.count),
];

describe('contributor-aware primary suppression', () => {
  it('a figure made only of the viewer’s own records is exact, however small', () => {
    const t = protectForViewer(
      [
        { key: ['MD'], count: 2, own: 2 },
        { key: ['RO'], count: 30, own: 0 },
      ],
      { dimensions: ['citizenship'] },
    );
    expect(pattern(t)).toEqual(['2 30', '2 30', '32']);
    expect(t.viewerIsOwner).toBe(false);
  });

  it('judges a cell on the others’ part: padding it with own records, all at once or one at a time, never shows it', () => {
    // Another agency: MD 3, RO 45. The viewer adds 0 … 20 of its own to MD. MD's others' part stays 3 → suppressed,
    // with RO (the only other cell) beside it; the total (others 48) stays shown. Same pattern at every step.
    for (let pad = 0; pad <= 20; pad++) {
      const t = protectForViewer(
        [
          { key: ['MD'], count: 3 + pad, own: pad },
          { key: ['RO'], count: 45, own: 0 },
        ],
        { dimensions: ['citizenship'] },
      );
      expect(pattern(t)).toEqual(['× ×', '× ×', String(48 + pad)]);
    }
  });

  it('the two-way table: row total minus one’s own cells gives nothing away', () => {
    // Rows MD, RO × FEMALE, MALE. MD×FEMALE 3 (another agency's), MD×MALE 8 (all the viewer's), RO 20 / 25 (others').
    // One-way citizenship: MD others 3 → suppressed, RO 45 with it; one-way sex: FEMALE 23, MALE 33 (others 25)
    // shown. Two-way: margins as the one-way tables; MD×FEMALE suppressed, and in column FEMALE (shown) RO×FEMALE 20
    // with it. MD×MALE (the viewer's own) and RO×MALE stay.
    const cells: AggregatedCell[] = [
      { key: ['MD', 'FEMALE'], count: 3, own: 0 },
      { key: ['MD', 'MALE'], count: 8, own: 8 },
      { key: ['RO', 'FEMALE'], count: 20, own: 0 },
      { key: ['RO', 'MALE'], count: 25, own: 0 },
    ];
    const t = protectForViewer(cells, { dimensions: ['citizenship', 'sex'] });
    expect(pattern(t)).toEqual(['× 8 × 25', '× × | 23 33', '56']);
  });

  it('the owner of every record sees everything exactly', () => {
    const t = protectForViewer([{ key: ['MD', 'FEMALE'], count: 3, recordedByViewer: true }], { dimensions: ['citizenship', 'sex'] });
    expect(t.viewerIsOwner).toBe(true);
    expect(pattern(t)).toEqual(['3', '3 | 3', '3']);
  });
});

describe('secondary suppression consistent over linked tables', () => {
  // Rows MD, NG × FEMALE, MALE: MD 3 / 40, NG 12 / 0 — nobody's records are the viewer's.
  const cells: AggregatedCell[] = [
    { key: ['MD', 'FEMALE'], count: 3, own: 0 },
    { key: ['MD', 'MALE'], count: 40, own: 0 },
    { key: ['NG', 'FEMALE'], count: 12, own: 0 },
  ];

  it('keeps the margins the one-way tables show and suppresses interior cells, a zero included, instead', () => {
    // One-way citizenship MD 43, NG 12 and sex FEMALE 15, MALE 40: nothing small, all shown. Two-way: MD×FEMALE 3;
    // row MD (43 shown) → MD×MALE 40; column FEMALE (15 shown) → NG×FEMALE 12; row NG (12 shown) has no other
    // positive cell → its zero NG×MALE. Column MALE: 40 + 0, two suppressed, sum 40 ≥ 11.
    const two = protectForViewer(cells, { dimensions: ['citizenship', 'sex'] });
    expect(pattern(two)).toEqual(['× × × ×', '43 12 | 15 40', '55']);
    const byCitizenship = protectForViewer(cells.map((c) => ({ ...c, key: [c.key[0]] })), { dimensions: ['citizenship'] });
    const bySex = protectForViewer(cells.map((c) => ({ ...c, key: [c.key[1]] })), { dimensions: ['sex'] });
    expect(pattern(byCitizenship)).toEqual(['43 12', '43 12', '55']);
    expect(pattern(bySex)).toEqual(['15 40', '15 40', '55']);
  });

  it('the audit bounds the small cell to more than one value', () => {
    // Others' parts MD×F = x, MD×M = 43 − x, NG×F = 15 − x, NG×M = x − 3 ≥ 0: x in [3, 15].
    const system = {
      others: [3, 40, 12, 0, 43, 12, 15, 40, 55],
      relations: [
        { parts: [0, 1], whole: 4 },
        { parts: [2, 3], whole: 5 },
        { parts: [0, 2], whole: 6 },
        { parts: [1, 3], whole: 7 },
        { parts: [4, 5], whole: 8 },
        { parts: [6, 7], whole: 8 },
      ],
    };
    const hidden = [true, true, true, true, false, false, false, false, false];
    expect(auditIntervals(system, hidden, 11)[0]).toEqual([3, 15]);
    expect(pinnedFigures(system, hidden, 11)).toEqual([]);
    // With the zero shown (as a protection that never suppresses zeros would), x = 15 − 12 = 3: pinned.
    const zeroShown = [true, true, true, false, false, false, false, false, false];
    expect(auditIntervals(system, zeroShown, 11)[0]).toEqual([3, 3]);
    expect(pinnedFigures(system, zeroShown, 11)).toEqual([0]);
  });

  it('complementary suppression leaves figures a linked table publishes as they are', () => {
    // A 1-D table a, b, c with total 40 where b and the total are fixed shown (published elsewhere): a = 3 small.
    // Complementary suppression takes c, not b; then a + c = 40 − 20 and a lies in [1, 20].
    const system = { others: [3, 20, 17, 40], relations: [{ parts: [0, 1, 2], whole: 3 }], fixed: [undefined, false, undefined, false] };
    const hidden = chooseSuppression(system, 11);
    expect(hidden).toEqual([true, false, true, false]);
    expect(auditIntervals(system, hidden, 11)[0]).toEqual([1, 20]);
  });
});

describe('flows as origin × destination with the one-way tables as margins', () => {
  it('a small flow is protected inside the destination column the country-of-exploitation table shows', () => {
    // MD→NL 3, RO→NL 20, RO→BE 15 (MD→BE 0). Citizenship: MD 3 small → RO 35 suppressed with it. Country of
    // exploitation: BE 15, NL 23 shown. Two-way, relations in order: row RO (suppressed) has every cell shown →
    // its smallest, RO→BE 15; column BE (15 shown) then holds one suppressed cell and no other positive one → its
    // zero MD→BE; column NL (23 shown): MD→NL 3 alone → RO→NL 20. NL 23 minus the shown flows no longer gives MD→NL.
    const t = protectForViewer(
      [
        { key: ['MD', 'NL'], count: 3, own: 0 },
        { key: ['RO', 'NL'], count: 20, own: 0 },
        { key: ['RO', 'BE'], count: 15, own: 0 },
      ],
      { dimensions: ['citizenship', 'countryOfExploitation'] },
    );
    expect(t.categories).toEqual([['MD', 'RO'], ['BE', 'NL']]);
    expect(pattern(t)).toEqual(['× × × ×', '× × | 15 23', '38']);
  });
});
