import { useQuery } from '@apollo/client/react';
import { isLeadWriter } from '@taskforce/domain';
import { describeApiError, LEADS_QUERY, useRealtimeEvent, useRealtimeReconnect, useViewer, type LeadListItem } from '@taskforce/web-data-access';
import { AdmiraltyGradeBadge, AgencyBadge, Alert, Badge, Card, categoryList, EmptyState, FORM_OF_EXPLOITATION_LABELS, formatDate, labelOf, Link, LoadingState, pathTo, TlpBadge } from '@taskforce/web-ui';
import { LeadRoutesMap } from '@taskforce/web-indicators';
import { HandlingCodes, RouteLine } from './lead-parts';
import { LeadStatusBadge } from './lead-status-labels';
import { isLeadNotification } from './lead-notifications';
import { LeadSearch } from './lead-search';

/**
 * The leads the caller's agency may read (/leads): exactly what the server returns — it enforces need-to-know —
 * with markings, grading and status, and a search. Refetches when a notification or `lead.changed` arrives.
 */
export function LeadsPage() {
  const { data, loading, error, refetch } = useQuery(LEADS_QUERY, { fetchPolicy: 'cache-and-network' });
  const refresh = () => void refetch().catch(() => undefined);
  useRealtimeEvent('notification', (event) => {
    if (isLeadNotification(event.type)) refresh();
  });
  useRealtimeEvent('lead.changed', refresh);
  useRealtimeReconnect(refresh);

  const viewer = useViewer();
  const canRecord = !!viewer && isLeadWriter(viewer);
  const leads = data?.leads ?? [];
  return (
    <div className="tf-page" data-testid="leads-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Intelligence</p>
        <h1 className="tf-page__title">
          Leads{' '}
          {data && (
            <span className="tf-muted tf-small" data-testid="lead-count">
              ({data.leadCount} {data.leadCount === 1 ? 'lead' : 'leads'})
            </span>
          )}
        </h1>
        <p className="tf-muted">Leads of your agency and leads other agencies have shared with it.</p>
        {canRecord && (
          <p>
            <Link to={pathTo('newLead')} className="tf-button tf-button--primary tf-button--md" data-testid="new-lead">
              New lead
            </Link>
          </p>
        )}
      </div>
      <LeadSearch />
      {error && !data && <Alert>{describeApiError(error, 'The leads cannot be loaded right now.')}</Alert>}
      {!data && loading && <LoadingState label="Loading leads…" />}
      {data && leads.length === 0 && <EmptyState>No leads for your agency yet.</EmptyState>}
      {leads.length > 0 && (
        <ul className="tf-lead-list" aria-label="Leads">
          {leads.map((lead) => (
            <li key={lead.id}>
              <LeadCard lead={lead} />
            </li>
          ))}
        </ul>
      )}
      {leads.length > 0 && <LeadRoutesMap refreshKey={leads.map((lead) => lead.id).join(',')} />}
    </div>
  );
}

function LeadCard({ lead }: { lead: LeadListItem }) {
  return (
    <Card as="article" className="tf-lead-card" data-testid="lead-card" data-lead-id={lead.id}>
      <div className="tf-lead-card__markings">
        <TlpBadge tlp={lead.tlp} />
        <AdmiraltyGradeBadge
          grade={lead.grade}
          sourceReliability={lead.sourceReliability}
          informationCredibility={lead.informationCredibility}
        />
        {lead.handlingCodes.length > 0 && <HandlingCodes codes={lead.handlingCodes} />}
        <LeadStatusBadge status={lead.status} />
        {lead.viewerIsOriginator ? (
          <Badge tone="accent">Your agency's lead</Badge>
        ) : (
          <Badge tone="info">Shared with your agency</Badge>
        )}
        {lead.redaction && lead.redaction.categories.length > 0 && (
          <Badge tone="warning" data-testid="lead-redacted">
            Redacted: {categoryList(lead.redaction.categories)}
          </Badge>
        )}
      </div>
      <h2 className="tf-lead-card__title">
        <Link to={pathTo('lead', { id: lead.id })} data-testid="lead-link">
          {lead.summary}
        </Link>
      </h2>
      <dl className="tf-facts tf-facts--inline">
        <div>
          <dt>Originating agency</dt>
          <dd>
            <AgencyBadge agency={lead.originatingAgency} />
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
          <dt>Recorded</dt>
          <dd>{formatDate(lead.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
