import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeApiError, FORMS_NAMED_TABLE_CSV_QUERY, FORMS_NAMED_TABLE_QUERY, type IndicatorScopeInput } from '@taskforce/web-data-access';
import { Card, EmptyState, LoadError, LoadingState, useLingui } from '@taskforce/web-ui';
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
  const { _ } = useLingui();
  const { data, loading, error, refetch } = useQuery(FORMS_NAMED_TABLE_QUERY, { variables: { input } });
  const table = data?.formsNamedTable;
  const model = table ? formsNamedChartModel(table, _) : null;
  return (
    <Card
      title={_('indicators.formsNamed.title')}
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
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('indicators.formsNamed.loadFailed'), _)}</LoadError>}
      {!table && loading && <LoadingState label={_('indicators.formsNamed.loading')} />}
      {table && table.rows.length === 0 && <EmptyState>{_('indicators.formsNamed.none')}</EmptyState>}
      {table && model && table.rows.length > 0 && (
        <>
          <p className="tf-small" data-testid="forms-named-note">
            <strong>{table.note}</strong>
          </p>
          <IndicatorBarChart
            model={model}
            k={table.k}
            testId="forms-named-chart"
            description={_('indicators.formsNamed.chartDescription')}
          />
          <table className="tf-indicators__table" data-testid="forms-named-table" aria-describedby="tf-forms-named-note-table">
            <caption>{_('indicators.formsNamed.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{_('indicators.dimension.formOfExploitation')}</th>
                <th scope="col" className="tf-num">
                  {_('indicators.formsNamed.alone')}
                </th>
                <th scope="col" className="tf-num">
                  {_('indicators.formsNamed.named')}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.form} data-testid="forms-named-row" data-form={row.form}>
                  <th scope="row">{categoryLabel(row.form, _)}</th>
                  <td className="tf-num" data-testid="forms-named-alone">
                    {figureText(row.alone, _)}
                  </td>
                  <td className="tf-num" data-testid="forms-named-named">
                    {figureText(row.named, _)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="forms-named-several">
                <th scope="row">{_('indicators.formsNamed.several')}</th>
                <td className="tf-num">{figureText(table.severalForms, _)}</td>
                <td />
              </tr>
              <tr data-testid="forms-named-unknown">
                <th scope="row">{_('indicators.formsNamed.unknown')}</th>
                <td className="tf-num">{figureText(table.unknown, _)}</td>
                <td />
              </tr>
              <tr>
                <th scope="row">{_('indicators.formsNamed.total')}</th>
                <td className="tf-num" data-testid="forms-named-total">
                  {figureText(table.total, _)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
          <p className="tf-small tf-muted" id="tf-forms-named-note-table">
            {table.viewerIsOwner
              ? _('indicators.formsNamed.addsUp')
              : _('indicators.formsNamed.addsUpSuppressed', { below: table.k - 1, k: table.k })}
          </p>
          <p className="tf-small tf-muted" data-testid="forms-named-citation">
            {_('indicators.source', { citation: table.citation })}
          </p>
        </>
      )}
    </Card>
  );
}
