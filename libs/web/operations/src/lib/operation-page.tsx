import { useQuery } from '@apollo/client/react';
import {
  apiErrorCode,
  describeApiError,
  OPERATION_BOARD_QUERY,
  useOperationWatch,
  usePresence,
  useRealtimeEvent,
  useRealtimeReconnect,
  useSession,
  type TaskChangedEvent,
} from '@taskforce/web-data-access';
import { Alert, Link, LoadingState, navigate, TASK_STATUS_LABELS, labelOf, useSearchParam } from '@taskforce/web-ui';
import { useCallback, useEffect, useState } from 'react';
import { TaskBoard } from './board/task-board';
import { CreateTaskForm } from './create-task/create-task-form';
import { OperationOverview } from './operation-overview';
import { TargetsPanel } from './targets/targets-panel';
import { TaskDetailDrawer } from './task-detail/task-detail-drawer';

const CHANGE_WORDS: Record<TaskChangedEvent['change'], string> = {
  CREATED: 'A task was added',
  STATUS_CHANGED: 'A task moved',
  COMMENTED: 'A task got a comment',
  ACKNOWLEDGED: 'An urgent task was acknowledged',
  ESCALATED: 'An urgent task was escalated to the coordinators',
};

/**
 * The page of one joint operation (/operations/:id): overview, the coordinator's create-task form, the task
 * board and the task detail panel (?task=<id>). While open it watches the operation on the socket and
 * refetches the board on every `task.changed`, without reloading.
 */
export function OperationPage({ operationId }: { operationId: string }) {
  const { data, loading, error, refetch } = useQuery(OPERATION_BOARD_QUERY, {
    variables: { id: operationId },
    fetchPolicy: 'cache-and-network',
  });
  const watchState = useOperationWatch(operationId);
  const viewers = usePresence(operationId);
  const viewerId = useSession()?.user.id;
  const selectedTaskId = useSearchParam('task');
  const [announcement, setAnnouncement] = useState('');
  const basePath = `/operations/${encodeURIComponent(operationId)}`;

  const refetchBoard = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);

  useRealtimeEvent('task.changed', (event) => {
    if (event.operationId !== operationId) return;
    refetchBoard();
    setAnnouncement(`${CHANGE_WORDS[event.change] ?? 'The board changed'} (now ${labelOf(TASK_STATUS_LABELS, event.status)}).`);
  });
  useRealtimeReconnect(refetchBoard);

  const operation = data?.operation;
  useEffect(() => {
    if (operation) document.title = `${operation.name} · Task-force workspace`;
  }, [operation]);

  if (!operation) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? 'Joint operation not found' : 'Joint operation unavailable'}</h1>
          <Alert>
            {notFound
              ? 'This joint operation does not exist, or your agency does not take part in it.'
              : describeApiError(error, 'This joint operation cannot be loaded right now.')}
          </Alert>
          <p>
            <Link to="/">Back to the dashboard</Link>
          </p>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label="Loading joint operation…" />}</div>;
  }

  return (
    <div className="tf-page" data-testid="operation-page">
      <nav aria-label="Breadcrumb" className="tf-breadcrumb">
        <Link to="/">Dashboard</Link> <span aria-hidden="true">/</span> <span aria-current="page">{operation.name}</span>
      </nav>
      <OperationOverview operation={operation} live={watchState === 'watching'} viewers={viewers} viewerId={viewerId} />
      {operation.viewerIsCoordinator && (
        <CreateTaskForm
          operationId={operation.id}
          participatingAgencies={operation.participatingAgencies}
          onCreated={refetchBoard}
        />
      )}
      <section aria-labelledby="board-title" className="tf-board-section">
        <h2 id="board-title" className="tf-section-title">
          Task board <span className="tf-muted tf-small">({operation.tasks.length} tasks)</span>
        </h2>
        <p className="tf-visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        <TaskBoard
          tasks={operation.tasks}
          selectedTaskId={selectedTaskId}
          taskHref={(taskId) => `${basePath}?task=${encodeURIComponent(taskId)}`}
          escalationMinutes={operation.escalationMinutes}
          onTaskChanged={refetchBoard}
        />
      </section>
      <TargetsPanel operationId={operation.id} operationName={operation.name} />
      {selectedTaskId && (
        <TaskDetailDrawer
          key={selectedTaskId}
          taskId={selectedTaskId}
          onClose={() => navigate(basePath)}
          onTaskChanged={refetchBoard}
        />
      )}
    </div>
  );
}
