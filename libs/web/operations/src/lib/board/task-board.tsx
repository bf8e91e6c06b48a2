import type { OperationBoardData } from '@taskforce/web-data-access';
import { Button, labelFrom, TASK_STATUS_LABEL_IDS, useLingui } from '@taskforce/web-ui';
import { TaskCardList } from './task-card-list';

/** Tasks each board column shows at first, and how many more "Show more" adds. */
export const BOARD_PAGE_SIZE = 50;

/** The most tasks a column shows (the API's page limit); past it the column says how many it does not show. */
export const BOARD_PAGE_MAX = 200;

type BoardColumn = OperationBoardData['taskColumns'][number];

interface TaskBoardProps {
  /** One column per task status, in lifecycle order, with its total and its first tasks in board order (server). */
  columns: readonly BoardColumn[];
  selectedTaskId: string | null;
  /** Address of a task's detail panel. */
  taskHref: (taskId: string) => string;
  /** The operation's escalation time for unacknowledged urgent tasks, in minutes. */
  escalationMinutes: number;
  /** Shows more tasks in every column; absent when the columns already show as many as they can. */
  onShowMore?: () => void;
  /** Called after a task was changed from the board (e.g. acknowledged). */
  onTaskChanged?: () => void;
  /** True in a closed joint operation: cards offer no action. */
  readOnly?: boolean;
}

/**
 * The task board of a joint operation: one column per task status (data-testid="column-<STATUS>"), its count the
 * server's total, its cards in the server's board order (most urgent first, then earliest due, then oldest), a page
 * at a time.
 */
export function TaskBoard({ columns, selectedTaskId, taskHref, escalationMinutes, onShowMore, onTaskChanged, readOnly = false }: TaskBoardProps) {
  const { _ } = useLingui();
  return (
    <div className="tf-board" data-testid="task-board">
      {columns.map(({ status, total, tasks }) => {
        const headingId = `column-heading-${status}`;
        const hidden = total - tasks.length;
        return (
          <section key={status} className={`tf-column tf-column--${status.toLowerCase()}`} data-testid={`column-${status}`} aria-labelledby={headingId}>
            <h3 className="tf-column__title" id={headingId}>
              {labelFrom(_, TASK_STATUS_LABEL_IDS, status)}
              <span className="tf-column__count" aria-label={_('board.column.count', { count: total })}>
                {total}
              </span>
            </h3>
            {tasks.length === 0 ? (
              <p className="tf-column__empty">{_('board.noTasks')}</p>
            ) : (
              <TaskCardList
                tasks={tasks}
                className="tf-column__list"
                selectedTaskId={selectedTaskId}
                taskHref={taskHref}
                escalationMinutes={escalationMinutes}
                onTaskChanged={onTaskChanged}
                readOnly={readOnly}
              />
            )}
            {hidden > 0 &&
              (onShowMore ? (
                <Button variant="secondary" size="sm" onClick={onShowMore} data-testid={`column-more-${status}`}>
                  {_('board.column.showMore', { count: hidden })}
                </Button>
              ) : (
                <p className="tf-column__empty tf-small">{_('board.column.moreNotShown', { count: hidden })}</p>
              ))}
          </section>
        );
      })}
    </div>
  );
}
