import { currentFormatLocale, formatNumber, messageId } from '@taskforce/web-ui';
import type { Translate } from '../translate';
import type { CountryImpact, CountryImpactYear, GlotipFigure } from './country.documents';

/**
 * The US TIP Report tiers, best first (US Department of State, Trafficking in Persons Report: Tier 1, Tier 2,
 * Tier 2 Watch List, Tier 3). Their rank (1–4) is the chart's y value; SPECIAL_CASE and NOT_RATED have none.
 */
export const TIER_ORDER = ['TIER_1', 'TIER_2', 'TIER_2_WATCH_LIST', 'TIER_3'] as const;

/** Message ids (catalogue `indicators`) of the tiers' names. */
const TIER_LABEL_IDS: Readonly<Record<string, string>> = {
  TIER_1: messageId('indicators.tier.tier1'),
  TIER_2: messageId('indicators.tier.tier2'),
  TIER_2_WATCH_LIST: messageId('indicators.tier.tier2WatchList'),
  TIER_3: messageId('indicators.tier.tier3'),
  SPECIAL_CASE: messageId('indicators.tier.specialCase'),
  NOT_RATED: messageId('indicators.tier.notRated'),
};

/** "Tier 2 Watch List" for TIER_2_WATCH_LIST, in the language of `_`; unknown codes are shown as they are. */
export function tierLabel(tier: string | null | undefined, _: Translate): string {
  if (!tier) return '—';
  const id = TIER_LABEL_IDS[tier];
  return id ? _(id) : tier;
}

/** 1 (Tier 1) … 4 (Tier 3); null for special cases, not rated and unknown codes (a gap in the chart). */
export function tierRank(tier: string | null | undefined): number | null {
  const index = TIER_ORDER.indexOf((tier ?? '') as (typeof TIER_ORDER)[number]);
  return index < 0 ? null : index + 1;
}

/** Label of a rank on the tier chart's axis ("" between tiers). */
export function tierOfRank(rank: number, _: Translate): string {
  const tier = TIER_ORDER[rank - 1];
  return Number.isInteger(rank) && tier ? tierLabel(tier, _) : '';
}

/**
 * Position of a calendar date on a year axis: the year plus the fraction of it elapsed at the start of that day
 * (UTC), e.g. 2005-01-01 → 2005, 2005-07-02 → 2005.5. NaN for anything that is not `YYYY-MM-DD`.
 */
export function yearPosition(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - start) / length;
}

/**
 * "1 January 2005" for 2005-01-01 in the active locale (`currentFormatLocale`, British English before a language is
 * active), read as a calendar date, never shifted by the time zone.
 */
export function formatCalendarDate(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat(currentFormatLocale() ?? 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  );
}

/** A GLOTIP figure as shown in a table: the count in the active locale, "suppressed (< 5)" or "—" when not published. */
export function glotipText(figure: GlotipFigure | null, _: Translate): string {
  if (!figure) return '—';
  if (figure.suppressed || figure.count === null) return _('indicators.chart.suppressed', { k: 5 });
  return formatNumber(figure.count);
}

export type ImpactSeriesKey = 'detectedVictims' | 'personsProsecuted' | 'personsConvicted';

/** The three GLOTIP series of the impact chart, with the message ids of UNODC's indicator names. */
export const IMPACT_SERIES: ReadonlyArray<{ key: ImpactSeriesKey; label: string }> = [
  { key: 'detectedVictims', label: messageId('indicators.impact.detectedVictims') },
  { key: 'personsProsecuted', label: messageId('indicators.impact.personsProsecuted') },
  { key: 'personsConvicted', label: messageId('indicators.impact.personsConvicted') },
];

/** One line of the impact chart: a point per year (null = gap: not published or suppressed). */
export interface ImpactLine {
  key: ImpactSeriesKey;
  label: string;
  points: Array<{ x: number; y: number | null }>;
  /** Years whose figure was published as "<5" (drawn as a "<5" mark, never as 0). */
  suppressedYears: number[];
}

/** The impact chart's model: one line per series over the years that have any GLOTIP total, and the law markers. */
export interface ImpactChartModel {
  lines: ImpactLine[];
  markers: Array<{ id: string; x: number; label: string }>;
  /** The x range shown: the figures' years, widened to take in every marker. */
  min: number;
  max: number;
}

const hasFigure = (y: CountryImpactYear) => IMPACT_SERIES.some((s) => y[s.key] !== null);

/** Builds the impact chart's lines and law markers (texts in the language of `_`); null when there is no figure to draw. */
export function impactChartModel(impact: CountryImpact, _: Translate): ImpactChartModel | null {
  const years = impact.years.filter(hasFigure);
  const markers = impact.lawMarkers
    .map((law) => ({ id: law.id, x: yearPosition(law.enteredIntoForceOn), label: _('indicators.impact.marker', { title: law.title, date: formatCalendarDate(law.enteredIntoForceOn) }) }))
    .filter((m) => Number.isFinite(m.x));
  if (years.length === 0) return null;
  const lines = IMPACT_SERIES.map(({ key, label }) => ({
    key,
    label: _(label),
    points: years.map((y) => ({ x: y.year, y: y[key]?.suppressed ? null : (y[key]?.count ?? null) })),
    suppressedYears: years.filter((y) => y[key]?.suppressed).map((y) => y.year),
  }));
  const xs = [...years.map((y) => y.year), ...markers.map((m) => m.x)];
  return { lines, markers, min: Math.floor(Math.min(...xs)), max: Math.ceil(Math.max(...xs)) };
}
