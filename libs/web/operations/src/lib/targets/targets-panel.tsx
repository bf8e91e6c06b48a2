import { useMutation, useQuery } from '@apollo/client/react';
import { apiErrorCode, describeApiError, invalidFields, type IndicatorKind } from '@taskforce/web-data-access';
import { Alert, Button, Card, LoadingState, SelectField, TableCsvButton, TextField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import {
  OPERATION_INDICATORS_QUERY,
  REMOVE_OPERATION_TARGET_MUTATION,
  SET_OPERATION_TARGET_MUTATION,
  type OperationTargetData,
  type TimingData,
} from './targets.documents';
import './targets.css';
import { formatDuration, formatOnTime, INDICATOR_LABELS, INDICATOR_OPTIONS, progressPercent, validateTargetForm } from './targets-view';

/** What the timing figures are computed from (docs/api-contract.md, "Indicators"). */
const TIMING_SOURCE = "Tasks and leads recorded in this workspace, in the joint operations the viewer's agency takes part in";

/**
 * Targets and timing of a joint operation: each target's progress bar (or "suppressed (< k)" when the achieved
 * figure is protected), tasks done on time and the median time from a lead to its first action — for this
 * operation and across every operation of the viewer's agency. Coordinators set and remove targets here (not once
 * the operation is closed: `readOnly`).
 */
export function TargetsPanel({ operationId, operationName, readOnly = false }: { operationId: string; operationName: string; readOnly?: boolean }) {
  const { data, loading, error, refetch } = useQuery(OPERATION_INDICATORS_QUERY, { variables: { operationId }, fetchPolicy: 'cache-and-network' });
  const indicators = data?.operationIndicators;
  const reload = () => void refetch().catch(() => undefined);

  return (
    <Card title="Targets and timing" headingLevel={2} className="tf-targets" data-testid="targets-panel">
      {error && !indicators && <Alert>{describeApiError(error, 'Targets cannot be loaded right now.')}</Alert>}
      {!indicators && loading && <LoadingState label="Loading targets…" />}
      {indicators && (
        <>
          {indicators.targets.length === 0 ? (
            <p className="tf-muted" data-testid="targets-empty">
              No targets yet{indicators.viewerIsCoordinator ? '.' : ' — the coordinators set them.'}
            </p>
          ) : (
            <ul className="tf-targets__list">
              {indicators.targets.map((target) => (
                <TargetRow key={target.id} target={target} k={indicators.k} removable={indicators.viewerIsCoordinator && !readOnly} onRemoved={reload} />
              ))}
            </ul>
          )}
          <p className="tf-small tf-muted">
            Achieved counts the operation's case records of the indicator entered within the period (UTC dates). Figures
            below {indicators.k} read "suppressed (&lt; {indicators.k})" unless your agency recorded all of them. Periods
            that overlap are decided in the order they were set: a period is hidden when its figure, with those shown
            before it, would give a small count of other agencies' records away (one period minus another, say), and a
            period set later never hides one shown before. Both read the same, so a hidden figure says nothing about its
            size.
          </p>
          <TimingTable timing={indicators.timing} taskForce={indicators.taskForceTiming} />
          <TableCsvButton
            tableId="targets-timing"
            filename="timing.csv"
            label="Download timing CSV"
            // Timing figures (rates and medians over tasks and leads) are not small-cell protected.
            header={{ scope: operationName, operationId, k: null, sources: [TIMING_SOURCE] }}
          />
          {indicators.viewerIsCoordinator && !readOnly && <SetTargetForm operationId={operationId} onSaved={reload} />}
        </>
      )}
    </Card>
  );
}

function TargetRow({ target, k, removable, onRemoved }: { target: OperationTargetData; k: number; removable: boolean; onRemoved: () => void }) {
  const [remove, { loading }] = useMutation(REMOVE_OPERATION_TARGET_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const name = INDICATOR_LABELS[target.indicator] ?? target.indicator;
  const period = `${target.periodStart} – ${target.periodEnd}`;
  const onRemove = async () => {
    setError(null);
    try {
      await remove({ variables: { id: target.id } });
      onRemoved();
    } catch (caught: unknown) {
      setError(describeApiError(caught, 'The target could not be removed.'));
    }
  };
  return (
    <li className="tf-targets__item" data-testid="target-row" data-indicator={target.indicator}>
      <div className="tf-targets__head">
        <strong>{name}</strong> <span className="tf-muted tf-small">{period}</span>
        {removable && (
          <Button size="sm" variant="ghost" busy={loading} onClick={() => void onRemove()} data-testid="target-remove">
            Remove<span className="tf-visually-hidden"> target {name}, {period}</span>
          </Button>
        )}
      </div>
      {target.progress === null ? (
        <p className="tf-targets__suppressed" data-testid="target-achieved">
          {target.achieved.label} of {target.target}
          <span className="tf-small tf-muted">
            {' '}
            — hidden: fewer than {k} records not recorded by your agency, or a figure that, beside the periods shown before
            it, would give such a small count away
          </span>
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
            aria-valuetext={`${target.achieved.count} of ${target.target} (${progressPercent(target.progress)} %)`}
          >
            <span className="tf-targets__fill" style={{ width: `${progressPercent(target.progress)}%` }} />
          </div>
          <p className="tf-small" data-testid="target-achieved">
            {target.achieved.count} of {target.target} ({progressPercent(target.progress)} %)
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
  return (
    <table className="tf-targets__timing" data-testid="targets-timing" id="targets-timing">
      <caption className="tf-small tf-muted">Timing</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="tf-visually-hidden">Measure</span>
          </th>
          <th scope="col">This operation</th>
          <th scope="col">All your operations</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Tasks done on time</th>
          <td data-testid="timing-on-time">{formatOnTime(timing.tasksOnTime)}</td>
          <td data-testid="timing-on-time-all">{formatOnTime(taskForce.tasksOnTime)}</td>
        </tr>
        <tr>
          <th scope="row">Median time from a lead to its first action</th>
          <td data-testid="timing-lead-to-action">
            {formatDuration(timing.leadToAction.medianMs)} <span className="tf-small tf-muted">({timing.leadToAction.measured} {timing.leadToAction.measured === 1 ? 'lead' : 'leads'})</span>
          </td>
          <td data-testid="timing-lead-to-action-all">
            {formatDuration(taskForce.leadToAction.medianMs)} <span className="tf-small tf-muted">({taskForce.leadToAction.measured} {taskForce.leadToAction.measured === 1 ? 'lead' : 'leads'})</span>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function SetTargetForm({ operationId, onSaved }: { operationId: string; onSaved: () => void }) {
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
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await save({ variables: { input: { operationId, indicator, periodStart, periodEnd, target: Number(target) } } });
      setSaved(`Target saved: ${INDICATOR_LABELS[indicator]}, ${target} from ${periodStart} to ${periodEnd}.`);
      setTarget('');
      onSaved();
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'BAD_USER_INPUT') setErrors(invalidFields(caught));
      else if (code === 'FORBIDDEN') setFormError('Only the coordinators of this joint operation set its targets.');
      else setFormError(describeApiError(caught, 'The target could not be saved. Please try again.'));
    }
  };

  return (
    <form className="tf-targets__form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Set a target" data-testid="target-form">
      <h3 className="tf-section-title">Set a target</h3>
      <SelectField label="Indicator" value={indicator} options={INDICATOR_OPTIONS} onChange={(event) => setIndicator(event.target.value as IndicatorKind)} data-testid="target-indicator" />
      <TextField label="From" type="date" value={periodStart} error={errors['periodStart']} onChange={(event) => setPeriodStart(event.target.value)} required data-testid="target-start" />
      <TextField label="To" type="date" value={periodEnd} error={errors['periodEnd']} onChange={(event) => setPeriodEnd(event.target.value)} required data-testid="target-end" />
      <TextField label="Target (records)" inputMode="numeric" value={target} error={errors['target']} onChange={(event) => setTarget(event.target.value)} required data-testid="target-value" />
      <Button type="submit" variant="primary" busy={loading} data-testid="target-save">
        Save target
      </Button>
      <p className="tf-small tf-muted">Setting the same indicator and period again replaces its figure.</p>
      {formError && <Alert>{formError}</Alert>}
      {saved && (
        <p className="tf-small" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}
