import { refreshSession, sessionHeaders, sessionStore } from '@taskforce/web-data-access';

/** Thrown when the report cannot be fetched; `status` is the HTTP status (404 also for operations you may not see). */
export class ReportDownloadError extends Error {
  constructor(readonly status: number) {
    super(status === 404 ? 'This joint operation does not exist, or your agency does not take part in it.' : 'The report cannot be made right now. Please try again.');
  }
}

/** The file name the server chose (Content-Disposition), or a plain default. */
function fileNameOf(response: Response): string {
  const match = response.headers.get('content-disposition')?.match(/filename="([^"]+)"/);
  return match?.[1] ?? 'operation-report.pdf';
}

/**
 * Fetches GET /operations/:id/report.pdf with the session cookie and the CSRF header (the session refreshed once if
 * the access token has expired) and saves it through a temporary object URL. @throws ReportDownloadError on any
 * non-200 answer.
 */
export async function downloadOperationReport(operationId: string): Promise<string> {
  const url = `/operations/${encodeURIComponent(operationId)}/report.pdf`;
  const get = () => fetch(url, { credentials: 'same-origin', headers: sessionHeaders() });
  const seenExpiresAt = sessionStore.get()?.accessTokenExpiresAt;
  let response = await get();
  if (response.status === 401) {
    const renewed = await refreshSession(seenExpiresAt);
    if (renewed) response = await get();
  }
  if (!response.ok) throw new ReportDownloadError(response.status);
  const fileName = fileNameOf(response);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return fileName;
}
