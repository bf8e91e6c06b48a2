import './sharing-law-admin.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { apiErrorParts, apiErrorText, useViewer } from '@taskforce/web-data-access';
import { Alert, Badge, Button, Card, Drawer, EmptyState, formatList, labelFrom, LoadingState, messageId, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { AgreementForm } from './agreement-form';
import { AGREEMENTS_QUERY, UPDATE_AGREEMENT_MUTATION, type AgreementData } from './sharing-law.documents';
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_DISPLAY, CATEGORY_LABELS, PURPOSE_LABELS } from './sharing-law-forms';

/** "victim personal data, health data and location data" in the shown language. */
function categoryList(_: (id: string, values?: Record<string, unknown>) => string, categories: readonly string[]): string {
  return formatList(categories.map((category) => labelFrom(_, CATEGORY_LABELS, category)));
}

/**
 * Agreements (/admin/agreements): every signed-in user sees the list (decisions cite them); platform admins
 * create, edit, suspend and lift them. Expired agreements are shown as such.
 */
export function AgreementsAdminPage() {
  const viewer = useViewer();
  const isAdmin = viewer?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const { data, loading, error, refetch } = useQuery(AGREEMENTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<AgreementData | 'new' | null>(null);
  const [suspend, suspending] = useMutation(UPDATE_AGREEMENT_MUTATION);
  const refresh = () => void refetch().catch(() => undefined);
  const { _ } = useLingui();
  const catalogueReady = useCatalogue('admin');

  const toggleSuspended = async (agreement: AgreementData) => {
    try {
      await suspend({ variables: { input: { id: agreement.id, expectedVersion: agreement.version, suspended: !agreement.suspended } } });
    } catch {
      // Shown from `suspending.error`.
    }
    refresh();
  };

  const agreements = data?.agreements ?? [];
  if (!catalogueReady) return <LoadingState />;
  return (
    <div className="tf-page" data-testid="agreements-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('sharingLaw.eyebrow')}</p>
        <h1 className="tf-page__title">{_('agreements.title')}</h1>
        <p className="tf-muted">{_('agreements.intro')}</p>
      </div>
      {isAdmin && (
        <div className="tf-form-actions">
          <Button variant="primary" onClick={() => setEditing('new')} data-testid="new-agreement">
            {_('agreements.new')}
          </Button>
        </div>
      )}
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('agreements.loadFailed'))}</Alert>}
      {suspending.error && <Alert>{apiErrorText(_, apiErrorParts(suspending.error), messageId('agreements.changeFailed'))}</Alert>}
      {!data && loading && <LoadingState label={_('agreements.loading')} />}
      {data && agreements.length === 0 && <EmptyState>{_('agreements.none')}</EmptyState>}
      {agreements.length > 0 && (
        <Card>
          <div className="tf-table-wrap">
            <table className="tf-table" data-testid="agreement-table">
              <thead>
                <tr>
                  <th scope="col">{_('agreements.agreement')}</th>
                  <th scope="col">{_('agreements.kind')}</th>
                  <th scope="col">{_('agreements.parties')}</th>
                  <th scope="col">{_('agreements.categories')}</th>
                  <th scope="col">{_('agreements.purposes')}</th>
                  <th scope="col">{_('agreements.inForce')}</th>
                  <th scope="col">{_('agreements.status')}</th>
                  {isAdmin && <th scope="col">{_('agreements.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {agreements.map((a) => {
                  const status = AGREEMENT_STATUS_DISPLAY[a.status];
                  return (
                    <tr key={a.id} data-testid="agreement-row" data-agreement-id={a.id}>
                      <td>
                        <strong>{a.id}</strong>
                        <div className="tf-small">{a.title}</div>
                        {a.article && <div className="tf-small tf-muted">{a.article}</div>}
                      </td>
                      <td>{labelFrom(_, AGREEMENT_KIND_LABELS, a.kind)}</td>
                      <td>{formatList(a.parties.map((p) => (p.kind === 'COUNTRY' ? (p.country ?? '') : (p.agency?.acronym ?? p.agencyId ?? ''))), 'unit')}</td>
                      <td>{a.dataCategories.length ? categoryList(_, a.dataCategories) : _('agreements.noCategories')}</td>
                      <td>{formatList(a.purposes.map((p) => labelFrom(_, PURPOSE_LABELS, p)), 'unit')}</td>
                      <td>
                        {_('agreements.period', { from: a.inForceFrom, to: a.inForceTo ?? _('agreements.openEnded') })}
                      </td>
                      <td>
                        <Badge tone={status.tone} data-testid="agreement-status">
                          {_(status.label)}
                        </Badge>
                        {a.suspended && a.status !== 'SUSPENDED' && <div className="tf-small tf-muted">{_('agreements.suspendedNote')}</div>}
                      </td>
                      {isAdmin && (
                        <td>
                          <div className="tf-button-row">
                            <Button size="sm" onClick={() => setEditing(a)} data-testid="edit-agreement">
                              {_('agreements.edit')}
                            </Button>
                            <Button size="sm" variant={a.suspended ? 'secondary' : 'danger'} onClick={() => toggleSuspended(a)} busy={suspending.loading} data-testid="toggle-suspended">
                              {a.suspended ? _('agreements.liftSuspension') : _('agreements.suspend')}
                            </Button>
                          </div>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      {isAdmin && editing && (
        <Drawer title={editing === 'new' ? _('agreements.new') : _('agreements.editTitle', { id: editing.id })} onClose={() => setEditing(null)}>
          <AgreementForm
            key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
            agreement={editing === 'new' ? undefined : editing}
            onDone={() => {
              setEditing(null);
              refresh();
            }}
          />
        </Drawer>
      )}
    </div>
  );
}
