import { useMutation, useQuery } from '@apollo/client/react';
import { AgencyKind, OperationAgencyRole } from '@taskforce/domain';
import { AGENCIES_QUERY, apiErrorCode, describeApiError, invalidFields, INVITE_AGENCY_MUTATION, type OperationBoardData } from '@taskforce/web-data-access';
import { Alert, Button, SelectField, TextAreaField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
import { invitableAgencies } from './operation-controls';
import { AGENCY_ROLE_LABELS } from './agency-role-labels';

/** The coordinator's form to invite an agency into a joint operation as a party or a participant, with a message. */
export function InviteForm({ operation, onInvited }: { operation: OperationBoardData; onInvited: (text: string) => void }) {
  const agencies = useQuery(AGENCIES_QUERY, { fetchPolicy: 'cache-first' });
  const [invite, { loading }] = useMutation(INVITE_AGENCY_MUTATION);
  const [agencyId, setAgencyId] = useState('');
  const [role, setRole] = useState<OperationAgencyRole>(OperationAgencyRole.PARTY);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const choices = invitableAgencies(agencies.data?.agencies ?? [], operation.participants, operation.invitations);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    if (!agencyId) {
      setErrors({ agencyId: 'Choose the agency to invite.' });
      return;
    }
    setErrors({});
    try {
      const result = await invite({ variables: { input: { operationId: operation.id, agencyId, role, message: message.trim() || null } } });
      const sent = result.data?.inviteAgencyToOperation;
      setAgencyId('');
      setMessage('');
      onInvited(sent ? `${sent.agency.acronym} is invited as ${AGENCY_ROLE_LABELS[sent.role] ?? sent.role}; its coordinators and admins answer.` : 'Invitation sent.');
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        const fields = plainFieldMessages(invalidFields(caught));
        setErrors(fields);
        // Problems the form has no field for (e.g. the operation) still need saying.
        const elsewhere = Object.entries(fields).filter(([field]) => !['agencyId', 'role', 'message'].includes(field));
        if (elsewhere.length) setFormError(elsewhere.map(([, text]) => text).join(' '));
      } else {
        setFormError(describeApiError(caught, 'The invitation could not be sent. Please try again.'));
      }
    }
  };

  return (
    <form className="tf-form-grid tf-invite-form" onSubmit={onSubmit} noValidate aria-label="Invite an agency" data-testid="invite-form">
      <SelectField
        label="Agency"
        required
        placeholder={agencies.loading ? 'Loading agencies…' : 'Choose an agency'}
        options={choices.map((agency) => ({
          value: agency.id,
          label: `${agency.acronym} — ${agency.name} (${agency.countryName ?? agency.country ?? 'International'})`,
        }))}
        value={agencyId}
        onChange={(event) => {
          const chosen = choices.find((agency) => agency.id === event.target.value);
          setAgencyId(event.target.value);
          // International bodies and NGOs usually take part without being a party (the Eurojust model agreement).
          if (chosen) {
            setRole(
              chosen.kind === AgencyKind.INTERNATIONAL_ORGANIZATION || chosen.kind === AgencyKind.NGO
                ? OperationAgencyRole.PARTICIPANT
                : OperationAgencyRole.PARTY,
            );
          }
        }}
        error={errors['agencyId'] ?? (agencies.error ? 'The agencies cannot be listed right now.' : undefined)}
        data-testid="invite-agency"
      />
      <SelectField
        label="Role"
        required
        options={Object.values(OperationAgencyRole).map((value) => ({
          value,
          label: value === OperationAgencyRole.PARTY ? 'Party (member of the team)' : 'Participant (international body, observer)',
        }))}
        value={role}
        onChange={(event) => setRole(event.target.value as OperationAgencyRole)}
        error={errors['role']}
        data-testid="invite-role"
      />
      <TextAreaField
        label="Message to the agency (optional)"
        rows={2}
        maxLength={2000}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={errors['message']}
        fieldClassName="tf-form-grid__wide"
        data-testid="invite-message"
      />
      {formError && (
        <Alert className="tf-form-grid__wide" data-testid="invite-error">
          {formError}
        </Alert>
      )}
      <div className="tf-form-grid__wide tf-form-actions">
        <Button type="submit" size="sm" variant="primary" busy={loading} data-testid="invite-submit">
          Send invitation
        </Button>
      </div>
    </form>
  );
}

