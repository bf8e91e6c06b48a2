import { skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { hearsOfInvitations, NotificationType } from '@taskforce/domain';
import {
  AGENCY_INVITATIONS_QUERY,
  apiErrorCode,
  describeApiError,
  invalidFields,
  OPERATIONS_QUERY,
  RESPOND_TO_INVITATION_MUTATION,
  useRealtimeEvent,
  useRealtimeReconnect,
  useViewer,
  type AgencyInvitationData,
} from '@taskforce/web-data-access';
import { Alert, Badge, Button, Card, EmptyState, formatDate, formatDateTime, Link, LoadingState, pathTo, TextAreaField } from '@taskforce/web-ui';
import { useState } from 'react';
import { AGENCY_ROLE_LABELS, InvitationStatusBadge } from '../lifecycle/agencies-panel';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
import { canAnswerInvitation, splitInvitations } from './invitation-view';

function period(startsOn: string | null, endsOn: string | null): string {
  if (!startsOn && !endsOn) return 'Not set';
  return `${startsOn ?? 'not set'} – ${endsOn ?? 'open-ended'} (UTC dates)`;
}

function InvitationCard({ invitation, mayAnswer, onAnswered }: { invitation: AgencyInvitationData; mayAnswer: boolean; onAnswered: () => void }) {
  const [respond, { loading }] = useMutation(RESPOND_TO_INVITATION_MUTATION);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [accepted, setAccepted] = useState(false);
  const operation = invitation.operation;
  const titleId = `invitation-${invitation.id}`;

  const answer = async (accept: boolean) => {
    setError(null);
    setReasonError(null);
    if (!accept && !reason.trim()) {
      setReasonError('Say why your agency declines.');
      return;
    }
    try {
      await respond({ variables: { input: { invitationId: invitation.id, accept, reason: reason.trim() || null } } });
      setAccepted(accept);
      onAnswered();
    } catch (caught: unknown) {
      const fields = apiErrorCode(caught) === 'BAD_USER_INPUT' ? plainFieldMessages(invalidFields(caught)) : {};
      if (fields['reason']) setReasonError(fields['reason']);
      else setError(describeApiError(caught, 'The answer could not be sent. Please try again.'));
      onAnswered();
    }
  };

  const showAccepted = accepted || invitation.status === 'ACCEPTED';

  return (
    <Card as="article" className="tf-invitation-card" aria-labelledby={titleId} data-testid="invitation-card" data-invitation-status={invitation.status}>
      <div className="tf-chip-list">
        <InvitationStatusBadge status={invitation.status} />
        <Badge tone="neutral" className="tf-badge--outline">
          As {AGENCY_ROLE_LABELS[invitation.role] ?? invitation.role}
        </Badge>
      </div>
      <h3 className="tf-operation-card__title" id={titleId} data-testid="invitation-operation-name">
        {operation.name}
      </h3>
      <dl className="tf-facts">
        <div>
          <dt>Lead agency</dt>
          <dd>
            {operation.leadAgency.acronym} — {operation.leadAgency.name}
          </dd>
        </div>
        <div>
          <dt>Purpose</dt>
          <dd className="tf-break">{operation.purpose ?? <span className="tf-muted">Not stated</span>}</dd>
        </div>
        <div>
          <dt>Planned period</dt>
          <dd>{period(operation.startsOn, operation.endsOn)}</dd>
        </div>
        <div>
          <dt>Invited by</dt>
          <dd>
            {invitation.invitedBy}, {formatDateTime(invitation.createdAt)}
          </dd>
        </div>
        {invitation.message && (
          <div>
            <dt>Message</dt>
            <dd className="tf-break" data-testid="invitation-message">
              {invitation.message}
            </dd>
          </div>
        )}
        {invitation.status === 'PENDING' ? (
          <div>
            <dt>Expires</dt>
            <dd>{formatDate(invitation.expiresAt)}</dd>
          </div>
        ) : (
          invitation.respondedAt && (
            <div>
              <dt>Answered</dt>
              <dd>
                {formatDateTime(invitation.respondedAt)}
                {invitation.respondedBy ? ` by ${invitation.respondedBy}` : ''}
                {invitation.responseReason ? ` — ${invitation.responseReason}` : ''}
              </dd>
            </div>
          )
        )}
      </dl>
      {showAccepted && (
        <p data-testid="invitation-accepted">
          Your agency takes part. <Link to={pathTo('operation', { id: operation.id })} data-testid="invitation-open-operation">Open {operation.name}</Link>
        </p>
      )}
      {mayAnswer && !declining && (
        <div className="tf-button-row">
          <Button variant="primary" size="sm" busy={loading} onClick={() => void answer(true)} data-testid="invitation-accept">
            Accept<span className="tf-visually-hidden"> the invitation to {operation.name}</span>
          </Button>
          <Button variant="secondary" size="sm" disabled={loading} onClick={() => setDeclining(true)} data-testid="invitation-decline">
            Decline<span className="tf-visually-hidden"> the invitation to {operation.name}</span>
          </Button>
        </div>
      )}
      {mayAnswer && declining && (
        <div className="tf-stack">
          <TextAreaField
            label="Why does your agency decline?"
            required
            rows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonError ?? undefined}
            hint="The coordinators of the joint operation read it."
            data-testid="invitation-decline-reason"
          />
          <div className="tf-button-row">
            <Button variant="danger" size="sm" busy={loading} onClick={() => void answer(false)} data-testid="invitation-decline-confirm">
              Decline the invitation
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setDeclining(false)}>
              Back
            </Button>
          </div>
        </div>
      )}
      {!mayAnswer && invitation.status === 'PENDING' && (
        <p className="tf-muted tf-small">Your agency’s coordinators and agency admins answer this invitation.</p>
      )}
      {error && (
        <Alert className="tf-mt" data-testid="invitation-error">
          {error}
        </Alert>
      )}
    </Card>
  );
}

/**
 * /invitations: the invitations of the viewer's agency to joint operations — pending ones with the operation's name,
 * lead agency, purpose, period, inviter, message and expiry, then those answered lately. Coordinators and agency
 * admins accept or decline (with a reason); liaison officers read. New invitations arrive live.
 */
export function InvitationsPage() {
  const viewer = useViewer();
  const client = useApolloClient();
  const mayRead = viewer ? hearsOfInvitations(viewer.roles) : false;
  const { data, loading, error, refetch } = useQuery(AGENCY_INVITATIONS_QUERY, mayRead ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const refetchInvitations = () => void refetch().catch(() => undefined);
  useRealtimeEvent('notification', (event) => {
    if (event.type === NotificationType.OPERATION_INVITATION_RECEIVED) refetchInvitations();
  });
  useRealtimeEvent('operation.changed', refetchInvitations);
  useRealtimeReconnect(refetchInvitations);
  const { pending, answered } = splitInvitations(data?.operationInvitations ?? []);
  const who = viewer ? { userId: viewer.id, agencyId: viewer.agency.id, roles: viewer.roles } : null;
  const afterAnswer = () => {
    refetchInvitations();
    void client.refetchQueries({ include: [OPERATIONS_QUERY] }).catch(() => undefined);
  };

  return (
    <div className="tf-page" data-testid="invitations-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{viewer?.agency.acronym ?? 'Your agency'}</p>
        <h1 className="tf-page__title">Invitations to joint operations</h1>
        <p className="tf-muted">An agency joins a joint operation only with its consent: its coordinators or agency admins answer.</p>
      </div>
      {!mayRead && <Alert tone="info">Invitations are read by your agency’s admins, coordinators and liaison officers.</Alert>}
      {mayRead && error && !data && <Alert>{describeApiError(error, 'The invitations cannot be loaded right now.')}</Alert>}
      {mayRead && loading && !data && <LoadingState label="Loading invitations…" />}
      {mayRead && data && (
        <>
          <section aria-labelledby="pending-invitations-title" className="tf-section">
            <h2 id="pending-invitations-title" className="tf-section-title">
              Awaiting an answer <span className="tf-muted tf-small">({pending.length})</span>
            </h2>
            {pending.length === 0 ? (
              <EmptyState>No invitation awaits an answer.</EmptyState>
            ) : (
              <div className="tf-invitation-grid" data-testid="pending-invitations">
                {pending.map((invitation) => (
                  <InvitationCard key={invitation.id} invitation={invitation} mayAnswer={canAnswerInvitation(who, invitation)} onAnswered={afterAnswer} />
                ))}
              </div>
            )}
          </section>
          {answered.length > 0 && (
            <section aria-labelledby="answered-invitations-title" className="tf-section">
              <h2 id="answered-invitations-title" className="tf-section-title">
                Answered, withdrawn or expired (last 30 days)
              </h2>
              <div className="tf-invitation-grid" data-testid="answered-invitations">
                {answered.map((invitation) => (
                  <InvitationCard key={invitation.id} invitation={invitation} mayAnswer={false} onAnswered={afterAnswer} />
                ))}
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
