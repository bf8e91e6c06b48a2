import { useMutation, useQuery } from '@apollo/client/react';
import { apiErrorCode, describeApiError, invalidFields, type IndicatorKind } from '@taskforce/web-data-access';
import { Alert, Button, Card, LoadingState, SelectField, TableCsvButton, TextField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import {
  OPERATION_INDICATORS_QUERY,
  REMOVE_OPERATION_TARGET_MUTATION,
  SET_OPERATION_TARGET_MUTATION,
  type OperationTargetData,
  type TimingData,
} from './targets.documents';
import './targets.css';
import { formatDuration, formatOnTime, INDICATOR_LABELS, progressPercent, validateTargetForm } from './targets-view';


/**
 * Targets and timing of a joint operation: each target's progress bar (or "suppressed (< k)" when the achieved
 * figure is protected), tasks done on time and the median time from a lead to its first action — for this
 * operation and across every operation of the viewer's agency. Coordinators set and remove targets here (not once
 * the operation is closed: `readOnly`).
 */
export function TargetsPanel({ operationId, operationName, readOnly = false }: { operationId: string; operationName: string; readOnly?: boolean }) {
  const { _ } = useLingui();
  const { data, loading, error, refetch } = useQuery(OPERATION_INDICATORS_QUERY, { variables: { operationId }, fetchPolicy: 'cache-and-network' });
  const indicators = data?.operationIndicators;
  const reload = () => void refetch().catch(() => undefined);

  return (
    <Card title={_('targets.title')} headingLevel={2} className="tf-targets" data-testid="targets-panel">
      {error && !indicators && <Alert>{describeApiError(error, _('targets.loadFailed'), _)}</Alert>}
      {!indicators && loading && <LoadingState label={_('targets.loading')} />}
      {indicators && (
        <>
          {indicators.targets.length === 0 ? (
            <p className="tf-muted" data-testid="targets-empty">
              {indicators.viewerIsCoordinator ? _('targets.empty') : _('targets.emptyReader')}
            </p>
          ) : (
            <ul className="tf-targets__list">
              {indicators.targets.map((target) => (
                <TargetRow key={target.id} target={target} k={indicators.k} removable={indicators.viewerIsCoordinator && !readOnly} onRemoved={reload} />
              ))}
            </ul>
          )}
          <p className="tf-small tf-muted">
            {_('targets.explain', { k: indicators.k })}
          </p>
          <TimingTable timing={indicators.timing} taskForce={indicators.taskForceTiming} />
          <TableCsvButton
            tableId="targets-timing"
            filename="timing.csv"
            label={_('targets.csv')}
            // Timing figures (rates and medians over tasks and leads) are not small-cell protected. The source says
            // what they are computed from (docs/api-contract.md, "Indicators").
            header={{ scope: operationName, operationId, k: null, sources: [_('targets.timingSource')] }}
          />
          {indicators.viewerIsCoordinator && !readOnly && <SetTargetForm operationId={operationId} onSaved={reload} />}
        </>
      )}
    </Card>
  );
}

function TargetRow({ target, k, removable, onRemoved }: { target: OperationTargetData; k: number; removable: boolean; onRemoved: () => void }) {
  const { _ } = useLingui();
  const [remove, { loading }] = useMutation(REMOVE_OPERATION_TARGET_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const name = INDICATOR_LABELS[target.indicator] ? _(INDICATOR_LABELS[target.indicator]) : target.indicator;
  const period = _('targets.period', { start: target.periodStart, end: target.periodEnd });
  const onRemove = async () => {
    setError(null);
    try {
      await remove({ variables: { id: target.id } });
      onRemoved();
    } catch (caught: unknown) {
      setError(describeApiError(caught, _('targets.removeFailed'), _));
    }
  };
  return (
    <li className="tf-targets__item" data-testid="target-row" data-indicator={target.indicator}>
      <div className="tf-targets__head">
        <strong>{name}</strong> <span className="tf-muted tf-small">{period}</span>
        {removable && (
          <Button size="sm" variant="ghost" busy={loading} onClick={() => void onRemove()} data-testid="target-remove">
            {_('targets.remove')}
            <span className="tf-visually-hidden"> {_('targets.removeHidden', { name, period })}</span>
          </Button>
        )}
      </div>
      {target.progress === null ? (
        <p className="tf-targets__suppressed" data-testid="target-achieved">
          {_('targets.achievedSuppressed', { achieved: target.achieved.label, target: target.target })}
          <span className="tf-small tf-muted"> {_('targets.hiddenExplain', { k })}</span>
        </p>
      ) : (
        <>
          <div
            className="tf-targets__bar"
            role="progressbar"
            aria-label={`${name}, ${period}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progressPercent(target.progress)}
            aria-valuetext={_('targets.achieved', { achieved: target.achieved.count, target: target.target, percent: progressPercent(target.progress) })}
          >
            <span className="tf-targets__fill" style={{ width: `${progressPercent(target.progress)}%` }} />
          </div>
          <p className="tf-small" data-testid="target-achieved">
            {_('targets.achieved', { achieved: target.achieved.count, target: target.target, percent: progressPercent(target.progress) })}
          </p>
        </>
      )}
      {error && (
        <p className="tf-field__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function TimingTable({ timing, taskForce }: { timing: TimingData; taskForce: TimingData }) {
  const { _ } = useLingui();
  const text = ({ id, values }: { id: string; values?: Record<string, unknown> }) => _(id, values);
  return (
    <table className="tf-targets__timing" data-testid="targets-timing" id="targets-timing">
      <caption className="tf-small tf-muted">{_('targets.timing')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="tf-visually-hidden">{_('targets.measure')}</span>
          </th>
          <th scope="col">{_('targets.thisOperation')}</th>
          <th scope="col">{_('targets.allOperations')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{_('targets.onTime')}</th>
          <td data-testid="timing-on-time">{text(formatOnTime(timing.tasksOnTime))}</td>
          <td data-testid="timing-on-time-all">{text(formatOnTime(taskForce.tasksOnTime))}</td>
        </tr>
        <tr>
          <th scope="row">{_('targets.leadToAction')}</th>
          <td data-testid="timing-lead-to-action">
            {text(formatDuration(timing.leadToAction.medianMs))} <span className="tf-small tf-muted">{_('targets.leadsMeasured', { count: timing.leadToAction.measured })}</span>
          </td>
          <td data-testid="timing-lead-to-action-all">
            {text(formatDuration(taskForce.leadToAction.medianMs))} <span className="tf-small tf-muted">{_('targets.leadsMeasured', { count: taskForce.leadToAction.measured })}</span>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function SetTargetForm({ operationId, onSaved }: { operationId: string; onSaved: () => void }) {
  const { _ } = useLingui();
  const year = new Date().getUTCFullYear();
  const [indicator, setIndicator] = useState<IndicatorKind>('VICTIM_REFERRED');
  const [periodStart, setPeriodStart] = useState(`${year}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(`${year}-12-31`);
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_OPERATION_TARGET_MUTATION);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    setFormError(null);
    const found = validateTargetForm({ periodStart, periodEnd, target });
    setErrors(Object.fromEntries(Object.entries(found).map(([field, id]) => [field, _(id)])));
    if (Object.keys(found).length) return;
    try {
      await save({ variables: { input: { operationId, indicator, periodStart, periodEnd, target: Number(target) } } });
      setSaved(_('targets.saved', { indicator: _(INDICATOR_LABELS[indicator]), target, start: periodStart, end: periodEnd }));
      setTarget('');
      onSaved();
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'BAD_USER_INPUT') setErrors(invalidFields(caught, _));
      else if (code === 'FORBIDDEN') setFormError(_('targets.forbidden'));
      else setFormError(describeApiError(caught, _('targets.saveFailed'), _));
    }
  };

  return (
    <form className="tf-targets__form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={_('targets.setTitle')} data-testid="target-form">
      <h3 className="tf-section-title">{_('targets.setTitle')}</h3>
      <SelectField
        label={_('targets.indicator')}
        value={indicator}
        options={(Object.keys(INDICATOR_LABELS) as IndicatorKind[]).map((value) => ({ value, label: _(INDICATOR_LABELS[value]) }))} onChange={(event) => setIndicator(event.target.value as IndicatorKind)} data-testid="target-indicator" />
      <TextField label={_('targets.from')} type="date" value={periodStart} error={errors['periodStart']} onChange={(event) => setPeriodStart(event.target.value)} required data-testid="target-start" />
      <TextField label={_('targets.to')} type="date" value={periodEnd} error={errors['periodEnd']} onChange={(event) => setPeriodEnd(event.target.value)} required data-testid="target-end" />
      <TextField label={_('targets.target')} inputMode="numeric" value={target} error={errors['target']} onChange={(event) => setTarget(event.target.value)} required data-testid="target-value" />
      <Button type="submit" variant="primary" busy={loading} data-testid="target-save">
        {_('targets.save')}
      </Button>
      <p className="tf-small tf-muted">{_('targets.replaces')}</p>
      {formError && <Alert>{formError}</Alert>}
      {saved && (
        <p className="tf-small" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}
