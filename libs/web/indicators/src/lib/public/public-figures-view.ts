import type { BarChartModel } from '../indicator-view';
import type { GlotipBreakdown } from '@taskforce/web-data-access';
import type { GlotipBreakdownRow, GlotipBreakdownTable, PalermoRatificationSeries, PublishedFigure, TipTierDistribution } from './public-figures.documents';

/** The four tiers of the US TIP Report, best first, with the field of a year's distribution each is counted in. */
export const TIER_SERIES = [
  { key: 'tier1', label: 'Tier 1' },
  { key: 'tier2', label: 'Tier 2' },
  { key: 'tier2WatchList', label: 'Tier 2 Watch List' },
  { key: 'tier3', label: 'Tier 3' },
] as const;

/** A stacked bar per report year, one series per tier (countries listed without a tier are in the table only). */
export function tierDistributionChartModel(distribution: TipTierDistribution): BarChartModel {
  return {
    categories: distribution.years.map((y) => String(y.year)),
    series: TIER_SERIES.map((tier) => ({ name: tier.label, values: distribution.years.map((y) => y[tier.key]) })),
    suppressed: [],
  };
}

/** The cumulative ratifications as points of a line (x = year, y = states that had ratified by its end). */
export function ratificationPoints(series: PalermoRatificationSeries): Array<{ x: number; y: number }> {
  return series.years.map((y) => ({ x: y.year, y: y.cumulative }));
}

/** The breakdowns in the order of the menu, with their names. */
export const GLOTIP_BREAKDOWN_LABELS: Readonly<Record<GlotipBreakdown, string>> = {
  SEX: 'Sex',
  AGE: 'Age',
  SEX_AND_AGE: 'Sex and age',
  FORM_OF_EXPLOITATION: 'Form of exploitation',
  CITIZENSHIP: 'Citizenship',
  COUNTRY_OF_REPATRIATION: 'Country of repatriation',
};

/** How a published figure reads: "1,234", or "<5" as UNODC published it (never 0 or 5). */
export function publishedText(figure: PublishedFigure | null | undefined): string {
  if (!figure) return '—';
  if (figure.suppressed || figure.count === null) return '<5';
  return figure.count.toLocaleString('en-GB');
}

/** The label of a breakdown row: the category, or the sex and age it is about ("Female", "0 to 17 years", "Female, 0 to 17 years"). */
export function glotipRowLabel(breakdown: GlotipBreakdown, row: GlotipBreakdownRow): string {
  if (row.sex === 'Unknown' && row.age === 'Unknown' && (breakdown === 'SEX' || breakdown === 'AGE')) return 'Unknown sex and age';
  switch (breakdown) {
    case 'SEX':
      return row.sex;
    case 'AGE':
      return row.age;
    case 'SEX_AND_AGE':
      return `${row.sex}, ${row.age}`;
    default:
      return row.category === '' ? 'Not stated (blank in the file)' : row.category;
  }
}

/** A bar per row; a "<5" row is no bar (null, never 0) and is listed, as the chart writes "<5" in its place. */
export function glotipChartModel(table: GlotipBreakdownTable): BarChartModel {
  const labels = table.rows.map((row) => glotipRowLabel(table.breakdown, row));
  return {
    categories: labels,
    series: [{ name: table.indicator, values: table.rows.map((row) => (row.figure.suppressed ? null : row.figure.count)) }],
    suppressed: table.rows.flatMap((row, i) => (row.figure.suppressed ? [labels[i]] : [])),
  };
}
