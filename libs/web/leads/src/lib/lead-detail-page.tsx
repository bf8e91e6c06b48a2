import { useMutation, useQuery } from '@apollo/client/react';
import { isLeadWriter, leadStatusMoves } from '@taskforce/domain';
import { apiErrorCode, apiErrorParts, apiErrorText, LEAD_QUERY, UPDATE_LEAD_MUTATION, useRealtimeEvent, useViewer, type LeadDetailData } from '@taskforce/web-data-access';
import {
  AdmiraltyGradeBadge,
  AgencyBadge,
  Alert,
  Button,
  Card,
  EmptyState,
  FORM_OF_EXPLOITATION_LABEL_IDS,
  formatDateTime,
  labelFrom,
  Link,
  LoadError,
  LoadingState,
  messageId,
  pathTo,
  SelectField,
  TlpBadge,
  useCatalogue,
  useLingui,
} from '@taskforce/web-ui';
import { useEffect, useState } from 'react';
import { AttachedFiles } from '@taskforce/web-operations';
import { HandlingCodes, ReasonList, RouteLine } from './lead-parts';
import { categoryListText } from './lead-messages';
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
 * by name, potential victims by pseudonym), and for the originating agency its shares (with Revoke) and Share. Its
 * texts come from the `leads` catalogue, loaded first.
 */
export function LeadDetailPage({ leadId }: { leadId: string }) {
  if (!useCatalogue('leads')) return <LoadingState />;
  return <LeadScreen leadId={leadId} />;
}

function LeadScreen({ leadId }: { leadId: string }) {
  const { _ } = useLingui();
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
    if (lead) document.title = _('app.documentTitle', { page: lead.summary });
  }, [lead, _]);

  // A lead that was revoked, lapsed or otherwise taken away while open: the refetch answers NOT_FOUND and the
  // page must stop showing the copy it still holds.
  const gone = apiErrorCode(error) === 'NOT_FOUND';
  if (!lead || gone) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? _('lead.notFound.title') : _('lead.unavailable.title')}</h1>
          {notFound ? (
            <Alert>{_('lead.notFound.text')}</Alert>
          ) : (
            <LoadError onRetry={() => refetch()}>{apiErrorText(_, apiErrorParts(error), messageId('lead.loadFailed'))}</LoadError>
          )}
          <p>
            <Link to={pathTo('leads')}>{_('lead.backToLeads')}</Link>
          </p>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label={_('lead.loading')} />}</div>;
  }

  // The originating agency shares first; a recipient's writers may pass on what they hold (onward share).
  const isWriter = !!viewer && isLeadWriter(viewer);
  const canShare = isWriter;
  const viewerAgencyId = viewer?.agency.id ?? '';

  return (
    <div className="tf-page" data-testid="lead-page" data-lead-id={lead.id}>
      <nav aria-label={_('lead.breadcrumb')} className="tf-breadcrumb">
        <Link to={pathTo('leads')}>{_('leads.title')}</Link> <span aria-hidden="true">/</span> <span aria-current="page">{lead.summary}</span>
      </nav>
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('lead.eyebrow')}</p>
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
              {_('lead.share')}
            </Button>
          )}
        </div>
      </div>

      {lead.redaction && <RedactionCallout redaction={lead.redaction} />}

      <Card title={_('lead.details')} headingLevel={2}>
        <p className="tf-lead-details" data-testid="lead-details">
          {lead.details}
        </p>
        <LeadFacts lead={lead} />
      </Card>

      <Card title={_('lead.persons')} headingLevel={2} data-testid="lead-persons">
        {lead.persons.length === 0 ? (
          <EmptyState>{_('lead.persons.none')}</EmptyState>
        ) : (
          <ul className="tf-person-list">
            {lead.persons.map((person) => (
              <li key={person.id} data-testid="lead-person" data-role={person.role}>
                {person.role === 'SUSPECT' ? (
                  <>
                    <strong>{person.name ?? _('lead.person.unnamedSuspect')}</strong> <span className="tf-muted">{_('lead.person.suspect')}</span>
                  </>
                ) : (
                  <>
                    <strong translate="no">{person.pseudonym ?? _('lead.person.potentialVictimFallback')}</strong>{' '}
                    <span className="tf-muted">{_('lead.person.potentialVictim')}</span>
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

      <Card title={_('lead.files')} headingLevel={2} data-testid="lead-files">
        {lead.redaction ? (
          <p className="tf-muted" data-testid="lead-files-withheld">
            {_('lead.files.withheld', { categories: categoryListText(_, lead.redaction.categories) })}
          </p>
        ) : (
          <AttachedFiles target={{ attachedKind: 'LEAD', attachedId: lead.id }} canAttach={lead.viewerIsOriginator && lead.status !== 'CLOSED'} label={_('lead.files.label', { summary: lead.summary })} />
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
  const { _ } = useLingui();
  const categories = categoryListText(_, redaction.categories);
  return (
    <aside className="tf-redaction" aria-labelledby="redaction-title" data-testid="redaction">
      <h2 id="redaction-title" className="tf-redaction__title">
        {noticeHeading(redaction.notice) ?? _('lead.redaction.someRemoved')}
      </h2>
      <p className="tf-small">{categories ? _('lead.redaction.text', { categories }) : _('lead.redaction.textRestricted')}</p>
      <ReasonList reasons={redaction.reasons} label={_('lead.redaction.why')} />
    </aside>
  );
}

function LeadFacts({ lead }: { lead: LeadDetailData }) {
  const { _ } = useLingui();
  return (
    <dl className="tf-facts tf-facts--inline tf-lead-facts">
      <div>
        <dt>{_('lead.fact.originatingAgency')}</dt>
        <dd>
          <AgencyBadge agency={lead.originatingAgency} /> {lead.originatingAgency.name}
        </dd>
      </div>
      <div>
        <dt>{_('lead.fact.formOfExploitation')}</dt>
        <dd>{labelFrom(_, FORM_OF_EXPLOITATION_LABEL_IDS, lead.formOfExploitation)}</dd>
      </div>
      <div>
        <dt>{_('lead.fact.route')}</dt>
        <dd>
          <RouteLine route={lead.route} />
        </dd>
      </div>
      <div>
        <dt>{_('lead.fact.operation')}</dt>
        <dd data-testid="lead-operation">{lead.operation ? <Link to={pathTo('operation', { id: lead.operation.id })}>{lead.operation.name}</Link> : '—'}</dd>
      </div>
      <div>
        <dt>{_('lead.fact.dataInView')}</dt>
        <dd>{categoryListText(_, lead.dataCategories) || '—'}</dd>
      </div>
      <div>
        <dt>{_('lead.fact.handling')}</dt>
        <dd>
          <HandlingCodes codes={lead.handlingCodes} />
          {lead.handlingCondition && <p className="tf-small">{_('lead.fact.handlingCondition', { condition: lead.handlingCondition })}</p>}
        </dd>
      </div>
      {lead.namedRecipients.length > 0 && (
        <div>
          <dt>{_('lead.fact.namedRecipients')}</dt>
          <dd className="tf-chip-list">
            {lead.namedRecipients.map((agency) => (
              <AgencyBadge key={agency.id} agency={agency} />
            ))}
          </dd>
        </div>
      )}
      <div>
        <dt>{_('lead.fact.recorded')}</dt>
        <dd>{formatDateTime(lead.createdAt)}</dd>
      </div>
      <div>
        <dt>{_('lead.fact.lastChanged')}</dt>
        <dd>
          {formatDateTime(lead.updatedAt)} <span className="tf-muted tf-small">{_('lead.fact.version', { version: lead.version })}</span>
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
  const { _ } = useLingui();
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
        label={_('lead.status.moveTo')}
        value=""
        disabled={loading}
        onChange={(event) => {
          const value = event.currentTarget.value as LeadDetailData['status'];
          if (value) void onMove(value);
        }}
        placeholder={_('lead.choose')}
        options={moves.map((status) => ({ value: status, label: _(LEAD_STATUS_MOVE_IDS[status]) }))}
        data-testid="lead-status-select"
      />
      {error && (
        <Alert>
          {apiErrorCode(error) === 'CONFLICT'
            ? _('lead.status.conflict')
            : apiErrorText(_, apiErrorParts(error), messageId('lead.status.changeFailed'))}
        </Alert>
      )}
    </div>
  );
}

// The statuses offered in the status menu, lower case as the menu shows them ("under assessment").
const LEAD_STATUS_MOVE_IDS: Readonly<Record<LeadDetailData['status'], string>> = {
  NEW: messageId('lead.status.moveNew'),
  UNDER_ASSESSMENT: messageId('lead.status.moveUnderAssessment'),
  ACTIONED: messageId('lead.status.moveActioned'),
  CLOSED: messageId('lead.status.moveClosed'),
};

/** The recipient agencies of the shares the viewer sees that are live or waiting for approval, by agency id. */
function holdersOf(shares: ReadonlyArray<{ status: string; recipientAgency: { id: string } }>): Map<string, 'ACTIVE' | 'PENDING_APPROVAL'> {
  const holders = new Map<string, 'ACTIVE' | 'PENDING_APPROVAL'>();
  for (const share of shares) {
    if (share.status === 'ACTIVE' || (share.status === 'PENDING_APPROVAL' && !holders.has(share.recipientAgency.id))) holders.set(share.recipientAgency.id, share.status);
  }
  return holders;
}
