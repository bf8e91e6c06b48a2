import { badInput } from '@taskforce/api-core';
import { DatasetKind, SOURCES } from './dataset-import';

/** Value of `case_records.source` for records entered by agencies through the API. */
export const AGENCY_SOURCE = 'agency';

/**
 * SQL (an aggregate in a `GROUP BY` over `case_records cr`) of the cell key of the records other agencies than the
 * viewer's (`viewerAgency`: the SQL of the viewer's agency id, a parameter) recorded: the sum of their `record_key`s
 * modulo 2³², as a float8 (exact: below 2⁵³). Used for cell-key perturbation of agency-recorded figures (libs/domain
 * `cell-key.ts`); public data sets pass none.
 */
export function othersKeySql(viewerAgency: string): string {
  return `(COALESCE(sum(cr.record_key) FILTER (WHERE cr.agency_id IS DISTINCT FROM CAST(${viewerAgency} AS uuid)), 0) % 4294967296)::float8`;
}

/** The public data sets whose import writes case records (`case_records`), as opposed to country-level figures. */
export const CASE_RECORD_KINDS: readonly DatasetKind[] = [DatasetKind.CTDC];

/** Every `source` an indicator table or flow query accepts: `agency`, then each case-record data set's source (`ctdc`). */
export const CASE_RECORD_SOURCES: readonly string[] = [AGENCY_SOURCE, ...CASE_RECORD_KINDS.map((kind) => SOURCES[kind])];

/**
 * Refuses a source of case records that does not exist.
 * @throws BAD_USER_INPUT naming the field `source` (with the known sources) for anything not in CASE_RECORD_SOURCES
 */
export function requireCaseRecordSource(source: string): void {
  if (!CASE_RECORD_SOURCES.includes(source)) {
    throw badInput([{ field: 'source', message: `unknown source; known sources: ${CASE_RECORD_SOURCES.join(', ')}` }]);
  }
}
