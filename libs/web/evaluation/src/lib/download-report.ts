import { fetchWithSession, fileNameOf } from '@taskforce/web-data-access';
import { messageId, saveFile } from '@taskforce/web-ui';

/**
 * Thrown when the report cannot be fetched; `status` is the HTTP status (404 also for operations you may not see).
 * The message is English for logs; screens show `messageId` in the person's language.
 */
export class ReportDownloadError extends Error {
  constructor(readonly status: number) {
    super(status === 404 ? 'This joint operation does not exist, or your agency does not take part in it.' : 'The report cannot be made right now. Please try again.');
  }

  /** The message id (catalogue `indicators`) of what went wrong, for the screen. */
  get messageId(): string {
    return this.status === 404 ? messageId('evaluation.notFound') : messageId('report.downloadFailed');
  }
}

/**
 * Fetches GET /operations/:id/report.pdf with the session cookie and the CSRF header (the session refreshed once if
 * the access token has expired) and saves it through a temporary object URL. @throws ReportDownloadError on any
 * non-200 answer.
 */
export async function downloadOperationReport(operationId: string): Promise<string> {
  const response = await fetchWithSession(`/operations/${encodeURIComponent(operationId)}/report.pdf`);
  if (!response.ok) throw new ReportDownloadError(response.status);
  const fileName = fileNameOf(response, 'operation-report.pdf');
  saveFile(fileName, await response.blob());
  return fileName;
}
