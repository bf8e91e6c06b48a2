import type { FlowLevel, FormsNamedTableData, IndicatorDimension, IndicatorTableData, ShownFigure } from '@taskforce/web-data-access';
import { formatNumber, messageId } from '@taskforce/web-ui';
import type { Translate } from './translate';

/** Message ids (catalogue `indicators`) of the breakdowns' names; the disaggregation terms follow the glossary. */
const DIMENSION_LABEL_IDS: Readonly<Record<IndicatorDimension, string>> = {
  SEX: messageId('indicators.dimension.sex'),
  AGE_GROUP: messageId('indicators.dimension.ageGroup'),
  AGE_BAND: messageId('indicators.dimension.ageBand'),
  FORM_OF_EXPLOITATION: messageId('indicators.dimension.formOfExploitation'),
  YEAR: messageId('indicators.dimension.year'),
  CITIZENSHIP: messageId('indicators.dimension.citizenship'),
  COUNTRY_OF_EXPLOITATION: messageId('indicators.dimension.countryOfExploitation'),
  CITIZENSHIP_REGION: messageId('indicators.dimension.citizenshipRegion'),
  EXPLOITATION_REGION: messageId('indicators.dimension.exploitationRegion'),
};

/** The breakdowns a person may choose, in the order of the menu, named in the active language. */
export function dimensionOptions(_: Translate): { value: IndicatorDimension; label: string }[] {
  return (Object.keys(DIMENSION_LABEL_IDS) as IndicatorDimension[]).map((value) => ({ value, label: _(DIMENSION_LABEL_IDS[value]) }));
}

/**
 * The breakdowns worth offering for a source: CTDC stores regions and no countries or age bands (its condensed file
 * has none), so it gets the two region variables instead of citizenship, country of exploitation and age band;
 * records entered by agencies store countries and no regions.
 */
export function dimensionOptionsFor(source: string, _: Translate): readonly { value: IndicatorDimension; label: string }[] {
  const hidden: readonly IndicatorDimension[] =
    source === 'agency' ? ['CITIZENSHIP_REGION', 'EXPLOITATION_REGION'] : ['CITIZENSHIP', 'COUNTRY_OF_EXPLOITATION', 'AGE_BAND'];
  return dimensionOptions(_).filter((option) => !hidden.includes(option.value));
}

/** The sources of case records the screen offers (the first is the default). */
export const SOURCES: readonly string[] = ['ctdc', 'agency'];

/** The sources of case records as the menu names them in the active language. */
export function sourceOptions(_: Translate): { value: string; label: string }[] {
  return [
    { value: 'ctdc', label: _('indicators.source.ctdc') },
    { value: 'agency', label: _('indicators.source.agency') },
  ];
}

const FLOW_LEVEL_LABEL_IDS: Readonly<Record<FlowLevel, string>> = {
  REGION: messageId('indicators.flowLevel.regions'),
  COUNTRY: messageId('indicators.flowLevel.countries'),
};

/** The levels a person may choose for the flows map, in the order of the menu, named in the active language. */
export function flowLevelOptions(_: Translate): { value: FlowLevel; label: string }[] {
  return (Object.keys(FLOW_LEVEL_LABEL_IDS) as FlowLevel[]).map((value) => ({ value, label: _(FLOW_LEVEL_LABEL_IDS[value]) }));
}

/**
 * Level the flows map opens at for a source: countries for records entered by agencies (`agency`: ISO country
 * codes, no regions), regions for the public data sets (CTDC publishes regions only).
 */
export function defaultFlowLevel(source: string): FlowLevel {
  return source === 'agency' ? 'COUNTRY' : 'REGION';
}

/**
 * Message ids of the categories of the breakdowns: sex and age (catalogue `indicators`), forms of exploitation
 * (catalogue `shell`, shared with every screen; Palermo Protocol terms of the glossary).
 */
const CATEGORY_LABEL_IDS: Readonly<Record<string, string>> = {
  FEMALE: messageId('indicators.category.female'),
  MALE: messageId('indicators.category.male'),
  OTHER: messageId('indicators.category.other'),
  MINOR: messageId('indicators.category.minor'),
  ADULT: messageId('indicators.category.adult'),
  UNKNOWN: messageId('indicators.category.unknown'),
  MINOR_AGE_UNKNOWN: messageId('indicators.category.minorAgeUnknown'),
  ADULT_AGE_UNKNOWN: messageId('indicators.category.adultAgeUnknown'),
  MULTIPLE: messageId('indicators.category.multiple'),
  SEXUAL_EXPLOITATION: messageId('exploitation.sexualExploitation'),
  FORCED_LABOUR: messageId('exploitation.forcedLabour'),
  DOMESTIC_SERVITUDE: messageId('exploitation.domesticServitude'),
  FORCED_MARRIAGE: messageId('exploitation.forcedMarriage'),
  FORCED_CRIMINALITY: messageId('exploitation.forcedCriminality'),
  FORCED_BEGGING: messageId('exploitation.forcedBegging'),
  REMOVAL_OF_ORGANS: messageId('exploitation.removalOfOrgans'),
  CHILD_SOLDIERING: messageId('exploitation.childSoldiering'),
};

/** Display name of a category (falls back to the raw value: years, country codes, values this client does not know). */
export function categoryLabel(category: string, _: Translate): string {
  const id = CATEGORY_LABEL_IDS[category];
  return id ? _(id) : category;
}

/** Display name of a dimension in the active language (the raw value when this client does not know it). */
export function dimensionLabel(dimension: string, _: Translate): string {
  const id = DIMENSION_LABEL_IDS[dimension as IndicatorDimension];
  return id ? _(id) : dimension;
}

/** One series of bars: its name and one value per first-dimension category (`null` = suppressed, drawn as absent). */
export interface BarSeries {
  name: string;
  values: (number | null)[];
}

/** What the bar chart draws: the first dimension's categories along the axis, one series per second-dimension category. */
export interface BarChartModel {
  categories: string[];
  series: BarSeries[];
  /** The cells that are not drawn because they are suppressed, as "Male, Several forms". */
  suppressed: string[];
}

/**
 * Turns a protected table into the chart's series. Suppressed cells stay `null` — never 0 — so the chart leaves
 * their bar out and lists them as "suppressed (< k)".
 */
export function barChartModel(table: IndicatorTableData, _: Translate): BarChartModel {
  const rows = table.categories[0] ?? [];
  const columns = table.categories[1];
  const find = (key: string[]) => table.cells.find((cell) => cell.key.length === key.length && cell.key.every((part, i) => part === key[i]));
  const value = (key: string[]) => {
    const cell = find(key);
    return !cell || cell.suppressed ? null : cell.count;
  };
  const suppressed = table.cells.filter((cell) => cell.suppressed).map((cell) => cell.key.map((part) => categoryLabel(part, _)).join(', '));
  const categories = rows.map((row) => categoryLabel(row, _));
  if (!columns) return { categories, series: [{ name: _('indicators.records'), values: rows.map((row) => value([row])) }], suppressed };
  return {
    categories,
    series: columns.map((column) => ({ name: categoryLabel(column, _), values: rows.map((row) => value([row, column])) })),
    suppressed,
  };
}

/** The figure of a cell of a two-dimensional table (or of a one-dimensional one when `column` is absent). */
export function cellFigure(table: IndicatorTableData, row: string, column?: string): IndicatorTableData['cells'][number] | undefined {
  const key = column === undefined ? [row] : [row, column];
  return table.cells.find((cell) => cell.key.length === key.length && cell.key.every((part, i) => part === key[i]));
}

/**
 * The label of a suppressed figure in the reader's language, "masqué (< 11)", from its threshold k; the server's
 * English label when it gave no threshold.
 */
export function suppressedText(figure: Pick<ShownFigure, 'label'> & { threshold?: number | null }, _: Translate): string {
  return typeof figure.threshold === 'number' ? _('indicators.chart.suppressed', { k: figure.threshold }) : figure.label;
}

/**
 * How a figure reads in the table: the count with the active locale's digits and grouping, or "suppressed (< k)" in
 * the reader's language; a suppressed cell holding records of the viewer's own agency adds how many (`ownCount`),
 * which the protection never hides from their authors: "suppressed (< 11) · yours: 12".
 */
export function figureText(figure: (Omit<ShownFigure, 'threshold'> & { threshold?: number | null; ownCount?: number | null }) | undefined, _: Translate): string {
  if (!figure) return '—';
  if (figure.suppressed || figure.count === null) {
    const label = suppressedText(figure, _);
    return figure.ownCount ? _('indicators.figure.suppressedYours', { label, count: formatNumber(figure.ownCount) }) : label;
  }
  return formatNumber(figure.count);
}

/** A file name for the CSV export: `indicators-ctdc-sex-year.csv`. */
export function csvFileName(source: string, dimensions: readonly string[]): string {
  return `indicators-${[source, ...dimensions].join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '_')}.csv`;
}

/**
 * The chart of "records naming each form": one bar per form for the records naming it alone and one for the records
 * naming it at all (overlapping). Suppressed figures stay `null`, never 0, and are listed.
 */
export function formsNamedChartModel(data: FormsNamedTableData, _: Translate): BarChartModel {
  const value = (figure: Pick<ShownFigure, 'count' | 'suppressed'>) => (figure.suppressed ? null : figure.count);
  const suppressed = data.rows.flatMap((row) => [
    ...(row.alone.suppressed ? [_('indicators.formsNamed.suppressedAlone', { form: categoryLabel(row.form, _) })] : []),
    ...(row.named.suppressed ? [_('indicators.formsNamed.suppressedNamed', { form: categoryLabel(row.form, _) })] : []),
  ]);
  return {
    categories: data.rows.map((row) => categoryLabel(row.form, _)),
    series: [
      { name: _('indicators.formsNamed.alone'), values: data.rows.map((row) => value(row.alone)) },
      { name: _('indicators.formsNamed.named'), values: data.rows.map((row) => value(row.named)) },
    ],
    suppressed,
  };
}
