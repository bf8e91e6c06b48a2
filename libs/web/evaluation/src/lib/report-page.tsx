import { useQuery } from '@apollo/client/react';
import { EVALUATION_RESULT_FIELDS, EVALUATION_RESULT_LABELS, Pillar, TaskStatus } from '@taskforce/domain';
import { apiErrorCode, describeApiError } from '@taskforce/web-data-access';
import { Alert, Button, FORM_OF_EXPLOITATION_LABELS, INDICATOR_KIND_LABELS, labelOf, Link, LoadingState, OPERATION_STATUS_LABELS, pathTo, PILLAR_LABELS, TASK_STATUS_LABELS } from '@taskforce/web-ui';
import { useEffect, useState } from 'react';
import { DownloadReportButton } from './download-report-button';
import { OPERATION_REPORT_QUERY, type OperationReportPageData } from './evaluation.documents';
import { OBJECTIVES_LABELS, TEXT_QUESTIONS } from './section-form';

const PILLARS = Object.values(Pillar);
const STATUSES = Object.values(TaskStatus);
const utc = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : '—');

/** Tasks per pillar and status (the 4P paradigm), from the tasks the viewer may see. */
export function tasksByPillar(tasks: OperationReportPageData['operation']['tasks']): Record<Pillar, Record<TaskStatus, number>> {
  return Object.fromEntries(PILLARS.map((p) => [p, Object.fromEntries(STATUSES.map((s) => [s, tasks.filter((t) => t.pillar === p && t.status === s).length]))])) as Record<
    Pillar,
    Record<TaskStatus, number>
  >;
}

/**
 * The operation report as a printable page (/operations/:id/report): the same content as the PDF the server makes
 * ("Download PDF"), with figures exactly as the viewer may see them ("suppressed (< k)" stays).
 */
export function OperationReportPage({ operationId }: { operationId: string }) {
  const { data, error, loading } = useQuery(OPERATION_REPORT_QUERY, { variables: { id: operationId }, fetchPolicy: 'network-only' });
  const [madeAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (data?.operation) document.title = `Report · ${data.operation.name} · Task-force workspace`;
  }, [data?.operation]);

  if (!data) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? 'Joint operation not found' : 'Report unavailable'}</h1>
          <Alert>{notFound ? 'This joint operation does not exist, or your agency does not take part in it.' : describeApiError(error, 'The report cannot be loaded right now.')}</Alert>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label="Loading the report…" />}</div>;
  }

  const { operation: o, operationEvaluation: e, operationResults: r } = data;
  const onTime = data.operationIndicators.timing.tasksOnTime;
  const byPillar = tasksByPillar(o.tasks);
  const base = pathTo('operation', { id: operationId });
  return (
    <article className="tf-page tf-report" data-testid="report-page">
      <p className="tf-small tf-report__noprint">
        <Link to={base}>
          <span className="tf-dir-icon" aria-hidden="true">←</span> {o.name}</Link> · <Link to={pathTo('evaluation', { id: operationId })}>Closing evaluation</Link>
      </p>
      <div className="tf-report__actions tf-report__noprint">
        <DownloadReportButton operationId={operationId} />
        <Button onClick={() => window.print()}>Print</Button>
      </div>
      <h1 className="tf-page__title">Operation report: {o.name}</h1>
      <p className="tf-small tf-muted">
        Shown {utc(madeAt)}. Figures are shown as you may see them: other agencies' figures from 1 to {e.k - 1} read "suppressed (&lt; {e.k})".
      </p>

      <h2>The joint operation</h2>
      <dl className="tf-report__facts">
        <dt>Status</dt>
        <dd>{labelOf(OPERATION_STATUS_LABELS, o.status)}</dd>
        <dt>Purpose</dt>
        <dd>{o.purpose ?? '—'}</dd>
        <dt>Legal basis</dt>
        <dd>{o.legalBasisCitation ?? 'not cited'}</dd>
        <dt>Period</dt>
        <dd>
          {o.startsOn ?? 'open'} to {o.endsOn ?? 'open-ended'}
        </dd>
        <dt>Countries</dt>
        <dd>{o.countries.join(', ') || '—'}</dd>
        <dt>Forms of exploitation</dt>
        <dd>{o.formsOfExploitation.map((f) => labelOf(FORM_OF_EXPLOITATION_LABELS, f)).join(', ') || '—'}</dd>
      </dl>

      <h2>Parties</h2>
      <table className="tf-report__table" data-testid="report-parties">
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col">Country</th>
            <th scope="col">Role</th>
            <th scope="col">Joined (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {o.participants.map((p) => (
            <tr key={p.agency.id}>
              <td>
                {p.agency.acronym} — {p.agency.name}
                {p.isLead ? ' (lead agency)' : ''}
              </td>
              <td>{p.agency.country ?? 'international'}</td>
              <td>{p.role === 'PARTY' ? 'party' : 'participant'}</td>
              <td>{utc(p.joinedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Timeline</h2>
      <table className="tf-report__table" data-testid="report-timeline">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {o.history.map((h) => (
            <tr key={h.id}>
              <td>{utc(h.at)}</td>
              <td>{h.detail ?? h.action.replace(/_/g, ' ').toLowerCase()}</td>
              <td>{h.actor?.displayName ?? 'the system'}</td>
              <td>{h.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Tasks by pillar and status</h2>
      <table className="tf-report__table" data-testid="report-tasks">
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            {STATUSES.map((s) => (
              <th scope="col" key={s}>
                {labelOf(TASK_STATUS_LABELS, s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PILLARS.map((p) => (
            <tr key={p}>
              <th scope="row">{labelOf(PILLAR_LABELS, p)}</th>
              {STATUSES.map((s) => (
                <td key={s}>{byPillar[p][s]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="report-on-time">
        Tasks done on time: {onTime.rate === null ? 'no task done with a due date yet' : `${Math.round(onTime.rate * 1000) / 10}% (${onTime.onTime} of ${onTime.denominator} done by their due date)`}.
      </p>

      <h2>Closing evaluation</h2>
      <p>{e.finalisedAt ? `Finalised ${utc(e.finalisedAt)}${e.finalisedBy ? ` by ${e.finalisedBy.displayName}` : ''}.` : 'Not finalised yet.'}</p>
      {e.sections.map((s) => (
        <section key={s.agency.id} className="tf-report__section" data-testid="report-section" data-agency={s.agency.acronym}>
          <h3>
            {s.agency.acronym} — {s.agency.name}
          </h3>
          {!s.written ? (
            <p className="tf-muted">No section written.</p>
          ) : (
            <>
              <p>Objectives: {s.objectivesMet ? OBJECTIVES_LABELS[s.objectivesMet] : 'not stated'}</p>
              <table className="tf-report__table">
                <tbody>
                  {EVALUATION_RESULT_FIELDS.map((f) => (
                    <tr key={f}>
                      <th scope="row">{EVALUATION_RESULT_LABELS[f]}</th>
                      <td data-testid={`report-${s.agency.acronym}-${f}`}>{s[f]?.label ?? 'not reported'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {TEXT_QUESTIONS.filter((q) => s[q.field]).map((q) => (
                <p key={q.field}>
                  {q.label}: {s[q.field]}
                </p>
              ))}
            </>
          )}
        </section>
      ))}

      <h2>Figures and sources</h2>
      <p>
        Targets: case records entered by the agencies within each period (UTC dates), k = {data.operationIndicators.k}.
      </p>
      {data.operationIndicators.targets.length === 0 ? (
        <p className="tf-muted">No targets set.</p>
      ) : (
        <table className="tf-report__table" data-testid="report-targets">
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Period</th>
              <th scope="col">Target</th>
              <th scope="col">Achieved</th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {data.operationIndicators.targets.map((x) => (
              <tr key={x.id}>
                <td>{labelOf(INDICATOR_KIND_LABELS, x.indicator)}</td>
                <td>
                  {x.periodStart} to {x.periodEnd}
                </td>
                <td>{x.target}</td>
                <td>{x.achieved.label}</td>
                <td>{x.progress === null ? '—' : `${Math.round(x.progress * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>Results of finalised closing evaluations:</p>
      <table className="tf-report__table" data-testid="report-results">
        <tbody>
          {r.results.map((x) => (
            <tr key={x.field}>
              <th scope="row">{x.label}</th>
              <td>{x.total.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="tf-small">
        {r.evaluations} finalised evaluation{r.evaluations === 1 ? '' : 's'}, k = {r.k}. Sources: {r.citation}; case records entered by task-force agencies (targets).
      </p>
    </article>
  );
}
