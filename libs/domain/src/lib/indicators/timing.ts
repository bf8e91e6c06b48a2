/** Median of a list of numbers (mean of the two middle values for an even count); `null` for an empty list. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Instants are ISO 8601 with `Z` or an offset; anything else is unreadable. */
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
function instant(value: string | null | undefined): number | null {
  if (!value || !ZONED.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

export interface TaskTiming {
  status: string;
  /** Due instant (ISO 8601 with zone); tasks without one are not counted. */
  dueAt?: string | null;
  /** When the task became DONE. */
  completedAt?: string | null;
}

export interface OnTimeRate {
  /** DONE tasks with a due date, done by it. */
  onTime: number;
  /** DONE tasks with a due date, done after it. */
  late: number;
  /** onTime + late. */
  denominator: number;
  /** Tasks left out: not DONE (open, blocked, cancelled), no due date, or unreadable instants. */
  excluded: number;
  /** onTime / denominator, 0–1; `null` when nothing is countable. */
  rate: number | null;
}

/**
 * Tasks done on time: among DONE tasks that had a due date, the share completed at or before it. Open and
 * cancelled tasks are left out (an open overdue task is not yet "done late"; report it separately).
 */
export function onTimeRate(tasks: readonly TaskTiming[]): OnTimeRate {
  let onTime = 0;
  let late = 0;
  for (const task of tasks) {
    const due = instant(task.dueAt);
    const done = instant(task.completedAt);
    if (task.status !== 'DONE' || due === null || done === null) continue;
    if (done <= due) onTime++;
    else late++;
  }
  const denominator = onTime + late;
  return { onTime, late, denominator, excluded: tasks.length - denominator, rate: denominator ? onTime / denominator : null };
}

export interface LeadTiming {
  recordedAt: string;
  /** When the first task linked to the lead was created; `null` if none yet. */
  firstActionAt?: string | null;
}

export interface LeadToActionMedian {
  /** Median hours from a lead being recorded to its first action, over leads that have one. */
  medianHours: number | null;
  measured: number;
  /** Leads without an action yet (or with unreadable instants / an action dated before the lead). */
  withoutAction: number;
}

/** Median time from a lead to its first action, in hours. */
export function medianLeadToFirstAction(leads: readonly LeadTiming[]): LeadToActionMedian {
  const hours: number[] = [];
  for (const lead of leads) {
    const from = instant(lead.recordedAt);
    const to = instant(lead.firstActionAt);
    if (from !== null && to !== null && to >= from) hours.push((to - from) / 3_600_000);
  }
  return { medianHours: median(hours), measured: hours.length, withoutAction: leads.length - hours.length };
}

export interface LeadToActionMedianMs {
  /** Median milliseconds from a lead being recorded to its first action, over leads that have one. */
  medianMs: number | null;
  measured: number;
  /** Leads without an action yet (or with unreadable instants / an action dated before the lead). */
  withoutAction: number;
}

/** Median time from a lead to its first action, in ms (same rules as `medianLeadToFirstAction`). */
export function medianLeadToFirstActionMs(leads: readonly LeadTiming[]): LeadToActionMedianMs {
  const ms: number[] = [];
  for (const lead of leads) {
    const from = instant(lead.recordedAt);
    const to = instant(lead.firstActionAt);
    if (from !== null && to !== null && to >= from) ms.push(to - from);
  }
  return { medianMs: median(ms), measured: ms.length, withoutAction: leads.length - ms.length };
}
