import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeApiError, FORMS_NAMED_TABLE_CSV_QUERY, FORMS_NAMED_TABLE_QUERY, type IndicatorScopeInput } from '@taskforce/web-data-access';
import { Card, EmptyState, LoadError, LoadingState } from '@taskforce/web-ui';
import { IndicatorBarChart } from './indicator-bar-chart';
import { categoryLabel, figureText, formsNamedChartModel } from './indicator-view';
import { ServerCsvButton } from './server-csv-button';

/**
 * "Records naming each form of exploitation" for the dashboard's source, indicator and scope: beside each form, the
 * records naming it alone (the single-form breakdown) and the records naming it at all — a record naming two forms
 * counts under both, so the second column overlaps and does not add up to the total; the note says so. Figures are
 * protected by the server so that the two columns cannot be differenced (docs/disclosure-control.md).
 */
export function FormsNamedCard({ input }: { input: IndicatorScopeInput }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(FORMS_NAMED_TABLE_QUERY, { variables: { input } });
  const table = data?.formsNamedTable;
  const model = table ? formsNamedChartModel(table) : null;
  return (
    <Card
      title="Records naming each form of exploitation"
      headingLevel={2}
      data-testid="forms-named"
      actions={
        table && (
          <ServerCsvButton
            fileName={`forms-named-${input.source}.csv`.toLowerCase().replace(/[^a-z0-9.-]+/g, '_')}
            testId="forms-named-download-csv"
            fetchCsv={async () => (await client.query({ query: FORMS_NAMED_TABLE_CSV_QUERY, variables: { input }, fetchPolicy: 'network-only' })).data?.formsNamedTableCsv}
          />
        )
      }
    >
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, 'The records naming each form cannot be loaded right now.')}</LoadError>}
      {!table && loading && <LoadingState label="Loading the records naming each form…" />}
      {table && table.rows.length === 0 && <EmptyState>No record of this indicator names a form of exploitation.</EmptyState>}
      {table && model && table.rows.length > 0 && (
        <>
          <p className="tf-small" data-testid="forms-named-note">
            <strong>{table.note}</strong>
          </p>
          <IndicatorBarChart
            model={model}
            k={table.k}
            testId="forms-named-chart"
            description={`Bar chart of the records naming each form of exploitation, alone and at all (overlapping). The same figures are in the table below.`}
          />
          <table className="tf-indicators__table" data-testid="forms-named-table" aria-describedby="tf-forms-named-note-table">
            <caption>Records naming each form of exploitation (multiple counting in the last column)</caption>
            <thead>
              <tr>
                <th scope="col">Form of exploitation</th>
                <th scope="col" className="tf-num">
                  Naming this form alone
                </th>
                <th scope="col" className="tf-num">
                  Naming this form (alone or with others)
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.form} data-testid="forms-named-row" data-form={row.form}>
                  <th scope="row">{categoryLabel(row.form)}</th>
                  <td className="tf-num" data-testid="forms-named-alone">
                    {figureText(row.alone)}
                  </td>
                  <td className="tf-num" data-testid="forms-named-named">
                    {figureText(row.named)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="forms-named-several">
                <th scope="row">Naming several forms</th>
                <td className="tf-num">{figureText(table.severalForms)}</td>
                <td />
              </tr>
              <tr data-testid="forms-named-unknown">
                <th scope="row">Naming no form (unknown)</th>
                <td className="tf-num">{figureText(table.unknown)}</td>
                <td />
              </tr>
              <tr>
                <th scope="row">Total records (each once)</th>
                <td className="tf-num" data-testid="forms-named-total">
                  {figureText(table.total)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
          <p className="tf-small tf-muted" id="tf-forms-named-note-table">
            The middle column and the rows below it add up to the total; the last column does not (overlapping counts).
            {!table.viewerIsOwner &&
              ` Figures from 1 to ${table.k - 1}, and those that would reveal one by difference with the other column, read "suppressed (< ${table.k})".`}
          </p>
          <p className="tf-small tf-muted" data-testid="forms-named-citation">
            Source: {table.citation}
          </p>
        </>
      )}
    </Card>
  );
}
