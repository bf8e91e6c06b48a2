import { useMutation, useQuery } from '@apollo/client/react';
import { isLeadShareApprover } from '@taskforce/domain';
import {
  apiErrorParts,
  apiErrorText,
  DECIDE_LEAD_SHARE_APPROVAL_MUTATION,
  PENDING_LEAD_SHARE_APPROVALS_QUERY,
  useRealtimeEvent,
  useRealtimeReconnect,
  useViewer,
  type LeadShareData,
  type PendingApprovalsData,
} from '@taskforce/web-data-access';
import {
  AdmiraltyGradeBadge,
  AgencyBadge,
  Alert,
  Button,
  Card,
  EmptyState,
  formatDateTime,
  labelFrom,
  Link,
  LoadingState,
  messageId,
  pathTo,
  SharingOutcomeBadge,
  TextAreaField,
  TlpBadge,
  useCatalogue,
  useLingui,
} from '@taskforce/web-ui';
import { useState } from 'react';
import { LegalBasisText, ReasonList } from './lead-parts';
import { isLeadNotification } from './lead-notifications';
import { categoryListText, SHARING_PURPOSE_LABEL_IDS } from './lead-messages';

/**
 * The approvals inbox (/approvals), for liaison officers: shares of their agency's leads awaiting approval, each
 * approved or refused with a reason. Refetches at once when a notification about a lead or `lead.changed` arrives
 * (the latter also reaches the person who asked, whom notifications skip), so it needs no polling — which would
 * also write a LEAD_LIST_READ audit entry every few seconds. Its texts come from the `leads` catalogue, loaded first.
 */
export function ApprovalsPage() {
  if (!useCatalogue('leads')) return <LoadingState />;
  return <ApprovalsScreen />;
}

function ApprovalsScreen() {
  const { _ } = useLingui();
  const viewer = useViewer();
  const isLiaison = !!viewer && isLeadShareApprover(viewer);
  const { data, loading, error, refetch } = useQuery(PENDING_LEAD_SHARE_APPROVALS_QUERY, {
    fetchPolicy: 'cache-and-network',
    skip: !isLiaison,
  });
  const [announced, setAnnounced] = useState(false);
  const refresh = () => void refetch().catch(() => undefined);
  useRealtimeEvent('notification', (event) => {
    if (!isLiaison || !isLeadNotification(event.type)) return;
    refresh();
    if (event.type === 'LEAD_APPROVAL_REQUESTED') setAnnounced(true);
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
        <p className="tf-eyebrow">{_('leads.title')}</p>
        <h1 className="tf-page__title">
          {_('nav.approvals')}{' '}
          {data && (
            <span className="tf-muted tf-small" data-testid="approval-count">
              {_('approvals.waiting', { count: pending.length })}
            </span>
          )}
        </h1>
        <p className="tf-muted">{_('approvals.intro')}</p>
      </div>
      <p className="tf-visually-hidden" role="status" aria-live="polite">
        {announced ? _('approvals.newRequest') : ''}
      </p>
      {!isLiaison && viewer && <Alert tone="info">{_('approvals.liaisonOnly')}</Alert>}
      {isLiaison && error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('approvals.loadFailed'))}</Alert>}
      {isLiaison && !data && loading && <LoadingState label={_('approvals.loading')} />}
      {data && pending.length === 0 && <EmptyState>{_('approvals.none')}</EmptyState>}
      {pending.length > 0 && (
        <ul className="tf-lead-list" aria-label={_('approvals.listLabel')}>
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
  const { _ } = useLingui();
  const [reason, setReason] = useState('');
  // Which decision was asked for without a reason (its message is written in the shown language when rendered).
  const [reasonMissingFor, setReasonMissingFor] = useState<'approve' | 'refuse' | null>(null);
  const [decide, { loading, error }] = useMutation(DECIDE_LEAD_SHARE_APPROVAL_MUTATION);
  const [decision, setDecision] = useState<boolean | null>(null);

  const onDecide = async (approve: boolean) => {
    if (!reason.trim()) {
      setReasonMissingFor(approve ? 'approve' : 'refuse');
      return;
    }
    setReasonMissingFor(null);
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
        <Link to={pathTo('lead', { id: share.leadId })}>{lead?.summary ?? _('lead.eyebrow')}</Link>
      </h2>
      <dl className="tf-facts tf-facts--inline">
        <div>
          <dt>{_('lead.shares.recipient')}</dt>
          <dd>
            <AgencyBadge agency={share.recipientAgency} /> {share.recipientAgency.name}
          </dd>
        </div>
        <div>
          <dt>{_('approvals.passedOnBy')}</dt>
          <dd data-testid="approval-sender">
            <AgencyBadge agency={share.senderAgency} /> {share.senderAgency.name}
          </dd>
        </div>
        <div>
          <dt>{_('approvals.askedBy')}</dt>
          <dd>
            {_('approvals.askedByValue', { name: share.sharedBy.displayName, acronym: share.sharedBy.agency.acronym, at: formatDateTime(share.createdAt) })}
          </dd>
        </div>
        <div>
          <dt>{_('lead.shares.purpose')}</dt>
          <dd>{labelFrom(_, SHARING_PURPOSE_LABEL_IDS, share.purpose)}</dd>
        </div>
        <div>
          <dt>{_('lead.shares.legalBasis')}</dt>
          <dd>
            <LegalBasisText basis={share.legalBasis} />
          </dd>
        </div>
        {share.redactedCategories.length > 0 && (
          <div>
            <dt>{_('approvals.removedEvenIfApproved')}</dt>
            <dd>{categoryListText(_, share.redactedCategories)}</dd>
          </div>
        )}
      </dl>
      <p className="tf-small">{share.summary}</p>
      <ReasonList reasons={share.reasons} />
      <ReasonList reasons={share.conditions} label={_('lead.reasons.conditions')} />
      <TextAreaField
        label={_('approvals.reason')}
        required
        rows={2}
        value={reason}
        error={reasonMissingFor ? (reasonMissingFor === 'approve' ? _('approvals.reasonBeforeApprove') : _('approvals.reasonBeforeRefuse')) : undefined}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="approval-reason"
      />
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('approvals.decideFailed'))}</Alert>}
      <div className="tf-form-actions">
        <Button variant="primary" onClick={() => onDecide(true)} busy={loading && decision === true} disabled={loading} data-testid="approve-share">
          {_('approvals.approve')}
        </Button>
        <Button variant="danger" onClick={() => onDecide(false)} busy={loading && decision === false} disabled={loading} data-testid="refuse-share">
          {_('approvals.refuse')}
        </Button>
      </div>
    </Card>
  );
}
