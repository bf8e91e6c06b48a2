import { useMutation } from '@apollo/client/react';
import { apiErrorCode, apiErrorParts, apiErrorText, SET_OPERATION_ESCALATION_MINUTES_MUTATION } from '@taskforce/web-data-access';
import { Button, classNames, messageId, useCatalogue, useLingui } from '@taskforce/web-ui';
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
  const { _ } = useLingui();
  // Shown on the operation's overview: its texts are the board's, loaded here when the board is not shown yet.
  const ready = useCatalogue('board');
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
      setError(_(parsed.error.id, parsed.error.values));
      return;
    }
    setError(null);
    try {
      const result = await save({ variables: { operationId, minutes: parsed.minutes } });
      const minutes = result.data?.setOperationEscalationMinutes.escalationMinutes ?? parsed.minutes;
      setSaved(_('board.escalation.saved', { minutes }));
      setEditing(false);
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'BAD_USER_INPUT') {
        setError(_('board.escalation.outOfRange', { min: MIN_ESCALATION_MINUTES, max: MAX_ESCALATION_MINUTES }));
      } else if (code === 'FORBIDDEN') setError(_('board.escalation.forbidden'));
      else setError(apiErrorText(_, apiErrorParts(caught), messageId('board.escalation.failed')));
    }
  };

  if (!ready) return null;

  if (!editing) {
    return (
      <div className="tf-escalation" data-testid="escalation-setting">
        <span data-testid="escalation-minutes" title={_('board.escalation.title')}>
          {_('board.escalation.minutes', { minutes: escalationMinutes })}
          <span className="tf-visually-hidden"> {_('board.escalation.withoutAck')}</span>
        </span>
        {editable && (
          <Button size="sm" variant="ghost" className="tf-escalation__change" onClick={startEditing} data-testid="escalation-edit">
            {_('board.escalation.change')}
            <span className="tf-visually-hidden"> {_('board.escalation.changeWhat')}</span>
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
        {_('board.escalation.label')}
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
        <span aria-hidden="true">{_('board.escalation.unit')}</span>
        <Button type="submit" size="sm" variant="primary" busy={loading} data-testid="escalation-save">
          {_('board.escalation.save')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
          {_('board.form.cancel')}
        </Button>
      </div>
      <p id={hintId} className="tf-field__hint">
        {_('board.escalation.hint', { min: MIN_ESCALATION_MINUTES, max: MAX_ESCALATION_MINUTES })}
      </p>
      {error && (
        <p id={errorId} className="tf-field__error" role="alert" data-testid="escalation-error">
          {error}
        </p>
      )}
    </form>
  );
}
