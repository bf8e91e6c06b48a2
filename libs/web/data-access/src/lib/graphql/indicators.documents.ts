import { gql, type TypedDocumentNode } from '@apollo/client';
import type { IndicatorTableData, IndicatorTableInput } from './indicators.types';

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
      }
      rowTotals {
        count
        suppressed
        label
      }
      columnTotals {
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
