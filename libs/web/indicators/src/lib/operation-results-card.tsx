import { useQuery } from '@apollo/client/react';
import { describeApiError, graphql } from '@taskforce/web-data-access';
import { Alert, Card, LoadingState, messageId, useLingui } from '@taskforce/web-ui';
import { figureText } from './indicator-view';

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
          threshold
        }
      }
    }
  }
`);

/** Message ids of the results' names (the JIT evaluation form's figures), shared with the closing evaluation. */
const RESULT_LABEL_IDS: Readonly<Record<string, string>> = {
  arrests: messageId('evaluation.result.arrests'),
  potentialVictimsIdentified: messageId('evaluation.result.potentialVictimsIdentified'),
  victimsReferredToAssistance: messageId('evaluation.result.victimsReferredToAssistance'),
  seizures: messageId('evaluation.result.seizures'),
  prosecutionsStarted: messageId('evaluation.result.prosecutionsStarted'),
  convictions: messageId('evaluation.result.convictions'),
};

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
      {error && !r && <Alert>{describeApiError(error, _('indicators.results.loadFailed'), _)}</Alert>}
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
                  <th scope="row">{RESULT_LABEL_IDS[x.field] ? _(RESULT_LABEL_IDS[x.field]) : x.label}</th>
                  <td>{figureText(x.total, _)}</td>
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
