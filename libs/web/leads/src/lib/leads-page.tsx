import { useQuery } from '@apollo/client/react';
import { isLeadWriter } from '@taskforce/domain';
import { apiErrorParts, apiErrorText, LEADS_QUERY, useRealtimeEvent, useRealtimeReconnect, useViewer, type LeadListItem } from '@taskforce/web-data-access';
import {
  AdmiraltyGradeBadge,
  AgencyBadge,
  Alert,
  Badge,
  Card,
  EmptyState,
  FORM_OF_EXPLOITATION_LABEL_IDS,
  formatDate,
  labelFrom,
  Link,
  LoadingState,
  messageId,
  pathTo,
  TlpBadge,
  useCatalogue,
  useLingui,
} from '@taskforce/web-ui';
import { LeadRoutesMap } from '@taskforce/web-indicators';
import { HandlingCodes, RouteLine } from './lead-parts';
import { categoryListText } from './lead-messages';
import { LeadStatusBadge } from './lead-status-labels';
import { isLeadNotification } from './lead-notifications';
import { LeadSearch } from './lead-search';

/**
 * The leads the caller's agency may read (/leads): exactly what the server returns — it enforces need-to-know —
 * with markings, grading and status, and a search. Refetches when a notification or `lead.changed` arrives. Its
 * texts come from the `leads` catalogue, loaded first.
 */
export function LeadsPage() {
  if (!useCatalogue('leads')) return <LoadingState />;
  return <LeadsScreen />;
}

function LeadsScreen() {
  const { _ } = useLingui();
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
        <p className="tf-eyebrow">{_('leads.eyebrow')}</p>
        <h1 className="tf-page__title">
          {_('leads.title')}{' '}
          {data && (
            <span className="tf-muted tf-small" data-testid="lead-count">
              {_('leads.count', { count: data.leadCount })}
            </span>
          )}
        </h1>
        <p className="tf-muted">{_('leads.intro')}</p>
        {canRecord && (
          <p>
            <Link to={pathTo('newLead')} className="tf-button tf-button--primary tf-button--md" data-testid="new-lead">
              {_('page.newLead')}
            </Link>
          </p>
        )}
      </div>
      <LeadSearch />
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('leads.loadFailed'))}</Alert>}
      {!data && loading && <LoadingState label={_('leads.loading')} />}
      {data && leads.length === 0 && <EmptyState>{_('leads.none')}</EmptyState>}
      {leads.length > 0 && (
        <ul className="tf-lead-list" aria-label={_('leads.title')}>
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
  const { _ } = useLingui();
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
          <Badge tone="accent">{_('leads.yourAgencysLead')}</Badge>
        ) : (
          <Badge tone="info">{_('leads.sharedWithYourAgency')}</Badge>
        )}
        {lead.redaction && lead.redaction.categories.length > 0 && (
          <Badge tone="warning" data-testid="lead-redacted">
            {_('leads.redacted', { categories: categoryListText(_, lead.redaction.categories) })}
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
          <dt>{_('lead.fact.originatingAgency')}</dt>
          <dd>
            <AgencyBadge agency={lead.originatingAgency} />
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
          <dt>{_('lead.fact.recorded')}</dt>
          <dd>{formatDate(lead.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
