import { useQuery } from '@apollo/client/react';
import { describeApiError, graphql } from '@taskforce/web-data-access';
import { Alert, Card, LoadingState, useLingui } from '@taskforce/web-ui';

/** Results of finalised closing evaluations, for the task force as the caller may see it or for one operation. */
export const OPERATION_RESULTS_QUERY = graphql(`
  query OperationResults($operationId: ID) {
    operationResults(operationId: $operationId) {
      operationId
      evaluations
      k
      citation
      results {
        field
        label
        total {
          count
          suppressed
          label
        }
      }
    }
  }
`);

/**
 * The results joint operations reported in their finalised closing evaluations (arrests, potential victims
 * identified, referrals, seizures, prosecutions, convictions), small-cell protected by the server: another agency's
 * small figure reads "suppressed (< k)".
 */
export function OperationResultsCard({ operationId }: { operationId?: string }) {
  const { data, loading, error } = useQuery(OPERATION_RESULTS_QUERY, { variables: operationId ? { operationId } : {}, fetchPolicy: 'cache-and-network' });
  const r = data?.operationResults;
  const { _ } = useLingui();
  return (
    <Card title={_('indicators.results.title')} headingLevel={2} data-testid="operation-results">
      {error && !r && <Alert>{describeApiError(error, _('indicators.results.loadFailed'))}</Alert>}
      {!r && loading && <LoadingState label={_('indicators.results.loading')} />}
      {r && (
        <>
          <p className="tf-small tf-muted">
            {operationId
              ? _('indicators.results.fromOperation', { count: r.evaluations, k: r.k })
              : _('indicators.results.fromOperations', { count: r.evaluations, k: r.k })}
          </p>
          <table className="tf-indicators__table" data-testid="operation-results-table">
            <tbody>
              {r.results.map((x) => (
                <tr key={x.field} data-result={x.field}>
                  <th scope="row">{x.label}</th>
                  <td>{x.total.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="tf-small tf-muted">{_('indicators.results.source', { citation: r.citation })}</p>
        </>
      )}
    </Card>
  );
}
