import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, invalidFields, type Role } from '@taskforce/web-data-access';
import { Alert, Button, messageId, TextField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { INVITE_PERSON_MUTATION, type OneTimeLinkData } from './people.documents';
import { RoleChoices } from './role-choices';

/** "Invite a person": e-mail, name and roles; on success hands the one-time link to `onInvited`. */
export function InvitePersonForm({ agencyId, choices, onInvited, onCancel }: { agencyId: string | null; choices: readonly Role[]; onInvited: (link: OneTimeLinkData) => void; onCancel: () => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['MEMBER']);
  const [invite, { loading, error }] = useMutation(INVITE_PERSON_MUTATION);
  const { _ } = useLingui();
  const fields = error ? invalidFields(error, _) : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await invite({ variables: { input: { email: email.trim(), displayName: displayName.trim(), roles, agencyId } } });
      if (result.data) onInvited(result.data.invitePerson);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="invite-person-form">
      <TextField label={_('people.email')} type="email" autoComplete="off" required value={email} error={fields['email']} onChange={(e) => setEmail(e.currentTarget.value)} data-testid="invite-email" />
      <TextField label={_('people.name')} autoComplete="off" required value={displayName} error={fields['displayName']} onChange={(e) => setDisplayName(e.currentTarget.value)} data-testid="invite-name" />
      <RoleChoices legend={_('people.roles')} choices={choices} value={roles} onChange={setRoles} error={fields['roles']} testId="invite-roles" />
      {error && Object.keys(fields).length === 0 && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('people.inviteFailed'))}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={loading} data-testid="invite-submit">
          {_('people.inviteSubmit')}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={loading}>
          {_('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}
