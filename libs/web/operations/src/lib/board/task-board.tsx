import type { TaskCardData, TaskStatus } from '@taskforce/web-data-access';
import { labelOf, TASK_STATUS_LABELS } from '@taskforce/web-ui';
import { useMemo } from 'react';
import { TaskCard } from './task-card';
import { compareTasksForBoard } from './task-order';

/** Board columns: every task status, in the order of a task's life cycle (the order of `TASK_STATUS_LABELS`). */
export const BOARD_COLUMNS = Object.keys(TASK_STATUS_LABELS) as readonly TaskStatus[];

interface TaskBoardProps {
  tasks: readonly TaskCardData[];
  selectedTaskId: string | null;
  /** Address of a task's detail panel. */
  taskHref: (taskId: string) => string;
  /** The operation's escalation time for unacknowledged urgent tasks, in minutes. */
  escalationMinutes: number;
  /** Called after a task was changed from the board (e.g. acknowledged). */
  onTaskChanged?: () => void;
  /** True in a closed joint operation: cards offer no action. */
  readOnly?: boolean;
}

/** The task board of a joint operation: one column per task status (data-testid="column-<STATUS>"). */
export function TaskBoard({ tasks, selectedTaskId, taskHref, escalationMinutes, onTaskChanged, readOnly = false }: TaskBoardProps) {
  const byStatus = useMemo(() => {
    const groups = new Map<TaskStatus, TaskCardData[]>(BOARD_COLUMNS.map((status) => [status, []]));
    for (const task of tasks) groups.get(task.status)?.push(task);
    for (const group of groups.values()) group.sort(compareTasksForBoard);
    return groups;
  }, [tasks]);

  return (
    <div className="tf-board" data-testid="task-board">
      {BOARD_COLUMNS.map((status) => {
        const columnTasks = byStatus.get(status) ?? [];
        const headingId = `column-heading-${status}`;
        return (
          <section key={status} className={`tf-column tf-column--${status.toLowerCase()}`} data-testid={`column-${status}`} aria-labelledby={headingId}>
            <h3 className="tf-column__title" id={headingId}>
              {labelOf(TASK_STATUS_LABELS, status)}
              <span className="tf-column__count" aria-label={`${columnTasks.length} tasks`}>
                {columnTasks.length}
              </span>
            </h3>
            {columnTasks.length === 0 ? (
              <p className="tf-column__empty">No tasks</p>
            ) : (
              <ul className="tf-column__list">
                {columnTasks.map((task) => (
                  <TaskCard
                    key={task.id}
                    task={task}
                    href={taskHref(task.id)}
                    selected={task.id === selectedTaskId}
                    escalationMinutes={escalationMinutes}
                    onTaskChanged={onTaskChanged}
                    readOnly={readOnly}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
