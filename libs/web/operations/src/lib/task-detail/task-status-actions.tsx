import { useMutation } from '@apollo/client/react';
import { isAllowedTaskTransition, TaskStatus } from '@taskforce/domain';
import {
  apiErrorCode,
  apiErrorParts,
  apiErrorText,
  conflictDetails,
  UPDATE_TASK_STATUS_MUTATION,
  type TaskDetailData,
} from '@taskforce/web-data-access';
import { Alert, Button, formatMoment, labelFrom, messageId, TASK_STATUS_LABEL_IDS, useLingui, type ButtonVariant } from '@taskforce/web-ui';
import { useRef, useState } from 'react';
import { translateRef } from '../board/board-labels';
import { conflictMessage } from './conflict-message';

const ACTIONS: ReadonlyArray<{ status: TaskStatus; label: string; variant: ButtonVariant }> = [
  { status: TaskStatus.IN_PROGRESS, label: messageId('board.status.start'), variant: 'primary' },
  { status: TaskStatus.BLOCKED, label: messageId('board.status.block'), variant: 'secondary' },
  { status: TaskStatus.OPEN, label: messageId('board.status.reopen'), variant: 'secondary' },
  { status: TaskStatus.DONE, label: messageId('board.status.done'), variant: 'primary' },
  { status: TaskStatus.CANCELLED, label: messageId('board.status.cancel'), variant: 'danger' },
];

interface TaskStatusActionsProps {
  task: TaskDetailData;
  /** Called after a change, so the task and the board are fetched again. */
  onChanged: () => void;
  /** Fetches the task (and the board) again: the "Reload task" button after a conflict. */
  onReload: () => void;
}

type Feedback = { tone: 'success' | 'warning' | 'error'; text: string };

/**
 * The buttons that move a task to another status. Each change sends the version the person is looking at;
 * when someone else changed the task first the server answers CONFLICT, saying who moved it where and when:
 * that is shown with a button to load the latest version.
 */
export function TaskStatusActions({ task, onChanged, onReload }: TaskStatusActionsProps) {
  const { _ } = useLingui();
  const statusLabel = (value: string) => labelFrom(_, TASK_STATUS_LABEL_IDS, value);
  const [updateStatus, { loading }] = useMutation(UPDATE_TASK_STATUS_MUTATION);
  const [pending, setPending] = useState<TaskStatus | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const available = ACTIONS.filter((action) => isAllowedTaskTransition(task.status, action.status));

  const onMove = async (status: TaskStatus) => {
    setPending(status);
    setFeedback(null);
    try {
      await updateStatus({ variables: { input: { taskId: task.id, status, expectedVersion: task.version } } });
      setFeedback({ tone: 'success', text: _('board.status.changed', { status: statusLabel(status) }) });
      onChanged();
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'CONFLICT') {
        setFeedback({
          tone: 'warning',
          text: translateRef(
            _,
            conflictMessage(conflictDetails(caught), statusLabel, (iso) => formatMoment(iso)),
          ),
        });
      } else {
        setFeedback({ tone: 'error', text: apiErrorText(_, apiErrorParts(caught), messageId('board.status.failed')) });
      }
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="tf-detail-section" aria-labelledby="task-status-actions">
      <h3 id="task-status-actions" className="tf-detail-section__title" ref={headingRef} tabIndex={-1}>
        {_('board.status.title')}
      </h3>
      {available.length === 0 ? (
        <p className="tf-muted tf-small">
          {_('board.status.finished', { status: statusLabel(task.status).toLocaleLowerCase() })}
        </p>
      ) : (
        <div className="tf-button-row" data-testid="status-actions">
          {available.map((action) => (
            <Button
              key={action.status}
              variant={action.variant}
              size="sm"
              busy={pending === action.status}
              disabled={loading}
              onClick={() => onMove(action.status)}
              data-testid={`status-to-${action.status}`}
            >
              {_(action.label)}
            </Button>
          ))}
        </div>
      )}
      {feedback && (
        <Alert tone={feedback.tone} className="tf-mt" data-testid={feedback.tone === 'warning' ? 'status-conflict' : 'status-feedback'}>
          <p>{feedback.text}</p>
          {feedback.tone === 'warning' && (
            <Button
              size="sm"
              variant="secondary"
              className="tf-mt"
              onClick={() => {
                setFeedback(null);
                onReload();
                // The button goes away with the message: keep keyboard focus in this section.
                headingRef.current?.focus();
              }}
              data-testid="reload-task"
            >
              {_('board.status.reload')}
            </Button>
          )}
        </Alert>
      )}
    </section>
  );
}
