import { useMutation } from '@apollo/client/react';
import { isTerminalTaskStatus } from '@taskforce/domain';
import {
  ACKNOWLEDGE_TASK_MUTATION,
  apiErrorCode,
  apiErrorParts,
  apiErrorText,
  useViewer,
  type TaskCardData,
} from '@taskforce/web-data-access';
import { Alert, Button, classNames, currentFormatLocale, formatMoment, messageId, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { acknowledgementState, awaitsAcknowledgement, describeAcknowledgement, mayAcknowledge } from './acknowledgement-state';
import { useNow } from './use-now';

/** How often the escalation countdown is redrawn, in ms: it shows whole minutes. */
const COUNTDOWN_STEP_MS = 15_000;

interface AcknowledgementStatusProps {
  task: TaskCardData;
  /** The operation's escalation time, in minutes. */
  escalationMinutes: number;
  /** `compact` on board cards, `full` in the task panel. */
  variant: 'compact' | 'full';
  /** Called after this person acknowledged the task, so the board and the panel are fetched again. */
  onAcknowledged?: () => void;
  /** True in a closed joint operation: the status is shown, without the button. */
  readOnly?: boolean;
}

/**
 * Where an urgent task stands with its acknowledgement — awaiting (counting down to when it escalates),
 * acknowledged (by whom, when) or escalated to the coordinators — with an Acknowledge button for those allowed to
 * press it: liaison officers of the assignee agency and the assignee person (the server checks again; a refusal is
 * shown).
 * Renders nothing for tasks that need no acknowledgement.
 */
export function AcknowledgementStatus({ task, escalationMinutes, variant, onAcknowledged, readOnly = false }: AcknowledgementStatusProps) {
  const viewer = useViewer();
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE_TASK_MUTATION);
  const [error, setError] = useState<unknown>(null);
  const { _ } = useLingui();
  const state = acknowledgementState(task, escalationMinutes);
  const now = useNow(COUNTDOWN_STEP_MS, state.kind === 'awaiting');
  const text = describeAcknowledgement(state, (iso) => formatMoment(iso, new Date(now)), now, currentFormatLocale());
  if (!text) return null;

  const canPress =
    !readOnly &&
    awaitsAcknowledgement(state) && !isTerminalTaskStatus(task.status) && mayAcknowledge(viewer, task);

  const onAcknowledge = async () => {
    setError(null);
    try {
      await acknowledge({ variables: { taskId: task.id } });
      onAcknowledged?.();
    } catch (caught: unknown) {
      setError(caught);
    }
  };

  return (
    <div
      className={classNames('tf-ack', `tf-ack--${state.kind}`, `tf-ack--${variant}`)}
      data-testid="ack-status"
      data-ack-state={state.kind}
    >
      <p className="tf-ack__headline">
        <span className="tf-ack__icon" aria-hidden="true" />
        <span>{_(text.headline.id, text.headline.values)}</span>
      </p>
      {text.detail && <p className="tf-ack__detail">{_(text.detail.id, text.detail.values)}</p>}
      {canPress && (
        <Button
          size="sm"
          variant={state.kind === 'escalated' ? 'danger' : 'primary'}
          className="tf-ack__button"
          busy={loading}
          onClick={onAcknowledge}
          data-testid="acknowledge-task"
        >
          {_('toast.acknowledge')}
          <span className="tf-visually-hidden">: {task.title}</span>
        </Button>
      )}
      {error !== null && (
        <Alert className="tf-ack__error" data-testid="acknowledge-error">
          {apiErrorCode(error) === 'FORBIDDEN'
            ? _('ack.forbidden', { agency: task.assigneeAgency.acronym })
            : apiErrorText(_, apiErrorParts(error), messageId('toast.acknowledgeFailed'))}
        </Alert>
      )}
    </div>
  );
}
