import { useMutation } from '@apollo/client/react';
import {
  apiErrorCode,
  describeApiError,
  invalidFields,
  SET_OPERATION_ESCALATION_MINUTES_MUTATION,
} from '@taskforce/web-data-access';
import { Button, classNames } from '@taskforce/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { MAX_ESCALATION_MINUTES, MIN_ESCALATION_MINUTES, parseEscalationMinutes } from './escalation-minutes';

interface EscalationSettingProps {
  operationId: string;
  escalationMinutes: number;
  /** Coordinators may change it; everyone else only reads it. */
  editable: boolean;
}

/**
 * How long the assignee agency has to acknowledge an urgent task before the coordinators are told. Coordinators
 * change it here (1–1440 minutes) with `setOperationEscalationMinutes`.
 */
export function EscalationSetting({ operationId, escalationMinutes, editable }: EscalationSettingProps) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(String(escalationMinutes));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_OPERATION_ESCALATION_MINUTES_MUTATION);
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;

  const startEditing = () => {
    setValue(String(escalationMinutes));
    setError(null);
    setSaved(null);
    setEditing(true);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const parsed = parseEscalationMinutes(value);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    try {
      const result = await save({ variables: { operationId, minutes: parsed.minutes } });
      const minutes = result.data?.setOperationEscalationMinutes.escalationMinutes ?? parsed.minutes;
      setSaved(`Saved: urgent tasks now escalate after ${minutes} min without an acknowledgement.`);
      setEditing(false);
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'BAD_USER_INPUT') setError(invalidFields(caught)['minutes'] ?? describeApiError(caught));
      else if (code === 'FORBIDDEN') setError('Only the coordinators of this joint operation change the escalation time.');
      else setError(describeApiError(caught, 'The escalation time could not be saved. Please try again.'));
    }
  };

  if (!editing) {
    return (
      <div className="tf-escalation" data-testid="escalation-setting">
        <span data-testid="escalation-minutes" title="Without an acknowledgement from the assignee agency, the coordinators are told">
          {escalationMinutes} min<span className="tf-visually-hidden"> without an acknowledgement</span>
        </span>
        {editable && (
          <Button size="sm" variant="ghost" className="tf-escalation__change" onClick={startEditing} data-testid="escalation-edit">
            Change<span className="tf-visually-hidden"> escalation time</span>
          </Button>
        )}
        {saved && (
          <p className="tf-escalation__saved tf-small" role="status">
            {saved}
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="tf-escalation tf-escalation--editing" onSubmit={onSubmit} noValidate data-testid="escalation-form">
      <label htmlFor={inputId} className="tf-escalation__label">
        Escalate unacknowledged urgent tasks after
      </label>
      <div className="tf-escalation__row">
        <input
          id={inputId}
          className={classNames('tf-input', 'tf-escalation__input', error ? 'tf-escalation__input--invalid' : undefined)}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={5}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          data-testid="escalation-input"
          autoFocus
        />
        <span aria-hidden="true">min</span>
        <Button type="submit" size="sm" variant="primary" busy={loading} data-testid="escalation-save">
          Save
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
      <p id={hintId} className="tf-field__hint">
        Minutes ({MIN_ESCALATION_MINUTES}–{MAX_ESCALATION_MINUTES}) the assignee agency has to acknowledge an urgent task
        before the coordinators are told.
      </p>
      {error && (
        <p id={errorId} className="tf-field__error" role="alert" data-testid="escalation-error">
          {error}
        </p>
      )}
    </form>
  );
}
