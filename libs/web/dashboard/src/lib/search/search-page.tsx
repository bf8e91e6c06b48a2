import { useQuery } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, WORKSPACE_SEARCH_QUERY, type WorkspaceSearchData } from '@taskforce/web-data-access';
import {
  Card,
  EmptyState,
  formatDateTime,
  labelFrom,
  Link,
  LoadError,
  LoadingState,
  messageId,
  OPERATION_STATUS_LABEL_IDS,
  pathTo,
  TASK_STATUS_LABEL_IDS,
  TlpBadge,
  useCatalogue,
  useLingui,
  useSearchParam,
} from '@taskforce/web-ui';
import type { ReactNode } from 'react';

/** Shortest search text the API takes (after invisible characters and edge blanks are removed). */
const MIN_TEXT = 2;

/** A section of results: its heading, how many were found (and how many exist, when more), and the items. */
function ResultSection({ title, testId, shown, total, children }: { title: string; testId: string; shown: number; total?: number; children: ReactNode }) {
  const { _ } = useLingui();
  return (
    <Card title={`${title} (${total ?? shown})`} headingLevel={2} data-testid={testId}>
      {shown === 0 ? (
        <EmptyState>{_('search.none')}</EmptyState>
      ) : (
        <>
          <ul className="tf-search-results__list">{children}</ul>
          {total !== undefined && total > shown && <p className="tf-search-results__meta">{_('search.firstOf', { shown, total })}</p>}
        </>
      )}
    </Card>
  );
}

/**
 * The search page (`/search?q=…`): the joint operations, tasks, leads and channel messages the person may read whose
 * text contains the words searched, each linking to its screen. What is found follows the same need-to-know as the
 * screens themselves (the API decides).
 */
export function SearchPage() {
  const { _ } = useLingui();
  const text = (useSearchParam('q') ?? '').trim();
  const tooShort = text.length < MIN_TEXT;
  const { data, loading, error, refetch } = useQuery(WORKSPACE_SEARCH_QUERY, { variables: { text }, skip: tooShort, fetchPolicy: 'network-only' });
  if (!useCatalogue('dashboard')) return <LoadingState />;
  return (
    <div className="tf-page" data-testid="search-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('page.search')}</p>
        <h1 className="tf-page__title">{tooShort ? _('page.search') : _('search.resultsFor', { text })}</h1>
      </div>
      <div aria-live="polite">
        {tooShort && <EmptyState>{_('search.tooShort', { min: MIN_TEXT })}</EmptyState>}
        {!tooShort && loading && !data && <LoadingState />}
        {!tooShort && error && !data && <LoadError onRetry={() => refetch()}>{apiErrorText(_, apiErrorParts(error), messageId('search.failed'))}</LoadError>}
        {!tooShort && data && <SearchResults data={data} />}
      </div>
    </div>
  );
}

function SearchResults({ data }: { data: WorkspaceSearchData }) {
  const { _ } = useLingui();
  return (
    <div className="tf-search-results">
      <ResultSection title={_('search.operations')} testId="search-operations" shown={data.searchOperations.length}>
        {data.searchOperations.map((operation) => (
          <li key={operation.id} className="tf-search-results__item">
            <Link to={pathTo('operation', { id: operation.id })}>{operation.name}</Link>{' '}
            <span className="tf-search-results__meta">{labelFrom(_, OPERATION_STATUS_LABEL_IDS, operation.status)}</span>
          </li>
        ))}
      </ResultSection>
      <ResultSection title={_('search.tasks')} testId="search-tasks" shown={data.searchTasks.length}>
        {data.searchTasks.map((task) => (
          <li key={task.id} className="tf-search-results__item">
            <Link to={`${pathTo('operation', { id: task.operation.id })}?${new URLSearchParams({ task: task.id }).toString()}`}>{task.title}</Link>{' '}
            <span className="tf-search-results__meta">
              {labelFrom(_, TASK_STATUS_LABEL_IDS, task.status)} · {task.operation.name}
            </span>
          </li>
        ))}
      </ResultSection>
      <ResultSection title={_('search.leads')} testId="search-leads" shown={data.searchLeads.length} total={data.searchLeadCount}>
        {data.searchLeads.map((lead) => (
          <li key={lead.id} className="tf-search-results__item">
            <Link to={pathTo('lead', { id: lead.id })}>{lead.summary}</Link>
          </li>
        ))}
      </ResultSection>
      <ResultSection title={_('search.messages')} testId="search-messages" shown={data.searchMessages.length}>
        {data.searchMessages.map((message) => (
          <li key={message.id} className="tf-search-results__item">
            <TlpBadge tlp={message.tlp} /> <Link to={pathTo('operation', { id: message.operationId })}>{message.body}</Link>{' '}
            <span className="tf-search-results__meta">
              {message.author.displayName} · <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </span>
          </li>
        ))}
      </ResultSection>
    </div>
  );
}
