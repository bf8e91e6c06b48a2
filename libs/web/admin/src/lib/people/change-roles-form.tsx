import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, invalidFields, type Role } from '@taskforce/web-data-access';
import { Alert, Button, messageId, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { CHANGE_PERSON_ROLES_MUTATION, type PersonData } from './people.documents';
import { RoleChoices } from './role-choices';

/** Changes one person's roles; the server's message for `roles` shows under the choices. */
export function ChangeRolesForm({ person, choices, onDone }: { person: PersonData; choices: readonly Role[]; onDone: () => void }) {
  const [roles, setRoles] = useState<Role[]>(person.roles);
  const [change, { loading, error }] = useMutation(CHANGE_PERSON_ROLES_MUTATION);
  const { _ } = useLingui();
  const fields = error ? invalidFields(error, _) : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await change({ variables: { input: { userId: person.id, roles } } });
      onDone();
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="change-roles-form">
      <RoleChoices legend={_('people.rolesOf', { name: person.displayName })} choices={choices} value={roles} onChange={setRoles} error={fields['roles']} testId="change-roles" />
      {error && !fields['roles'] && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('people.rolesFailed'))}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={loading} data-testid="change-roles-save">
          {_('people.saveRoles')}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={loading}>
          {_('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}
