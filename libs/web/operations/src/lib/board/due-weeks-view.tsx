import type { TaskCardData } from '@taskforce/web-data-access';
import { formatDate, useLingui } from '@taskforce/web-ui';
import type { Translate } from './board-labels';
import { groupByDueWeek, isoWeekMonday, type DueWeekGroup } from './due-weeks';
import { TaskCardList } from './task-card-list';

interface DueWeeksViewProps {
  tasks: readonly TaskCardData[];
  selectedTaskId: string | null;
  taskHref: (taskId: string) => string;
  escalationMinutes: number;
  onTaskChanged?: () => void;
  readOnly?: boolean;
}

function groupTitle(_: Translate, group: DueWeekGroup<TaskCardData>): string {
  if (group.kind === 'overdue') return _('board.overdue');
  if (group.kind === 'none') return _('board.noDueDate');
  const monday = isoWeekMonday(group.week);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return _('board.weeks.title', {
    week: String(group.week.week),
    year: String(group.week.year),
    from: formatDate(monday.toISOString()),
    to: formatDate(sunday.toISOString()),
  });
}

/**
 * The due-dates view: the tasks grouped by the ISO week of their due date in the reader's time zone
 * (data-testid="week-<key>", e.g. week-2026-W25), after an "Overdue" group and before a "No due date" group.
 */
export function DueWeeksView({ tasks, selectedTaskId, taskHref, escalationMinutes, onTaskChanged, readOnly }: DueWeeksViewProps) {
  const { _ } = useLingui();
  const groups = groupByDueWeek(tasks);
  if (groups.length === 0) return <p className="tf-muted">{_('board.noTasks')}</p>;
  return (
    <div className="tf-due-weeks" data-testid="due-weeks">
      {groups.map((group) => {
        const headingId = `week-heading-${group.key}`;
        return (
          <section key={group.key} className={`tf-due-week tf-due-week--${group.kind}`} aria-labelledby={headingId} data-testid={`week-${group.key}`}>
            <h3 id={headingId} className="tf-column__title">
              {groupTitle(_, group)}
              <span className="tf-column__count" aria-label={_('board.column.count', { count: group.tasks.length })}>
                {group.tasks.length}
              </span>
            </h3>
            <TaskCardList
              tasks={group.tasks}
              className="tf-due-week__list"
              selectedTaskId={selectedTaskId}
              taskHref={taskHref}
              escalationMinutes={escalationMinutes}
              onTaskChanged={onTaskChanged}
              readOnly={readOnly}
            />
          </section>
        );
      })}
    </div>
  );
}
