import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { APPOINT_COORDINATOR_MUTATION, ASSIGNABLE_USERS_QUERY, describeApiError, invalidFields, REMOVE_AGENCY_MUTATION, STAND_DOWN_COORDINATOR_MUTATION, WITHDRAW_INVITATION_MUTATION, type InvitationStatus, type OperationBoardData, type OperationInvitationSummary } from '@taskforce/web-data-access';
import { AgencyBadge, Alert, Badge, Button, Card, formatDate, formatDateTime, SelectField, type BadgeTone } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
import { appointablePeople } from './operation-controls';
import { AGENCY_ROLE_LABELS } from './agency-role-labels';
import { InviteForm } from './invite-form';

export { AGENCY_ROLE_LABELS };

const INVITATION_STATUS: Record<InvitationStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'Pending', tone: 'info' },
  ACCEPTED: { label: 'Accepted', tone: 'success' },
  DECLINED: { label: 'Declined', tone: 'warning' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'neutral' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
};

/** The status of an invitation as a coloured badge. */
export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const shown = INVITATION_STATUS[status] ?? { label: status, tone: 'neutral' as const };
  return (
    <Badge tone={shown.tone} data-testid="invitation-status" data-status={status}>
      {shown.label}
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
      setError('Choose the person to appoint.');
      return;
    }
    try {
      await appoint({ variables: { operationId: operation.id, userId } });
      const name = candidates.find((person) => person.id === userId)?.displayName ?? 'The person';
      setUserId('');
      onAppointed(`${name} now coordinates this joint operation too.`);
    } catch (caught: unknown) {
      setError(plainFieldMessages(invalidFields(caught))['userId'] ?? describeApiError(caught, 'The co-coordinator could not be appointed.'));
    }
  };

  return (
    <form className="tf-form-grid" onSubmit={onSubmit} noValidate aria-label="Appoint a co-coordinator" data-testid="appoint-form">
      <SelectField
        label="Agency"
        placeholder="Choose a participating agency"
        options={operation.participants.map((p) => ({ value: p.agency.id, label: `${p.agency.acronym} — ${p.agency.name}` }))}
        value={agencyId}
        onChange={(event) => {
          setAgencyId(event.target.value);
          setUserId('');
        }}
        data-testid="appoint-agency"
      />
      <SelectField
        label="Person (holds the coordinator role)"
        placeholder={!agencyId ? 'Choose an agency first' : people.loading ? 'Loading people…' : candidates.length ? 'Choose a person' : 'Nobody there can be appointed'}
        options={candidates.map((person) => ({ value: person.id, label: person.displayName }))}
        disabled={!agencyId || people.loading || candidates.length === 0}
        value={userId}
        onChange={(event) => setUserId(event.target.value)}
        error={error ?? (people.error ? 'The agency’s people cannot be listed right now.' : undefined)}
        data-testid="appoint-user"
      />
      <div className="tf-form-grid__wide tf-form-actions">
        <Button type="submit" size="sm" busy={loading} disabled={!userId} data-testid="appoint-submit">
          Appoint co-coordinator
        </Button>
      </div>
    </form>
  );
}

function InvitationRow({ invitation, manage, onWithdraw, busy }: { invitation: OperationInvitationSummary; manage: boolean; onWithdraw: () => void; busy: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const pending = invitation.status === 'PENDING';
  return (
    <li className="tf-invitation-row" data-testid="operation-invitation" data-agency-acronym={invitation.agency.acronym}>
      <div className="tf-chip-list">
        <strong>{invitation.agency.acronym}</strong>
        <Badge tone="neutral" className="tf-badge--outline">
          {AGENCY_ROLE_LABELS[invitation.role] ?? invitation.role}
        </Badge>
        <InvitationStatusBadge status={invitation.status} />
      </div>
      <p className="tf-small tf-muted">
        Invited by {invitation.invitedBy}, {formatDateTime(invitation.createdAt)}
        {pending ? ` · expires ${formatDate(invitation.expiresAt)}` : ''}
        {invitation.respondedAt ? ` · answered ${formatDateTime(invitation.respondedAt)}${invitation.respondedBy ? ` by ${invitation.respondedBy}` : ''}` : ''}
      </p>
      {invitation.responseReason && <p className="tf-small tf-break">Reason: {invitation.responseReason}</p>}
      {pending && invitation.answerers === 0 && (
        <Alert tone="warning" className="tf-small" data-testid="invitation-unanswerable">
          Nobody at {invitation.agency.acronym} can answer yet: it has no coordinator or agency admin. Ask a platform admin to give one of its people that role.
        </Alert>
      )}
      {manage && pending && !confirming && (
        <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} data-testid="withdraw-invitation">
          Withdraw<span className="tf-visually-hidden"> the invitation to {invitation.agency.acronym}</span>
        </Button>
      )}
      {manage && pending && confirming && (
        <div className="tf-button-row">
          <Button size="sm" variant="danger" busy={busy} onClick={onWithdraw} data-testid="confirm-withdraw">
            Withdraw the invitation to {invitation.agency.acronym}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Keep it
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
      const fields = Object.values(plainFieldMessages(invalidFields(caught)));
      setFeedback({ tone: 'error', text: fields[0] ?? describeApiError(caught, fallback) });
    }
  };
  const done = (text: string) => {
    setFeedback({ tone: 'success', text });
    onChanged();
  };

  return (
    <Card title="Agencies and invitations" headingLevel={2} className="tf-section tf-agencies-panel" data-testid="agencies-panel">
      <ul className="tf-participant-list" aria-label="Participating agencies">
        {operation.participants.map((participant) => (
          <li key={participant.agency.id} className="tf-participant" data-testid="participant" data-agency-acronym={participant.agency.acronym}>
            <div className="tf-chip-list">
              <AgencyBadge agency={participant.agency} />
              <span className="tf-small">{participant.agency.name}</span>
              <Badge tone="neutral" className="tf-badge--outline" data-testid="participant-role">
                {AGENCY_ROLE_LABELS[participant.role] ?? participant.role}
              </Badge>
              {participant.isLead && <Badge tone="accent">Lead agency</Badge>}
            </div>
            <p className="tf-small tf-muted">Joined {formatDate(participant.joinedAt)}</p>
            {manage && !participant.isLead && confirmRemove !== participant.agency.id && (
              <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(participant.agency.id)} data-testid="remove-agency">
                Remove<span className="tf-visually-hidden"> {participant.agency.acronym}</span>
              </Button>
            )}
            {manage && confirmRemove === participant.agency.id && (
              <div className="tf-confirm" role="group" aria-label={`Remove ${participant.agency.acronym}`}>
                <p className="tf-small">
                  {participant.agency.acronym}’s people lose this joint operation at once; its open tasks stay on the board for you to
                  reassign or cancel.
                </p>
                <div className="tf-button-row">
                  <Button
                    size="sm"
                    variant="danger"
                    busy={removing.loading}
                    onClick={() =>
                      void run(
                        () => remove({ variables: { operationId: operation.id, agencyId: participant.agency.id } }).then(() => setConfirmRemove(null)),
                        `${participant.agency.acronym} no longer takes part.`,
                        'The agency could not be removed.',
                      )
                    }
                    data-testid="confirm-remove-agency"
                  >
                    Remove {participant.agency.acronym}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(null)}>
                    Cancel
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>

      <h3 className="tf-detail-section__title tf-mt">Coordinators</h3>
      <ul className="tf-participant-list" aria-label="Coordinators" data-testid="coordinator-list">
        {operation.coordinators.map((person) => (
          <li key={person.id} className="tf-participant" data-testid="coordinator">
            <span>
              {person.displayName} <span className="tf-muted">({person.agency.acronym})</span>
              {person.id === viewerId && <span className="tf-muted"> — you</span>}
            </span>
            {manage && operation.coordinators.length > 1 && (
              <Button
                size="sm"
                variant="ghost"
                busy={standingDown.loading}
                onClick={() =>
                  void run(
                    () => standDown({ variables: { operationId: operation.id, userId: person.id } }),
                    `${person.displayName} no longer coordinates this joint operation.`,
                    'The coordinator could not be stood down.',
                  )
                }
                data-testid="stand-down"
              >
                Stand down
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
            <summary>Appoint a co-coordinator</summary>
            <AppointForm operation={operation} onAppointed={done} />
          </details>
          <h3 className="tf-detail-section__title tf-mt">Invite an agency</h3>
          <InviteForm operation={operation} onInvited={done} />
        </>
      )}

      {manage && operation.invitations.length > 0 && (
        <>
          <h3 className="tf-detail-section__title tf-mt">Invitations</h3>
          <ul className="tf-participant-list" aria-label="Invitations" data-testid="operation-invitations">
            {operation.invitations.map((invitation) => (
              <InvitationRow
                key={invitation.id}
                invitation={invitation}
                manage={manage}
                busy={withdrawing.loading}
                onWithdraw={() =>
                  void run(
                    () => withdraw({ variables: { invitationId: invitation.id } }),
                    `The invitation to ${invitation.agency.acronym} is withdrawn.`,
                    'The invitation could not be withdrawn.',
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
