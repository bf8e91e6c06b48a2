/** Breakdown variables of an indicator table (GraphQL enum `IndicatorDimension`). */
export type IndicatorDimensionName =
  | 'SEX'
  | 'AGE_GROUP'
  | 'AGE_BAND'
  | 'CITIZENSHIP'
  | 'COUNTRY_OF_EXPLOITATION'
  | 'CITIZENSHIP_REGION'
  | 'EXPLOITATION_REGION'
  | 'FORM_OF_EXPLOITATION'
  | 'YEAR';

/** Input of `indicatorTable` / `indicatorTableCsv`. */
export interface IndicatorTableInput {
  source: string;
  indicator?: string;
  dimensions: IndicatorDimensionName[];
  operationId?: string;
  k?: number;
}

/** A figure as it may be shown: the count, or `null` with the label "suppressed (< k)". */
export interface ShownFigure {
  count: number | null;
  suppressed: boolean;
  label: string;
  /** The count carries cell-key noise (usually 0 or ±1, at most ±10); absent where the query does not ask. */
  perturbed?: boolean;
}

/** One cell: one category per dimension, in the order of `dimensions`. */
export interface IndicatorCell extends ShownFigure {
  key: string[];
}

/** A row of the percentages of a one-dimensional table (over the records where the variable is known). */
export interface PercentageRow {
  category: string;
  count: number | null;
  percent: number | null;
}

/** Percentages with their known-value denominator and the sentence to show beside them. */
export interface IndicatorPercentages {
  rows: PercentageRow[];
  denominator: number | null;
  unknown: number | null;
  note: string;
}

/** One row of the row percentages of a two-way table (shares of the second variable's known values). */
export interface RowPercentageRow {
  category: string;
  denominator: number | null;
  unknown: number | null;
  /** One per entry of `RowPercentages.columns`; null when the cell is suppressed or the row withheld. */
  percents: Array<number | null>;
}

/** Row percentages of a two-way table over the known values of its second variable. */
export interface RowPercentages {
  columns: string[];
  rows: RowPercentageRow[];
  total: RowPercentageRow;
  note: string;
}

/** An indicator table protected for the viewer, as the server returns it. */
export interface IndicatorTableData {
  source: string;
  indicator: string;
  dimensions: IndicatorDimensionName[];
  categories: string[][];
  cells: IndicatorCell[];
  rowTotals: ShownFigure[];
  columnTotals: ShownFigure[];
  total: ShownFigure;
  k: number;
  viewerIsOwner: boolean;
  percentages: IndicatorPercentages | null;
  rowPercentages: RowPercentages | null;
  citation: string;
}

/** Input of `formsNamedTable` / `formsNamedTableCsv`: the records of a source, indicator and scope. */
export interface IndicatorScopeInput {
  source: string;
  indicator?: string;
  operationId?: string;
  k?: number;
}

/** One form: records naming it alone (single-form cell) and records naming it at all (overlapping). */
export interface FormNamedRow {
  form: string;
  alone: ShownFigure;
  named: ShownFigure;
}

/** Records naming each form of exploitation, protected for the viewer, as the server returns it. */
export interface FormsNamedTableData {
  source: string;
  indicator: string;
  rows: FormNamedRow[];
  severalForms: ShownFigure;
  unknown: ShownFigure;
  total: ShownFigure;
  k: number;
  viewerIsOwner: boolean;
  note: string;
  citation: string;
}
