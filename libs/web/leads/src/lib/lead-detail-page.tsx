import { useMutation, useQuery } from '@apollo/client/react';
import { isLeadWriter, leadStatusMoves } from '@taskforce/domain';
import { apiErrorCode, describeApiError, LEAD_QUERY, UPDATE_LEAD_MUTATION, useRealtimeEvent, useViewer, type LeadDetailData } from '@taskforce/web-data-access';
import { AdmiraltyGradeBadge, AgencyBadge, Alert, Button, Card, categoryList, EmptyState, FORM_OF_EXPLOITATION_LABELS, formatDateTime, labelOf, Link, LoadError, LoadingState, pathTo, SelectField, TlpBadge } from '@taskforce/web-ui';
import { useEffect, useState } from 'react';
import { AttachedFiles } from '@taskforce/web-operations';
import { HandlingCodes, ReasonList, RouteLine } from './lead-parts';
import { LeadStatusBadge } from './lead-status-labels';
import { isLeadNotification, noticeHeading } from './lead-notifications';
import { LeadAuditTrail } from './audit/lead-audit-trail';
import { LeadSelectorsSection } from './hit-no-hit/lead-selectors-section';
import { LinkedTasks } from './lead-tasks';
import { ExportStixButton } from './export-stix-button';
import { RevealIdentity } from './reveal-identity';
import { ShareLeadDialog } from './share-lead-dialog';
import { SharesSection } from './lead-shares-section';

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
          {notFound ? (
            <Alert>This lead does not exist, or it has not been shared with your agency.</Alert>
          ) : (
            <LoadError onRetry={() => refetch()}>{describeApiError(error, 'This lead cannot be loaded right now.')}</LoadError>
          )}
          <p>
            <Link to={pathTo('leads')}>Back to the leads</Link>
          </p>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label="Loading lead…" />}</div>;
  }

  // The originating agency shares first; a recipient's writers may pass on what they hold (onward share).
  const isWriter = !!viewer && isLeadWriter(viewer);
  const canShare = isWriter;
  const viewerAgencyId = viewer?.agency.id ?? '';

  return (
    <div className="tf-page" data-testid="lead-page" data-lead-id={lead.id}>
      <nav aria-label="Breadcrumb" className="tf-breadcrumb">
        <Link to={pathTo('leads')}>Leads</Link> <span aria-hidden="true">/</span> <span aria-current="page">{lead.summary}</span>
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
          <ExportStixButton leadId={lead.id} />
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

      <Card title="Files" headingLevel={2} data-testid="lead-files">
        {lead.redaction ? (
          <p className="tf-muted" data-testid="lead-files-withheld">
            Files attached to this lead are not shared with your agency: your share of it removes {categoryList(lead.redaction.categories)}, and a file may hold any of it.
          </p>
        ) : (
          <AttachedFiles target={{ attachedKind: 'LEAD', attachedId: lead.id }} canAttach={lead.viewerIsOriginator && lead.status !== 'CLOSED'} label={`Files of the lead ${lead.summary}`} />
        )}
      </Card>

      <LinkedTasks lead={lead} onChanged={refresh} />

      {lead.viewerIsOriginator && <LeadSelectorsSection lead={lead} canEdit={isWriter} onChanged={refresh} />}

      {(lead.viewerIsOriginator || lead.shares.some((share) => share.senderAgency.id === viewerAgencyId)) && (
        <SharesSection shares={lead.shares} viewerIsOriginator={lead.viewerIsOriginator} viewerAgencyId={viewerAgencyId} onChanged={refresh} />
      )}

      {lead.viewerIsOriginator && <LeadAuditTrail leadId={lead.id} />}

      {sharing && (
        <ShareLeadDialog
          leadId={lead.id}
          originatingAgencyId={lead.originatingAgency.id}
          senderAgencyId={viewerAgencyId}
          holders={holdersOf(lead.shares)}
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
        <dd data-testid="lead-operation">{lead.operation ? <Link to={pathTo('operation', { id: lead.operation.id })}>{lead.operation.name}</Link> : '—'}</dd>
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
  const moves = leadStatusMoves(lead.status);
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

/** The recipient agencies of the shares the viewer sees that are live or waiting for approval, by agency id. */
function holdersOf(shares: ReadonlyArray<{ status: string; recipientAgency: { id: string } }>): Map<string, 'ACTIVE' | 'PENDING_APPROVAL'> {
  const holders = new Map<string, 'ACTIVE' | 'PENDING_APPROVAL'>();
  for (const share of shares) {
    if (share.status === 'ACTIVE' || (share.status === 'PENDING_APPROVAL' && !holders.has(share.recipientAgency.id))) holders.set(share.recipientAgency.id, share.status);
  }
  return holders;
}
