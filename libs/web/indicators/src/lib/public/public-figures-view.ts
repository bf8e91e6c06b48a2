import type { BarChartModel } from '../indicator-view';
import type { GlotipBreakdown } from '@taskforce/web-data-access';
import { formatNumber, messageId } from '@taskforce/web-ui';
import type { Translate } from '../translate';
import type { GlotipBreakdownRow, GlotipBreakdownTable, PalermoRatificationSeries, PublishedFigure, TipTierDistribution } from './public-figures.documents';

/**
 * The four tiers of the US TIP Report, best first, with the field of a year's distribution each is counted in and
 * the message id (catalogue `indicators`) of its name.
 */
export const TIER_SERIES = [
  { key: 'tier1', label: messageId('indicators.tier.tier1') },
  { key: 'tier2', label: messageId('indicators.tier.tier2') },
  { key: 'tier2WatchList', label: messageId('indicators.tier.tier2WatchList') },
  { key: 'tier3', label: messageId('indicators.tier.tier3') },
] as const;

/** A stacked bar per report year, one series per tier (countries listed without a tier are in the table only). */
export function tierDistributionChartModel(distribution: TipTierDistribution, _: Translate): BarChartModel {
  return {
    categories: distribution.years.map((y) => String(y.year)),
    series: TIER_SERIES.map((tier) => ({ name: _(tier.label), values: distribution.years.map((y) => y[tier.key]) })),
    suppressed: [],
  };
}

/** The cumulative ratifications as points of a line (x = year, y = states that had ratified by its end). */
export function ratificationPoints(series: PalermoRatificationSeries): Array<{ x: number; y: number }> {
  return series.years.map((y) => ({ x: y.year, y: y.cumulative }));
}

/** The breakdowns in the order of the menu, with the message ids (catalogue `indicators`) of their names. */
export const GLOTIP_BREAKDOWN_LABELS: Readonly<Record<GlotipBreakdown, string>> = {
  SEX: messageId('indicators.dimension.sex'),
  AGE: messageId('indicators.glotip.age'),
  SEX_AND_AGE: messageId('indicators.glotip.sexAndAge'),
  FORM_OF_EXPLOITATION: messageId('indicators.dimension.formOfExploitation'),
  CITIZENSHIP: messageId('indicators.dimension.citizenship'),
  COUNTRY_OF_REPATRIATION: messageId('indicators.glotip.countryOfRepatriation'),
};

/** How a published figure reads: "1,234" in the active locale, or "<5" as UNODC published it (never 0 or 5). */
export function publishedText(figure: PublishedFigure | null | undefined): string {
  if (!figure) return '—';
  if (figure.suppressed || figure.count === null) return '<5';
  return formatNumber(figure.count);
}

/**
 * The label of a breakdown row: the category, or the sex and age it is about ("Female", "0 to 17 years", "Female, 0
 * to 17 years"), as UNODC's file writes them; this client's own words (unknown, blank) in the language of `_`.
 */
export function glotipRowLabel(breakdown: GlotipBreakdown, row: GlotipBreakdownRow, _: Translate): string {
  if (row.sex === 'Unknown' && row.age === 'Unknown' && (breakdown === 'SEX' || breakdown === 'AGE')) return _('indicators.glotip.unknownSexAndAge');
  switch (breakdown) {
    case 'SEX':
      return row.sex;
    case 'AGE':
      return row.age;
    case 'SEX_AND_AGE':
      return `${row.sex}, ${row.age}`;
    default:
      return row.category === '' ? _('indicators.glotip.notStated') : row.category;
  }
}

/** A bar per row; a "<5" row is no bar (null, never 0) and is listed, as the chart writes "<5" in its place. */
export function glotipChartModel(table: GlotipBreakdownTable, _: Translate): BarChartModel {
  const labels = table.rows.map((row) => glotipRowLabel(table.breakdown, row, _));
  return {
    categories: labels,
    series: [{ name: table.indicator, values: table.rows.map((row) => (row.figure.suppressed ? null : row.figure.count)) }],
    suppressed: table.rows.flatMap((row, i) => (row.figure.suppressed ? [labels[i]] : [])),
  };
}
