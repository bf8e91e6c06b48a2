import { describeApiError } from '@taskforce/web-data-access';
import { Button, CSV_CONTENT_TYPE, saveFile, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';

/**
 * "Download CSV" for an export the server writes (header block with scope, k, sources and UTC time, then the
 * protected figures): calls `fetchCsv` when clicked and saves the text as `fileName` (UTF-8). A failure is shown
 * beside the button.
 */
export function ServerCsvButton({ fetchCsv, fileName, testId, label }: { fetchCsv: () => Promise<string | undefined>; fileName: string; testId: string; label?: string }) {
  const { _ } = useLingui();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const csv = await fetchCsv();
      if (csv === undefined) throw new Error('No CSV returned');
      saveFile(fileName, csv, CSV_CONTENT_TYPE);
    } catch (error) {
      setFailure(describeApiError(error, _('indicators.csv.failed'), _));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="tf-indicators__download">
      <Button variant="secondary" size="sm" busy={busy} onClick={() => void download()} data-testid={testId}>
        {label ?? _('indicators.csv.download')}
      </Button>
      {failure && (
        <span role="alert" className="tf-small">
          {failure}
        </span>
      )}
    </span>
  );
}
