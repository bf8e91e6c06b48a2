import { useMutation } from '@apollo/client/react';
import { isTerminalTaskStatus } from '@taskforce/domain';
import {
  apiErrorCode,
  CHANGE_OPERATION_STATUS_MUTATION,
  conflictDetails,
  describeApiError,
  invalidFields,
  type OperationBoardData,
  type OperationStatus,
} from '@taskforce/web-data-access';
import { Alert, Button, formatDateTime, labelFrom, OPERATION_STATUS_LABEL_IDS, TextAreaField, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { plainFieldMessages } from '../operation-form/plain-field-messages';
import { describeHistoryEntry, type StatusMove } from './operation-controls';

interface StatusControlsProps {
  operation: OperationBoardData;
  moves: readonly StatusMove[];
  /** Fetches the operation again (after a change, or "Reload" after a conflict). */
  onChanged: () => void;
}

/** `forStatus`: a success message is about that status and is hidden once the operation has moved on. */
type Feedback = { tone: 'success' | 'warning' | 'error'; text: string; conflict?: boolean; forStatus?: OperationStatus };

/**
 * The status buttons of a joint operation (the moves the lifecycle allows from its status), with a reason field
 * that suspending and closing require. Each move sends the version on screen; when someone changed the operation
 * first the server answers CONFLICT and nothing is saved: the latest change in the history says who, and "Reload"
 * shows the current state. Refusals of the record's state (no legal basis yet, closing evaluation not finalised)
 * show the server's sentence.
 */
export function StatusControls({ operation, moves, onChanged }: StatusControlsProps) {
  const { _ } = useLingui();
  const [change, { loading }] = useMutation(CHANGE_OPERATION_STATUS_MUTATION);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [pending, setPending] = useState<OperationStatus | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const statusLabel = (status: string) => labelFrom(_, OPERATION_STATUS_LABEL_IDS, status);
  const needsReason = moves.some((move) => move.needsReason);
  const canClose = moves.some((move) => move.status === 'CLOSED');
  const openTasks = operation.taskColumns.filter((column) => !isTerminalTaskStatus(column.status)).reduce((sum, column) => sum + column.total, 0);

  const onMove = async (move: StatusMove) => {
    setFeedback(null);
    setReasonError(null);
    if (move.needsReason && !reason.trim()) {
      setReasonError(move.status === 'CLOSED' ? _('lifecycle.reasonNeeded.close') : _('lifecycle.reasonNeeded.suspend'));
      return;
    }
    setPending(move.status);
    try {
      await change({
        variables: { input: { operationId: operation.id, status: move.status, expectedVersion: operation.version, reason: reason.trim() || null } },
      });
      setReason('');
      setFeedback({ tone: 'success', text: _('lifecycle.statusNow', { status: statusLabel(move.status).toLowerCase() }), forStatus: move.status });
      onChanged();
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'CONFLICT') {
        const now = conflictDetails(caught).currentStatus;
        setFeedback({
          tone: 'warning',
          conflict: true,
          text: now ? _('lifecycle.conflictNow', { status: statusLabel(now).toLowerCase() }) : _('lifecycle.conflict'),
        });
        onChanged();
      } else if (code === 'BAD_USER_INPUT') {
        const fields = plainFieldMessages(invalidFields(caught, _));
        if (fields['reason']) setReasonError(fields['reason']);
        else setFeedback({ tone: 'error', text: Object.values(fields).join(' ') || _('lifecycle.notPossible') });
      } else {
        setFeedback({ tone: 'error', text: describeApiError(caught, _('lifecycle.changeFailed'), _) });
      }
    } finally {
      setPending(null);
    }
  };

  const shown = feedback && (!feedback.forStatus || feedback.forStatus === operation.status) ? feedback : null;
  const last = operation.history.at(-1);
  const lastChange = last ? describeHistoryEntry(last, statusLabel, _) : null;

  return (
    <section className="tf-detail-section tf-status-controls" aria-labelledby="operation-status-title" data-testid="operation-status-controls">
      <h3 id="operation-status-title" className="tf-detail-section__title">
        {_('lifecycle.status', { status: statusLabel(operation.status) })}
      </h3>
      {needsReason && (
        <TextAreaField
          label={_('lifecycle.reason')}
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError ?? undefined}
          hint={_('lifecycle.reasonHint')}
          data-testid="operation-status-reason"
        />
      )}
      {canClose && openTasks > 0 && (
        <p className="tf-small tf-muted tf-mt" data-testid="close-open-tasks-warning">
          {_('lifecycle.openTasksWarning', { count: openTasks })}
        </p>
      )}
      <div className="tf-button-row tf-mt">
        {moves.map((move) => (
          <Button
            key={move.status}
            size="sm"
            variant={move.status === 'CLOSED' ? 'danger' : move.status === 'SUSPENDED' ? 'secondary' : 'primary'}
            busy={pending === move.status}
            disabled={loading}
            onClick={() => onMove(move)}
            data-testid={`operation-status-to-${move.status}`}
          >
            {_(move.label)}
          </Button>
        ))}
      </div>
      {shown && (
        <Alert tone={shown.tone} className="tf-mt" data-testid={shown.conflict ? 'operation-status-conflict' : 'operation-status-feedback'}>
          <p>{shown.text}</p>
          {shown.conflict && lastChange && last && (
            <p className="tf-small">
              {_('lifecycle.latestChange', { who: lastChange.who, what: lastChange.what, time: formatDateTime(last.at) })}
            </p>
          )}
          {shown.conflict && (
            <Button size="sm" className="tf-mt" onClick={() => { setFeedback(null); onChanged(); }} data-testid="operation-reload">
              {_('lifecycle.reload')}
            </Button>
          )}
        </Alert>
      )}
    </section>
  );
}
