import { Button, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { downloadOperationReport, ReportDownloadError } from './download-report';

/** "Download PDF": the operation report made now by the server, for you, with figures as you may see them. */
export function DownloadReportButton({ operationId }: { operationId: string }) {
  const { _ } = useLingui();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await downloadOperationReport(operationId);
    } catch (error) {
      setFailure(error instanceof ReportDownloadError ? _(error.messageId) : _('report.downloadFailedNow'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="tf-evaluation__download">
      <Button variant="primary" busy={busy} onClick={() => void download()} data-testid="report-download-pdf">
        {_('report.downloadPdf')}
      </Button>
      {failure && (
        <span role="alert" className="tf-small">
          {failure}
        </span>
      )}
    </span>
  );
}
