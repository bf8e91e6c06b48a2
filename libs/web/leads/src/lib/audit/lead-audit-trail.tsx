import { useLazyQuery } from '@apollo/client/react';
import { describeApiError, LEAD_AUDIT_TRAIL_QUERY } from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState, formatDateTime, LoadingState } from '@taskforce/web-ui';

/** Plain-language names of the audited actions (docs/api-contract.md, "Audit"); unknown codes show as they are. */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  LEAD_CREATED: 'Lead recorded',
  LEAD_READ: 'Lead read',
  LEAD_UPDATED: 'Lead edited',
  LEAD_LIST_READ: 'Listed or searched',
  LEAD_SHARE_PREVIEWED: 'Share previewed',
  LEAD_SHARED: 'Shared',
  LEAD_SHARE_DENIED: 'Share denied by the rules',
  LEAD_SHARE_APPROVED: 'Share approved',
  LEAD_SHARE_REFUSED: 'Share refused',
  LEAD_SHARE_REVOKED: 'Share revoked',
  LEAD_SHARE_LAPSED: 'Share lapsed',
  VICTIM_IDENTITY_READ: "Potential victim's identity read",
  ACCESS_REFUSED: 'Access refused',
};

/**
 * The audit trail of one lead, for its originating agency (the server answers NOT_FOUND to anyone else): who,
 * agency, what, when (UTC), from where, why, and the entry's hash prefix. Loaded on demand, since reading the
 * trail is itself a deliberate act.
 */
export function LeadAuditTrail({ leadId }: { leadId: string }) {
  const [load, { data, loading, error, called }] = useLazyQuery(LEAD_AUDIT_TRAIL_QUERY, { fetchPolicy: 'network-only' });
  const entries = data?.leadAuditTrail ?? [];
  return (
    <Card
      title="Audit trail"
      headingLevel={2}
      data-testid="lead-audit-trail"
      actions={
        <Button size="sm" onClick={() => void load({ variables: { leadId } }).catch(() => undefined)} busy={loading} data-testid="load-audit-trail">
          {called ? 'Refresh' : 'Show audit trail'}
        </Button>
      }
    >
      {!called && <p className="tf-small tf-muted">Every read, share, decision and identity read of this lead, from the tamper-evident log.</p>}
      {loading && !data && <LoadingState label="Loading audit trail…" />}
      {error && <Alert>{describeApiError(error, 'The audit trail cannot be loaded right now.')}</Alert>}
      {called && !loading && !error && entries.length === 0 && <EmptyState>No entries.</EmptyState>}
      {entries.length > 0 && (
        <div className="tf-table-scroll">
          <table className="tf-table">
            <caption className="tf-visually-hidden">Audit entries of this lead, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Why</th>
                <th scope="col">From</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq} data-testid="audit-entry" data-action={e.action}>
                  <td>{e.seq}</td>
                  <td>
                    <time dateTime={e.at} title={e.at}>
                      {formatDateTime(e.at)}
                    </time>
                  </td>
                  <td data-testid="audit-actor">
                    {e.actorName ?? 'System'}
                    {e.actorAgencyAcronym && <span className="tf-muted"> · {e.actorAgencyAcronym}</span>}
                  </td>
                  <td>{ACTION_LABELS[e.action] ?? e.action}</td>
                  <td>{e.reason ?? '—'}</td>
                  <td>{e.clientAddress ?? '—'}</td>
                  <td>
                    <code title={e.hash}>{e.hash.slice(0, 12)}</code>
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
