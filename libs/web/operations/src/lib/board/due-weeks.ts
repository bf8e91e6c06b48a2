import { isTerminalTaskStatus, type TaskStatus } from '@taskforce/domain';

/** An ISO 8601 week: the week-numbering year and the week (1–53), weeks starting on Monday. */
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The ISO 8601 week of the calendar day `date` falls on in the reader's time zone (the week holding that year's
 * first Thursday is week 1, so 1–3 January can belong to the year before and 29–31 December to the year after).
 */
export function isoWeekOf(date: Date): IsoWeek {
  // Work on the calendar day as a UTC date, so daylight-saving shifts never move it.
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of the same week decides the year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const week = Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** The Monday that starts the ISO week, as a local calendar date at midnight. */
export function isoWeekMonday({ year, week }: IsoWeek): Date {
  const jan4 = new Date(year, 0, 4);
  const monday = new Date(year, 0, 4 - ((jan4.getDay() || 7) - 1));
  monday.setDate(monday.getDate() + (week - 1) * 7);
  return monday;
}

/** A group of the due-dates view: overdue tasks, the tasks due in one ISO week, or those with no due date. */
export type DueWeekGroup<T> =
  | { kind: 'overdue'; key: 'overdue'; tasks: T[] }
  | { kind: 'week'; key: string; week: IsoWeek; tasks: T[] }
  | { kind: 'none'; key: 'no-due-date'; tasks: T[] };

/** What the grouping reads of a task: its due date (ISO 8601 instant or null) and status. */
export interface DatedTask {
  dueAt?: string | null;
  status: `${TaskStatus}`;
}

/**
 * The tasks grouped for the due-dates view: first "overdue" (past due at `now` and not DONE or CANCELLED), then one
 * group per ISO week of the due dates (week key `2026-W05`, earliest week first), then "no due date". Each group is
 * earliest due first, ties kept in the order given; groups without tasks are left out.
 */
export function groupByDueWeek<T extends DatedTask>(tasks: readonly T[], now: Date = new Date()): Array<DueWeekGroup<T>> {
  const overdue: T[] = [];
  const undated: T[] = [];
  const weeks = new Map<string, { week: IsoWeek; tasks: T[] }>();
  const dated: Array<{ task: T; due: Date }> = [];
  for (const task of tasks) {
    const due = task.dueAt ? new Date(task.dueAt) : null;
    if (due && !Number.isNaN(due.getTime())) dated.push({ task, due });
    else undated.push(task);
  }
  dated.sort((a, b) => a.due.getTime() - b.due.getTime());
  for (const { task, due } of dated) {
    if (due.getTime() < now.getTime() && !isTerminalTaskStatus(task.status)) {
      overdue.push(task);
      continue;
    }
    const week = isoWeekOf(due);
    const key = isoWeekKey(week);
    const group = weeks.get(key) ?? { week, tasks: [] };
    group.tasks.push(task);
    weeks.set(key, group);
  }
  const groups: Array<DueWeekGroup<T>> = [];
  if (overdue.length) groups.push({ kind: 'overdue', key: 'overdue', tasks: overdue });
  for (const [key, group] of [...weeks.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    groups.push({ kind: 'week', key, week: group.week, tasks: group.tasks });
  }
  if (undated.length) groups.push({ kind: 'none', key: 'no-due-date', tasks: undated });
  return groups;
}

/** `2026-W05`: the ISO 8601 week notation, which sorts as text in time order. */
export function isoWeekKey({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}
