import { INDICATOR_KIND_LABELS } from '@taskforce/web-ui';
import type { IndicatorKind } from '@taskforce/web-data-access';
import type { TimingData } from './targets.documents';

/** Indicator names as people read them. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorKind, string>> = INDICATOR_KIND_LABELS;

export const INDICATOR_OPTIONS = (Object.keys(INDICATOR_LABELS) as IndicatorKind[]).map((value) => ({ value, label: INDICATOR_LABELS[value] }));

/** A duration in ms as "3 h 20 min", "45 min", "2 d 4 h" (rounded to the minute); "—" for null. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "75 % (3 of 4)" or "— (no done task with a due date)". */
export function formatOnTime(t: TimingData['tasksOnTime']): string {
  if (t.rate === null) return '— (no done task with a due date yet)';
  return `${Math.round(t.rate * 100)} % (${t.onTime} of ${t.denominator})`;
}

/** Progress 0–1 as a whole percentage for the bar ("60 %"). */
export function progressPercent(progress: number): number {
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the target form; returns the error of each invalid field (empty when valid). */
export function validateTargetForm(v: { periodStart: string; periodEnd: string; target: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DATE.test(v.periodStart)) errors['periodStart'] = 'Enter the first day of the period.';
  if (!DATE.test(v.periodEnd)) errors['periodEnd'] = 'Enter the last day of the period.';
  else if (DATE.test(v.periodStart) && v.periodEnd < v.periodStart) errors['periodEnd'] = 'The period must end on or after its first day.';
  if (!/^\d+$/.test(v.target.trim()) || Number(v.target) < 1) errors['target'] = 'Enter a whole number greater than 0.';
  return errors;
}
