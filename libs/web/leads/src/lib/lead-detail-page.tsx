import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@taskforce/domain';
import {
  apiErrorCode,
  describeApiError,
  LEAD_QUERY,
  REVOKE_LEAD_SHARE_MUTATION,
  UPDATE_LEAD_MUTATION,
  useRealtimeEvent,
  useViewer,
  type LeadDetailData,
  type LeadShareData,
} from '@taskforce/web-data-access';
import {
  AdmiraltyGradeBadge,
  AgencyBadge,
  Alert,
  Button,
  Card,
  categoryList,
  EmptyState,
  FORM_OF_EXPLOITATION_LABELS,
  formatDateTime,
  labelOf,
  LeadShareStatusBadge,
  LeadStatusBadge,
  Link,
  LoadingState,
  SelectField,
  SHARING_PURPOSE_LABELS,
  SharingOutcomeBadge,
  TlpBadge,
} from '@taskforce/web-ui';
import { useEffect, useState } from 'react';
import { HandlingCodes, LegalBasisText, ReasonList, RouteLine } from './lead-parts';
import { isLeadNotification, noticeHeading } from './lead-notifications';
import { LeadAuditTrail } from './audit/lead-audit-trail';
import { LinkedTasks } from './lead-tasks';
import { RevealIdentity } from './reveal-identity';
import { ShareLeadDialog } from './share-lead-dialog';

/** Why the law ended a share, in words (docs/api-contract.md, "Sharing law"). */
const LAPSE_REASON_TEXT: Readonly<Record<NonNullable<LeadShareData['lapseReason']>, string>> = {
  AGREEMENT_ENDED: 'Ended: the agreement it relied on is no longer in force',
  LAW_CHANGED: 'Ended: the agreements or rules changed and no longer allow it',
  LEFT_OPERATION: 'Ended: the recipient left the joint operation it was shared through',
};

/** Roles that may share a lead their agency originated or holds, and edit their agency's leads (docs/api-contract.md, "Sharing"). */
const SHARING_ROLES: readonly Role[] = [Role.ANALYST, Role.LIAISON_OFFICER, Role.COORDINATOR];

/** Allowed status moves of a lead (as the server's LEAD_STATUS_MOVES; the server decides). */
const STATUS_MOVES: Record<LeadDetailData['status'], Array<LeadDetailData['status']>> = {
  NEW: ['UNDER_ASSESSMENT', 'CLOSED'],
  UNDER_ASSESSMENT: ['ACTIONED', 'CLOSED'],
  ACTIONED: ['CLOSED'],
  CLOSED: ['UNDER_ASSESSMENT'],
};

/**
 * One lead (/leads/:id) in the caller's projection: every field, what was removed and why, the persons (suspects
 * by name, potential victims by pseudonym), and for the originating agency its shares (with Revoke) and Share.
 */
export function LeadDetailPage({ leadId }: { leadId: string }) {
  const { data, loading, error, refetch } = useQuery(LEAD_QUERY, { variables: { id: leadId }, fetchPolicy: 'cache-and-network' });
  const viewer = useViewer();
  const [sharing, setSharing] = useState(false);
  const refresh = () => void refetch().catch(() => undefined);
  useRealtimeEvent('notification', (event) => {
    if (isLeadNotification(event.type)) refresh();
  });
  useRealtimeEvent('lead.changed', (event) => {
    if (event.leadId === leadId) refresh();
  });

  const lead = data?.lead;
  useEffect(() => {
    if (lead) document.title = `${lead.summary} · Task-force workspace`;
  }, [lead]);

  // A lead that was revoked, lapsed or otherwise taken away while open: the refetch answers NOT_FOUND and the
  // page must stop showing the copy it still holds.
  const gone = apiErrorCode(error) === 'NOT_FOUND';
  if (!lead || gone) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? 'Lead not found' : 'Lead unavailable'}</h1>
          <Alert>
            {notFound
              ? 'This lead does not exist, or it has not been shared with your agency.'
              : describeApiError(error, 'This lead cannot be loaded right now.')}
          </Alert>
          <p>
            <Link to="/leads">Back to the leads</Link>
          </p>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label="Loading lead…" />}</div>;
  }

  // The originating agency shares first; a recipient's writers may pass on what they hold (onward share).
  const isWriter = (viewer?.roles ?? []).some((role) => SHARING_ROLES.includes(role));
  const canShare = isWriter;
  const viewerAgencyId = viewer?.agency.id ?? '';

  return (
    <div className="tf-page" data-testid="lead-page" data-lead-id={lead.id}>
      <nav aria-label="Breadcrumb" className="tf-breadcrumb">
        <Link to="/leads">Leads</Link> <span aria-hidden="true">/</span> <span aria-current="page">{lead.summary}</span>
      </nav>
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Lead</p>
        <div className="tf-lead-card__markings">
          <TlpBadge tlp={lead.tlp} />
          <AdmiraltyGradeBadge
            grade={lead.grade}
            sourceReliability={lead.sourceReliability}
            informationCredibility={lead.informationCredibility}
          />
          {lead.handlingCodes.length > 0 && <HandlingCodes codes={lead.handlingCodes} />}
          <LeadStatusBadge status={lead.status} />
        </div>
        {lead.viewerIsOriginator && isWriter && <StatusEditor lead={lead} onChanged={refresh} />}
        <div className="tf-lead-title-row">
          <h1 className="tf-page__title" data-testid="lead-summary">
            {lead.summary}
          </h1>
          {canShare && (
            <Button variant="primary" onClick={() => setSharing(true)} data-testid="share-lead">
              Share
            </Button>
          )}
        </div>
      </div>

      {lead.redaction && <RedactionCallout redaction={lead.redaction} />}

      <Card title="Details" headingLevel={2}>
        <p className="tf-lead-details" data-testid="lead-details">
          {lead.details}
        </p>
        <LeadFacts lead={lead} />
      </Card>

      <Card title="Persons" headingLevel={2} data-testid="lead-persons">
        {lead.persons.length === 0 ? (
          <EmptyState>No persons in your view of this lead.</EmptyState>
        ) : (
          <ul className="tf-person-list">
            {lead.persons.map((person) => (
              <li key={person.id} data-testid="lead-person" data-role={person.role}>
                {person.role === 'SUSPECT' ? (
                  <>
                    <strong>{person.name ?? 'Unnamed suspect'}</strong> <span className="tf-muted">— suspect</span>
                  </>
                ) : (
                  <>
                    <strong translate="no">{person.pseudonym ?? 'Potential victim'}</strong>{' '}
                    <span className="tf-muted">— potential victim (pseudonym)</span>
                  </>
                )}
                {person.description && <span className="tf-small"> · {person.description}</span>}
                {person.role === 'POTENTIAL_VICTIM' && person.hasIdentity && lead.viewerIsOriginator && isWriter && (
                  <div className="tf-person-list__reveal">
                    <RevealIdentity personId={person.id} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <LinkedTasks lead={lead} onChanged={refresh} />

      {(lead.viewerIsOriginator || lead.shares.some((share) => share.senderAgency.id === viewerAgencyId)) && (
        <SharesSection shares={lead.shares} viewerIsOriginator={lead.viewerIsOriginator} viewerAgencyId={viewerAgencyId} onChanged={refresh} />
      )}

      {lead.viewerIsOriginator && <LeadAuditTrail leadId={lead.id} />}

      {sharing && (
        <ShareLeadDialog
          leadId={lead.id}
          originatingAgencyId={lead.originatingAgency.id}
          senderAgencyId={viewerAgencyId}
          onClose={() => setSharing(false)}
          onShared={refresh}
        />
      )}
    </div>
  );
}

/** What was removed from this projection and, for each reason, its full text. */
function RedactionCallout({ redaction }: { redaction: NonNullable<LeadDetailData['redaction']> }) {
  return (
    <aside className="tf-redaction" aria-labelledby="redaction-title" data-testid="redaction">
      <h2 id="redaction-title" className="tf-redaction__title">
        {noticeHeading(redaction.notice)}
      </h2>
      <p className="tf-small">
        Your agency received this lead without its {categoryList(redaction.categories) || 'restricted data'}. The rules
        that removed it:
      </p>
      <ReasonList reasons={redaction.reasons} label="Why it was removed" />
    </aside>
  );
}

function LeadFacts({ lead }: { lead: LeadDetailData }) {
  return (
    <dl className="tf-facts tf-facts--inline tf-lead-facts">
      <div>
        <dt>Originating agency</dt>
        <dd>
          <AgencyBadge agency={lead.originatingAgency} /> {lead.originatingAgency.name}
        </dd>
      </div>
      <div>
        <dt>Form of exploitation</dt>
        <dd>{labelOf(FORM_OF_EXPLOITATION_LABELS, lead.formOfExploitation)}</dd>
      </div>
      <div>
        <dt>Route</dt>
        <dd>
          <RouteLine route={lead.route} />
        </dd>
      </div>
      <div>
        <dt>Joint operation</dt>
        <dd data-testid="lead-operation">{lead.operation ? <Link to={`/operations/${encodeURIComponent(lead.operation.id)}`}>{lead.operation.name}</Link> : '—'}</dd>
      </div>
      <div>
        <dt>Data in your view</dt>
        <dd>{categoryList(lead.dataCategories) || '—'}</dd>
      </div>
      <div>
        <dt>Handling</dt>
        <dd>
          <HandlingCodes codes={lead.handlingCodes} />
          {lead.handlingCondition && <p className="tf-small">Condition (H3): {lead.handlingCondition}</p>}
        </dd>
      </div>
      {lead.namedRecipients.length > 0 && (
        <div>
          <dt>Named recipients (TLP:RED)</dt>
          <dd className="tf-chip-list">
            {lead.namedRecipients.map((agency) => (
              <AgencyBadge key={agency.id} agency={agency} />
            ))}
          </dd>
        </div>
      )}
      <div>
        <dt>Recorded</dt>
        <dd>{formatDateTime(lead.createdAt)}</dd>
      </div>
      <div>
        <dt>Last changed</dt>
        <dd>
          {formatDateTime(lead.updatedAt)} <span className="tf-muted tf-small">(version {lead.version})</span>
        </dd>
      </div>
    </dl>
  );
}

/**
 * Moves the lead's status (originating agency's writers). A stale version (someone else changed it) is shown as
 * such and the lead is reloaded; nothing is overwritten.
 */
function StatusEditor({ lead, onChanged }: { lead: LeadDetailData; onChanged: () => void }) {
  const [update, { loading, error }] = useMutation(UPDATE_LEAD_MUTATION);
  const moves = STATUS_MOVES[lead.status] ?? [];
  if (moves.length === 0) return null;
  const onMove = async (status: LeadDetailData['status']) => {
    try {
      await update({ variables: { input: { id: lead.id, expectedVersion: lead.version, status } } });
    } catch {
      // Shown from `error`.
    }
    onChanged();
  };
  return (
    <div className="tf-form-actions" data-testid="lead-status-editor">
      <SelectField
        label="Move status to"
        value=""
        disabled={loading}
        onChange={(event) => {
          const value = event.currentTarget.value as LeadDetailData['status'];
          if (value) void onMove(value);
        }}
        placeholder="Choose…"
        options={moves.map((status) => ({ value: status, label: status.replace('_', ' ').toLowerCase() }))}
        data-testid="lead-status-select"
      />
      {error && (
        <Alert>
          {apiErrorCode(error) === 'CONFLICT'
            ? 'Someone else changed this lead meanwhile; it has been reloaded.'
            : describeApiError(error, 'The status could not be changed.')}
        </Alert>
      )}
    </div>
  );
}

/**
 * The shares of this lead the viewer may see: every share for the originating agency; for a recipient, its own share
 * and the onward shares its agency sent. Revoke for live shares the viewer's agency may end.
 */
function SharesSection({
  shares,
  viewerIsOriginator,
  viewerAgencyId,
  onChanged,
}: {
  shares: readonly LeadShareData[];
  viewerIsOriginator: boolean;
  viewerAgencyId: string;
  onChanged: () => void;
}) {
  const [revoke, { loading, error }] = useMutation(REVOKE_LEAD_SHARE_MUTATION);
  const [revokingId, setRevokingId] = useState<string | null>(null);

  const onRevoke = async (share: LeadShareData) => {
    if (!window.confirm(`Revoke the share with ${share.recipientAgency.name}? They will no longer see this lead.`)) return;
    setRevokingId(share.id);
    try {
      await revoke({ variables: { shareId: share.id } });
      onChanged();
    } catch {
      // Shown from `error`.
    } finally {
      setRevokingId(null);
    }
  };

  return (
    <Card title="Shares" headingLevel={2} data-testid="lead-shares">
      {error && <Alert>{describeApiError(error, 'The share could not be revoked.')}</Alert>}
      {shares.length === 0 ? (
        <EmptyState>This lead has not been shared yet.</EmptyState>
      ) : (
        <div className="tf-table-wrap">
          <table className="tf-table">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">From</th>
                <th scope="col">Outcome</th>
                <th scope="col">Status</th>
                <th scope="col">Legal basis</th>
                <th scope="col">Purpose</th>
                <th scope="col">
                  <span className="tf-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shares.map((share) => (
                <tr key={share.id} data-testid="lead-share" data-acronym={share.recipientAgency.acronym} data-status={share.status}>
                  <th scope="row">
                    <AgencyBadge agency={share.recipientAgency} />
                  </th>
                  <td data-testid="lead-share-sender">
                    <AgencyBadge agency={share.senderAgency} />
                  </td>
                  <td>
                    <SharingOutcomeBadge outcome={share.outcome} />
                    {share.redactedCategories.length > 0 && (
                      <p className="tf-small">Without {categoryList(share.redactedCategories)}</p>
                    )}
                  </td>
                  <td>
                    <LeadShareStatusBadge status={share.status} />
                    {share.approvalReason && <p className="tf-small">“{share.approvalReason}”</p>}
                    {share.lapseReason && (
                      <p className="tf-small" data-testid="lead-share-lapse">
                        {LAPSE_REASON_TEXT[share.lapseReason]}
                        {share.lapsedAt && ` (${formatDateTime(share.lapsedAt)})`}
                      </p>
                    )}
                  </td>
                  <td>
                    <LegalBasisText basis={share.legalBasis} />
                  </td>
                  <td>{labelOf(SHARING_PURPOSE_LABELS, share.purpose)}</td>
                  <td>
                    {(share.status === 'ACTIVE' || share.status === 'PENDING_APPROVAL') &&
                      (viewerIsOriginator || share.senderAgency.id === viewerAgencyId) && (
                      <Button
                        size="sm"
                        variant="danger"
                        onClick={() => onRevoke(share)}
                        busy={loading && revokingId === share.id}
                        data-testid="revoke-share"
                      >
                        Revoke<span className="tf-visually-hidden"> share with {share.recipientAgency.acronym}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
