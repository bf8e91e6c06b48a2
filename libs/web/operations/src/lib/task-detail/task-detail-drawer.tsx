import { useQuery } from '@apollo/client/react';
import { isOperationWritable, isTerminalTaskStatus } from '@taskforce/domain';
import {
  describeApiError,
  TASK_DETAIL_QUERY,
  useRealtimeEvent,
  useRealtimeReconnect,
  type AgencySummary,
  type TaskDetailData,
} from '@taskforce/web-data-access';
import { AgencyBadge, Alert, Badge, Button, Drawer, formatDate, formatDateTime, isPast, Link, LoadingState, pathTo, PillarBadge, PriorityBadge, TaskStatusBadge } from '@taskforce/web-ui';
import { useState } from 'react';
import { AcknowledgementStatus } from '../acknowledgement/acknowledgement-status';
import { AssigneeLeftBadge } from '../board/assignee-left-badge';
import { TaskEditForm } from '../task-edit/task-edit-form';
import { TaskComments } from './task-comments';
import { TaskHistory } from './task-history';
import { TaskStatusActions } from './task-status-actions';

interface TaskDetailDrawerProps {
  taskId: string;
  /** The operation's agencies, offered when a coordinator reassigns the task. */
  participatingAgencies: readonly AgencySummary[];
  onClose: () => void;
  /** Called after this panel changed the task, so the board is fetched again. */
  onTaskChanged: () => void;
}

/** Coordinators edit and reassign tasks while the operation is open. */
function mayEdit(task: TaskDetailData): boolean {
  return task.operation.viewerIsCoordinator && isOperationWritable(task.operation.status);
}

function TaskFacts({ task }: { task: TaskDetailData }) {
  const overdue = isPast(task.dueAt) && !isTerminalTaskStatus(task.status);
  return (
    <>
      <div className="tf-chip-list">
        <TaskStatusBadge status={task.status} />
        <PriorityBadge priority={task.priority} />
        <PillarBadge pillar={task.pillar} />
        {overdue && <Badge tone="danger">Overdue</Badge>}
      </div>
      <dl className="tf-facts tf-facts--two">
        <div>
          <dt>Assignee agency</dt>
          <dd>
            <AgencyBadge agency={task.assigneeAgency} /> <span className="tf-small">{task.assigneeAgency.name}</span>
            {task.assigneeLeft && (
              <>
                {' '}
                <AssigneeLeftBadge />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Assignee person</dt>
          <dd>{task.assigneeUser?.displayName ?? 'Anyone in the agency'}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{task.dueAt ? formatDate(task.dueAt) : 'No due date'}</dd>
        </div>
        <div>
          <dt>Created by</dt>
          <dd>
            {task.createdBy.displayName} ({task.createdBy.agency.acronym}), {formatDateTime(task.createdAt)}
          </dd>
        </div>
        <div>
          <dt>Joint operation</dt>
          <dd>{task.operation.name}</dd>
        </div>
        {task.lead && (
          <div data-testid="task-lead">
            <dt>Acts on lead</dt>
            <dd>
              <Link to={pathTo('lead', { id: task.lead.id })}>{task.lead.summary}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>Version</dt>
          <dd>
            {task.version} · updated {formatDateTime(task.updatedAt)}
          </dd>
        </div>
      </dl>
      {task.description && <p className="tf-detail-description">{task.description}</p>}
    </>
  );
}

/**
 * The side panel of one task: its facts ("assignee left" when that agency no longer takes part), the coordinators'
 * edit and reassignment form, acknowledgement (urgent tasks), status changes, comments and history, kept fresh from
 * the socket (every `task.changed` about it, and after a reconnection). In a closed operation it only reads.
 */
export function TaskDetailDrawer({ taskId, participatingAgencies, onClose, onTaskChanged }: TaskDetailDrawerProps) {
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(TASK_DETAIL_QUERY, {
    variables: { id: taskId },
    fetchPolicy: 'cache-and-network',
  });
  const task = data?.task;

  useRealtimeEvent('task.changed', (event) => {
    if (event.taskId === taskId) void refetch().catch(() => undefined);
  });
  useRealtimeReconnect(() => void refetch().catch(() => undefined));

  const reload = () => {
    void refetch().catch(() => undefined);
    onTaskChanged();
  };

  const afterChange = () => {
    void refetch().catch(() => undefined);
    onTaskChanged();
  };

  return (
    <Drawer title={task?.title ?? 'Task'} onClose={onClose} data-testid="task-detail">
      {error && !task && <Alert>{describeApiError(error, 'This task cannot be loaded right now.')}</Alert>}
      {loading && !task && <LoadingState label="Loading task…" />}
      {task && (
        <div className="tf-stack">
          <TaskFacts task={task} />
          {task.assigneeLeft && (
            <Alert tone="warning" data-testid="assignee-left-notice">
              {task.assigneeAgency.acronym} no longer takes part in this joint operation.{' '}
              {mayEdit(task) ? 'Reassign the task or cancel it.' : 'A coordinator will reassign or cancel it.'}
            </Alert>
          )}
          {mayEdit(task) && !editing && (
            <div className="tf-button-row">
              <Button size="sm" onClick={() => setEditing(true)} data-testid="task-edit-start">
                {task.assigneeLeft ? 'Edit or reassign' : 'Edit task'}
              </Button>
            </div>
          )}
          {mayEdit(task) && editing && (
            <section className="tf-detail-section" aria-label="Edit task">
              <TaskEditForm
                task={task}
                participatingAgencies={participatingAgencies}
                onSaved={() => {
                  setEditing(false);
                  afterChange();
                }}
                onCancel={() => setEditing(false)}
                onReload={() => {
                  setEditing(false);
                  reload();
                }}
              />
            </section>
          )}
          <AcknowledgementStatus
            task={task}
            escalationMinutes={task.operation.escalationMinutes}
            variant="full"
            onAcknowledged={afterChange}
            readOnly={!isOperationWritable(task.operation.status)}
          />
          {task.viewerCanUpdateStatus && isOperationWritable(task.operation.status) ? (
            <TaskStatusActions task={task} onChanged={afterChange} onReload={reload} />
          ) : !isOperationWritable(task.operation.status) ? (
            <p className="tf-muted tf-small">The joint operation is closed: this task is read-only.</p>
          ) : (
            <p className="tf-muted tf-small">Only the assignee agency and the operation’s coordinators change this task’s status.</p>
          )}
          <TaskComments
            taskId={task.id}
            comments={task.comments}
            canComment={task.viewerCanUpdateStatus && isOperationWritable(task.operation.status)}
            onCommented={afterChange}
          />
          <TaskHistory history={task.history} />
        </div>
      )}
    </Drawer>
  );
}
