import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, useViewer } from '@taskforce/web-data-access';
import { Alert, Badge, Button, Card, Drawer, EmptyState, formatDateTime, formatList, labelFrom, LoadingState, messageId, ROLE_LABEL_IDS, SelectField, useCatalogue, useLingui } from '@taskforce/web-ui';
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
  const { _ } = useLingui();
  const catalogueReady = useCatalogue('admin');

  if (!catalogueReady) return <LoadingState />;
  if (!isAdmin) {
    return (
      <div className="tf-page" data-testid="people-admin-page">
        <h1 className="tf-page__title">{_('people.title')}</h1>
        <Alert>{_('people.onlyAdmins')}</Alert>
      </div>
    );
  }

  const agencyName = isPlatformAdmin && agencyId ? (directory.data?.agencies.find((a) => a.id === agencyId)?.name ?? '') : (viewer?.agency.name ?? '');

  const onDisable = async (person: PersonData) => {
    if (!window.confirm(_('people.disableConfirm', { name: person.displayName }))) return;
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
    if (!window.confirm(_('people.resetConfirm', { name: person.displayName }))) return;
    try {
      const result = await reset({ variables: { userId: person.id } });
      if (result.data) setIssued({ data: result.data.startPasswordReset, intro: _('people.resetStarted') });
    } catch {
      // Shown from `actionError`.
    }
  };

  const people = data?.agencyPeople ?? [];
  return (
    <div className="tf-page" data-testid="people-admin-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('admin.eyebrow')}</p>
        <h1 className="tf-page__title">{_('people.title')}</h1>
        <p className="tf-muted">{_('people.intro', { agency: agencyName || _('people.yourAgency') })}</p>
      </div>
      {isPlatformAdmin && (
        <SelectField
          label={_('people.agency')}
          fieldClassName="tf-people-agency"
          value={agencyId ?? ''}
          placeholder={_('people.myAgency')}
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
          {_('people.invite')}
        </Button>
      </div>
      {issued && <OneTimeLinkNotice data={issued.data} intro={issued.intro} onDismiss={() => setIssued(null)} />}
      {actionError && <Alert>{apiErrorText(_, apiErrorParts(actionError), messageId('people.actionFailed'))}</Alert>}
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('people.loadFailed'))}</Alert>}
      {!data && loading && <LoadingState label={_('people.loading')} />}
      {data && people.length === 0 && <EmptyState>{_('people.none')}</EmptyState>}
      {people.length > 0 && (
        <Card>
          <div className="tf-table-scroll">
            <table className="tf-table" data-testid="people-table">
              <caption className="tf-visually-hidden">{_('people.tableCaption', { agency: agencyName || _('people.yourAgency') })}</caption>
              <thead>
                <tr>
                  <th scope="col">{_('people.name')}</th>
                  <th scope="col">{_('people.email')}</th>
                  <th scope="col">{_('people.roles')}</th>
                  <th scope="col">{_('people.lastSignIn')}</th>
                  <th scope="col">{_('people.status')}</th>
                  <th scope="col">{_('people.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => {
                  const self = person.id === viewer?.id;
                  return (
                    <tr key={person.id} data-testid="person-row" data-email={person.email}>
                      <th scope="row">{person.displayName}</th>
                      <td>{person.email}</td>
                      <td data-testid="person-roles">{formatList(person.roles.map((r) => labelFrom(_, ROLE_LABEL_IDS, r)), 'unit')}</td>
                      <td>{person.lastSignInAt ? formatDateTime(person.lastSignInAt) : _('people.never')}</td>
                      <td data-testid="person-status">
                        {person.disabled ? <Badge tone="neutral">{_('people.statusDisabled')}</Badge> : person.hasPassword ? <Badge tone="success">{_('people.statusActive')}</Badge> : <Badge tone="info">{_('people.statusInvited')}</Badge>}
                      </td>
                      <td>
                        <div className="tf-people-actions">
                          {!self && (
                            <Button size="sm" onClick={() => setEditing(person)} data-testid="change-roles" aria-label={_('people.changeRolesOf', { name: person.displayName })}>
                              {_('people.changeRoles')}
                            </Button>
                          )}
                          {!person.disabled && (
                            <Button size="sm" onClick={() => onReset(person)} busy={resetting.loading} data-testid="reset-password" aria-label={_('people.resetPasswordOf', { name: person.displayName })}>
                              {_('people.resetPassword')}
                            </Button>
                          )}
                          {!self && !person.disabled && (
                            <Button size="sm" variant="danger" onClick={() => onDisable(person)} data-testid="disable-person" aria-label={_('people.disableName', { name: person.displayName })}>
                              {_('people.disable')}
                            </Button>
                          )}
                          {person.disabled && (
                            <Button size="sm" onClick={() => onEnable(person)} data-testid="enable-person" aria-label={_('people.enableName', { name: person.displayName })}>
                              {_('people.enable')}
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
        <Drawer title={_('people.invite')} onClose={() => setInviting(false)} data-testid="invite-drawer">
          <InvitePersonForm
            agencyId={agencyId}
            choices={choices}
            onCancel={() => setInviting(false)}
            onInvited={(link) => {
              setInviting(false);
              setIssued({ data: link, intro: _('people.invited', { name: link.person.displayName }) });
              refresh();
            }}
          />
        </Drawer>
      )}
      {editing && (
        <Drawer title={_('people.changeRolesOf', { name: editing.displayName })} onClose={() => setEditing(null)}>
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
