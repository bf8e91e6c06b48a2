import { useQuery } from '@apollo/client/react';
import { EVALUATION_RESULT_FIELDS, IndicatorKind, Pillar, TaskStatus } from '@taskforce/domain';
import { apiErrorCode, describeApiError } from '@taskforce/web-data-access';
import {
  Alert,
  Button,
  FORM_OF_EXPLOITATION_LABEL_IDS,
  formatNumber,
  formatPercent,
  labelFrom,
  Link,
  formatList,
  LoadingState,
  messageId,
  OPERATION_STATUS_LABEL_IDS,
  pathTo,
  PILLAR_LABEL_IDS,
  TASK_STATUS_LABEL_IDS,
  useCatalogue,
  useLingui,
} from '@taskforce/web-ui';
import { useEffect, useState } from 'react';
import { DownloadReportButton } from './download-report-button';
import { OPERATION_REPORT_QUERY, type OperationReportPageData } from './evaluation.documents';
import { OBJECTIVES_LABELS, RESULT_LABELS, resultLabel, TEXT_QUESTIONS } from './section-form';

/** Message ids (catalogue `indicators`) of the indicators a target may count. */
const INDICATOR_KIND_IDS: Readonly<Record<string, string>> = {
  [IndicatorKind.VICTIM_IDENTIFIED]: messageId('indicators.kind.victimIdentified'),
  [IndicatorKind.VICTIM_REFERRED]: messageId('indicators.kind.victimReferred'),
  [IndicatorKind.VICTIM_ASSISTED]: messageId('indicators.kind.victimAssisted'),
  [IndicatorKind.INVESTIGATION_OPENED]: messageId('indicators.kind.investigationOpened'),
  [IndicatorKind.PROSECUTION]: messageId('indicators.kind.prosecution'),
  [IndicatorKind.CONVICTION]: messageId('indicators.kind.conviction'),
};

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
  const { _ } = useLingui();
  const ready = useCatalogue('indicators');
  const { data, error, loading } = useQuery(OPERATION_REPORT_QUERY, { variables: { id: operationId }, fetchPolicy: 'network-only' });
  const [madeAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    if (data?.operation && ready) document.title = _('report.documentTitle', { name: data.operation.name, app: _('app.name') });
  }, [data?.operation, ready, _]);
  if (!ready) return <LoadingState />;

  if (!data) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? _('evaluation.notFoundTitle') : _('report.unavailableTitle')}</h1>
          <Alert>{notFound ? _('evaluation.notFound') : describeApiError(error, _('report.loadFailed'), _)}</Alert>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label={_('report.loading')} />}</div>;
  }

  const { operation: o, operationEvaluation: e, operationResults: r } = data;
  const onTime = data.operationIndicators.timing.tasksOnTime;
  const byPillar = tasksByPillar(o.tasks);
  const base = pathTo('operation', { id: operationId });
  return (
    <article className="tf-page tf-report" data-testid="report-page">
      <p className="tf-small tf-report__noprint">
        <Link to={base}>
          <span className="tf-dir-icon" aria-hidden="true">←</span> {o.name}</Link> · <Link to={pathTo('evaluation', { id: operationId })}>{_('evaluation.title')}</Link>
      </p>
      <div className="tf-report__actions tf-report__noprint">
        <DownloadReportButton operationId={operationId} />
        <Button onClick={() => window.print()}>{_('report.print')}</Button>
      </div>
      <h1 className="tf-page__title">{_('report.title', { name: o.name })}</h1>
      <p className="tf-small tf-muted">{_('report.shown', { at: utc(madeAt), below: e.k - 1, k: e.k })}</p>

      <h2>{_('report.operation')}</h2>
      <dl className="tf-report__facts">
        <dt>{_('report.status')}</dt>
        <dd>{labelFrom(_, OPERATION_STATUS_LABEL_IDS, o.status)}</dd>
        <dt>{_('report.purpose')}</dt>
        <dd>{o.purpose ?? '—'}</dd>
        <dt>{_('report.legalBasis')}</dt>
        <dd>{o.legalBasisCitation ?? _('report.notCited')}</dd>
        <dt>{_('report.period')}</dt>
        <dd>{_('report.periodValue', { from: o.startsOn ?? _('report.open'), to: o.endsOn ?? _('report.openEnded') })}</dd>
        <dt>{_('indicators.flowLevel.countries')}</dt>
        <dd>{formatList(o.countries, 'unit') || '—'}</dd>
        <dt>{_('report.forms')}</dt>
        <dd>{formatList(o.formsOfExploitation.map((f) => labelFrom(_, FORM_OF_EXPLOITATION_LABEL_IDS, f)), 'unit') || '—'}</dd>
      </dl>

      <h2>{_('report.parties')}</h2>
      <table className="tf-report__table" data-testid="report-parties">
        <thead>
          <tr>
            <th scope="col">{_('report.agency')}</th>
            <th scope="col">{_('indicators.glotip.country')}</th>
            <th scope="col">{_('report.role')}</th>
            <th scope="col">{_('report.joined')}</th>
          </tr>
        </thead>
        <tbody>
          {o.participants.map((p) => (
            <tr key={p.agency.id}>
              <td>
                {p.agency.acronym} — {p.agency.name}
                {p.isLead ? ` ${_('report.leadAgency')}` : ''}
              </td>
              <td>{p.agency.country ?? _('report.international')}</td>
              <td>{p.role === 'PARTY' ? _('evaluation.section.party') : _('report.participant')}</td>
              <td>{utc(p.joinedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{_('report.timeline')}</h2>
      <table className="tf-report__table" data-testid="report-timeline">
        <thead>
          <tr>
            <th scope="col">{_('report.when')}</th>
            <th scope="col">{_('report.what')}</th>
            <th scope="col">{_('report.who')}</th>
            <th scope="col">{_('report.why')}</th>
          </tr>
        </thead>
        <tbody>
          {o.history.map((h) => (
            <tr key={h.id}>
              <td>{utc(h.at)}</td>
              <td>{h.detail ?? h.action.replace(/_/g, ' ').toLowerCase()}</td>
              <td>{h.actor?.displayName ?? _('report.system')}</td>
              <td>{h.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{_('report.tasks')}</h2>
      <table className="tf-report__table" data-testid="report-tasks">
        <thead>
          <tr>
            <th scope="col">{_('report.pillar')}</th>
            {STATUSES.map((s) => (
              <th scope="col" key={s}>
                {labelFrom(_, TASK_STATUS_LABEL_IDS, s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PILLARS.map((p) => (
            <tr key={p}>
              <th scope="row">{labelFrom(_, PILLAR_LABEL_IDS, p)}</th>
              {STATUSES.map((s) => (
                <td key={s}>{formatNumber(byPillar[p][s])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="report-on-time">
        {onTime.rate === null
          ? _('report.onTimeNone')
          : _('report.onTime', { rate: formatPercent(onTime.rate, 1), onTime: formatNumber(onTime.onTime), total: formatNumber(onTime.denominator) })}
      </p>

      <h2>{_('evaluation.title')}</h2>
      <p>
        {e.finalisedAt
          ? e.finalisedBy
            ? _('report.finalisedBy', { at: utc(e.finalisedAt), name: e.finalisedBy.displayName })
            : _('report.finalised', { at: utc(e.finalisedAt) })
          : _('report.notFinalised')}
      </p>
      {e.sections.map((s) => (
        <section key={s.agency.id} className="tf-report__section" data-testid="report-section" data-agency={s.agency.acronym}>
          <h3>
            {s.agency.acronym} — {s.agency.name}
          </h3>
          {!s.written ? (
            <p className="tf-muted">{_('report.noSection')}</p>
          ) : (
            <>
              <p>
                {_('evaluation.section.objectives')} {s.objectivesMet ? _(OBJECTIVES_LABELS[s.objectivesMet]) : _('evaluation.section.notStated')}
              </p>
              <table className="tf-report__table">
                <tbody>
                  {EVALUATION_RESULT_FIELDS.map((f) => (
                    <tr key={f}>
                      <th scope="row">{_(RESULT_LABELS[f])}</th>
                      <td data-testid={`report-${s.agency.acronym}-${f}`}>{s[f]?.label ?? _('evaluation.section.notReported')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {TEXT_QUESTIONS.filter((q) => s[q.field]).map((q) => (
                <p key={q.field}>
                  {_('evaluation.section.answerLabel', { label: _(q.label) })} {s[q.field]}
                </p>
              ))}
            </>
          )}
        </section>
      ))}

      <h2>{_('report.figures')}</h2>
      <p>{_('report.targetsIntro', { k: data.operationIndicators.k })}</p>
      {data.operationIndicators.targets.length === 0 ? (
        <p className="tf-muted">{_('report.noTargets')}</p>
      ) : (
        <table className="tf-report__table" data-testid="report-targets">
          <thead>
            <tr>
              <th scope="col">{_('indicators.breakdown.indicator')}</th>
              <th scope="col">{_('report.period')}</th>
              <th scope="col">{_('report.target')}</th>
              <th scope="col">{_('report.achieved')}</th>
              <th scope="col">{_('report.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {data.operationIndicators.targets.map((x) => (
              <tr key={x.id}>
                <td>{labelFrom(_, INDICATOR_KIND_IDS, x.indicator)}</td>
                <td>{_('report.periodValue', { from: x.periodStart, to: x.periodEnd })}</td>
                <td>{formatNumber(x.target)}</td>
                <td>{x.achieved.label}</td>
                <td>{formatPercent(x.progress, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{_('report.results')}</p>
      <table className="tf-report__table" data-testid="report-results">
        <tbody>
          {r.results.map((x) => (
            <tr key={x.field}>
              <th scope="row">{resultLabel(x.field, x.label, _)}</th>
              <td>{x.total.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="tf-small">{_('report.sources', { count: r.evaluations, k: r.k, citation: r.citation })}</p>
    </article>
  );
}
