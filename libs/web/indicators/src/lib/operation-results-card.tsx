import { useQuery } from '@apollo/client/react';
import { describeApiError, graphql } from '@taskforce/web-data-access';
import { Alert, Card, LoadingState } from '@taskforce/web-ui';

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
  return (
    <Card title="Results of closed joint operations" headingLevel={2} data-testid="operation-results">
      {error && !r && <Alert>{describeApiError(error, 'The results cannot be loaded right now.')}</Alert>}
      {!r && loading && <LoadingState label="Loading results…" />}
      {r && (
        <>
          <p className="tf-small tf-muted">
            From {r.evaluations} finalised closing evaluation{r.evaluations === 1 ? '' : 's'} {operationId ? 'of this joint operation' : 'of the joint operations you take part in'}; figures
            below {r.k} from other agencies read "suppressed (&lt; {r.k})".
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
          <p className="tf-small tf-muted">Source: {r.citation}.</p>
        </>
      )}
    </Card>
  );
}
