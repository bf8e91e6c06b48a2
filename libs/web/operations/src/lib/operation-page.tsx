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
  useViewer,
  type OperationChangedEvent,
  type TaskChangedEvent,
} from '@taskforce/web-data-access';
import {
  Alert,
  Button,
  Card,
  labelFrom,
  Link,
  LoadError,
  LoadingState,
  messageId,
  pathTo,
  TASK_STATUS_LABEL_IDS,
  useCatalogue,
  useLingui,
  useNavigate,
} from '@taskforce/web-ui';
import { useCallback, useEffect, useState } from 'react';
import { toTaskFilterInput } from './board/board-state';
import { OperationBoard } from './board/operation-board';
import { BOARD_PAGE_MAX, BOARD_PAGE_SIZE } from './board/task-board';
import { useBoardState } from './board/use-board-state';
import { InformationRequestsPanel } from './channel/information-requests-panel';
import { OperationFiles } from './channel/operation-files';
import { OperationChannel } from './channel/operation-channel';
import { AgenciesPanel } from './lifecycle/agencies-panel';
import { ClosingEvaluationCard } from './lifecycle/closing-evaluation-card';
import { LeaveOperation } from './lifecycle/leave-operation';
import { operationControls } from './lifecycle/operation-controls';
import { OperationHistory } from './lifecycle/operation-history';
import { StatusControls } from './lifecycle/status-controls';
import { OperationForm } from './operation-form/operation-form';
import { OperationOverview } from './operation-overview';
import { TargetsPanel } from './targets/targets-panel';
import { TaskDetailDrawer } from './task-detail/task-detail-drawer';

const CHANGE_WORDS: Record<TaskChangedEvent['change'], string> = {
  CREATED: messageId('operation.live.taskCreated'),
  STATUS_CHANGED: messageId('operation.live.taskMoved'),
  COMMENTED: messageId('operation.live.taskCommented'),
  ACKNOWLEDGED: messageId('operation.live.taskAcknowledged'),
  ESCALATED: messageId('operation.live.taskEscalated'),
  EDITED: messageId('operation.live.taskEdited'),
};

const OPERATION_CHANGE_WORDS: Record<string, string> = {
  STATUS_CHANGED: messageId('operation.live.statusChanged'),
  EDITED: messageId('operation.live.edited'),
  AGENCY_JOINED: messageId('operation.live.agencyJoined'),
  AGENCY_LEFT: messageId('operation.live.agencyLeft'),
  AGENCY_REMOVED: messageId('operation.live.agencyRemoved'),
  COORDINATORS_CHANGED: messageId('operation.live.coordinatorsChanged'),
};

/**
 * The page of one joint operation (/operations/:id): overview, lifecycle controls (status, edit, closing
 * evaluation) for coordinators, the closed banner, the tasks (filters, views and the New task panel, kept in the
 * address: see board/board-state.ts), agencies and invitations, history and the task detail panel (?task=<id>). While open it watches the operation on the socket and
 * refetches on every `task.changed` and `operation.changed`, without reloading; when the viewer's agency stops
 * taking part it says so at once.
 */
export function OperationPage({ operationId }: { operationId: string }) {
  // The page's own texts come in the `operation` catalogue, fetched with the page in the shown language.
  if (!useCatalogue('operation')) return <LoadingState />;
  return <OperationPageContent operationId={operationId} />;
}

function OperationPageContent({ operationId }: { operationId: string }) {
  const { _ } = useLingui();
  const navigate = useNavigate();
  // Each board column shows its first `first` tasks; "Show more" widens the window (live refetches keep it).
  const [first, setFirst] = useState(BOARD_PAGE_SIZE);
  const board = useBoardState();
  const filter = toTaskFilterInput(board.state.filters);
  const { data: current, previousData, loading, error, refetch } = useQuery(OPERATION_BOARD_QUERY, {
    variables: { id: operationId, first, filter },
    fetchPolicy: 'cache-and-network',
  });
  const data = current ?? (previousData?.operation?.id === operationId ? previousData : undefined);
  const watchState = useOperationWatch(operationId);
  const viewers = usePresence(operationId);
  const viewerId = useSession()?.user.id;
  const viewer = useViewer();
  const selectedTaskId = board.selectedTaskId;
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState(false);
  const [noLongerVisible, setNoLongerVisible] = useState(false);
  const basePath = pathTo('operation', { id: operationId });

  const refetchBoard = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);

  useRealtimeEvent('task.changed', (event) => {
    if (event.operationId !== operationId) return;
    refetchBoard();
    const change = CHANGE_WORDS[event.change];
    setAnnouncement(_('operation.live.taskChange', { change: change ? _(change) : _('operation.live.boardChanged'), status: labelFrom(_, TASK_STATUS_LABEL_IDS, event.status) }));
  });
  useRealtimeEvent('operation.changed', (event: OperationChangedEvent) => {
    if (event.operationId !== operationId) return;
    if (!event.visible) {
      setNoLongerVisible(true);
      return;
    }
    setNoLongerVisible(false);
    refetchBoard();
    const words = OPERATION_CHANGE_WORDS[event.change];
    setAnnouncement(words ? _(words) : _('operation.live.changed'));
  });
  // Some changes reach the coordinators only as a notification (an invitation declined): refetch on those too.
  useRealtimeEvent('notification', (event) => {
    if (event.operationId === operationId) refetchBoard();
  });
  useRealtimeReconnect(refetchBoard);

  const operation = data?.operation;
  useEffect(() => {
    if (operation) document.title = _('app.documentTitle', { page: operation.name });
  }, [operation, _]);

  if (noLongerVisible) {
    return (
      <div className="tf-page" data-testid="operation-gone">
        <h1 className="tf-page__title">{operation?.name ?? _('operation.eyebrow')}</h1>
        <Alert tone="warning">{_('operation.noLongerVisible')}</Alert>
        <p>
          <Link to={pathTo('dashboard')}>{_('operation.backToDashboard')}</Link>
        </p>
      </div>
    );
  }

  if (!operation) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? _('operation.notFoundTitle') : _('operation.unavailableTitle')}</h1>
          {notFound ? (
            <Alert>{_('operation.notFound')}</Alert>
          ) : (
            <LoadError onRetry={() => refetch()}>{describeApiError(error, _('operation.loadFailed'), _)}</LoadError>
          )}
          <p>
            <Link to={pathTo('dashboard')}>{_('operation.backToDashboard')}</Link>
          </p>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label={_('operation.loading')} />}</div>;
  }

  const controls = operationControls(operation, viewer ? { userId: viewer.id, agencyId: viewer.agency.id, roles: viewer.roles } : null);
  const showLifecycle = controls.canEdit || controls.statusMoves.length > 0;

  return (
    <div className="tf-page" data-testid="operation-page" data-operation-status={operation.status}>
      <nav aria-label={_('operation.breadcrumb')} className="tf-breadcrumb">
        <Link to={pathTo('dashboard')}>{_('nav.dashboard')}</Link> <span aria-hidden="true">/</span> <span aria-current="page">{operation.name}</span>
      </nav>
      {controls.readOnly && (
        <Alert tone="info" className="tf-closed-banner" data-testid="closed-banner">
          <strong>{_('operation.closedBanner.title')}</strong> {_('operation.closedBanner.text')}
        </Alert>
      )}
      <OperationOverview
        operation={operation}
        live={watchState === 'watching'}
        viewers={viewers}
        viewerId={viewerId}
        writable={!controls.readOnly}
      />
      {showLifecycle && (
        <Card
          title={_('lifecycle.title')}
          headingLevel={2}
          className="tf-section tf-lifecycle"
          data-testid="operation-lifecycle"
          actions={
            controls.canEdit && !editing ? (
              <Button size="sm" onClick={() => setEditing(true)} data-testid="edit-operation">
                {_('lifecycle.editOperation')}
              </Button>
            ) : undefined
          }
        >
          {editing && controls.canEdit && (
            <section className="tf-detail-section" aria-label={_('lifecycle.editOperation')} data-testid="edit-operation-section">
              <OperationForm
                operation={operation}
                onSaved={() => {
                  setEditing(false);
                  refetchBoard();
                  setAnnouncement(_('operation.live.saved'));
                }}
                onCancel={() => {
                  setEditing(false);
                  refetchBoard();
                }}
              />
            </section>
          )}
          {controls.statusMoves.length > 0 && <StatusControls operation={operation} moves={controls.statusMoves} onChanged={refetchBoard} />}
        </Card>
      )}
      <OperationBoard
        operation={operation}
        state={board.state}
        onStateChange={board.update}
        selectedTaskId={selectedTaskId}
        taskHref={(taskId) => `${basePath}${board.taskSearch(taskId)}`}
        canCreateTasks={controls.canManageTasks}
        readOnly={controls.readOnly}
        onShowMore={first < BOARD_PAGE_MAX ? () => setFirst((n) => Math.min(n + BOARD_PAGE_SIZE, BOARD_PAGE_MAX)) : undefined}
        onChanged={refetchBoard}
        announcement={announcement}
      />
      <OperationChannel operationId={operation.id} readOnly={controls.readOnly} />
      <OperationFiles operationId={operation.id} fileRetentionDays={operation.fileRetentionDays} coordinator={operation.viewerIsCoordinator} readOnly={controls.readOnly} onChanged={refetchBoard} />
      <InformationRequestsPanel operationId={operation.id} viewerAgencyId={viewer?.agency.id ?? null} agencies={operation.participatingAgencies} readOnly={controls.readOnly} />
      <AgenciesPanel operation={operation} manage={controls.canManageAgencies} viewerId={viewerId} onChanged={refetchBoard} />
      {controls.canLeave && viewer && (
        <LeaveOperation operationId={operation.id} operationName={operation.name} agencyAcronym={viewer.agency.acronym} />
      )}
      <TargetsPanel operationId={operation.id} operationName={operation.name} readOnly={controls.readOnly} />
      <ClosingEvaluationCard operationId={operation.id} finalisedAt={operation.evaluationFinalisedAt} />
      <OperationHistory history={operation.history} />
      {selectedTaskId && (
        <TaskDetailDrawer
          key={selectedTaskId}
          taskId={selectedTaskId}
          participatingAgencies={operation.participatingAgencies}
          onClose={() => navigate(`${basePath}${board.searchWithoutTask()}`)}
          onTaskChanged={refetchBoard}
        />
      )}
    </div>
  );
}
