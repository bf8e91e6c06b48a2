import type { OperationBoardData } from '@taskforce/web-data-access';
import { Button, LoadingState, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useCallback, useState } from 'react';
import { NewTaskPanel } from '../create-task/new-task-panel';
import { BOARD_TEXT_FILTER_ID, BoardFilterBar } from './board-filter-bar';
import { VIEW_LABEL_IDS } from './board-labels';
import { ShortcutsDialog, useBoardShortcuts, type BoardShortcut } from './board-shortcuts';
import { isFiltered, nextView, type BoardFilters, type BoardState } from './board-state';
import { DueWeeksView } from './due-weeks-view';
import { describeFilters } from './task-csv';
import { TaskCsvButton } from './task-csv-button';
import { TaskBoard } from './task-board';
import { TaskListView } from './task-list-view';
import './board.css';

interface OperationBoardProps {
  operation: NonNullable<OperationBoardData>;
  state: BoardState;
  onStateChange: (change: (current: BoardState) => BoardState) => void;
  selectedTaskId: string | null;
  taskHref: (taskId: string) => string;
  /** True for the operation's coordinators while it is open: the New task panel is offered. */
  canCreateTasks: boolean;
  readOnly: boolean;
  /** Shows more tasks in every column; absent when the columns already show as many as they can. */
  onShowMore?: () => void;
  /** Fetches the board again (after a change made from it). */
  onChanged: () => void;
  /** The live region's latest words. */
  announcement: string;
}

/**
 * The operation's tasks: the filter bar (kept in the address), the chosen view — board columns, a sortable list or
 * due dates by week — the New task panel, the CSV export of the filtered tasks and the keyboard shortcuts (n, /, v,
 * ?). Every view shows the tasks the server matched to the filters; columns and counts are the server's.
 */
export function OperationBoard(props: OperationBoardProps) {
  const { operation, state, onStateChange, selectedTaskId, taskHref, canCreateTasks, readOnly, onShowMore, onChanged, announcement } = props;
  const { _ } = useLingui();
  const ready = useCatalogue('board');
  const [creating, setCreating] = useState(false);
  const [showingShortcuts, setShowingShortcuts] = useState(false);
  const columns = operation.taskColumns;
  const total = columns.reduce((sum, column) => sum + column.total, 0);
  const loaded = columns.flatMap((column) => column.tasks);
  const filtered = isFiltered(state.filters);
  const setFilters = useCallback((filters: BoardFilters) => onStateChange((current) => ({ ...current, filters })), [onStateChange]);
  const agencyNames = new Map<string, string>([
    ...operation.participatingAgencies.map((a): [string, string] => [a.id, a.acronym]),
    ...operation.taskAssignees.map((p): [string, string] => [p.id, `${p.displayName} (${p.agency.acronym})`]),
  ]);
  const mayCreate = canCreateTasks && !readOnly;

  const shortcuts: BoardShortcut[] = [
    ...(mayCreate ? [{ key: 'n', does: _('board.shortcut.newTask'), run: () => setCreating(true) }] : []),
    { key: '/', does: _('board.shortcut.find'), run: () => document.getElementById(BOARD_TEXT_FILTER_ID)?.focus() },
    { key: 'v', does: _('board.shortcut.nextView'), run: () => onStateChange((current) => ({ ...current, view: nextView(current.view) })) },
    { key: '?', does: _('board.shortcut.help'), run: () => setShowingShortcuts(true) },
  ];
  useBoardShortcuts(shortcuts);
  if (!ready) return <LoadingState />;

  return (
    <section aria-labelledby="board-title" className="tf-board-section" data-testid="operation-board" data-view={state.view}>
      <h2 id="board-title" className="tf-section-title">
        {_('board.title', { view: _(VIEW_LABEL_IDS[state.view]) })}{' '}
        <span className="tf-muted tf-small" data-testid="board-total">
          {filtered ? _('board.totalMatching', { count: total }) : _('board.total', { count: total })}
        </span>
      </h2>
      <BoardFilterBar
        filters={state.filters}
        onFiltersChange={setFilters}
        view={state.view}
        onViewChange={(view) => onStateChange((current) => ({ ...current, view }))}
        agencies={operation.participatingAgencies}
        people={operation.taskAssignees}
        actions={
          <>
            {mayCreate && (
              <Button variant="primary" size="sm" onClick={() => setCreating(true)} aria-keyshortcuts="n" data-testid="new-task">
                {_('board.newTask')}
              </Button>
            )}
            <TaskCsvButton operation={operation} filters={state.filters} filterWords={describeFilters(state.filters, (id) => agencyNames.get(id))} />
            <Button variant="ghost" size="sm" onClick={() => setShowingShortcuts(true)} aria-keyshortcuts="?" data-testid="shortcuts">
              {_('board.shortcuts')}
            </Button>
          </>
        }
      />
      <p className="tf-visually-hidden" role="status" aria-live="polite" data-testid="operation-announcement">
        {announcement}
      </p>
      {state.view === 'board' && (
        <TaskBoard
          columns={columns}
          onShowMore={onShowMore}
          selectedTaskId={selectedTaskId}
          taskHref={taskHref}
          escalationMinutes={operation.escalationMinutes}
          readOnly={readOnly}
          onTaskChanged={onChanged}
        />
      )}
      {state.view === 'list' && (
        <TaskListView tasks={loaded} sort={state.sort} onSortChange={(sort) => onStateChange((current) => ({ ...current, sort }))} selectedTaskId={selectedTaskId} taskHref={taskHref} />
      )}
      {state.view === 'weeks' && (
        <DueWeeksView tasks={loaded} selectedTaskId={selectedTaskId} taskHref={taskHref} escalationMinutes={operation.escalationMinutes} readOnly={readOnly} onTaskChanged={onChanged} />
      )}
      {state.view !== 'board' && loaded.length < total && (
        <p className="tf-small" data-testid="not-loaded">
          {_('board.notLoaded', { count: total - loaded.length })}{' '}
          {onShowMore && (
            <Button variant="secondary" size="sm" onClick={onShowMore}>
              {_('board.showMore')}
            </Button>
          )}
        </p>
      )}
      {creating && mayCreate && (
        <NewTaskPanel operationId={operation.id} participatingAgencies={operation.participatingAgencies} onCreated={onChanged} onClose={() => setCreating(false)} />
      )}
      {showingShortcuts && <ShortcutsDialog shortcuts={shortcuts} onClose={() => setShowingShortcuts(false)} />}
    </section>
  );
}
