import type { OperationBoardData } from '@taskforce/web-data-access';
import { Button } from '@taskforce/web-ui';
import { useCallback, useState } from 'react';
import { NewTaskPanel } from '../create-task/new-task-panel';
import { BOARD_TEXT_FILTER_ID, BoardFilterBar, VIEW_LABELS } from './board-filter-bar';
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
    ...(mayCreate ? [{ key: 'n', does: 'New task', run: () => setCreating(true) }] : []),
    { key: '/', does: 'Find tasks (focus the text filter)', run: () => document.getElementById(BOARD_TEXT_FILTER_ID)?.focus() },
    { key: 'v', does: 'Next view: board, list, due dates', run: () => onStateChange((current) => ({ ...current, view: nextView(current.view) })) },
    { key: '?', does: 'Show these shortcuts', run: () => setShowingShortcuts(true) },
  ];
  useBoardShortcuts(shortcuts);

  return (
    <section aria-labelledby="board-title" className="tf-board-section" data-testid="operation-board" data-view={state.view}>
      <h2 id="board-title" className="tf-section-title">
        Tasks · {VIEW_LABELS[state.view]}{' '}
        <span className="tf-muted tf-small" data-testid="board-total">
          ({`${total} ${filtered ? 'matching ' : ''}task${total === 1 ? '' : 's'}`})
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
                New task
              </Button>
            )}
            <TaskCsvButton operation={operation} filters={state.filters} filterWords={describeFilters(state.filters, (id) => agencyNames.get(id))} />
            <Button variant="ghost" size="sm" onClick={() => setShowingShortcuts(true)} aria-keyshortcuts="?" data-testid="shortcuts">
              Shortcuts
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
          {total - loaded.length} more matching tasks are not loaded yet.{' '}
          {onShowMore && (
            <Button variant="secondary" size="sm" onClick={onShowMore}>
              Show more
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
