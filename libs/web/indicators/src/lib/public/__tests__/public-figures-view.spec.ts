import { glotipChartModel, glotipRowLabel, publishedText, ratificationPoints, tierDistributionChartModel } from '../public-figures-view';
import { englishTranslator } from '../../__tests__/english';
import type { GlotipBreakdownTable } from '../public-figures.documents';

const published = (count: number) => ({ count, suppressed: false, published: count.toLocaleString('en-GB') });
const lessThanFive = { count: null, suppressed: true, published: '<5' };

const _ = englishTranslator();

describe('public figures view helpers', () => {
  it('reads "<5" as UNODC published it, never as 0 or 5, and leaves its bar out', () => {
    expect(publishedText(lessThanFive)).toBe('<5');
    expect(publishedText(published(10070))).toBe('10,070');
    expect(publishedText(null)).toBe('—');
    const table: GlotipBreakdownTable = {
      code: 'NL',
      name: 'Netherlands',
      indicator: 'Detected trafficking victims',
      year: 2018,
      breakdown: 'SEX',
      rows: [
        { category: 'Total', sex: 'Female', age: 'Total', figure: published(419) },
        { category: 'Total', sex: 'Other', age: 'Total', figure: lessThanFive },
        { category: 'Total', sex: 'Unknown', age: 'Unknown', figure: lessThanFive },
      ],
      total: published(668),
      suppressedRows: 2,
      note: 'n',
      citation: 'UNODC, Global Report on Trafficking in Persons',
    };
    const model = glotipChartModel(table, _);
    expect(model.categories).toEqual(['Female', 'Other', 'Unknown sex and age']);
    expect(model.series[0].values).toEqual([419, null, null]);
    expect(model.suppressed).toEqual(['Other', 'Unknown sex and age']);
    expect(glotipRowLabel('SEX_AND_AGE', { category: 'Total', sex: 'Male', age: '0 to 17 years', figure: lessThanFive }, _)).toBe('Male, 0 to 17 years');
    expect(glotipRowLabel('CITIZENSHIP', { category: 'Nigeria', sex: 'Total', age: 'Total', figure: lessThanFive }, _)).toBe('Nigeria');
    expect(glotipRowLabel('CITIZENSHIP', { category: '', sex: 'Total', age: 'Total', figure: published(33) }, _)).toBe('Not stated (blank in the file)');
  });

  it('stacks the four tiers per year and draws the cumulative ratifications', () => {
    const model = tierDistributionChartModel({
      years: [
        { year: 2001, tier1: 20, tier2: 50, tier2WatchList: 0, tier3: 23, notRated: 100 },
        { year: 2002, tier1: 18, tier2: 53, tier2WatchList: 10, tier3: 19, notRated: 93 },
      ],
      citation: 'c',
    }, _);
    expect(model.categories).toEqual(['2001', '2002']);
    expect(model.series.map((s) => [s.name, s.values])).toEqual([
      ['Tier 1', [20, 18]],
      ['Tier 2', [50, 53]],
      ['Tier 2 Watch List', [0, 10]],
      ['Tier 3', [23, 19]],
    ]);
    expect(ratificationPoints({ years: [{ year: 2001, ratified: 4, cumulative: 4 }, { year: 2002, ratified: 17, cumulative: 21 }], citation: 'c' })).toEqual([
      { x: 2001, y: 4 },
      { x: 2002, y: 21 },
    ]);
  });
});
