import { FieldProblem } from '@taskforce/api-core';
import { isUUID, max, min } from 'class-validator';
import { TASK_PAGE_MAX } from '../task.model';

/** Description of `TaskColumn.tasks(first)`: how many tasks, 0 to TASK_PAGE_MAX (default 50). */
export const TASK_PAGE_FIRST_DESCRIPTION = `How many tasks (0–${TASK_PAGE_MAX}); 0 gives none (the column's total alone)`;
/** Description of `TaskColumn.tasks(after)`: the cursor. */
export const TASK_PAGE_AFTER_DESCRIPTION = 'The id of the last task of this column you hold; the page starts after it';

/**
 * What is wrong with a board column's page, `first` tasks after the task `after` (board order): `first` from 0 to
 * TASK_PAGE_MAX (GraphQL's `Int` has already refused anything but a whole number), `after` a UUID when given. The
 * arguments are plain scalars checked here rather than an argument class run through the global validation pipe: a
 * board asks for five columns' pages in one request, and the pipe's transform and metadata walk cost more than the
 * page itself. Whether `after` is a task of the same operation is checked with the database (TaskBoardService).
 * @returns one problem per bad argument, naming it; empty when both are fine.
 */
export function taskPageProblems(first: number, after: string | null | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!min(first, 0) || !max(first, TASK_PAGE_MAX)) problems.push({ field: 'first', message: `first must be from 0 to ${TASK_PAGE_MAX}` });
  if (after !== null && after !== undefined && !isUUID(after, 'all')) problems.push({ field: 'after', message: 'after must be the id of a task of this column' });
  return problems;
}
