import { useQuery } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, MY_TASKS_QUERY, type MyTaskData } from '@taskforce/web-data-access';
import {
  Alert,
  AgencyBadge,
  Badge,
  Card,
  EmptyState,
  formatDate,
  isPast,
  Link,
  LoadingState,
  messageId,
  PillarBadge,
  PriorityBadge,
  TaskStatusBadge,
  useLingui,
} from '@taskforce/web-ui';
import { AcknowledgementStatus } from '@taskforce/web-operations/acknowledgement';

function MyTaskRow({ task, onChanged }: { task: MyTaskData; onChanged: () => void }) {
  const href = `/operations/${encodeURIComponent(task.operation.id)}?task=${encodeURIComponent(task.id)}`;
  const overdue = isPast(task.dueAt);
  const { _ } = useLingui();
  return (
    <li className="tf-task-row" data-testid="my-task">
      <div className="tf-task-row__main">
        <Link to={href} className="tf-task-row__title">
          {task.title}
        </Link>
        <span className="tf-muted tf-small tf-break">{_('dashboard.taskOperation', { name: task.operation.name })}</span>
        <AcknowledgementStatus
          task={task}
          escalationMinutes={task.operation.escalationMinutes}
          variant="compact"
          onAcknowledged={onChanged}
        />
      </div>
      <div className="tf-task-row__badges">
        <TaskStatusBadge status={task.status} />
        <PriorityBadge priority={task.priority} />
        <PillarBadge pillar={task.pillar} />
      </div>
      <div className="tf-task-row__assignee">
        <AgencyBadge agency={task.assigneeAgency} />
        {task.assigneeUser && <span className="tf-small">{task.assigneeUser.displayName}</span>}
      </div>
      <div className="tf-task-row__due tf-small">
        {task.dueAt ? (
          <>
            {_('dashboard.due')} <time dateTime={task.dueAt}>{formatDate(task.dueAt)}</time>
          </>
        ) : (
          <span className="tf-muted">{_('dashboard.noDueDate')}</span>
        )}
        {overdue && (
          <>
            {' '}
            <Badge tone="danger">{_('dashboard.overdue')}</Badge>
          </>
        )}
      </div>
    </li>
  );
}

/** The open tasks assigned to the person or their agency, the most urgent due date first. */
export function MyTasksSection() {
  const { data, loading, error, refetch } = useQuery(MY_TASKS_QUERY, { fetchPolicy: 'cache-and-network' });
  const refetchTasks = () => void refetch().catch(() => undefined);
  const tasks = data?.myTasks ?? [];
  const { _ } = useLingui();
  return (
    <Card title={_('dashboard.myTasks')} headingLevel={2} className="tf-section" aria-label={_('dashboard.myTasks')}>
      <p className="tf-muted tf-small">{_('dashboard.myTasksIntro')}</p>
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('dashboard.tasksLoadFailed'))}</Alert>}
      {loading && !data && <LoadingState label={_('dashboard.tasksLoading')} />}
      {data && tasks.length === 0 && <EmptyState>{_('dashboard.noTasks')}</EmptyState>}
      {tasks.length > 0 && (
        <ul className="tf-task-rows" data-testid="my-tasks">
          {tasks.map((task) => (
            <MyTaskRow key={task.id} task={task} onChanged={refetchTasks} />
          ))}
        </ul>
      )}
    </Card>
  );
}
