import { protectFlows } from '../flow-protection';

const shown = (n: number) => ({ count: n, suppressed: false, label: String(n) });
const hidden = (k = 11) => ({ count: null, suppressed: true, label: `suppressed (< ${k})` });

describe('protectFlows', () => {
  const groups = [
    { from: 'Europe', to: 'Europe', count: 40 },
    { from: 'Africa', to: 'Europe', count: 6 },
    { from: 'Asia', to: 'Europe', count: 7 },
    { from: null, to: 'Europe', count: 12 },
    { from: 'Asia', to: null, count: 0 },
  ];

  it('owner: exact, nothing suppressed', () => {
    const p = protectFlows(groups, { viewerIsOwner: true });
    expect(p.flows).toEqual([
      { from: 'Europe', to: 'Europe', count: 40 },
      { from: 'Asia', to: 'Europe', count: 7 },
      { from: 'Africa', to: 'Europe', count: 6 },
    ]);
    expect([p.suppressedFlows, p.suppressedRecords, p.unknownOrigin, p.unknownDestination, p.unknownBoth, p.total]).toEqual([0, shown(0), shown(12), shown(0), shown(0), shown(65)]);
  });

  it('others: two small flows (6 + 7 = 13 ≥ 11) are suppressed together, nothing more', () => {
    const p = protectFlows(groups, { viewerIsOwner: false });
    expect(p.flows).toEqual([{ from: 'Europe', to: 'Europe', count: 40 }]);
    expect(p.suppressedFlows).toBe(2);
    expect(p.suppressedRecords).toEqual(shown(13));
    expect(p.unknownOrigin).toEqual(shown(12));
    expect(p.total).toEqual(shown(65));
  });

  it('others: one small flow takes another flow of its row with it, as the one-way tables publish the margins', () => {
    // Origin × destination: A→B 30, A→C 3, ?→B 12, ?→C 0. One-way tables: citizenship A 33, UNKNOWN 12 (both
    // shown); country of exploitation B 42, C 3 (C small, so B goes with it); total 45. In the two-way table the row
    // total A = 33 stays shown (the citizenship table shows it), so A→C is protected inside its row: A→B is
    // suppressed too. The unknown origin (12 + 0) is shown; suppressed records = 45 − 12 = 33.
    const p = protectFlows([{ from: 'A', to: 'B', count: 30 }, { from: 'A', to: 'C', count: 3 }, { from: null, to: 'B', count: 12 }], { viewerIsOwner: false });
    expect(p.flows).toEqual([]);
    expect(p.suppressedFlows).toBe(2);
    expect(p.unknownOrigin).toEqual(shown(12));
    expect(p.suppressedRecords).toEqual(shown(33));
    expect(p.total).toEqual(shown(45));
  });

  it("the viewer's own records in a flow are not others': padding a small flow up to k does not show it", () => {
    // A→B: 3 of another agency's + 8 of the viewer's = 11; A→C 30 of another agency's.
    const p = protectFlows([{ from: 'A', to: 'B', count: 11, own: 8 }, { from: 'A', to: 'C', count: 30, own: 0 }], { viewerIsOwner: false });
    expect(p.flows).toEqual([]);
    expect(p.suppressedFlows).toBe(2);
    expect(p.total).toEqual(shown(41));
  });

  it('others: a total below k is suppressed, and so is the count of suppressed records', () => {
    const p = protectFlows([{ from: 'A', to: 'B', count: 4 }, { from: 'A', to: 'C', count: 3 }], { viewerIsOwner: false, k: 11 });
    expect(p.flows).toEqual([]);
    expect(p.suppressedFlows).toBe(2);
    expect(p.total).toEqual(hidden());
    expect(p.suppressedRecords).toEqual(hidden());
  });
});
