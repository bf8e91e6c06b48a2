import './sharing-law-admin.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import { describeApiError, useViewer } from '@taskforce/web-data-access';
import { Alert, Badge, Button, Card, categoryList, Drawer, EmptyState, labelOf, LoadingState, SHARING_PURPOSE_LABELS } from '@taskforce/web-ui';
import { useState } from 'react';
import { AgreementForm } from './agreement-form';
import { AGREEMENTS_QUERY, UPDATE_AGREEMENT_MUTATION, type AgreementData } from './sharing-law.documents';
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_DISPLAY } from './sharing-law-forms';

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

  const toggleSuspended = async (agreement: AgreementData) => {
    try {
      await suspend({ variables: { input: { id: agreement.id, expectedVersion: agreement.version, suspended: !agreement.suspended } } });
    } catch {
      // Shown from `suspending.error`.
    }
    refresh();
  };

  const agreements = data?.agreements ?? [];
  return (
    <div className="tf-page" data-testid="agreements-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Sharing law</p>
        <h1 className="tf-page__title">Agreements</h1>
        <p className="tf-muted">Legal bases for moving data between their parties. Changes take effect at once: live shares are decided again.</p>
      </div>
      {isAdmin && (
        <div className="tf-form-actions">
          <Button variant="primary" onClick={() => setEditing('new')} data-testid="new-agreement">
            New agreement
          </Button>
        </div>
      )}
      {error && !data && <Alert>{describeApiError(error, 'The agreements cannot be loaded right now.')}</Alert>}
      {suspending.error && <Alert>{describeApiError(suspending.error, 'The agreement could not be changed.')}</Alert>}
      {!data && loading && <LoadingState label="Loading agreements…" />}
      {data && agreements.length === 0 && <EmptyState>No agreements are recorded.</EmptyState>}
      {agreements.length > 0 && (
        <Card>
          <div className="tf-table-wrap">
            <table className="tf-table" data-testid="agreement-table">
              <thead>
                <tr>
                  <th scope="col">Agreement</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Parties</th>
                  <th scope="col">Categories</th>
                  <th scope="col">Purposes</th>
                  <th scope="col">In force</th>
                  <th scope="col">Status</th>
                  {isAdmin && <th scope="col">Actions</th>}
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
                      <td>{AGREEMENT_KIND_LABELS[a.kind]}</td>
                      <td>{a.parties.map((p) => (p.kind === 'COUNTRY' ? p.country : (p.agency?.acronym ?? p.agencyId))).join(', ')}</td>
                      <td>{a.dataCategories.length ? categoryList(a.dataCategories) : 'none'}</td>
                      <td>{a.purposes.map((p) => labelOf(SHARING_PURPOSE_LABELS, p)).join(', ')}</td>
                      <td>
                        {a.inForceFrom} – {a.inForceTo ?? 'open-ended'}
                      </td>
                      <td>
                        <Badge tone={status.tone} data-testid="agreement-status">
                          {status.label}
                        </Badge>
                        {a.suspended && a.status !== 'SUSPENDED' && <div className="tf-small tf-muted">suspended</div>}
                      </td>
                      {isAdmin && (
                        <td>
                          <div className="tf-button-row">
                            <Button size="sm" onClick={() => setEditing(a)} data-testid="edit-agreement">
                              Edit
                            </Button>
                            <Button size="sm" variant={a.suspended ? 'secondary' : 'danger'} onClick={() => toggleSuspended(a)} busy={suspending.loading} data-testid="toggle-suspended">
                              {a.suspended ? 'Lift suspension' : 'Suspend'}
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
        <Drawer title={editing === 'new' ? 'New agreement' : `Edit ${editing.id}`} onClose={() => setEditing(null)}>
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
