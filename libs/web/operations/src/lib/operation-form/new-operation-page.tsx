import { useApolloClient } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { OPERATIONS_QUERY, useViewer } from '@taskforce/web-data-access';
import { Alert, Card, Link, LoadingState, pathTo, useCatalogue, useLingui, useNavigate, useToast } from '@taskforce/web-ui';
import { OperationForm } from './operation-form';

/**
 * /operations/new: a coordinator forms a joint operation, led by their agency and PLANNED; on success the new
 * operation's page opens. Others are told only coordinators form joint operations.
 */
export function NewOperationPage() {
  // The page's own texts come in the `operation` catalogue, fetched with the page in the shown language.
  if (!useCatalogue('operation')) return <LoadingState />;
  return <NewOperationPageContent />;
}

function NewOperationPageContent() {
  const { _ } = useLingui();
  const navigate = useNavigate();
  const viewer = useViewer();
  const client = useApolloClient();
  const toast = useToast();
  const mayForm = viewer?.roles.includes(Role.COORDINATOR) ?? false;
  return (
    <div className="tf-page" data-testid="new-operation-page">
      <nav aria-label={_('operation.breadcrumb')} className="tf-breadcrumb">
        <Link to={pathTo('dashboard')}>{_('nav.dashboard')}</Link> <span aria-hidden="true">/</span> <span aria-current="page">{_('page.newOperation')}</span>
      </nav>
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('operation.eyebrow')}</p>
        <h1 className="tf-page__title">{_('page.newOperation')}</h1>
        {viewer && (
          <p className="tf-muted">{_('operationForm.newIntro', { agency: viewer.agency.acronym })}</p>
        )}
      </div>
      {!mayForm ? (
        <Alert tone="info">{_('operationForm.forbiddenCreate')}</Alert>
      ) : (
        <Card>
          <OperationForm
            onSaved={(id) => {
              void client.refetchQueries({ include: [OPERATIONS_QUERY] }).catch(() => undefined);
              toast.show({ tone: 'success', title: _('operationForm.formed'), body: _('operationForm.formedBody') });
              navigate(pathTo('operation', { id: id }));
            }}
            onCancel={() => navigate(pathTo('dashboard'))}
          />
        </Card>
      )}
    </div>
  );
}
