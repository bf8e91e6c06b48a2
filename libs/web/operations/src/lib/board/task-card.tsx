import { isTerminalTaskStatus } from '@taskforce/domain';
import type { TaskCardData } from '@taskforce/web-data-access';
import { AgencyBadge, Badge, formatDate, isPast, Link, PillarBadge, PriorityBadge, Trans, useLingui } from '@taskforce/web-ui';
import { AcknowledgementStatus } from '../acknowledgement/acknowledgement-status';
import { AssigneeLeftBadge } from './assignee-left-badge';

interface TaskCardProps {
  task: TaskCardData;
  /** Address of this task's detail panel. */
  href: string;
  selected: boolean;
  /** The operation's escalation time for unacknowledged urgent tasks, in minutes. */
  escalationMinutes: number;
  /** Called after the task was acknowledged from this card. */
  onTaskChanged?: () => void;
  /** True in a closed joint operation: no action on the card. */
  readOnly?: boolean;
}

/**
 * A task on the board: title (opens the detail panel), priority, 4P pillar, assignee agency ("assignee left" when
 * that agency no longer takes part), due date and, for urgent tasks, the acknowledgement status (with the
 * Acknowledge button for those who may press it, unless the operation is closed).
 */
export function TaskCard({ task, href, selected, escalationMinutes, onTaskChanged, readOnly = false }: TaskCardProps) {
  const { _ } = useLingui();
  const overdue = isPast(task.dueAt) && !isTerminalTaskStatus(task.status);
  return (
    <li>
      <article
        className={selected ? 'tf-task-card tf-task-card--selected' : 'tf-task-card'}
        data-testid="task-card"
        data-task-id={task.id}
        data-status={task.status}
      >
        <h4 className="tf-task-card__title">
          <Link to={href} className="tf-stretched-link" aria-current={selected ? 'true' : undefined}>
            {task.title}
          </Link>
        </h4>
        <div className="tf-task-card__badges">
          <PriorityBadge priority={task.priority} />
          <PillarBadge pillar={task.pillar} />
        </div>
        <div className="tf-task-card__assignee">
          <span className="tf-visually-hidden">{_('board.card.assignedTo')} </span>
          <AgencyBadge agency={task.assigneeAgency} />
          {task.assigneeUser && <span className="tf-small">{task.assigneeUser.displayName}</span>}
          {task.assigneeLeft && <AssigneeLeftBadge />}
        </div>
        <p className="tf-task-card__due tf-small">
          {task.dueAt ? (
            <Trans id="board.card.due" values={{ date: formatDate(task.dueAt) }} components={{ 0: <time dateTime={task.dueAt} /> }} />
          ) : (
            <span className="tf-muted">{_('board.noDueDate')}</span>
          )}
          {overdue && (
            <>
              {' '}
              <Badge tone="danger">{_('board.overdue')}</Badge>
            </>
          )}
        </p>
        <AcknowledgementStatus
          task={task}
          escalationMinutes={escalationMinutes}
          variant="compact"
          onAcknowledged={onTaskChanged}
          readOnly={readOnly}
        />
      </article>
    </li>
  );
}
