import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { describeApiError, useViewer } from '@taskforce/web-data-access';
import { Alert, Badge, Button, Card, Drawer, EmptyState, formatDateTime, LoadingState, ROLE_LABELS, SelectField } from '@taskforce/web-ui';
import { useState } from 'react';
import { ChangeRolesForm } from './change-roles-form';
import { InvitePersonForm } from './invite-person-form';
import { OneTimeLinkNotice } from './one-time-link-notice';
import { grantableRoles } from './people-forms';
import {
  AGENCY_DIRECTORY_QUERY,
  AGENCY_PEOPLE_QUERY,
  DISABLE_USER_MUTATION,
  ENABLE_PERSON_MUTATION,
  START_PASSWORD_RESET_MUTATION,
  type OneTimeLinkData,
  type PersonData,
} from './people.documents';

/**
 * People (/admin/people): an agency admin's own agency (platform admins choose any agency): name, e-mail, roles,
 * last sign-in and status; invite a person, change roles, disable, enable, and start a password reset. After an
 * invitation or a reset the one-time link is shown once, to copy and pass on.
 */
export function PeopleAdminPage() {
  const viewer = useViewer();
  const roles = viewer?.roles ?? [];
  const isPlatformAdmin = roles.includes('PLATFORM_ADMIN');
  const isAdmin = isPlatformAdmin || roles.includes('AGENCY_ADMIN');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const directory = useQuery(AGENCY_DIRECTORY_QUERY, isPlatformAdmin ? {} : skipToken);
  const { data, loading, error, refetch } = useQuery(AGENCY_PEOPLE_QUERY, isAdmin ? { variables: { agencyId }, fetchPolicy: 'cache-and-network' } : skipToken);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<PersonData | null>(null);
  const [issued, setIssued] = useState<{ data: OneTimeLinkData; intro: string } | null>(null);
  const [disable, disabling] = useMutation(DISABLE_USER_MUTATION);
  const [enable, enabling] = useMutation(ENABLE_PERSON_MUTATION);
  const [reset, resetting] = useMutation(START_PASSWORD_RESET_MUTATION);
  const refresh = () => void refetch().catch(() => undefined);
  const choices = grantableRoles(roles);
  const actionError = disabling.error ?? enabling.error ?? resetting.error;

  if (!isAdmin) {
    return (
      <div className="tf-page" data-testid="people-admin-page">
        <h1 className="tf-page__title">People</h1>
        <Alert>Only agency admins and platform admins manage people.</Alert>
      </div>
    );
  }

  const agencyName = isPlatformAdmin && agencyId ? (directory.data?.agencies.find((a) => a.id === agencyId)?.name ?? '') : (viewer?.agency.name ?? '');

  const onDisable = async (person: PersonData) => {
    if (!window.confirm(`Disable ${person.displayName}? They are signed out at once and cannot sign in until enabled again.`)) return;
    try {
      await disable({ variables: { id: person.id } });
    } catch {
      // Shown from `actionError`.
    }
    refresh();
  };
  const onEnable = async (person: PersonData) => {
    try {
      await enable({ variables: { userId: person.id } });
    } catch {
      // Shown from `actionError`.
    }
    refresh();
  };
  const onReset = async (person: PersonData) => {
    if (!window.confirm(`Make a new one-time link for ${person.displayName} to set a new password? Earlier links stop working.`)) return;
    try {
      const result = await reset({ variables: { userId: person.id } });
      if (result.data) setIssued({ data: result.data.startPasswordReset, intro: 'Password reset started.' });
    } catch {
      // Shown from `actionError`.
    }
  };

  const people = data?.agencyPeople ?? [];
  return (
    <div className="tf-page" data-testid="people-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Administration</p>
        <h1 className="tf-page__title">People</h1>
        <p className="tf-muted">The accounts of {agencyName || 'your agency'}. New people set their own password through a one-time link that you pass on.</p>
      </div>
      {isPlatformAdmin && (
        <SelectField
          label="Agency"
          fieldClassName="tf-people-agency"
          value={agencyId ?? ''}
          placeholder="My agency"
          options={(directory.data?.agencies ?? []).filter((a) => a.id !== viewer?.agency.id).map((a) => ({ value: a.id, label: `${a.acronym} — ${a.name}` }))}
          onChange={(e) => {
            setAgencyId(e.currentTarget.value || null);
            setIssued(null);
          }}
          data-testid="people-agency"
        />
      )}
      <div className="tf-form-actions">
        <Button variant="primary" onClick={() => setInviting(true)} data-testid="invite-person">
          Invite a person
        </Button>
      </div>
      {issued && <OneTimeLinkNotice data={issued.data} intro={issued.intro} onDismiss={() => setIssued(null)} />}
      {actionError && <Alert>{describeApiError(actionError, 'That did not work. Please try again.')}</Alert>}
      {error && !data && <Alert>{describeApiError(error, 'The people cannot be loaded right now.')}</Alert>}
      {!data && loading && <LoadingState label="Loading people…" />}
      {data && people.length === 0 && <EmptyState>This agency has nobody yet.</EmptyState>}
      {people.length > 0 && (
        <Card>
          <div className="tf-table-scroll">
            <table className="tf-table" data-testid="people-table">
              <caption className="tf-visually-hidden">People of {agencyName || 'your agency'}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Last sign-in</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => {
                  const self = person.id === viewer?.id;
                  return (
                    <tr key={person.id} data-testid="person-row" data-email={person.email}>
                      <th scope="row">{person.displayName}</th>
                      <td>{person.email}</td>
                      <td data-testid="person-roles">{person.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                      <td>{person.lastSignInAt ? formatDateTime(person.lastSignInAt) : 'Never'}</td>
                      <td data-testid="person-status">
                        {person.disabled ? <Badge tone="neutral">Disabled</Badge> : person.hasPassword ? <Badge tone="success">Active</Badge> : <Badge tone="info">Invited</Badge>}
                      </td>
                      <td>
                        <div className="tf-people-actions">
                          {!self && (
                            <Button size="sm" onClick={() => setEditing(person)} data-testid="change-roles" aria-label={`Change roles of ${person.displayName}`}>
                              Change roles
                            </Button>
                          )}
                          {!person.disabled && (
                            <Button size="sm" onClick={() => onReset(person)} busy={resetting.loading} data-testid="reset-password" aria-label={`Reset password of ${person.displayName}`}>
                              Reset password
                            </Button>
                          )}
                          {!self && !person.disabled && (
                            <Button size="sm" variant="danger" onClick={() => onDisable(person)} data-testid="disable-person" aria-label={`Disable ${person.displayName}`}>
                              Disable
                            </Button>
                          )}
                          {person.disabled && (
                            <Button size="sm" onClick={() => onEnable(person)} data-testid="enable-person" aria-label={`Enable ${person.displayName}`}>
                              Enable
                            </Button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      {inviting && (
        <Drawer title="Invite a person" onClose={() => setInviting(false)} data-testid="invite-drawer">
          <InvitePersonForm
            agencyId={agencyId}
            choices={choices}
            onCancel={() => setInviting(false)}
            onInvited={(link) => {
              setInviting(false);
              setIssued({ data: link, intro: `${link.person.displayName} is invited.` });
              refresh();
            }}
          />
        </Drawer>
      )}
      {editing && (
        <Drawer title={`Change roles of ${editing.displayName}`} onClose={() => setEditing(null)}>
          <ChangeRolesForm
            person={editing}
            choices={choices}
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
