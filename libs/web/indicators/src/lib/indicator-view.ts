import type { FlowLevel, FormsNamedTableData, IndicatorDimension, IndicatorTableData, ShownFigure } from '@taskforce/web-data-access';

const DIMENSION_LABELS: Readonly<Record<IndicatorDimension, string>> = {
  SEX: 'Sex',
  AGE_GROUP: 'Age group',
  AGE_BAND: 'Age band (CTDC bands)',
  FORM_OF_EXPLOITATION: 'Form of exploitation',
  YEAR: 'Year',
  CITIZENSHIP: 'Citizenship',
  COUNTRY_OF_EXPLOITATION: 'Country of exploitation',
  CITIZENSHIP_REGION: 'Region of citizenship',
  EXPLOITATION_REGION: 'Region of exploitation',
};

/** The breakdowns a person may choose, in the order of the menu. */
export const DIMENSION_OPTIONS: readonly { value: IndicatorDimension; label: string }[] = (Object.keys(DIMENSION_LABELS) as IndicatorDimension[]).map((value) => ({
  value,
  label: DIMENSION_LABELS[value],
}));

/**
 * The breakdowns worth offering for a source: CTDC stores regions and no countries or age bands (its condensed file
 * has none), so it gets the two region variables instead of citizenship, country of exploitation and age band;
 * records entered by agencies store countries and no regions.
 */
export function dimensionOptionsFor(source: string): readonly { value: IndicatorDimension; label: string }[] {
  const hidden: readonly IndicatorDimension[] =
    source === 'agency' ? ['CITIZENSHIP_REGION', 'EXPLOITATION_REGION'] : ['CITIZENSHIP', 'COUNTRY_OF_EXPLOITATION', 'AGE_BAND'];
  return DIMENSION_OPTIONS.filter((option) => !hidden.includes(option.value));
}

/** The sources of case records the screen offers. */
export const SOURCE_OPTIONS: readonly { value: string; label: string }[] = [{ value: 'ctdc', label: 'CTDC (public data set)' }, { value: 'agency', label: 'Case records entered by agencies' }];

const FLOW_LEVEL_LABELS: Readonly<Record<FlowLevel, string>> = {
  REGION: 'Regions',
  COUNTRY: 'Countries',
};

/** The levels a person may choose for the flows map, in the order of the menu. */
export const FLOW_LEVEL_OPTIONS: readonly { value: FlowLevel; label: string }[] = (Object.keys(FLOW_LEVEL_LABELS) as FlowLevel[]).map((value) => ({
  value,
  label: FLOW_LEVEL_LABELS[value],
}));

/**
 * Level the flows map opens at for a source: countries for records entered by agencies (`agency`: ISO country
 * codes, no regions), regions for the public data sets (CTDC publishes regions only).
 */
export function defaultFlowLevel(source: string): FlowLevel {
  return source === 'agency' ? 'COUNTRY' : 'REGION';
}

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  FEMALE: 'Female',
  MALE: 'Male',
  OTHER: 'Other',
  MINOR: 'Minor',
  ADULT: 'Adult',
  UNKNOWN: 'Unknown',
  MINOR_AGE_UNKNOWN: 'Minor, age unknown',
  ADULT_AGE_UNKNOWN: 'Adult, age unknown',
  MULTIPLE: 'Several forms',
  SEXUAL_EXPLOITATION: 'Sexual exploitation',
  FORCED_LABOUR: 'Forced labour',
  DOMESTIC_SERVITUDE: 'Domestic servitude',
  FORCED_MARRIAGE: 'Forced marriage',
  FORCED_CRIMINALITY: 'Forced criminality',
  FORCED_BEGGING: 'Forced begging',
  REMOVAL_OF_ORGANS: 'Removal of organs',
  CHILD_SOLDIERING: 'Child soldiering',
};

/** Display name of a category (falls back to the raw value: years, country codes, values this client does not know). */
export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}

/** Display name of a dimension. */
export function dimensionLabel(dimension: string): string {
  return DIMENSION_OPTIONS.find((option) => option.value === dimension)?.label ?? dimension;
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
export function barChartModel(table: IndicatorTableData): BarChartModel {
  const rows = table.categories[0] ?? [];
  const columns = table.categories[1];
  const find = (key: string[]) => table.cells.find((cell) => cell.key.length === key.length && cell.key.every((part, i) => part === key[i]));
  const value = (key: string[]) => {
    const cell = find(key);
    return !cell || cell.suppressed ? null : cell.count;
  };
  const suppressed = table.cells.filter((cell) => cell.suppressed).map((cell) => cell.key.map(categoryLabel).join(', '));
  const categories = rows.map(categoryLabel);
  if (!columns) return { categories, series: [{ name: 'Records', values: rows.map((row) => value([row])) }], suppressed };
  return {
    categories,
    series: columns.map((column) => ({ name: categoryLabel(column), values: rows.map((row) => value([row, column])) })),
    suppressed,
  };
}

/** The figure of a cell of a two-dimensional table (or of a one-dimensional one when `column` is absent). */
export function cellFigure(table: IndicatorTableData, row: string, column?: string): IndicatorTableData['cells'][number] | undefined {
  const key = column === undefined ? [row] : [row, column];
  return table.cells.find((cell) => cell.key.length === key.length && cell.key.every((part, i) => part === key[i]));
}

/**
 * How a figure reads in the table: the count with digit grouping, or the server's "suppressed (< k)" label; a
 * suppressed cell holding records of the viewer's own agency adds how many (`ownCount`), which the protection never
 * hides from their authors: "suppressed (< 11) · yours: 12".
 */
export function figureText(figure: (ShownFigure & { ownCount?: number | null }) | undefined): string {
  if (!figure) return '—';
  if (figure.suppressed || figure.count === null) return figure.ownCount ? `${figure.label} · yours: ${figure.ownCount.toLocaleString('en-GB')}` : figure.label;
  return figure.count.toLocaleString('en-GB');
}

/** A file name for the CSV export: `indicators-ctdc-sex-year.csv`. */
export function csvFileName(source: string, dimensions: readonly string[]): string {
  return `indicators-${[source, ...dimensions].join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '_')}.csv`;
}

/**
 * The chart of "records naming each form": one bar per form for the records naming it alone and one for the records
 * naming it at all (overlapping). Suppressed figures stay `null`, never 0, and are listed.
 */
export function formsNamedChartModel(data: FormsNamedTableData): BarChartModel {
  const value = (figure: ShownFigure) => (figure.suppressed ? null : figure.count);
  const suppressed = data.rows.flatMap((row) => [
    ...(row.alone.suppressed ? [`${categoryLabel(row.form)}, alone`] : []),
    ...(row.named.suppressed ? [`${categoryLabel(row.form)}, named`] : []),
  ]);
  return {
    categories: data.rows.map((row) => categoryLabel(row.form)),
    series: [
      { name: 'Naming this form alone', values: data.rows.map((row) => value(row.alone)) },
      { name: 'Naming this form (alone or with others)', values: data.rows.map((row) => value(row.named)) },
    ],
    suppressed,
  };
}
