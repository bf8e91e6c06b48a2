import { useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { describeApiError, OPERATIONS_QUERY, useRealtimeEvent, useRealtimeReconnect, useViewer } from '@taskforce/web-data-access';
import { Alert, Card, EmptyState, Link, LoadingState, pathTo } from '@taskforce/web-ui';
import { OperationCard } from './operation-card';

/**
 * The joint operations the person's agency participates in, as a grid of cards, with "New joint operation" for
 * coordinators. Refetched on every `operation.changed` (an operation the agency just joined appears, one it left
 * goes) and after a reconnection, without a reload.
 */
export function MyOperationsSection() {
  const { data, loading, error, refetch } = useQuery(OPERATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const viewer = useViewer();
  const refetchOperations = () => void refetch().catch(() => undefined);
  useRealtimeEvent('operation.changed', refetchOperations);
  useRealtimeReconnect(refetchOperations);
  const operations = data?.operations ?? [];
  const mayForm = viewer?.roles.includes(Role.COORDINATOR) ?? false;
  return (
    <Card
      title="My joint operations"
      headingLevel={2}
      className="tf-section"
      aria-label="My joint operations"
      actions={
        mayForm ? (
          <Link to={pathTo('newOperation')} className="tf-button tf-button--primary tf-button--sm" data-testid="new-operation-link">
            New joint operation
          </Link>
        ) : undefined
      }
    >
      {error && !data && <Alert>{describeApiError(error, 'Joint operations cannot be loaded right now.')}</Alert>}
      {loading && !data && <LoadingState label="Loading joint operations…" />}
      {data && operations.length === 0 && (
        <EmptyState>Your agency does not take part in any joint operation yet.</EmptyState>
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
