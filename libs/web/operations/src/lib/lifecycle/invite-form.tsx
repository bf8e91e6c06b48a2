import { useMutation, useQuery } from '@apollo/client/react';
import { AgencyKind, OperationAgencyRole } from '@taskforce/domain';
import { AGENCIES_QUERY, apiErrorCode, describeApiError, invalidFields, INVITE_AGENCY_MUTATION, type OperationBoardData } from '@taskforce/web-data-access';
import { Alert, Button, countryName, SelectField, TextAreaField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
import { invitableAgencies } from './operation-controls';
import { AGENCY_ROLE_LABELS } from './agency-role-labels';

/** The coordinator's form to invite an agency into a joint operation as a party or a participant, with a message. */
export function InviteForm({ operation, onInvited }: { operation: OperationBoardData; onInvited: (text: string) => void }) {
  const { _ } = useLingui();
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
      setErrors({ agencyId: _('agencies.invite.chooseAgencyError') });
      return;
    }
    setErrors({});
    try {
      const result = await invite({ variables: { input: { operationId: operation.id, agencyId, role, message: message.trim() || null } } });
      const sent = result.data?.inviteAgencyToOperation;
      setAgencyId('');
      setMessage('');
      onInvited(sent ? _('agencies.invite.sent', { agency: sent.agency.acronym, role: _(AGENCY_ROLE_LABELS[sent.role] ?? sent.role) }) : _('agencies.invite.sentUnnamed'));
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        const fields = plainFieldMessages(invalidFields(caught, _));
        setErrors(fields);
        // Problems the form has no field for (e.g. the operation) still need saying.
        const elsewhere = Object.entries(fields).filter(([field]) => !['agencyId', 'role', 'message'].includes(field));
        if (elsewhere.length) setFormError(elsewhere.map(([, text]) => text).join(' '));
      } else {
        setFormError(describeApiError(caught, _('agencies.invite.failed'), _));
      }
    }
  };

  return (
    <form className="tf-form-grid tf-invite-form" onSubmit={onSubmit} noValidate aria-label={_('agencies.invite.title')} data-testid="invite-form">
      <SelectField
        label={_('agencies.agency')}
        required
        placeholder={agencies.loading ? _('agencies.invite.loadingAgencies') : _('agencies.invite.chooseAgency')}
        options={choices.map((agency) => ({
          value: agency.id,
          label: _('agencies.invite.agencyOption', { acronym: agency.acronym, name: agency.name, country: agency.country ? countryName(agency.country) : _('agencies.invite.international') }),
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
        error={errors['agencyId'] ?? (agencies.error ? _('agencies.invite.agenciesFailed') : undefined)}
        data-testid="invite-agency"
      />
      <SelectField
        label={_('agencies.invite.role')}
        required
        options={Object.values(OperationAgencyRole).map((value) => ({
          value,
          label: value === OperationAgencyRole.PARTY ? _('agencies.invite.roleParty') : _('agencies.invite.roleParticipant'),
        }))}
        value={role}
        onChange={(event) => setRole(event.target.value as OperationAgencyRole)}
        error={errors['role']}
        data-testid="invite-role"
      />
      <TextAreaField
        label={_('agencies.invite.message')}
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
          {_('agencies.invite.submit')}
        </Button>
      </div>
    </form>
  );
}

