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
import { Alert, Badge, Button, Card, EmptyState, formatDate, formatDateTime, Link, LoadingState, pathTo, TextAreaField, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { AGENCY_ROLE_LABELS, InvitationStatusBadge } from '../lifecycle/agencies-panel';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
import { describePeriod } from '../operation-period';
import { canAnswerInvitation, splitInvitations } from './invitation-view';

function InvitationCard({ invitation, mayAnswer, onAnswered }: { invitation: AgencyInvitationData; mayAnswer: boolean; onAnswered: () => void }) {
  const { _ } = useLingui();
  const [respond, { loading }] = useMutation(RESPOND_TO_INVITATION_MUTATION);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [accepted, setAccepted] = useState(false);
  const operation = invitation.operation;
  const titleId = `invitation-${invitation.id}`;
  const period = describePeriod(operation.startsOn, operation.endsOn);

  const answer = async (accept: boolean) => {
    setError(null);
    setReasonError(null);
    if (!accept && !reason.trim()) {
      setReasonError(_('invitations.declineReasonNeeded'));
      return;
    }
    try {
      await respond({ variables: { input: { invitationId: invitation.id, accept, reason: reason.trim() || null } } });
      setAccepted(accept);
      onAnswered();
    } catch (caught: unknown) {
      const fields = apiErrorCode(caught) === 'BAD_USER_INPUT' ? plainFieldMessages(invalidFields(caught, _)) : {};
      if (fields['reason']) setReasonError(fields['reason']);
      else setError(describeApiError(caught, _('invitations.answerFailed'), _));
      onAnswered();
    }
  };

  const showAccepted = accepted || invitation.status === 'ACCEPTED';

  return (
    <Card as="article" className="tf-invitation-card" aria-labelledby={titleId} data-testid="invitation-card" data-invitation-status={invitation.status}>
      <div className="tf-chip-list">
        <InvitationStatusBadge status={invitation.status} />
        <Badge tone="neutral" className="tf-badge--outline">
          {_('invitations.as', { role: _(AGENCY_ROLE_LABELS[invitation.role] ?? invitation.role) })}
        </Badge>
      </div>
      <h3 className="tf-operation-card__title" id={titleId} data-testid="invitation-operation-name">
        {operation.name}
      </h3>
      <dl className="tf-facts">
        <div>
          <dt>{_('operation.leadAgency')}</dt>
          <dd>
            {operation.leadAgency.acronym} — {operation.leadAgency.name}
          </dd>
        </div>
        <div>
          <dt>{_('invitations.purpose')}</dt>
          <dd className="tf-break">{operation.purpose ?? <span className="tf-muted">{_('invitations.notStated')}</span>}</dd>
        </div>
        <div>
          <dt>{_('operation.plannedPeriod')}</dt>
          <dd>{period ? _(period.id, period.values) : _('invitations.periodNotSet')}</dd>
        </div>
        <div>
          <dt>{_('invitations.invitedBy')}</dt>
          <dd>
            {invitation.invitedBy}, {formatDateTime(invitation.createdAt)}
          </dd>
        </div>
        {invitation.message && (
          <div>
            <dt>{_('invitations.message')}</dt>
            <dd className="tf-break" data-testid="invitation-message">
              {invitation.message}
            </dd>
          </div>
        )}
        {invitation.status === 'PENDING' ? (
          <div>
            <dt>{_('invitations.expires')}</dt>
            <dd>{formatDate(invitation.expiresAt)}</dd>
          </div>
        ) : (
          invitation.respondedAt && (
            <div>
              <dt>{_('invitations.answered')}</dt>
              <dd>
                {invitation.respondedBy
                  ? _('invitations.answeredBy', { time: formatDateTime(invitation.respondedAt), name: invitation.respondedBy })
                  : formatDateTime(invitation.respondedAt)}
                {invitation.responseReason ? ` — ${invitation.responseReason}` : ''}
              </dd>
            </div>
          )
        )}
      </dl>
      {showAccepted && (
        <p data-testid="invitation-accepted">
          {_('invitations.takesPart')}{' '}
          <Link to={pathTo('operation', { id: operation.id })} data-testid="invitation-open-operation">
            {_('invitations.open', { operation: operation.name })}
          </Link>
        </p>
      )}
      {mayAnswer && !declining && (
        <div className="tf-button-row">
          <Button variant="primary" size="sm" busy={loading} onClick={() => void answer(true)} data-testid="invitation-accept">
            {_('invitations.accept')}
            <span className="tf-visually-hidden"> {_('invitations.toOperation', { operation: operation.name })}</span>
          </Button>
          <Button variant="secondary" size="sm" disabled={loading} onClick={() => setDeclining(true)} data-testid="invitation-decline">
            {_('invitations.decline')}
            <span className="tf-visually-hidden"> {_('invitations.toOperation', { operation: operation.name })}</span>
          </Button>
        </div>
      )}
      {mayAnswer && declining && (
        <div className="tf-stack">
          <TextAreaField
            label={_('invitations.declineReason')}
            required
            rows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonError ?? undefined}
            hint={_('invitations.declineReasonHint')}
            data-testid="invitation-decline-reason"
          />
          <div className="tf-button-row">
            <Button variant="danger" size="sm" busy={loading} onClick={() => void answer(false)} data-testid="invitation-decline-confirm">
              {_('invitations.declineConfirm')}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setDeclining(false)}>
              {_('invitations.back')}
            </Button>
          </div>
        </div>
      )}
      {!mayAnswer && invitation.status === 'PENDING' && (
        <p className="tf-muted tf-small">{_('invitations.othersAnswer')}</p>
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
  // The page's own texts come in the `operation` catalogue, fetched with the page in the shown language.
  if (!useCatalogue('operation')) return <LoadingState />;
  return <InvitationsPageContent />;
}

function InvitationsPageContent() {
  const { _ } = useLingui();
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
        <p className="tf-eyebrow">{viewer?.agency.acronym ?? _('invitations.yourAgency')}</p>
        <h1 className="tf-page__title">{_('invitations.title')}</h1>
        <p className="tf-muted">{_('invitations.intro')}</p>
      </div>
      {!mayRead && <Alert tone="info">{_('invitations.whoReads')}</Alert>}
      {mayRead && error && !data && <Alert>{describeApiError(error, _('invitations.loadFailed'), _)}</Alert>}
      {mayRead && loading && !data && <LoadingState label={_('invitations.loading')} />}
      {mayRead && data && (
        <>
          <section aria-labelledby="pending-invitations-title" className="tf-section">
            <h2 id="pending-invitations-title" className="tf-section-title">
              {_('invitations.pending')} <span className="tf-muted tf-small">({pending.length})</span>
            </h2>
            {pending.length === 0 ? (
              <EmptyState>{_('invitations.noPending')}</EmptyState>
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
                {_('invitations.answeredTitle')}
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
