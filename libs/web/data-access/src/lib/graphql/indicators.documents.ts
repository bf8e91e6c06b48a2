import { graphql, type ResultOf } from './schema-types';

/** An indicator broken down by one or two dimensions, small-cell protected by the server for the viewer. */
export const INDICATOR_TABLE_QUERY = graphql(`
  query IndicatorTable($input: IndicatorTableInput!) {
    indicatorTable(input: $input) {
      source
      indicator
      dimensions
      categories
      cells {
        key
        count
        suppressed
        label
        threshold
        perturbed
        ownCount
      }
      rowTotals {
        count
        suppressed
        label
        threshold
        perturbed
      }
      columnTotals {
        count
        suppressed
        label
        threshold
        perturbed
      }
      total {
        count
        suppressed
        label
        threshold
      }
      k
      viewerIsOwner
      percentages {
        rows {
          category
          count
          percent
        }
        denominator
        unknown
        note
      }
      rowPercentages {
        columns
        rows {
          category
          denominator
          unknown
          percents
        }
        total {
          category
          denominator
          unknown
          percents
        }
        note
      }
      citation
    }
  }
`);

/**
 * An indicator table protected for the viewer, as the server returns it: `categories` per dimension, one cell per
 * combination (`key` in the order of `dimensions`), totals, percentages over known values (one-way tables) or row
 * percentages (two-way tables), and the citation of its source.
 */
export type IndicatorTableData = ResultOf<typeof INDICATOR_TABLE_QUERY>['indicatorTable'];

/** Row percentages of a two-way table over the known values of its second variable. */
export type RowPercentages = NonNullable<IndicatorTableData['rowPercentages']>;

/** One row of the row percentages of a two-way table: one percent per column, null when suppressed or withheld. */
export type RowPercentageRow = RowPercentages['rows'][number];

/** The same protected table as CSV (`dims…,value`, then `Total` rows; suppressed figures read "suppressed (< k)"). */
export const INDICATOR_TABLE_CSV_QUERY = graphql(`
  query IndicatorTableCsv($input: IndicatorTableInput!) {
    indicatorTableCsv(input: $input)
  }
`);

/** Records naming each form of exploitation (overlapping figures) beside the single-form breakdown, protected for the viewer. */
export const FORMS_NAMED_TABLE_QUERY = graphql(`
  query FormsNamedTable($input: IndicatorScopeInput!) {
    formsNamedTable(input: $input) {
      source
      indicator
      rows {
        form
        alone {
          count
          suppressed
          label
          threshold
        }
        named {
          count
          suppressed
          label
          threshold
        }
      }
      severalForms {
        count
        suppressed
        label
        threshold
      }
      unknown {
        count
        suppressed
        label
        threshold
      }
      total {
        count
        suppressed
        label
        threshold
      }
      k
      viewerIsOwner
      note
      citation
    }
  }
`);

/** Records naming each form of exploitation, protected for the viewer, as the server returns it. */
export type FormsNamedTableData = ResultOf<typeof FORMS_NAMED_TABLE_QUERY>['formsNamedTable'];

/** The same figures as CSV, after the header block every export carries. */
export const FORMS_NAMED_TABLE_CSV_QUERY = graphql(`
  query FormsNamedTableCsv($input: IndicatorScopeInput!) {
    formsNamedTableCsv(input: $input)
  }
`);
