import { gql, type TypedDocumentNode } from '@apollo/client';
import type { FormsNamedTableData, IndicatorScopeInput, IndicatorTableData, IndicatorTableInput } from './indicators.types';

/** An indicator broken down by one or two dimensions, small-cell protected by the server for the viewer. */
export const INDICATOR_TABLE_QUERY: TypedDocumentNode<{ indicatorTable: IndicatorTableData }, { input: IndicatorTableInput }> = gql`
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
        perturbed
      }
      rowTotals {
        count
        suppressed
        label
        perturbed
      }
      columnTotals {
        count
        suppressed
        label
        perturbed
      }
      total {
        count
        suppressed
        label
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
`;

/** The same protected table as CSV (`dims…,value`, then `Total` rows; suppressed figures read "suppressed (< k)"). */
export const INDICATOR_TABLE_CSV_QUERY: TypedDocumentNode<{ indicatorTableCsv: string }, { input: IndicatorTableInput }> = gql`
  query IndicatorTableCsv($input: IndicatorTableInput!) {
    indicatorTableCsv(input: $input)
  }
`;

/** Records naming each form of exploitation (overlapping figures) beside the single-form breakdown, protected for the viewer. */
export const FORMS_NAMED_TABLE_QUERY: TypedDocumentNode<{ formsNamedTable: FormsNamedTableData }, { input: IndicatorScopeInput }> = gql`
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
        }
        named {
          count
          suppressed
          label
        }
      }
      severalForms {
        count
        suppressed
        label
      }
      unknown {
        count
        suppressed
        label
      }
      total {
        count
        suppressed
        label
      }
      k
      viewerIsOwner
      note
      citation
    }
  }
`;

/** The same figures as CSV, after the header block every export carries. */
export const FORMS_NAMED_TABLE_CSV_QUERY: TypedDocumentNode<{ formsNamedTableCsv: string }, { input: IndicatorScopeInput }> = gql`
  query FormsNamedTableCsv($input: IndicatorScopeInput!) {
    formsNamedTableCsv(input: $input)
  }
`;
