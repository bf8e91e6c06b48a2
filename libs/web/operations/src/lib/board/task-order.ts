import { TaskPriority } from '@taskforce/domain';
import type { TaskCardData } from '@taskforce/web-data-access';

const PRIORITY_RANK: Record<TaskPriority, number> = {
  [TaskPriority.URGENT]: 0,
  [TaskPriority.HIGH]: 1,
  [TaskPriority.MEDIUM]: 2,
  [TaskPriority.LOW]: 3,
};

/** Board order inside a column: most urgent priority first, then earliest due date (undated last), then title. */
export function compareTasksForBoard(a: TaskCardData, b: TaskCardData): number {
  const byPriority = (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9);
  if (byPriority !== 0) return byPriority;
  const dueA = a.dueAt ? Date.parse(a.dueAt) : Number.POSITIVE_INFINITY;
  const dueB = b.dueAt ? Date.parse(b.dueAt) : Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.title.localeCompare(b.title);
}
