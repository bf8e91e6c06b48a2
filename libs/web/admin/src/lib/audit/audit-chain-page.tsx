import { useLazyQuery } from '@apollo/client/react';
import { apiErrorParts, apiErrorText } from '@taskforce/web-data-access';
import { Alert, Button, Card, formatNumber, LoadingState, messageId, useCatalogue, useLingui } from '@taskforce/web-ui';
import { AUDIT_CHAIN_STATUS_QUERY } from './audit-chain.documents';

/**
 * /admin/audit — platform admins verify the whole audit hash chain (the server refuses anyone else with
 * FORBIDDEN) and see the first broken entry, as `npm run audit:verify` does from the command line.
 */
export function AuditChainPage() {
  const [verify, { data, loading, error, called }] = useLazyQuery(AUDIT_CHAIN_STATUS_QUERY, { fetchPolicy: 'network-only' });
  const status = data?.auditChainStatus;
  const { _ } = useLingui();
  if (!useCatalogue('admin')) return <LoadingState />;
  return (
    <div className="tf-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('admin.eyebrow')}</p>
        <h1 className="tf-page__title">{_('audit.title')}</h1>
      </div>
      <Card title={_('audit.verifyTitle')} headingLevel={2}>
        <p className="tf-small">{_('audit.explanation')}</p>
        <Button variant="primary" busy={loading} onClick={() => void verify().catch(() => undefined)} data-testid="verify-audit-chain">
          {called ? _('audit.verifyAgain') : _('audit.verifyNow')}
        </Button>
        {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('audit.verifyFailed'))}</Alert>}
        {status && !loading &&
          (status.ok ? (
            <Alert tone="success" data-testid="audit-chain-status">
              {_('audit.chainOk', { count: status.entries, entries: formatNumber(status.entries) })}
            </Alert>
          ) : (
            <Alert tone="error" data-testid="audit-chain-status">
              {_('audit.chainBroken', {
                seq: status.firstBrokenSeq ?? '?',
                reason: status.reason ?? _('audit.noReason'),
                count: status.entries,
                entries: formatNumber(status.entries),
              })}
            </Alert>
          ))}
      </Card>
    </div>
  );
}
