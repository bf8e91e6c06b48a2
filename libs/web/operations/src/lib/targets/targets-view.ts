import { IndicatorKind } from '@taskforce/domain';
import { messageId, type MessageRef } from '@taskforce/web-ui';
import type { TimingData } from './targets.documents';

/** Message ids (catalogue `operation`) of the indicator names as people read them, in the order of the menus. */
export const INDICATOR_LABELS: Readonly<Record<IndicatorKind, string>> = {
  [IndicatorKind.VICTIM_IDENTIFIED]: messageId('targets.indicator.victimIdentified'),
  [IndicatorKind.VICTIM_REFERRED]: messageId('targets.indicator.victimReferred'),
  [IndicatorKind.VICTIM_ASSISTED]: messageId('targets.indicator.victimAssisted'),
  [IndicatorKind.INVESTIGATION_OPENED]: messageId('targets.indicator.investigationOpened'),
  [IndicatorKind.PROSECUTION]: messageId('targets.indicator.prosecution'),
  [IndicatorKind.CONVICTION]: messageId('targets.indicator.conviction'),
};

/**
 * A duration in ms as a message (catalogue `operation`): "3 h 20 min", "45 min", "2 d 4 h" (rounded to the minute);
 * "—" for null.
 */
export function formatDuration(ms: number | null): MessageRef {
  if (ms === null) return { id: messageId('targets.duration.none') };
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return { id: messageId('targets.duration.minutes'), values: { minutes } };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return minutes % 60
      ? { id: messageId('targets.duration.hoursMinutes'), values: { hours, minutes: minutes % 60 } }
      : { id: messageId('targets.duration.hours'), values: { hours } };
  }
  const days = Math.floor(hours / 24);
  return hours % 24 ? { id: messageId('targets.duration.daysHours'), values: { days, hours: hours % 24 } } : { id: messageId('targets.duration.days'), values: { days } };
}

/** The on-time rate as a message: "75 % (3 of 4)", or "— (no done task with a due date yet)" when there is none. */
export function formatOnTime(t: TimingData['tasksOnTime']): MessageRef {
  if (t.rate === null) return { id: messageId('targets.onTime.none') };
  return { id: messageId('targets.onTime.rate'), values: { percent: Math.round(t.rate * 100), onTime: t.onTime, denominator: t.denominator } };
}

/** Progress 0–1 as a whole percentage for the bar ("60 %"). */
export function progressPercent(progress: number): number {
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the target form; returns the message id (catalogue `operation`) of each invalid field's error (empty when valid). */
export function validateTargetForm(v: { periodStart: string; periodEnd: string; target: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DATE.test(v.periodStart)) errors['periodStart'] = messageId('targets.error.periodStart');
  if (!DATE.test(v.periodEnd)) errors['periodEnd'] = messageId('targets.error.periodEnd');
  else if (DATE.test(v.periodStart) && v.periodEnd < v.periodStart) errors['periodEnd'] = messageId('targets.error.periodOrder');
  if (!/^\d+$/.test(v.target.trim()) || Number(v.target) < 1) errors['target'] = messageId('targets.error.target');
  return errors;
}
