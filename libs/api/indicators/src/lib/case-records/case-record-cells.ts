import { IndicatorDimension } from '../tables/indicator.model';

/**
 * The roll-up of case records that indicator tables, flows and the forms-named table read (table
 * `case_record_cells`, migration `CaseRecordCells1765750000000`, kept exact by triggers on `case_records`): per
 * grouping, cell, source, indicator, joint operation and recording agency, the records (`n`) and the sum of their
 * record keys (`key_sum`). Each value is already mapped as the domain's `valueOf` maps a record (NULL = unknown; the
 * age group falls back on the age band; several forms of exploitation give `MULTIPLE`).
 */
export const CASE_RECORD_CELLS = 'case_record_cells';

/** The roll-up's column holding each dimension's value (fixed names: never taken from the input). */
export const CELL_COLUMNS: Readonly<Record<IndicatorDimension, string>> = {
  [IndicatorDimension.SEX]: 'sex',
  [IndicatorDimension.AGE_GROUP]: 'age_group',
  [IndicatorDimension.AGE_BAND]: 'age_band',
  [IndicatorDimension.CITIZENSHIP]: 'citizenship',
  [IndicatorDimension.COUNTRY_OF_EXPLOITATION]: 'country_of_exploitation',
  [IndicatorDimension.CITIZENSHIP_REGION]: 'citizenship_region',
  [IndicatorDimension.EXPLOITATION_REGION]: 'exploitation_region',
  [IndicatorDimension.FORM_OF_EXPLOITATION]: 'form_of_exploitation',
  [IndicatorDimension.YEAR]: 'year',
};

/** The roll-up's column of the distinct forms of exploitation a record names, sorted (grouped alone). */
export const FORMS_NAMED_COLUMN = 'forms_named';

/**
 * The `grouped_by` value of the roll-up rows grouped by exactly these columns (one or two dimension columns, or
 * `forms_named` alone): the column names in alphabetical order joined by '+', e.g. `['sex', 'age_group']` →
 * `'age_group+sex'`, whatever the order the table shows them in.
 */
export function groupingOf(columns: readonly string[]): string {
  return [...columns].sort().join('+');
}

/**
 * SQL (an aggregate in a `GROUP BY` over `case_record_cells c`) of how many of the counted records the viewer's
 * agency recorded (`viewerAgency`: the SQL of its id, a parameter), as an int (0 when none).
 */
export function ownCountSql(viewerAgency: string): string {
  return `COALESCE(sum(c.n) FILTER (WHERE c.agency_id = CAST(${viewerAgency} AS uuid)), 0)::int`;
}

/**
 * SQL (an aggregate in a `GROUP BY` over `case_record_cells c`) of the cell key of the records other agencies than the
 * viewer's (`viewerAgency`: the SQL of the viewer's agency id, a parameter) recorded: the sum of their `record_key`s
 * modulo 2³², as a float8 (exact: below 2⁵³). Used for cell-key perturbation of agency-recorded figures (libs/domain
 * `cell-key.ts`); public data sets pass none.
 */
export function othersKeySql(viewerAgency: string): string {
  return `(COALESCE(sum(c.key_sum) FILTER (WHERE c.agency_id IS DISTINCT FROM CAST(${viewerAgency} AS uuid)), 0) % 4294967296)::float8`;
}
