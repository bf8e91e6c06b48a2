import { isTerminalTaskStatus, toCsvWithHeader, utcSeconds, type Pillar, type TaskPriority, type TaskStatus } from '@taskforce/domain';
import type { BoardFilters } from './board-state';

/** What the task CSV reads of a task. */
export interface ExportedTask {
  id: string;
  title: string;
  status: `${TaskStatus}`;
  priority: `${TaskPriority}`;
  pillar: `${Pillar}`;
  /** ISO 8601 instant, or null. */
  dueAt?: string | null;
  assigneeAgency: { id: string; acronym: string };
  assigneeUser?: { id: string; displayName: string } | null;
}

/** The task CSV's column names, in order. */
export const TASK_CSV_COLUMNS = ['task id', 'title', 'status', 'priority', '4P pillar', 'assignee agency', 'assignee person', 'due (UTC)', 'overdue'] as const;

/** The source line of the task CSV. */
export const TASK_CSV_SOURCE = 'Task board of the joint operation: the tasks of its agencies, as the exporting agency may see them';

/**
 * The filters in words for the export's scope line, e.g. "priority URGENT, HIGH; overdue; text “bank”", agencies
 * and people named by `names` (their id when unknown); "all tasks" when nothing filters.
 */
export function describeFilters(filters: BoardFilters, names: (id: string) => string | undefined): string {
  const parts: string[] = [];
  const named = (ids: string[]) => ids.map((id) => names(id) ?? id).join(', ');
  if (filters.agencyIds.length) parts.push(`assignee agency ${named(filters.agencyIds)}`);
  if (filters.personIds.length) parts.push(`assignee person ${named(filters.personIds)}`);
  if (filters.priorities.length) parts.push(`priority ${filters.priorities.join(', ')}`);
  if (filters.pillars.length) parts.push(`4P pillar ${filters.pillars.join(', ')}`);
  if (filters.statuses.length) parts.push(`status ${filters.statuses.join(', ')}`);
  if (filters.overdue) parts.push('overdue');
  if (filters.text.trim()) parts.push(`text “${filters.text.trim()}”`);
  return parts.length ? parts.join('; ') : 'all tasks';
}

/**
 * The CSV export of a board's tasks: the header block every export carries (scope: the operation and the filters in
 * words; its id; k not applied, since tasks are not small-cell protected; the source; `generatedAt` in UTC), then one
 * row per task in the order given: id, title, status, priority, 4P pillar (enum values, as the API spells them),
 * assignee agency acronym, assignee person (empty for the whole agency), due instant in UTC (`2026-06-15T21:59:59Z`,
 * empty for none), overdue at `generatedAt` (`yes`/`no`). UTF-8 text, CRLF, formulas defused.
 */
export function taskCsv(
  operation: { id: string; name: string },
  filterWords: string,
  tasks: readonly ExportedTask[],
  generatedAt: Date,
): string {
  const rows = tasks.map((task) => {
    const overdue = Boolean(task.dueAt) && Date.parse(task.dueAt as string) < generatedAt.getTime() && !isTerminalTaskStatus(task.status);
    return [
      task.id,
      task.title,
      task.status,
      task.priority,
      task.pillar,
      task.assigneeAgency.acronym,
      task.assigneeUser?.displayName ?? '',
      task.dueAt ? utcSeconds(new Date(task.dueAt)) : '',
      overdue ? 'yes' : 'no',
    ];
  });
  return toCsvWithHeader(
    { scope: `${operation.name}, tasks: ${filterWords}`, operationId: operation.id, k: null, sources: [TASK_CSV_SOURCE], generatedAt },
    [[...TASK_CSV_COLUMNS], ...rows],
  );
}
