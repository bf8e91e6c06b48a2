import type { CountryImpact } from '../country.documents';
import { formatCalendarDate, glotipText, impactChartModel, tierLabel, tierOfRank, tierRank, yearPosition } from '../country-view';
import { englishTranslator } from '../../__tests__/english';

const _ = englishTranslator();

describe('country view helpers', () => {
  it('orders the TIP tiers Tier 1, Tier 2, Tier 2 Watch List, Tier 3 and leaves special cases unranked', () => {
    expect(['TIER_1', 'TIER_2', 'TIER_2_WATCH_LIST', 'TIER_3', 'SPECIAL_CASE', 'NOT_RATED'].map(tierRank)).toEqual([1, 2, 3, 4, null, null]);
    expect([1, 2, 3, 4, 2.5].map((rank) => tierOfRank(rank, _))).toEqual(['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', '']);
    expect(tierLabel('NOT_RATED', _)).toBe('Not rated');
  });

  it('places a date on a year axis by the UTC day (2008 is a leap year: 1 July is day 183 of 366)', () => {
    expect(yearPosition('2005-01-01')).toBe(2005);
    expect(yearPosition('2008-07-01')).toBeCloseTo(2008 + 182 / 366, 10);
    expect(yearPosition('1 July 2008')).toBeNaN();
    expect(formatCalendarDate('2005-01-01')).toBe('1 January 2005');
  });

  it('draws suppressed GLOTIP totals as gaps marked "<5", never as zero, and widens the axis to the law markers', () => {
    const impact: CountryImpact = {
      code: 'NL',
      name: 'Netherlands',
      years: [
        { year: 2009, tipTier: 'TIER_1', detectedVictims: { count: 909, suppressed: false, published: '909' }, personsProsecuted: null, personsConvicted: { count: null, suppressed: true, published: '<5' } },
        { year: 2010, tipTier: 'TIER_1', detectedVictims: { count: 993, suppressed: false, published: '993' }, personsProsecuted: { count: 0, suppressed: false, published: '0' }, personsConvicted: null },
        { year: 2011, tipTier: 'TIER_1', detectedVictims: null, personsProsecuted: null, personsConvicted: null },
      ],
      lawMarkers: [{ id: 'a', title: 'Law A', enteredIntoForceOn: '2005-07-02' }],
      citations: [],
    };
    const model = impactChartModel(impact, _);
    expect(model?.lines.map((l) => [l.key, l.points.map((p) => p.y), l.suppressedYears])).toEqual([
      ['detectedVictims', [909, 993], []],
      ['personsProsecuted', [null, 0], []],
      ['personsConvicted', [null, null], [2009]],
    ]);
    expect(model?.min).toBe(2005);
    expect(model?.max).toBe(2010);
    expect(model?.markers.map((m) => m.label)).toEqual(['Law A (in force 2 July 2005)']);
    expect(glotipText(impact.years[0].personsConvicted, _)).toBe('suppressed (< 5)');
    expect(glotipText(impact.years[1].personsProsecuted, _)).toBe('0');
    expect(glotipText(null, _)).toBe('—');
  });
});
