import { Injectable } from '@nestjs/common';
import { AppConfig } from '@taskforce/api-core';

/**
 * The small-cell threshold k a request gets: the configured `SMALL_CELL_K` (default 11), or a higher k the caller
 * asks for — never a lower one, so nobody can read small counts of other agencies by asking for k = 2. Every
 * protected figure of this module (tables, CSV, flows, target progress) takes its k from here.
 */
@Injectable()
export class SmallCellThreshold {
  constructor(private readonly config: AppConfig) {}

  /** The configured minimum. */
  get minimum(): number {
    return this.config.SMALL_CELL_K;
  }

  /** `requested` when it is at least the configured k, else the configured k. */
  forRequest(requested: number | null | undefined): number {
    return Math.max(requested ?? this.minimum, this.minimum);
  }
}
