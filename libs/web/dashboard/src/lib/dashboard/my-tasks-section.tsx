import { useQuery } from '@apollo/client/react';
import { describeApiError, MY_TASKS_QUERY, type MyTaskData } from '@taskforce/web-data-access';
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
  PillarBadge,
  PriorityBadge,
  TaskStatusBadge,
} from '@taskforce/web-ui';
import { AcknowledgementStatus } from '@taskforce/web-operations/acknowledgement';

function MyTaskRow({ task, onChanged }: { task: MyTaskData; onChanged: () => void }) {
  const href = `/operations/${encodeURIComponent(task.operation.id)}?task=${encodeURIComponent(task.id)}`;
  const overdue = isPast(task.dueAt);
  return (
    <li className="tf-task-row" data-testid="my-task">
      <div className="tf-task-row__main">
        <Link to={href} className="tf-task-row__title">
          {task.title}
        </Link>
        <span className="tf-muted tf-small tf-break">Joint operation: {task.operation.name}</span>
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
            Due <time dateTime={task.dueAt}>{formatDate(task.dueAt)}</time>
          </>
        ) : (
          <span className="tf-muted">No due date</span>
        )}
        {overdue && (
          <>
            {' '}
            <Badge tone="danger">Overdue</Badge>
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
  return (
    <Card title="My tasks" headingLevel={2} className="tf-section" aria-label="My tasks">
      <p className="tf-muted tf-small">Open tasks assigned to you or to your agency, due first.</p>
      {error && !data && <Alert>{describeApiError(error, 'Your tasks cannot be loaded right now.')}</Alert>}
      {loading && !data && <LoadingState label="Loading your tasks…" />}
      {data && tasks.length === 0 && <EmptyState>Nothing waiting for you or your agency.</EmptyState>}
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
