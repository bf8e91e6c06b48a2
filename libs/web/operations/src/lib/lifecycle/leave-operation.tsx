import { useApolloClient, useMutation } from '@apollo/client/react';
import { describeApiError, LEAVE_OPERATION_MUTATION, MY_TASKS_QUERY, OPERATIONS_QUERY } from '@taskforce/web-data-access';
import { Alert, Button, Card, pathTo, useNavigate, useToast } from '@taskforce/web-ui';
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
      toast.show({ tone: 'success', title: `${agencyAcronym} left ${operationName}`, body: 'The coordinators were told.' });
      void client.refetchQueries({ include: [OPERATIONS_QUERY, MY_TASKS_QUERY] }).catch(() => undefined);
      navigate(pathTo('dashboard'));
    } catch (caught: unknown) {
      setError(describeApiError(caught, 'Your agency could not leave the joint operation. Please try again.'));
    }
  };

  return (
    <Card title="Your agency’s part" headingLevel={2} className="tf-section" data-testid="leave-operation">
      {!confirming ? (
        <Button variant="danger" size="sm" onClick={() => setConfirming(true)} data-testid="leave-operation-start">
          Leave this operation
        </Button>
      ) : (
        <div className="tf-confirm" role="group" aria-label="Confirm leaving">
          <p>
            {agencyAcronym} will leave <strong>{operationName}</strong>. Its people lose access at once; its open tasks stay on the
            board for the coordinators to reassign or cancel. Only a new invitation brings it back.
          </p>
          <div className="tf-button-row tf-mt">
            <Button variant="danger" size="sm" busy={loading} onClick={() => void onConfirm()} data-testid="leave-operation-confirm">
              Leave {operationName}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
              Stay
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
