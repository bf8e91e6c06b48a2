import { useQuery } from '@apollo/client/react';
import { describeApiError, OPERATIONS_QUERY } from '@taskforce/web-data-access';
import { Alert, Card, EmptyState, LoadingState } from '@taskforce/web-ui';
import { OperationCard } from './operation-card';

/** The joint operations the person's agency participates in, as a grid of cards. */
export function MyOperationsSection() {
  const { data, loading, error } = useQuery(OPERATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const operations = data?.operations ?? [];
  return (
    <Card title="My joint operations" headingLevel={2} className="tf-section" aria-label="My joint operations">
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
