import { TERMINAL_TASK_STATUSES, TaskStatus } from '@taskforce/domain';
import type { TaskFilterInput } from '../dto/task-filter.input';

/** A task filter reduced to the conditions that filter, with lists sorted: equal filters give equal keys. */
export type TaskFilter = Omit<TaskFilterInput, 'statuses'>;

/** SQL conditions over a `tasks` row and their values, numbered from a given placeholder on. */
export interface TaskFilterSql {
  /** `AND …` conditions to append to a WHERE clause ("" when nothing filters). */
  sql: string;
  params: unknown[];
}

/** The filter with blank text and empty lists dropped and lists sorted; statuses are left to the columns. */
export function normaliseTaskFilter(input: TaskFilterInput | null | undefined): TaskFilter {
  const filter: TaskFilter = {};
  const list = <T extends string>(values: readonly T[] | null | undefined): T[] | undefined =>
    values && values.length > 0 ? [...new Set(values)].sort() : undefined;
  const agencies = list(input?.assigneeAgencyIds);
  if (agencies) filter.assigneeAgencyIds = agencies;
  const people = list(input?.assigneeUserIds);
  if (people) filter.assigneeUserIds = people;
  const priorities = list(input?.priorities);
  if (priorities) filter.priorities = priorities;
  const pillars = list(input?.pillars);
  if (pillars) filter.pillars = pillars;
  if (typeof input?.overdue === 'boolean') filter.overdue = input.overdue;
  const text = input?.text?.trim();
  if (text) filter.text = text;
  return filter;
}

/** A stable key of a normalised filter, for the request's loaders ("" when nothing filters). */
export function taskFilterKey(filter: TaskFilter): string {
  return Object.keys(filter).length === 0 ? '' : JSON.stringify(filter, Object.keys(filter).sort());
}

/** The statuses of the board's columns, in lifecycle order: every status, or those the filter names. */
export function columnStatuses(input: TaskFilterInput | null | undefined): TaskStatus[] {
  const wanted = input?.statuses;
  return Object.values(TaskStatus).filter((status) => !wanted || wanted.length === 0 || wanted.includes(status));
}

/** `text` for ILIKE: `\`, `%` and `_` taken literally, anywhere in the value. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The filter's conditions over the `tasks` row aliased `alias`, with placeholders from `$firstIndex` on. Overdue
 * compares `due_at` with the database's `now()` (UTC instants) and leaves undated, DONE and CANCELLED tasks out.
 */
export function taskFilterSql(filter: TaskFilter, alias: string, firstIndex: number): TaskFilterSql {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown): string => {
    params.push(value);
    return `$${firstIndex + params.length - 1}`;
  };
  if (filter.assigneeAgencyIds) conditions.push(`${alias}.assignee_agency_id = ANY(${next(filter.assigneeAgencyIds)}::uuid[])`);
  if (filter.assigneeUserIds) conditions.push(`${alias}.assignee_user_id = ANY(${next(filter.assigneeUserIds)}::uuid[])`);
  if (filter.priorities) conditions.push(`${alias}.priority = ANY(${next(filter.priorities)}::task_priority[])`);
  if (filter.pillars) conditions.push(`${alias}.pillar = ANY(${next(filter.pillars)}::pillar[])`);
  if (filter.overdue !== undefined && filter.overdue !== null) {
    const overdue = `(COALESCE(${alias}.due_at < now(), false) AND ${alias}.status <> ALL(${next([...TERMINAL_TASK_STATUSES])}::task_status[]))`;
    conditions.push(filter.overdue ? overdue : `NOT ${overdue}`);
  }
  if (filter.text) {
    const pattern = next(containsPattern(filter.text));
    conditions.push(`(${alias}.title ILIKE ${pattern} OR COALESCE(${alias}.description, '') ILIKE ${pattern})`);
  }
  return { sql: conditions.map((c) => ` AND ${c}`).join(''), params };
}
