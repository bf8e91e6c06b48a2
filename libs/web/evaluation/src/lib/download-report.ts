import { refreshSession, sessionStore } from '@taskforce/web-data-access';

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
 * Fetches GET /operations/:id/report.pdf with the in-memory access token (refreshed once if it has expired) and
 * saves it through a temporary object URL. @throws ReportDownloadError on any non-200 answer.
 */
export async function downloadOperationReport(operationId: string): Promise<string> {
  const url = `/operations/${encodeURIComponent(operationId)}/report.pdf`;
  const get = (token: string | undefined) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const token = sessionStore.get()?.accessToken;
  let response = await get(token);
  if (response.status === 401) {
    const renewed = await refreshSession(token);
    if (renewed) response = await get(renewed.accessToken);
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
