import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { APPOINT_COORDINATOR_MUTATION, ASSIGNABLE_USERS_QUERY, describeApiError, invalidFields, REMOVE_AGENCY_MUTATION, STAND_DOWN_COORDINATOR_MUTATION, WITHDRAW_INVITATION_MUTATION, type InvitationStatus, type OperationBoardData, type OperationInvitationSummary } from '@taskforce/web-data-access';
import { AgencyBadge, Alert, Badge, Button, Card, formatDate, formatDateTime, messageId, SelectField, useLingui, type BadgeTone } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
import { appointablePeople } from './operation-controls';
import { AGENCY_ROLE_LABELS } from './agency-role-labels';
import { InviteForm } from './invite-form';

export { AGENCY_ROLE_LABELS };

const INVITATION_STATUS: Record<InvitationStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: messageId('invitationStatus.pending'), tone: 'info' },
  ACCEPTED: { label: messageId('invitationStatus.accepted'), tone: 'success' },
  DECLINED: { label: messageId('invitationStatus.declined'), tone: 'warning' },
  WITHDRAWN: { label: messageId('invitationStatus.withdrawn'), tone: 'neutral' },
  EXPIRED: { label: messageId('invitationStatus.expired'), tone: 'neutral' },
};

/** The status of an invitation as a coloured badge. */
export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { _ } = useLingui();
  const shown = INVITATION_STATUS[status] ?? { label: status, tone: 'neutral' as const };
  return (
    <Badge tone={shown.tone} data-testid="invitation-status" data-status={status}>
      {_(shown.label)}
    </Badge>
  );
}

interface AgenciesPanelProps {
  operation: OperationBoardData;
  /** Coordinators of an open operation: invite, withdraw, remove, appoint, stand down. */
  manage: boolean;
  viewerId: string | undefined;
  onChanged: () => void;
}

type Feedback = { tone: 'success' | 'error'; text: string } | null;

function AppointForm({ operation, onAppointed }: { operation: OperationBoardData; onAppointed: (text: string) => void }) {
  const { _ } = useLingui();
  const [agencyId, setAgencyId] = useState('');
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const people = useQuery(ASSIGNABLE_USERS_QUERY, agencyId ? { variables: { operationId: operation.id, agencyId } } : skipToken);
  const [appoint, { loading }] = useMutation(APPOINT_COORDINATOR_MUTATION);
  const candidates = appointablePeople(people.data?.assignableUsers ?? [], operation.coordinators.map((c) => c.id));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!userId) {
      setError(_('agencies.appoint.choosePerson'));
      return;
    }
    try {
      await appoint({ variables: { operationId: operation.id, userId } });
      const name = candidates.find((person) => person.id === userId)?.displayName;
      setUserId('');
      onAppointed(name ? _('agencies.appoint.done', { name }) : _('agencies.appoint.doneUnnamed'));
    } catch (caught: unknown) {
      setError(plainFieldMessages(invalidFields(caught, _))['userId'] ?? describeApiError(caught, _('agencies.appoint.failed'), _));
    }
  };

  return (
    <form className="tf-form-grid" onSubmit={onSubmit} noValidate aria-label={_('agencies.appoint.title')} data-testid="appoint-form">
      <SelectField
        label={_('agencies.agency')}
        placeholder={_('agencies.appoint.chooseAgency')}
        options={operation.participants.map((p) => ({ value: p.agency.id, label: `${p.agency.acronym} — ${p.agency.name}` }))}
        value={agencyId}
        onChange={(event) => {
          setAgencyId(event.target.value);
          setUserId('');
        }}
        data-testid="appoint-agency"
      />
      <SelectField
        label={_('agencies.appoint.person')}
        placeholder={
          !agencyId
            ? _('agencies.appoint.agencyFirst')
            : people.loading
              ? _('agencies.appoint.loadingPeople')
              : candidates.length
                ? _('agencies.appoint.choosePersonPlaceholder')
                : _('agencies.appoint.nobody')
        }
        options={candidates.map((person) => ({ value: person.id, label: person.displayName }))}
        disabled={!agencyId || people.loading || candidates.length === 0}
        value={userId}
        onChange={(event) => setUserId(event.target.value)}
        error={error ?? (people.error ? _('agencies.appoint.peopleFailed') : undefined)}
        data-testid="appoint-user"
      />
      <div className="tf-form-grid__wide tf-form-actions">
        <Button type="submit" size="sm" busy={loading} disabled={!userId} data-testid="appoint-submit">
          {_('agencies.appoint.submit')}
        </Button>
      </div>
    </form>
  );
}

function InvitationRow({ invitation, manage, onWithdraw, busy }: { invitation: OperationInvitationSummary; manage: boolean; onWithdraw: () => void; busy: boolean }) {
  const { _ } = useLingui();
  const [confirming, setConfirming] = useState(false);
  const pending = invitation.status === 'PENDING';
  return (
    <li className="tf-invitation-row" data-testid="operation-invitation" data-agency-acronym={invitation.agency.acronym}>
      <div className="tf-chip-list">
        <strong>{invitation.agency.acronym}</strong>
        <Badge tone="neutral" className="tf-badge--outline">
          {_(AGENCY_ROLE_LABELS[invitation.role] ?? invitation.role)}
        </Badge>
        <InvitationStatusBadge status={invitation.status} />
      </div>
      <p className="tf-small tf-muted">
        {_('agencies.invitation.invitedBy', { name: invitation.invitedBy, time: formatDateTime(invitation.createdAt) })}
        {pending ? _('agencies.invitation.expires', { date: formatDate(invitation.expiresAt) }) : ''}
        {invitation.respondedAt
          ? invitation.respondedBy
            ? _('agencies.invitation.answeredBy', { time: formatDateTime(invitation.respondedAt), name: invitation.respondedBy })
            : _('agencies.invitation.answered', { time: formatDateTime(invitation.respondedAt) })
          : ''}
      </p>
      {invitation.responseReason && <p className="tf-small tf-break">{_('agencies.invitation.reason', { reason: invitation.responseReason })}</p>}
      {pending && invitation.answerers === 0 && (
        <Alert tone="warning" className="tf-small" data-testid="invitation-unanswerable">
          {_('agencies.invitation.unanswerable', { agency: invitation.agency.acronym })}
        </Alert>
      )}
      {manage && pending && !confirming && (
        <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} data-testid="withdraw-invitation">
          {_('agencies.invitation.withdraw')}
          <span className="tf-visually-hidden"> {_('agencies.invitation.withdrawHidden', { agency: invitation.agency.acronym })}</span>
        </Button>
      )}
      {manage && pending && confirming && (
        <div className="tf-button-row">
          <Button size="sm" variant="danger" busy={busy} onClick={onWithdraw} data-testid="confirm-withdraw">
            {_('agencies.invitation.confirmWithdraw', { agency: invitation.agency.acronym })}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            {_('agencies.invitation.keep')}
          </Button>
        </div>
      )}
    </li>
  );
}

/**
 * "Agencies and invitations" of a joint operation: the participants with their role (Party / Participant, lead),
 * the coordinators, and for coordinators of an open operation the controls to invite an agency, withdraw a pending
 * invitation, remove an agency (not the lead) and appoint or stand down co-coordinators.
 */
export function AgenciesPanel({ operation, manage, viewerId, onChanged }: AgenciesPanelProps) {
  const { _ } = useLingui();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [remove, removing] = useMutation(REMOVE_AGENCY_MUTATION);
  const [standDown, standingDown] = useMutation(STAND_DOWN_COORDINATOR_MUTATION);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_INVITATION_MUTATION);

  const run = async (action: () => Promise<unknown>, success: string, fallback: string) => {
    setFeedback(null);
    try {
      await action();
      setFeedback({ tone: 'success', text: success });
      onChanged();
    } catch (caught: unknown) {
      const fields = Object.values(plainFieldMessages(invalidFields(caught, _)));
      setFeedback({ tone: 'error', text: fields[0] ?? describeApiError(caught, fallback, _) });
    }
  };
  const done = (text: string) => {
    setFeedback({ tone: 'success', text });
    onChanged();
  };

  return (
    <Card title={_('agencies.title')} headingLevel={2} className="tf-section tf-agencies-panel" data-testid="agencies-panel">
      <ul className="tf-participant-list" aria-label={_('operation.participatingAgencies')}>
        {operation.participants.map((participant) => (
          <li key={participant.agency.id} className="tf-participant" data-testid="participant" data-agency-acronym={participant.agency.acronym}>
            <div className="tf-chip-list">
              <AgencyBadge agency={participant.agency} />
              <span className="tf-small">{participant.agency.name}</span>
              <Badge tone="neutral" className="tf-badge--outline" data-testid="participant-role">
                {_(AGENCY_ROLE_LABELS[participant.role] ?? participant.role)}
              </Badge>
              {participant.isLead && <Badge tone="accent">{_('operation.leadAgency')}</Badge>}
            </div>
            <p className="tf-small tf-muted">{_('agencies.joined', { date: formatDate(participant.joinedAt) })}</p>
            {manage && !participant.isLead && confirmRemove !== participant.agency.id && (
              <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(participant.agency.id)} data-testid="remove-agency">
                {_('agencies.remove')}
                <span className="tf-visually-hidden"> {participant.agency.acronym}</span>
              </Button>
            )}
            {manage && confirmRemove === participant.agency.id && (
              <div className="tf-confirm" role="group" aria-label={_('agencies.removeAgency', { agency: participant.agency.acronym })}>
                <p className="tf-small">{_('agencies.removeExplain', { agency: participant.agency.acronym })}</p>
                <div className="tf-button-row">
                  <Button
                    size="sm"
                    variant="danger"
                    busy={removing.loading}
                    onClick={() =>
                      void run(
                        () => remove({ variables: { operationId: operation.id, agencyId: participant.agency.id } }).then(() => setConfirmRemove(null)),
                        _('agencies.removed', { agency: participant.agency.acronym }),
                        _('agencies.removeFailed'),
                      )
                    }
                    data-testid="confirm-remove-agency"
                  >
                    {_('agencies.removeAgency', { agency: participant.agency.acronym })}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(null)}>
                    {_('agencies.cancel')}
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>

      <h3 className="tf-detail-section__title tf-mt">{_('operation.coordinators')}</h3>
      <ul className="tf-participant-list" aria-label={_('operation.coordinators')} data-testid="coordinator-list">
        {operation.coordinators.map((person) => (
          <li key={person.id} className="tf-participant" data-testid="coordinator">
            <span>
              {person.displayName} <span className="tf-muted">({person.agency.acronym})</span>
              {person.id === viewerId && <span className="tf-muted"> {_('agencies.you')}</span>}
            </span>
            {manage && operation.coordinators.length > 1 && (
              <Button
                size="sm"
                variant="ghost"
                busy={standingDown.loading}
                onClick={() =>
                  void run(
                    () => standDown({ variables: { operationId: operation.id, userId: person.id } }),
                    _('agencies.stoodDown', { name: person.displayName }),
                    _('agencies.standDownFailed'),
                  )
                }
                data-testid="stand-down"
              >
                {_('agencies.standDown')}
                <span className="tf-visually-hidden"> {person.displayName}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>

      {feedback && (
        <Alert tone={feedback.tone} className="tf-mt" data-testid="agencies-feedback">
          {feedback.text}
        </Alert>
      )}

      {manage && (
        <>
          <details className="tf-disclosure tf-mt">
            <summary>{_('agencies.appoint.title')}</summary>
            <AppointForm operation={operation} onAppointed={done} />
          </details>
          <h3 className="tf-detail-section__title tf-mt">{_('agencies.invite.title')}</h3>
          <InviteForm operation={operation} onInvited={done} />
        </>
      )}

      {manage && operation.invitations.length > 0 && (
        <>
          <h3 className="tf-detail-section__title tf-mt">{_('agencies.invitations')}</h3>
          <ul className="tf-participant-list" aria-label={_('agencies.invitations')} data-testid="operation-invitations">
            {operation.invitations.map((invitation) => (
              <InvitationRow
                key={invitation.id}
                invitation={invitation}
                manage={manage}
                busy={withdrawing.loading}
                onWithdraw={() =>
                  void run(
                    () => withdraw({ variables: { invitationId: invitation.id } }),
                    _('agencies.invitation.withdrawn', { agency: invitation.agency.acronym }),
                    _('agencies.invitation.withdrawFailed'),
                  )
                }
              />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
