import type { AgencySummary, TaskCardData } from '@taskforce/web-data-access';
import { Drawer, useLingui } from '@taskforce/web-ui';
import { useEffect } from 'react';
import { CreateTaskForm } from './create-task-form';

interface NewTaskPanelProps {
  operationId: string;
  participatingAgencies: readonly AgencySummary[];
  /** Called with the new task once the server has created it; the panel then closes. */
  onCreated: (task: TaskCardData) => void;
  onClose: () => void;
}

/**
 * The coordinator's "New task" panel: a modal side panel (focus moves to its title field, stays inside while open
 * and goes back to the button that opened it) holding the create-task form; it closes once the task is created.
 */
export function NewTaskPanel({ operationId, participatingAgencies, onCreated, onClose }: NewTaskPanelProps) {
  const { _ } = useLingui();
  useEffect(() => {
    document.querySelector<HTMLElement>('[data-testid="new-task-panel"] [data-testid="task-title"]')?.focus();
  }, []);
  return (
    <Drawer title={_('board.form.newTitle')} onClose={onClose} data-testid="new-task-panel">
      <CreateTaskForm
        operationId={operationId}
        participatingAgencies={participatingAgencies}
        framed={false}
        onCreated={(task) => {
          onCreated(task);
          onClose();
        }}
      />
    </Drawer>
  );
}
