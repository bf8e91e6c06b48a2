import { isTerminalTaskStatus } from '@taskforce/domain';
import type { TaskCardData } from '@taskforce/web-data-access';
import { AgencyBadge, Badge, formatDate, isPast, Link, messageId, PillarBadge, PriorityBadge, TaskStatusBadge, useLingui } from '@taskforce/web-ui';
import type { TaskSort, TaskSortKey } from './board-state';
import { sortTasks } from './task-sort';

const HEADERS: Array<{ key: TaskSortKey; label: string }> = [
  { key: 'title', label: messageId('board.list.title') },
  { key: 'status', label: messageId('board.filter.status') },
  { key: 'priority', label: messageId('board.filter.priority') },
  { key: 'pillar', label: messageId('pillar.title') },
  { key: 'agency', label: messageId('board.list.agency') },
  { key: 'due', label: messageId('board.list.due') },
];

interface TaskListViewProps {
  tasks: readonly TaskCardData[];
  sort: TaskSort;
  onSortChange: (next: TaskSort) => void;
  selectedTaskId: string | null;
  taskHref: (taskId: string) => string;
}

/**
 * The list view: one table row per task (data-testid="task-row"), sorted by the column whose header was pressed
 * (pressing it again turns the direction round); the sorted column's header carries `aria-sort`.
 */
export function TaskListView({ tasks, sort, onSortChange, selectedTaskId, taskHref }: TaskListViewProps) {
  const { _ } = useLingui();
  const sorted = sortTasks(tasks, sort);
  return (
    <div className="tf-table-scroll">
      <table className="tf-table tf-task-table" data-testid="task-list" aria-describedby="board-title">
        <thead>
          <tr>
            {HEADERS.map(({ key, label }) => {
              const active = sort.key === key;
              return (
                <th key={key} scope="col" aria-sort={active ? sort.direction : undefined}>
                  <button
                    type="button"
                    className="tf-sort-button"
                    onClick={() => onSortChange({ key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' })}
                    data-testid={`sort-${key}`}
                  >
                    {_(label)}
                    <span aria-hidden="true" className="tf-sort-button__arrow">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={HEADERS.length} className="tf-muted">
                {_('board.noTasks')}
              </td>
            </tr>
          )}
          {sorted.map((task) => {
            const overdue = isPast(task.dueAt) && !isTerminalTaskStatus(task.status);
            return (
              <tr key={task.id} data-testid="task-row" data-task-id={task.id} aria-current={task.id === selectedTaskId ? 'true' : undefined}>
                <th scope="row" className="tf-task-table__title">
                  <Link to={taskHref(task.id)}>{task.title}</Link>
                </th>
                <td>
                  <TaskStatusBadge status={task.status} />
                </td>
                <td>
                  <PriorityBadge priority={task.priority} />
                </td>
                <td>
                  <PillarBadge pillar={task.pillar} />
                </td>
                <td>
                  <AgencyBadge agency={task.assigneeAgency} />
                  {task.assigneeUser && <span className="tf-small"> {task.assigneeUser.displayName}</span>}
                </td>
                <td data-due-at={task.dueAt ?? ''}>
                  {task.dueAt ? <time dateTime={task.dueAt}>{formatDate(task.dueAt)}</time> : <span className="tf-muted">{_('board.noDueDate')}</span>}
                  {overdue && (
                    <>
                      {' '}
                      <Badge tone="danger">{_('board.overdue')}</Badge>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
