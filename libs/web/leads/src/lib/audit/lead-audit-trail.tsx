import { useLazyQuery } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, LEAD_AUDIT_TRAIL_QUERY } from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState, formatDateTime, labelFrom, LoadingState, messageId, useLingui } from '@taskforce/web-ui';

/** Plain-language names of the audited actions (docs/api-contract.md, "Audit"); unknown codes show as they are. */
const ACTION_LABEL_IDS: Readonly<Record<string, string>> = {
  LEAD_CREATED: messageId('leadAudit.action.leadCreated'),
  LEAD_READ: messageId('leadAudit.action.leadRead'),
  LEAD_UPDATED: messageId('leadAudit.action.leadUpdated'),
  LEAD_LIST_READ: messageId('leadAudit.action.leadListRead'),
  LEAD_SHARE_PREVIEWED: messageId('leadAudit.action.sharePreviewed'),
  LEAD_SHARED: messageId('leadAudit.action.shared'),
  LEAD_SHARE_DENIED: messageId('leadAudit.action.shareDenied'),
  LEAD_SHARE_APPROVED: messageId('leadAudit.action.shareApproved'),
  LEAD_SHARE_REFUSED: messageId('leadAudit.action.shareRefused'),
  LEAD_SHARE_REVOKED: messageId('leadAudit.action.shareRevoked'),
  LEAD_SHARE_LAPSED: messageId('leadAudit.action.shareLapsed'),
  VICTIM_IDENTITY_READ: messageId('leadAudit.action.victimIdentityRead'),
  ACCESS_REFUSED: messageId('leadAudit.action.accessRefused'),
};

/**
 * The audit trail of one lead, for its originating agency (the server answers NOT_FOUND to anyone else): who,
 * agency, what, when (UTC), from where, why, and the entry's hash prefix. Loaded on demand, since reading the
 * trail is itself a deliberate act.
 */
export function LeadAuditTrail({ leadId }: { leadId: string }) {
  const { _ } = useLingui();
  const [load, { data, loading, error, called }] = useLazyQuery(LEAD_AUDIT_TRAIL_QUERY, { fetchPolicy: 'network-only' });
  const entries = data?.leadAuditTrail ?? [];
  return (
    <Card
      title={_('leadAudit.title')}
      headingLevel={2}
      data-testid="lead-audit-trail"
      actions={
        <Button size="sm" onClick={() => void load({ variables: { leadId } }).catch(() => undefined)} busy={loading} data-testid="load-audit-trail">
          {called ? _('leadAudit.refresh') : _('leadAudit.show')}
        </Button>
      }
    >
      {!called && <p className="tf-small tf-muted">{_('leadAudit.intro')}</p>}
      {loading && !data && <LoadingState label={_('leadAudit.loading')} />}
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('leadAudit.loadFailed'))}</Alert>}
      {called && !loading && !error && entries.length === 0 && <EmptyState>{_('leadAudit.none')}</EmptyState>}
      {entries.length > 0 && (
        <div className="tf-table-scroll">
          <table className="tf-table">
            <caption className="tf-visually-hidden">{_('leadAudit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{_('leadAudit.when')}</th>
                <th scope="col">{_('leadAudit.who')}</th>
                <th scope="col">{_('leadAudit.what')}</th>
                <th scope="col">{_('leadAudit.why')}</th>
                <th scope="col">{_('leadAudit.from')}</th>
                <th scope="col">{_('leadAudit.hash')}</th>
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
                    {e.actorName ?? _('leadAudit.system')}
                    {e.actorAgencyAcronym && <span className="tf-muted"> · {e.actorAgencyAcronym}</span>}
                  </td>
                  <td>{labelFrom(_, ACTION_LABEL_IDS, e.action)}</td>
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
