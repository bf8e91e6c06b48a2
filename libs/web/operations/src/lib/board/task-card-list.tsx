import type { TaskCardData } from '@taskforce/web-data-access';
import { TaskCard } from './task-card';

export interface TaskCardListProps {
  /** The tasks, in the order they are shown. */
  tasks: readonly TaskCardData[];
  /** Class of the `<ul>`: the board column's or the due-week group's. */
  className: string;
  selectedTaskId: string | null;
  /** Address of a task's detail panel. */
  taskHref: (taskId: string) => string;
  /** The operation's escalation time for unacknowledged urgent tasks, in minutes. */
  escalationMinutes: number;
  /** Called after a task was changed from its card (e.g. acknowledged). */
  onTaskChanged?: () => void;
  /** True in a closed joint operation: cards offer no action. */
  readOnly?: boolean;
}

/** A list (`<ul>`) of task cards, the one marked selected whose id is `selectedTaskId`: a board column's, a due week's. */
export function TaskCardList({ tasks, className, selectedTaskId, taskHref, escalationMinutes, onTaskChanged, readOnly = false }: TaskCardListProps) {
  return (
    <ul className={className}>
      {tasks.map((task) => (
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
  );
}
