import { useApolloClient, useMutation } from '@apollo/client/react';
import { describeApiError, LEAVE_OPERATION_MUTATION, MY_TASKS_QUERY, OPERATIONS_QUERY } from '@taskforce/web-data-access';
import { Alert, Button, Card, pathTo, useLingui, useNavigate, useToast } from '@taskforce/web-ui';
import { useState } from 'react';

interface LeaveOperationProps {
  operationId: string;
  operationName: string;
  agencyAcronym: string;
}

/**
 * "Leave this operation" for the coordinators and agency admins of a participating agency that is not the lead:
 * asks for confirmation, says what follows (the agency's people lose the operation at once; its open tasks stay
 * for the coordinators to reassign), then returns to the dashboard.
 */
export function LeaveOperation({ operationId, operationName, agencyAcronym }: LeaveOperationProps) {
  const { _ } = useLingui();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [leave, { loading }] = useMutation(LEAVE_OPERATION_MUTATION);
  const client = useApolloClient();
  const toast = useToast();

  const onConfirm = async () => {
    setError(null);
    try {
      await leave({ variables: { operationId } });
      toast.show({ tone: 'success', title: _('lifecycle.leave.done', { agency: agencyAcronym, operation: operationName }), body: _('lifecycle.leave.coordinatorsTold') });
      void client.refetchQueries({ include: [OPERATIONS_QUERY, MY_TASKS_QUERY] }).catch(() => undefined);
      navigate(pathTo('dashboard'));
    } catch (caught: unknown) {
      setError(describeApiError(caught, _('lifecycle.leave.failed'), _));
    }
  };

  return (
    <Card title={_('lifecycle.leave.title')} headingLevel={2} className="tf-section" data-testid="leave-operation">
      {!confirming ? (
        <Button variant="danger" size="sm" onClick={() => setConfirming(true)} data-testid="leave-operation-start">
          {_('lifecycle.leave.start')}
        </Button>
      ) : (
        <div className="tf-confirm" role="group" aria-label={_('lifecycle.leave.confirmLabel')}>
          <p>{_('lifecycle.leave.explain', { agency: agencyAcronym, operation: operationName })}</p>
          <div className="tf-button-row tf-mt">
            <Button variant="danger" size="sm" busy={loading} onClick={() => void onConfirm()} data-testid="leave-operation-confirm">
              {_('lifecycle.leave.confirm', { operation: operationName })}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              {_('lifecycle.leave.stay')}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <Alert className="tf-mt" data-testid="leave-operation-error">
          {error}
        </Alert>
      )}
    </Card>
  );
}
