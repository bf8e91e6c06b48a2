import type { IndicatorTableData } from '@taskforce/web-data-access';
import { barChartModel, categoryLabel, csvFileName, defaultFlowLevel, dimensionOptionsFor, figureText, formsNamedChartModel } from '../indicator-view';
import { englishTranslator } from './english';

const _ = englishTranslator();

const shown = (count: number) => ({ count, suppressed: false, label: String(count), threshold: null, perturbed: false });
const hidden = { count: null, suppressed: true, label: 'suppressed (< 11)', threshold: 11, perturbed: false };

/** A 2 × 2 table by sex and age group with two suppressed cells (hand-made). */
const TABLE: IndicatorTableData = {
  source: 'ctdc',
  indicator: 'VICTIM_IDENTIFIED',
  dimensions: ['SEX', 'AGE_GROUP'],
  categories: [
    ['FEMALE', 'MALE'],
    ['ADULT', 'UNKNOWN'],
  ],
  cells: [
    { key: ['FEMALE', 'ADULT'], ...shown(40), ownCount: null },
    { key: ['FEMALE', 'UNKNOWN'], ...hidden, ownCount: null },
    { key: ['MALE', 'ADULT'], ...shown(0), ownCount: null },
    { key: ['MALE', 'UNKNOWN'], ...hidden, ownCount: null },
  ],
  rowTotals: [shown(45), shown(12)],
  columnTotals: [shown(40), shown(17)],
  total: shown(57),
  k: 11,
  viewerIsOwner: false,
  percentages: null,
  rowPercentages: null,
  citation: 'Test citation',
};

describe('indicator view helpers', () => {
  it('keeps suppressed cells absent (null), never zero, and lists them; real zeros stay zero', () => {
    const model = barChartModel(TABLE, _);
    expect(model.categories).toEqual(['Female', 'Male']);
    expect(model.series).toEqual([
      { name: 'Adult', values: [40, 0] },
      { name: 'Unknown', values: [null, null] },
    ]);
    expect(model.suppressed).toEqual(['Female, Unknown', 'Male, Unknown']);
  });

  it('draws one series for a one-dimensional table', () => {
    const oneWay: IndicatorTableData = {
      ...TABLE,
      dimensions: ['SEX'],
      categories: [['FEMALE', 'MALE', 'UNKNOWN']],
      cells: [
        { key: ['FEMALE'], ...shown(20), ownCount: null },
        { key: ['MALE'], ...hidden, ownCount: null },
        { key: ['UNKNOWN'], ...hidden, ownCount: null },
      ],
    };
    expect(barChartModel(oneWay, _).series).toEqual([{ name: 'Records', values: [20, null, null] }]);
  });

  it('reads figures as the server labels them', () => {
    expect(figureText(hidden, _)).toBe('suppressed (< 11)');
    expect(figureText(shown(9589), _)).toBe('9,589');
    expect(figureText(undefined, _)).toBe('—');
    expect(figureText({ ...hidden, ownCount: 1234 }, _)).toBe('suppressed (< 11) · yours: 1,234');
    expect(figureText({ ...hidden, ownCount: null }, _)).toBe('suppressed (< 11)');
    expect(figureText({ ...shown(12), ownCount: 12 }, _)).toBe('12');
    expect(categoryLabel('MULTIPLE', _)).toBe('Several forms');
    expect(categoryLabel('2019', _)).toBe('2019');
    expect(csvFileName('ctdc', ['SEX', 'AGE_GROUP'])).toBe('indicators-ctdc-sex-age_group.csv');
  });
});

describe('defaultFlowLevel', () => {
  it('opens agency-entered records at country level and public data sets at region level', () => {
    // Agencies record ISO countries and no regions; CTDC publishes regions only.
    expect(defaultFlowLevel('agency')).toBe('COUNTRY');
    expect(defaultFlowLevel('ctdc')).toBe('REGION');
  });
});

describe('dimensionOptionsFor', () => {
  it('offers CTDC its regions and not the countries and age bands it does not store; agencies the reverse', () => {
    const values = (source: string) => dimensionOptionsFor(source, _).map((o) => o.value);
    expect(values('ctdc')).toEqual(expect.arrayContaining(['CITIZENSHIP_REGION', 'EXPLOITATION_REGION', 'SEX', 'FORM_OF_EXPLOITATION']));
    expect(values('ctdc')).not.toEqual(expect.arrayContaining(['CITIZENSHIP']));
    expect(values('ctdc')).not.toContain('AGE_BAND');
    expect(values('agency')).toEqual(expect.arrayContaining(['CITIZENSHIP', 'COUNTRY_OF_EXPLOITATION', 'AGE_BAND']));
    expect(values('agency')).not.toContain('CITIZENSHIP_REGION');
  });
});

describe('formsNamedChartModel', () => {
  it('draws each form alone and named at all, leaves suppressed figures out (never 0) and lists them', () => {
    const model = formsNamedChartModel({
      source: 'agency',
      indicator: 'VICTIM_IDENTIFIED',
      rows: [
        { form: 'SEXUAL_EXPLOITATION', alone: shown(200), named: hidden },
        { form: 'FORCED_LABOUR', alone: shown(0), named: shown(25) },
      ],
      severalForms: shown(25),
      unknown: shown(3),
      total: shown(228),
      k: 11,
      viewerIsOwner: false,
      note: 'n',
      citation: 'c',
    }, _);
    expect(model.categories).toEqual(['Sexual exploitation', 'Forced labour']);
    expect(model.series.map((s) => s.values)).toEqual([
      [200, 0],
      [null, 25],
    ]);
    expect(model.suppressed).toEqual(['Sexual exploitation, named']);
  });
});
