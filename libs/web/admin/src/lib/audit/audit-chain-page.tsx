import { useLazyQuery } from '@apollo/client/react';
import { describeApiError } from '@taskforce/web-data-access';
import { Alert, Button, Card } from '@taskforce/web-ui';
import { AUDIT_CHAIN_STATUS_QUERY } from './audit-chain.documents';

/**
 * /admin/audit — platform admins verify the whole audit hash chain (the server refuses anyone else with
 * FORBIDDEN) and see the first broken entry, as `npm run audit:verify` does from the command line.
 */
export function AuditChainPage() {
  const [verify, { data, loading, error, called }] = useLazyQuery(AUDIT_CHAIN_STATUS_QUERY, { fetchPolicy: 'network-only' });
  const status = data?.auditChainStatus;
  return (
    <div className="tf-page">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Administration</p>
        <h1 className="tf-page__title">Audit log</h1>
      </div>
      <Card title="Verify the hash chain" headingLevel={2}>
        <p className="tf-small">
          Each entry hashes the one before it. Verification walks every entry and names the first one whose sequence,
          link or contents do not match.
        </p>
        <Button variant="primary" busy={loading} onClick={() => void verify().catch(() => undefined)} data-testid="verify-audit-chain">
          {called ? 'Verify again' : 'Verify now'}
        </Button>
        {error && <Alert>{describeApiError(error, 'The audit log cannot be verified right now.')}</Alert>}
        {status && !loading &&
          (status.ok ? (
            <Alert tone="success" data-testid="audit-chain-status">
              The chain verifies: {status.entries.toLocaleString('en')} entries, none altered or removed.
            </Alert>
          ) : (
            <Alert tone="error" data-testid="audit-chain-status">
              The chain is broken at entry {status.firstBrokenSeq ?? '?'} ({status.reason ?? 'no reason given'}). {status.entries.toLocaleString('en')}{' '}
              entries checked.
            </Alert>
          ))}
      </Card>
    </div>
  );
}
