import { useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { apiErrorParts, apiErrorText, OPERATIONS_QUERY, useRealtimeEvent, useRealtimeReconnect, useViewer } from '@taskforce/web-data-access';
import { Alert, Card, EmptyState, Link, LoadingState, messageId, pathTo, useLingui } from '@taskforce/web-ui';
import { OperationCard } from './operation-card';

/**
 * The joint operations the person's agency participates in, as a grid of cards, with "New joint operation" for
 * coordinators. Refetched on every `operation.changed` (an operation the agency just joined appears, one it left
 * goes) and after a reconnection, without a reload.
 */
export function MyOperationsSection() {
  const { data, loading, error, refetch } = useQuery(OPERATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const viewer = useViewer();
  const { _ } = useLingui();
  const refetchOperations = () => void refetch().catch(() => undefined);
  useRealtimeEvent('operation.changed', refetchOperations);
  useRealtimeReconnect(refetchOperations);
  const operations = data?.operations ?? [];
  const mayForm = viewer?.roles.includes(Role.COORDINATOR) ?? false;
  return (
    <Card
      title={_('dashboard.myOperations')}
      headingLevel={2}
      className="tf-section"
      aria-label={_('dashboard.myOperations')}
      actions={
        mayForm ? (
          <Link to={pathTo('newOperation')} className="tf-button tf-button--primary tf-button--sm" data-testid="new-operation-link">
            {_('page.newOperation')}
          </Link>
        ) : undefined
      }
    >
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('dashboard.operationsLoadFailed'))}</Alert>}
      {loading && !data && <LoadingState label={_('dashboard.operationsLoading')} />}
      {data && operations.length === 0 && (
        <EmptyState>{_('dashboard.noOperations')}</EmptyState>
      )}
      {operations.length > 0 && (
        <div className="tf-operation-grid" data-testid="operation-list">
          {operations.map((operation) => (
            <OperationCard key={operation.id} operation={operation} />
          ))}
        </div>
      )}
    </Card>
  );
}
