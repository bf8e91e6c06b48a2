import { badInput } from '@taskforce/api-core';
import { DatasetKind, SOURCES } from '../imports/dataset-import';
import { IndicatorDimension } from '../tables/indicator.model';

/** Value of `case_records.source` for records entered by agencies through the API. */
export const AGENCY_SOURCE = 'agency';

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

/**
 * Breakdowns agencies' case records never carry: a case is recorded with countries, not regions (no region is
 * derived from them either), so a table of agency-entered records by region would put every record under "Unknown".
 */
export const NOT_RECORDED_BY_AGENCIES: readonly IndicatorDimension[] = [IndicatorDimension.CITIZENSHIP_REGION, IndicatorDimension.EXPLOITATION_REGION];

/**
 * Refuses a breakdown the source does not record.
 * @throws BAD_USER_INPUT naming the field `dimensions` when `source` is `agency` and a dimension is in NOT_RECORDED_BY_AGENCIES
 */
export function requireRecordedDimensions(source: string, dimensions: readonly IndicatorDimension[]): void {
  const unrecorded = source === AGENCY_SOURCE ? dimensions.filter((d) => NOT_RECORDED_BY_AGENCIES.includes(d)) : [];
  if (unrecorded.length) {
    throw badInput([{ field: 'dimensions', message: `${unrecorded.join(', ')}: agencies record countries, not regions; use CITIZENSHIP or COUNTRY_OF_EXPLOITATION` }]);
  }
}
