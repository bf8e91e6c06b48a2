import { useQuery } from '@apollo/client/react';
import { describeApiError, DECONFLICTION_CASES_QUERY, useRealtimeEvent } from '@taskforce/web-data-access';
import { Alert, Card, EmptyState, formatDateTime, Link, LoadingState, pathTo } from '@taskforce/web-ui';
import { SELECTOR_KIND_LABELS } from './selector-fields';

/**
 * Your agency's deconfliction cases (liaison officers): each hit between your agency and another, as your side sees
 * it — your own lead linked, the other agency, the kind of selector, when. Refreshes on a SELECTOR_QUERIED notification.
 */
export function DeconflictionCases() {
  const { data, loading, error, refetch } = useQuery(DECONFLICTION_CASES_QUERY, { fetchPolicy: 'cache-and-network' });
  useRealtimeEvent('notification', (event) => {
    if (event.type === 'SELECTOR_QUERIED') void refetch().catch(() => undefined);
  });
  const cases = data?.deconflictionCases ?? [];
  return (
    <Card title="Deconfliction cases" headingLevel={2} data-testid="deconfliction-cases">
      {error && !data && <Alert>{describeApiError(error, 'The deconfliction cases cannot be loaded right now.')}</Alert>}
      {!data && loading && <LoadingState label="Loading deconfliction cases…" />}
      {data && cases.length === 0 && <EmptyState>No hit between your agency and another yet.</EmptyState>}
      {cases.length > 0 && (
        <div className="tf-table-wrap">
          <table className="tf-table">
            <caption className="tf-visually-hidden">Deconfliction cases, last hit first</caption>
            <thead>
              <tr>
                <th scope="col">Your side</th>
                <th scope="col">Other agency</th>
                <th scope="col">Kind</th>
                <th scope="col">Your lead</th>
                <th scope="col">Hits</th>
                <th scope="col">Last hit</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => {
                const other = c.side === 'HOLDER' ? c.queryingAgency : c.holderAgency;
                return (
                  <tr key={c.id} data-testid="deconfliction-case">
                    <td>{c.side === 'HOLDER' ? 'Holder (they asked)' : 'Querier (you asked)'}</td>
                    <td>
                      <abbr title={other.name}>{other.acronym}</abbr>
                    </td>
                    <td>{SELECTOR_KIND_LABELS[c.selectorKind]}</td>
                    <td>{c.ownLeadId ? <Link to={pathTo('lead', { id: c.ownLeadId })}>Open lead</Link> : <span className="tf-muted">A query</span>}</td>
                    <td>{c.hits}</td>
                    <td>{formatDateTime(c.lastHitAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
