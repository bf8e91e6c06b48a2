import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import type { TaskSort, TaskSortKey } from './board-state';

/** What the list view sorts a task by. */
export interface SortableTask {
  title: string;
  status: `${TaskStatus}`;
  priority: `${TaskPriority}`;
  pillar: `${Pillar}`;
  dueAt?: string | null;
  assigneeAgency: { acronym: string };
}

const STATUS_ORDER: readonly string[] = Object.values(TaskStatus);
/** Most urgent first: ascending priority reads as the board reads it. */
const PRIORITY_ORDER: readonly string[] = [TaskPriority.URGENT, TaskPriority.HIGH, TaskPriority.MEDIUM, TaskPriority.LOW];
/** The 4P paradigm's own order. */
const PILLAR_ORDER: readonly string[] = [Pillar.PREVENTION, Pillar.PROTECTION, Pillar.PROSECUTION, Pillar.PARTNERSHIP];

const text = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

const COMPARE: Record<Exclude<TaskSortKey, 'due'>, (a: SortableTask, b: SortableTask) => number> = {
  title: (a, b) => text(a.title, b.title),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  priority: (a, b) => PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority),
  pillar: (a, b) => PILLAR_ORDER.indexOf(a.pillar) - PILLAR_ORDER.indexOf(b.pillar),
  agency: (a, b) => text(a.assigneeAgency.acronym, b.assigneeAgency.acronym),
};

/**
 * The tasks in the list view's order: by `sort.key` (status in lifecycle order, priority most urgent first, 4P pillar
 * in the paradigm's order, text keys alphabetically, due date earliest first) in `sort.direction`; tasks without a
 * due date come last in either direction; ties keep the order given (the board's).
 */
export function sortTasks<T extends SortableTask>(tasks: readonly T[], sort: TaskSort): T[] {
  const sign = sort.direction === 'descending' ? -1 : 1;
  const indexed = tasks.map((task, index) => ({ task, index }));
  indexed.sort((a, b) => {
    let order: number;
    if (sort.key === 'due') {
      const da = a.task.dueAt ? Date.parse(a.task.dueAt) : null;
      const db = b.task.dueAt ? Date.parse(b.task.dueAt) : null;
      if (da === null || db === null) order = da === db ? 0 : da === null ? 1 : -1;
      else order = sign * (da - db);
    } else {
      order = sign * COMPARE[sort.key](a.task, b.task);
    }
    return order || a.index - b.index;
  });
  return indexed.map((entry) => entry.task);
}
