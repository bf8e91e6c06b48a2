import { useApolloClient } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { OPERATIONS_QUERY, useViewer } from '@taskforce/web-data-access';
import { Alert, Card, Link, pathTo, useNavigate, useToast } from '@taskforce/web-ui';
import { OperationForm } from './operation-form';

/**
 * /operations/new: a coordinator forms a joint operation, led by their agency and PLANNED; on success the new
 * operation's page opens. Others are told only coordinators form joint operations.
 */
export function NewOperationPage() {
  const navigate = useNavigate();
  const viewer = useViewer();
  const client = useApolloClient();
  const toast = useToast();
  const mayForm = viewer?.roles.includes(Role.COORDINATOR) ?? false;
  return (
    <div className="tf-page" data-testid="new-operation-page">
      <nav aria-label="Breadcrumb" className="tf-breadcrumb">
        <Link to={pathTo('dashboard')}>Dashboard</Link> <span aria-hidden="true">/</span> <span aria-current="page">New joint operation</span>
      </nav>
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Joint operation</p>
        <h1 className="tf-page__title">New joint operation</h1>
        {viewer && (
          <p className="tf-muted">
            Led by your agency ({viewer.agency.acronym}). It starts as planned; invite the other agencies from its page, and
            activate it once its legal basis is cited.
          </p>
        )}
      </div>
      {!mayForm ? (
        <Alert tone="info">Only coordinators form joint operations.</Alert>
      ) : (
        <Card>
          <OperationForm
            onSaved={(id) => {
              void client.refetchQueries({ include: [OPERATIONS_QUERY] }).catch(() => undefined);
              toast.show({ tone: 'success', title: 'Joint operation formed', body: 'Invite the other agencies from its page.' });
              navigate(pathTo('operation', { id: id }));
            }}
            onCancel={() => navigate(pathTo('dashboard'))}
          />
        </Card>
      )}
    </div>
  );
}
