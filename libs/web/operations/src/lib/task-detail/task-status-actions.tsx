import { useMutation } from '@apollo/client/react';
import { isAllowedTaskTransition, TaskStatus } from '@taskforce/domain';
import {
  apiErrorCode,
  conflictDetails,
  describeApiError,
  UPDATE_TASK_STATUS_MUTATION,
  type TaskDetailData,
} from '@taskforce/web-data-access';
import { Alert, Button, formatMoment, labelOf, TASK_STATUS_LABELS, type ButtonVariant } from '@taskforce/web-ui';
import { useRef, useState } from 'react';
import { conflictMessage } from './conflict-message';

const ACTIONS: ReadonlyArray<{ status: TaskStatus; label: string; variant: ButtonVariant }> = [
  { status: TaskStatus.IN_PROGRESS, label: 'Start work', variant: 'primary' },
  { status: TaskStatus.BLOCKED, label: 'Mark as blocked', variant: 'secondary' },
  { status: TaskStatus.OPEN, label: 'Move back to open', variant: 'secondary' },
  { status: TaskStatus.DONE, label: 'Mark as done', variant: 'primary' },
  { status: TaskStatus.CANCELLED, label: 'Cancel task', variant: 'danger' },
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
      setFeedback({ tone: 'success', text: `Status changed to ${labelOf(TASK_STATUS_LABELS, status)}.` });
      onChanged();
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'CONFLICT') {
        setFeedback({
          tone: 'warning',
          text: conflictMessage(
            conflictDetails(caught),
            (value) => labelOf(TASK_STATUS_LABELS, value),
            (iso) => formatMoment(iso),
          ),
        });
      } else {
        setFeedback({ tone: 'error', text: describeApiError(caught, 'The status could not be changed.') });
      }
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="tf-detail-section" aria-labelledby="task-status-actions">
      <h3 id="task-status-actions" className="tf-detail-section__title" ref={headingRef} tabIndex={-1}>
        Change status
      </h3>
      {available.length === 0 ? (
        <p className="tf-muted tf-small">
          This task is {labelOf(TASK_STATUS_LABELS, task.status).toLowerCase()}. A finished task is not reopened; create
          a new task instead.
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
              {action.label}
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
              Reload task
            </Button>
          )}
        </Alert>
      )}
    </section>
  );
}
