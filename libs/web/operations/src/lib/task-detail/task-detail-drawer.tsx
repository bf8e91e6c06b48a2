import { useQuery } from '@apollo/client/react';
import { isOperationWritable, isTerminalTaskStatus } from '@taskforce/domain';
import {
  apiErrorParts,
  apiErrorText,
  TASK_DETAIL_QUERY,
  useRealtimeEvent,
  useRealtimeReconnect,
  type AgencySummary,
  type TaskDetailData,
} from '@taskforce/web-data-access';
import {
  AgencyBadge,
  Alert,
  Badge,
  Button,
  Drawer,
  formatDate,
  formatDateTime,
  isPast,
  Link,
  LoadingState,
  messageId,
  pathTo,
  PillarBadge,
  PriorityBadge,
  TaskStatusBadge,
  useCatalogue,
  useLingui,
} from '@taskforce/web-ui';
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
  const { _ } = useLingui();
  const overdue = isPast(task.dueAt) && !isTerminalTaskStatus(task.status);
  return (
    <>
      <div className="tf-chip-list">
        <TaskStatusBadge status={task.status} />
        <PriorityBadge priority={task.priority} />
        <PillarBadge pillar={task.pillar} />
        {overdue && <Badge tone="danger">{_('board.overdue')}</Badge>}
      </div>
      <dl className="tf-facts tf-facts--two">
        <div>
          <dt>{_('board.list.agency')}</dt>
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
          <dt>{_('board.task.person')}</dt>
          <dd>{task.assigneeUser?.displayName ?? _('board.form.anyone')}</dd>
        </div>
        <div>
          <dt>{_('board.task.due')}</dt>
          <dd>{task.dueAt ? formatDate(task.dueAt) : _('board.noDueDate')}</dd>
        </div>
        <div>
          <dt>{_('board.task.createdBy')}</dt>
          <dd>
            {_('board.task.createdByValue', { name: task.createdBy.displayName, agency: task.createdBy.agency.acronym, time: formatDateTime(task.createdAt) })}
          </dd>
        </div>
        <div>
          <dt>{_('board.task.operation')}</dt>
          <dd>{task.operation.name}</dd>
        </div>
        {task.lead && (
          <div data-testid="task-lead">
            <dt>{_('board.task.lead')}</dt>
            <dd>
              <Link to={pathTo('lead', { id: task.lead.id })}>{task.lead.summary}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>{_('board.task.version')}</dt>
          <dd>
            {_('board.task.versionValue', { version: String(task.version), time: formatDateTime(task.updatedAt) })}
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
  const { _ } = useLingui();
  const ready = useCatalogue('board');
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

  if (!ready) {
    return (
      <Drawer title={task?.title ?? ''} onClose={onClose} data-testid="task-detail">
        <LoadingState />
      </Drawer>
    );
  }
  return (
    <Drawer title={task?.title ?? _('board.task.fallbackTitle')} onClose={onClose} data-testid="task-detail">
      {error && !task && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('board.task.loadFailed'))}</Alert>}
      {loading && !task && <LoadingState label={_('board.task.loading')} />}
      {task && (
        <div className="tf-stack">
          <TaskFacts task={task} />
          {task.assigneeLeft && (
            <Alert tone="warning" data-testid="assignee-left-notice">
              {mayEdit(task)
                ? _('board.task.assigneeLeftCoordinator', { agency: task.assigneeAgency.acronym })
                : _('board.task.assigneeLeftOther', { agency: task.assigneeAgency.acronym })}
            </Alert>
          )}
          {mayEdit(task) && !editing && (
            <div className="tf-button-row">
              <Button size="sm" onClick={() => setEditing(true)} data-testid="task-edit-start">
                {task.assigneeLeft ? _('board.task.editOrReassign') : _('board.task.edit')}
              </Button>
            </div>
          )}
          {mayEdit(task) && editing && (
            <section className="tf-detail-section" aria-label={_('board.task.edit')}>
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
            <p className="tf-muted tf-small">{_('board.task.readOnly')}</p>
          ) : (
            <p className="tf-muted tf-small">{_('board.task.statusNotAllowed')}</p>
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
