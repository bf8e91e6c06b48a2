import { Injectable } from '@nestjs/common';
import { AppConfig, badInput } from '@taskforce/api-core';
import { AGENCY_SOURCE } from '../case-records/case-sources';

/** The highest k a request for figures of a public data set may ask for. */
export const MAX_REQUESTED_K = 1000;

/**
 * The small-cell threshold k a request gets. Every protected figure (indicator tables and their CSV, forms named,
 * flows, target progress, operation results) takes its k from here.
 *
 * - Figures counting **agency-entered records** (source `agency`, target progress, operation results): k is the
 *   configured `SMALL_CELL_K` (default 11), fixed. A caller asking for another k is refused: a figure of other
 *   agencies' records is shown only from k of them, so answers at k, k + 1, k + 2 … would tell the exact count the
 *   cell-key noise hides (the figure disappears at its true count + 1), and answers at several thresholds could be
 *   combined to pin counts each answer hides (docs/disclosure-control.md, "One threshold").
 * - Figures of a **public data set** (`ctdc`): the configured k, or a higher one on request up to `MAX_REQUESTED_K`
 *   (a lower one is raised to the configured k).
 *
 * This is the one place a requested k is checked: the inputs carry it as a plain integer.
 */
@Injectable()
export class SmallCellThreshold {
  constructor(private readonly config: AppConfig) {}

  /** The configured k. */
  get minimum(): number {
    return this.config.SMALL_CELL_K;
  }

  /**
   * k for figures of case records of `source`.
   * @throws BAD_USER_INPUT naming the field `k` when `source` is `agency` and `requested` is given and not the configured
   *   k, or when a public data set is asked for a k that is not a whole number from 1 to `MAX_REQUESTED_K`.
   */
  forRequest(requested: number | null | undefined, source: string): number {
    if (source === AGENCY_SOURCE) return this.forAgencyFigures(requested);
    if (requested === null || requested === undefined) return this.minimum;
    if (!Number.isInteger(requested) || requested < 1 || requested > MAX_REQUESTED_K) {
      throw badInput([{ field: 'k', message: `k must be a whole number from 1 to ${MAX_REQUESTED_K}; below ${this.minimum} it is raised to ${this.minimum}` }]);
    }
    return Math.max(requested, this.minimum);
  }

  /**
   * k for figures built from agency-entered records (case records, target progress, operation results): always
   * the configured k.
   * @throws BAD_USER_INPUT naming the field `k` when `requested` is given and not the configured k.
   */
  forAgencyFigures(requested: number | null | undefined): number {
    if (requested !== null && requested !== undefined && requested !== this.minimum) {
      throw badInput([
        {
          field: 'k',
          message: `k is fixed at ${this.minimum} for figures from agency-entered records: answers at several thresholds could be combined to recover the counts they hide`,
        },
      ]);
    }
    return this.minimum;
  }
}
