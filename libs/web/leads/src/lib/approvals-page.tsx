import { useMutation, useQuery } from '@apollo/client/react';
import { isLeadShareApprover } from '@taskforce/domain';
import {
  DECIDE_LEAD_SHARE_APPROVAL_MUTATION,
  describeApiError,
  PENDING_LEAD_SHARE_APPROVALS_QUERY,
  useRealtimeEvent,
  useRealtimeReconnect,
  useViewer,
  type LeadShareData,
  type PendingApprovalsData,
} from '@taskforce/web-data-access';
import { AdmiraltyGradeBadge, AgencyBadge, Alert, Button, Card, categoryList, EmptyState, formatDateTime, labelOf, Link, LoadingState, pathTo, SHARING_PURPOSE_LABELS, SharingOutcomeBadge, TextAreaField, TlpBadge } from '@taskforce/web-ui';
import { useState } from 'react';
import { LegalBasisText, ReasonList } from './lead-parts';
import { isLeadNotification } from './lead-notifications';

/**
 * The approvals inbox (/approvals), for liaison officers: shares of their agency's leads awaiting approval, each
 * approved or refused with a reason. Refetches at once when a notification about a lead or `lead.changed` arrives
 * (the latter also reaches the person who asked, whom notifications skip), so it needs no polling — which would
 * also write a LEAD_LIST_READ audit entry every few seconds.
 */
export function ApprovalsPage() {
  const viewer = useViewer();
  const isLiaison = !!viewer && isLeadShareApprover(viewer);
  const { data, loading, error, refetch } = useQuery(PENDING_LEAD_SHARE_APPROVALS_QUERY, {
    fetchPolicy: 'cache-and-network',
    skip: !isLiaison,
  });
  const [announcement, setAnnouncement] = useState('');
  const refresh = () => void refetch().catch(() => undefined);
  useRealtimeEvent('notification', (event) => {
    if (!isLiaison || !isLeadNotification(event.type)) return;
    refresh();
    if (event.type === 'LEAD_APPROVAL_REQUESTED') setAnnouncement('A new lead share awaits your approval.');
  });
  useRealtimeEvent('lead.changed', () => {
    if (isLiaison) refresh();
  });
  useRealtimeReconnect(() => {
    if (isLiaison) refresh();
  });

  const pending = data?.pendingLeadShareApprovals ?? [];
  return (
    <div className="tf-page" data-testid="approvals-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Leads</p>
        <h1 className="tf-page__title">
          Approvals{' '}
          {data && (
            <span className="tf-muted tf-small" data-testid="approval-count">
              ({pending.length} waiting)
            </span>
          )}
        </h1>
        <p className="tf-muted">Shares of your agency's leads that need a liaison officer's approval.</p>
      </div>
      <p className="tf-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!isLiaison && viewer && <Alert tone="info">Only liaison officers decide on lead shares.</Alert>}
      {isLiaison && error && !data && <Alert>{describeApiError(error, 'The approvals cannot be loaded right now.')}</Alert>}
      {isLiaison && !data && loading && <LoadingState label="Loading approvals…" />}
      {data && pending.length === 0 && <EmptyState>Nothing awaits your approval.</EmptyState>}
      {pending.length > 0 && (
        <ul className="tf-lead-list" aria-label="Shares awaiting approval">
          {pending.map((share) => (
            <li key={share.id}>
              <ApprovalCard share={share} lead={data?.leads.find((item) => item.id === share.leadId)} onDecided={refresh} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ApprovalCard({
  share,
  lead,
  onDecided,
}: {
  share: LeadShareData;
  lead: PendingApprovalsData['leads'][number] | undefined;
  onDecided: () => void;
}) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [decide, { loading, error }] = useMutation(DECIDE_LEAD_SHARE_APPROVAL_MUTATION);
  const [decision, setDecision] = useState<boolean | null>(null);

  const onDecide = async (approve: boolean) => {
    if (!reason.trim()) {
      setReasonError(`Give a reason before you ${approve ? 'approve' : 'refuse'}.`);
      return;
    }
    setReasonError(null);
    setDecision(approve);
    try {
      await decide({ variables: { input: { shareId: share.id, approve, reason: reason.trim() } } });
      onDecided();
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Card as="article" className="tf-lead-card" data-testid="approval-item" data-share-id={share.id} data-lead-id={share.leadId}>
      <div className="tf-lead-card__markings">
        {lead && <TlpBadge tlp={lead.tlp} />}
        {lead && (
          <AdmiraltyGradeBadge
            grade={lead.grade}
            sourceReliability={lead.sourceReliability}
            informationCredibility={lead.informationCredibility}
          />
        )}
        <SharingOutcomeBadge outcome={share.outcome} />
      </div>
      <h2 className="tf-lead-card__title">
        <Link to={pathTo('lead', { id: share.leadId })}>{lead?.summary ?? 'Lead'}</Link>
      </h2>
      <dl className="tf-facts tf-facts--inline">
        <div>
          <dt>Recipient</dt>
          <dd>
            <AgencyBadge agency={share.recipientAgency} /> {share.recipientAgency.name}
          </dd>
        </div>
        <div>
          <dt>Passed on by</dt>
          <dd data-testid="approval-sender">
            <AgencyBadge agency={share.senderAgency} /> {share.senderAgency.name}
          </dd>
        </div>
        <div>
          <dt>Asked by</dt>
          <dd>
            {share.sharedBy.displayName} ({share.sharedBy.agency.acronym}), {formatDateTime(share.createdAt)}
          </dd>
        </div>
        <div>
          <dt>Purpose</dt>
          <dd>{labelOf(SHARING_PURPOSE_LABELS, share.purpose)}</dd>
        </div>
        <div>
          <dt>Legal basis</dt>
          <dd>
            <LegalBasisText basis={share.legalBasis} />
          </dd>
        </div>
        {share.redactedCategories.length > 0 && (
          <div>
            <dt>Removed even if approved</dt>
            <dd>{categoryList(share.redactedCategories)}</dd>
          </div>
        )}
      </dl>
      <p className="tf-small">{share.summary}</p>
      <ReasonList reasons={share.reasons} />
      <ReasonList reasons={share.conditions} label="Conditions" />
      <TextAreaField
        label="Reason for your decision"
        required
        rows={2}
        value={reason}
        error={reasonError ?? undefined}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="approval-reason"
      />
      {error && <Alert>{describeApiError(error, 'The decision could not be recorded.')}</Alert>}
      <div className="tf-form-actions">
        <Button variant="primary" onClick={() => onDecide(true)} busy={loading && decision === true} disabled={loading} data-testid="approve-share">
          Approve
        </Button>
        <Button variant="danger" onClick={() => onDecide(false)} busy={loading && decision === false} disabled={loading} data-testid="refuse-share">
          Refuse
        </Button>
      </div>
    </Card>
  );
}
