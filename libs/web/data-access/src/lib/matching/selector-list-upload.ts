import type { ApiErrorParts } from '../apollo/api-error-text';
import { fetchWithSession } from '../files/session-fetch';
import type { AgencySummary } from '../graphql/fragments';
import type { SelectorKind } from '../graphql/schema-types';

/** The report of a list queried as CSV (`SelectorListReport` of the contract, as `POST /selectors/query.csv` answers it). */
export interface SelectorListReportData {
  queried: number;
  hits: number;
  rejected: number;
  lines: Array<{
    /** The file's line number, the header being line 1. */
    line: number;
    kind: SelectorKind | null;
    /** null for a line with errors (not queried). */
    hit: boolean | null;
    holders: AgencySummary[];
    errors: Array<{ field: string | null; message: string }>;
  }>;
}

/** The upload's refusal: the HTTP status and what `apiErrorText` needs (the API's `code` and the fields it names). */
export class SelectorListUploadError extends Error {
  constructor(
    readonly status: number,
    readonly parts: ApiErrorParts,
  ) {
    super(`The selector list was refused (${status} ${parts.code ?? ''})`.trim());
    this.name = 'SelectorListUploadError';
  }
}

/**
 * Queries the selectors of the CSV `file` (docs/hit-no-hit.md, "Lists of selectors"): `POST /selectors/query.csv` with
 * the file as a `text/csv` body, the session cookie and the CSRF header (fetchWithSession).
 * @returns the report, one entry per data line.
 * @throws SelectorListUploadError with the API's `code` (BAD_USER_INPUT, QUERY_BUDGET_EXHAUSTED, PAYLOAD_TOO_LARGE,
 *   TOO_MANY_REQUESTS, UNAUTHENTICATED…) and the fields it names; `parts.offline` when the API cannot be reached.
 */
export async function uploadSelectorList(file: Blob): Promise<SelectorListReportData> {
  let response: Response;
  try {
    response = await fetchWithSession('/selectors/query.csv', { method: 'POST', headers: { 'content-type': 'text/csv', accept: 'application/json' }, body: file });
  } catch {
    throw new SelectorListUploadError(0, { offline: true });
  }
  const body = (await response.json().catch(() => null)) as (SelectorListReportData & { code?: unknown; fields?: unknown }) | null;
  if (response.ok && body) return body;
  const fields = Array.isArray(body?.fields) ? (body.fields as Array<{ field?: unknown }>).map((f) => f.field).filter((f): f is string => typeof f === 'string') : [];
  throw new SelectorListUploadError(response.status, { code: typeof body?.code === 'string' ? body.code : undefined, fields });
}
