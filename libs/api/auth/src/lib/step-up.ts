import { STEP_UP_WINDOW_SECONDS } from '@taskforce/api-core';

/** True when `at` (UTC) lies within the last STEP_UP_WINDOW_SECONDS (300 s). */
export function isRecent(at: Date | null | undefined, nowMs = Date.now()): boolean {
  return !!at && nowMs - at.getTime() < STEP_UP_WINDOW_SECONDS * 1000;
}
