import { alpha2OfFeature, arcPath, flowWidth, REGION_ANCHORS } from '../map-geometry';

describe('map geometry', () => {
  it('maps ISO 3166-1 numeric ids of world-atlas features to alpha-2, zero-padded or not', () => {
    // ISO 3166-1: Romania 642, Netherlands 528, Spain 724, Nigeria 566, Thailand 764, Afghanistan 004.
    expect(['642', '528', '724', '566', '764', '004', 4].map((id) => alpha2OfFeature({ id }))).toEqual(['RO', 'NL', 'ES', 'NG', 'TH', 'AF', 'AF']);
  });

  it('handles the features without an ISO numeric code explicitly', () => {
    expect(alpha2OfFeature({ properties: { name: 'Kosovo' } })).toBe('XK');
    expect(alpha2OfFeature({ properties: { name: 'N. Cyprus' } })).toBeNull();
    expect(alpha2OfFeature({ properties: { name: 'Somaliland' } })).toBeNull();
    expect(alpha2OfFeature({ id: '999' })).toBeNull();
  });

  it('anchors the CTDC regions', () => {
    for (const region of ['Africa', 'Americas/Oceania', 'Asia', 'Europe']) expect(REGION_ANCHORS[region]).toHaveLength(2);
  });

  it('scales widths by the square root of the count, 1.5 px to the widest', () => {
    expect(flowWidth(100, 100)).toBe(10);
    expect(flowWidth(25, 100)).toBeCloseTo(1.5 + 8.5 * 0.5);
    expect(flowWidth(0, 100)).toBe(1.5);
    expect(flowWidth(4, 4, 5)).toBe(5);
    expect(flowWidth(1, 4, 5)).toBeCloseTo(1.5 + 3.5 * 0.5);
  });

  it('bends arcs to the left of travel and loops a flow onto itself', () => {
    // From (0,0) to (100,0): midpoint (50,0), left of travel on screen is up (y − 20).
    expect(arcPath([0, 0], [100, 0])).toBe('M0,0 Q50,-20 100,0');
    expect(arcPath([100, 0], [0, 0])).toBe('M100,0 Q50,20 0,0');
    expect(arcPath([10, 10], [10, 10], 0.2, 20)).toBe('M10,10 C-2,-10 22,-10 10,10');
  });
});
