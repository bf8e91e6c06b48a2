import { useMutation, useQuery } from '@apollo/client/react';
import { EVALUATION_RESULT_FIELDS, OperationStatus } from '@taskforce/domain';
import { apiErrorCode, conflictCurrentVersion, describeApiError, invalidFields, useViewer, type ObjectivesMet } from '@taskforce/web-data-access';
import { Alert, Button, Card, formatDateTime, formatList, formatNumber, Link, LoadingState, messageId, pathTo, SelectField, TextAreaField, TextField, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import {
  CLOSE_OPERATION_MUTATION,
  FINALISE_EVALUATION_MUTATION,
  OPERATION_EVALUATION_QUERY,
  UPDATE_EVALUATION_SECTION_MUTATION,
  type EvaluationOperationData,
  type EvaluationSectionData,
  type OperationEvaluationData,
} from './evaluation.documents';
import { formStateOf, OBJECTIVES_LABELS, RESULT_LABELS, resultLabel, sectionInputOf, TEXT_QUESTIONS, type SectionFormState, type Translate } from './section-form';
import { useOperationChanged } from './use-operation-changed';

/** Message ids of the section form's fields' labels, for the "their version" list after a conflict. */
const FIELD_LABELS: Partial<Record<keyof SectionFormState, string>> = {
  objectivesMet: messageId('evaluation.form.objectivesMet'),
  objectivesNote: messageId('evaluation.form.objectivesNote'),
  ...RESULT_LABELS,
  ...Object.fromEntries(TEXT_QUESTIONS.map((q) => [q.field, q.label])),
};

/** The answers to "were the objectives met?" as the menu lists them, in the language of `_`. */
const objectiveOptions = (_: Translate) => (Object.keys(OBJECTIVES_LABELS) as ObjectivesMet[]).map((value) => ({ value, label: _(OBJECTIVES_LABELS[value]) }));

/**
 * The closing evaluation of a joint operation (/operations/:id/evaluation), after the Joint Investigation Teams
 * Network's JIT evaluation form: your agency's section as a form (when you may write it), the other agencies'
 * sections read-only (their small figures suppressed), the totals, and for coordinators "Finalise" and then "Close
 * the operation".
 */
export function EvaluationPage({ operationId }: { operationId: string }) {
  const { _ } = useLingui();
  const ready = useCatalogue('indicators');
  const { data, error, loading, refetch } = useQuery(OPERATION_EVALUATION_QUERY, { variables: { id: operationId }, fetchPolicy: 'cache-and-network' });
  const viewerAgencyId = useViewer()?.agency.id;
  const reload = () => void refetch().catch(() => undefined);
  // Sections saved by others, finalising and closing show up live.
  useOperationChanged(operationId, reload);
  const operation = data?.operation;
  const evaluation = data?.operationEvaluation;

  useEffect(() => {
    if (operation && ready) document.title = _('evaluation.documentTitle', { name: operation.name, app: _('app.name') });
  }, [operation, ready, _]);

  if (!ready) return <LoadingState />;
  if (!operation || !evaluation) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? _('evaluation.notFoundTitle') : _('evaluation.unavailableTitle')}</h1>
          <Alert>{notFound ? _('evaluation.notFound') : describeApiError(error, _('evaluation.loadFailed'), _)}</Alert>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label={_('evaluation.loading')} />}</div>;
  }

  const base = pathTo('operation', { id: operationId });
  return (
    <div className="tf-page tf-evaluation" data-testid="evaluation-page">
      <p className="tf-small">
        <Link to={base}>
          <span className="tf-dir-icon" aria-hidden="true">←</span> {operation.name}</Link> · <Link to={pathTo('report', { id: operationId })}>{_('evaluation.reportLink')}</Link>
      </p>
      <h1 className="tf-page__title">{_('evaluation.title')}</h1>
      <p className="tf-muted">{_('evaluation.intro', { below: evaluation.k - 1, k: evaluation.k, citation: evaluation.citation })}</p>
      <EvaluationStatus evaluation={evaluation} operation={operation} />
      {evaluation.sections.map((section) =>
        section.viewerCanEdit ? (
          <SectionForm key={section.agency.id} operationId={operationId} section={section} onSaved={reload} />
        ) : (
          <SectionView key={section.agency.id} section={section} ownButReadOnly={section.agency.id === viewerAgencyId && !evaluation.finalisedAt} />
        ),
      )}
      <TotalsTable evaluation={evaluation} />
      {operation.viewerIsCoordinator && <CoordinatorActions operation={operation} evaluation={evaluation} onDone={reload} />}
    </div>
  );
}

function EvaluationStatus({ evaluation, operation }: { evaluation: OperationEvaluationData; operation: EvaluationOperationData }) {
  const { _ } = useLingui();
  if (evaluation.finalisedAt) {
    const at = formatDateTime(evaluation.finalisedAt);
    return (
      <Alert tone="info" data-testid="evaluation-finalised">
        {evaluation.finalisedBy ? _('evaluation.finalisedBy', { at, name: evaluation.finalisedBy.displayName }) : _('evaluation.finalised', { at })}
        {operation.status === OperationStatus.CLOSED ? ` ${_('evaluation.closed')}` : ''}
      </Alert>
    );
  }
  if (evaluation.missingAgencies.length) {
    return (
      <Alert tone="warning" data-testid="evaluation-missing">
        {_('evaluation.missing', { agencies: formatList(evaluation.missingAgencies.map((a) => a.acronym)) })}
      </Alert>
    );
  }
  return (
    <Alert tone="success" data-testid="evaluation-ready">
      {_('evaluation.ready')}
    </Alert>
  );
}

function SectionHeading({ section }: { section: EvaluationSectionData }) {
  const { _ } = useLingui();
  return (
    <>
      {section.agency.acronym} — {section.agency.name}
      <span className="tf-muted tf-small"> ({section.role === 'PARTICIPANT' ? _('evaluation.section.participant') : _('evaluation.section.party')})</span>
    </>
  );
}

function SectionMeta({ section }: { section: EvaluationSectionData }) {
  const { _ } = useLingui();
  const values = { version: section.version, at: formatDateTime(section.updatedAt) };
  return section.written ? (
    <p className="tf-small tf-muted">
      {section.updatedBy ? _('evaluation.section.writtenBy', { ...values, name: section.updatedBy.displayName }) : _('evaluation.section.written', values)}
    </p>
  ) : (
    <p className="tf-small tf-muted">{_('evaluation.section.notWritten')}</p>
  );
}

/** Another agency's section (or yours once finalised): read-only, figures as you may see them. */
function SectionView({ section, ownButReadOnly = false }: { section: EvaluationSectionData; ownButReadOnly?: boolean }) {
  const { _ } = useLingui();
  const texts = [{ field: 'objectivesNote' as const, label: messageId('evaluation.form.objectivesNote') }, ...TEXT_QUESTIONS].filter((q) => section[q.field]);
  return (
    <Card title={<SectionHeading section={section} />} headingLevel={2} data-testid="evaluation-section" data-agency={section.agency.acronym} data-editable="false">
      <SectionMeta section={section} />
      {ownButReadOnly && (
        <p className="tf-small" data-testid="section-writers-hint">
          {_('evaluation.section.writersHint')}
        </p>
      )}
      {section.written && (
        <>
          <p>
            <strong>{_('evaluation.section.objectives')}</strong> {section.objectivesMet ? _(OBJECTIVES_LABELS[section.objectivesMet]) : _('evaluation.section.notStated')}
          </p>
          <table className="tf-evaluation__results">
            <tbody>
              {EVALUATION_RESULT_FIELDS.map((f) => (
                <tr key={f} data-result={f}>
                  <th scope="row">{_(RESULT_LABELS[f])}</th>
                  <td data-testid={`result-${f}`}>{section[f]?.label ?? _('evaluation.section.notReported')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {texts.map((q) => (
            <p key={q.field} className="tf-evaluation__answer">
              <strong>{_('evaluation.section.answerLabel', { label: _(q.label) })}</strong> {section[q.field]}
            </p>
          ))}
        </>
      )}
    </Card>
  );
}

/**
 * Your agency's section as a form; saving sends the version you loaded. When someone of your agency saved first
 * (CONFLICT), your text stays in the form, their version is listed field by field next to it, and saving again
 * replaces theirs knowingly (it sends the version you were shown).
 */
function SectionForm({ operationId, section, onSaved }: { operationId: string; section: EvaluationSectionData; onSaved: () => void }) {
  const { _ } = useLingui();
  const [state, setState] = useState<SectionFormState>(() => formStateOf(section));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success' | 'warning'; text: string } | null>(null);
  const [save, { loading }] = useMutation(UPDATE_EVALUATION_SECTION_MUTATION);
  const [loadedVersion, setLoadedVersion] = useState(section.version);
  const [dirty, setDirty] = useState(false);
  /** After a conflict: the newer version you were shown, which your next save replaces. */
  const [seenVersion, setSeenVersion] = useState<number | null>(null);

  useEffect(() => {
    // A newer version arrived (someone of your agency saved, or after a conflict): show it, unless you are typing —
    // then your changes stay and saving reports the conflict instead of overwriting theirs.
    if (section.version !== loadedVersion && !dirty) {
      setState(formStateOf(section));
      setLoadedVersion(section.version);
    }
  }, [section, loadedVersion, dirty]);
  const newerElsewhere = dirty && section.version !== loadedVersion;
  const theirs = newerElsewhere ? formStateOf(section) : null;
  const differing = theirs ? (Object.keys(theirs) as Array<keyof SectionFormState>).filter((f) => theirs[f] !== state[f]) : [];

  const set = (field: keyof SectionFormState) => (event: { target: { value: string } }) => {
    setDirty(true);
    setState((s) => ({ ...s, [field]: event.target.value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const { input, problems: found } = sectionInputOf(operationId, seenVersion ?? loadedVersion, state, _);
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      const saved = await save({ variables: { input } });
      const version = saved.data?.updateEvaluationSection.version;
      if (version !== undefined) setLoadedVersion(version);
      setSeenVersion(null);
      setDirty(false);
      setMessage({ tone: 'success', text: _('evaluation.form.saved') });
      onSaved();
    } catch (error) {
      setProblems(invalidFields(error, _));
      if (apiErrorCode(error) === 'CONFLICT') {
        const current = conflictCurrentVersion(error);
        setMessage({
          tone: 'warning',
          text: _('evaluation.form.conflict', { version: current ?? '?' }),
        });
        if (current !== undefined && current !== null) setSeenVersion(current);
        onSaved();
      } else setMessage({ tone: 'error', text: describeApiError(error, _('evaluation.form.saveFailed'), _) });
    }
  };
  return (
    <Card title={<SectionHeading section={section} />} headingLevel={2} data-testid="evaluation-section" data-agency={section.agency.acronym} data-editable="true">
      <SectionMeta section={section} />
      <form onSubmit={(e) => void submit(e)} className="tf-evaluation__form" noValidate>
        <SelectField label={_('evaluation.form.objectivesMet')} placeholder={_('evaluation.form.choose')} options={objectiveOptions(_)} value={state.objectivesMet} onChange={set('objectivesMet')} error={problems['objectivesMet']} data-testid="section-objectivesMet" />
        <TextAreaField label={_('evaluation.form.objectivesNote')} value={state.objectivesNote} onChange={set('objectivesNote')} rows={2} error={problems['objectivesNote']} data-testid="section-objectivesNote" />
        <fieldset className="tf-evaluation__numbers">
          <legend>{_('evaluation.form.results')}</legend>
          {EVALUATION_RESULT_FIELDS.map((f) => (
            <TextField key={f} label={_(RESULT_LABELS[f])} inputMode="numeric" value={state[f]} onChange={set(f)} error={problems[f]} data-testid={`section-${f}`} />
          ))}
        </fieldset>
        {TEXT_QUESTIONS.map((q) => (
          <TextAreaField key={q.field} label={_(q.label)} hint={q.hint ? _(q.hint) : undefined} value={state[q.field]} onChange={set(q.field)} rows={3} error={problems[q.field]} data-testid={`section-${q.field}`} />
        ))}
        {newerElsewhere && (
          <Alert tone="warning" data-testid="section-newer">
            <p>
              {_('evaluation.form.newer', { name: section.updatedBy?.displayName ?? _('evaluation.form.someone'), version: section.version })}{' '}
              {seenVersion === section.version ? _('evaluation.form.replaces') : _('evaluation.form.willConflict')}
            </p>
            {differing.length > 0 && (
              <details data-testid="section-theirs">
                <summary>{_('evaluation.form.theirs')}</summary>
                <dl className="tf-small">
                  {differing.map((f) => (
                    <div key={f}>
                      <dt>{FIELD_LABELS[f] ? _(FIELD_LABELS[f]) : f}</dt>
                      <dd className="tf-break">{theirs?.[f] || _('evaluation.form.blank')}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            )}
          </Alert>
        )}
        {message && (
          <Alert tone={message.tone} data-testid="section-message">
            {message.text}
          </Alert>
        )}
        <Button type="submit" variant="primary" busy={loading} data-testid="section-save">
          {_('evaluation.form.save', { acronym: section.agency.acronym })}
        </Button>
      </form>
    </Card>
  );
}

function TotalsTable({ evaluation }: { evaluation: OperationEvaluationData }) {
  const { _ } = useLingui();
  return (
    <Card title={_('evaluation.totals.title')} headingLevel={2}>
      <table className="tf-evaluation__results" data-testid="evaluation-totals">
        <tbody>
          {evaluation.totals.map((t) => (
            <tr key={t.field} data-result={t.field}>
              <th scope="row">{resultLabel(t.field, t.label, _)}</th>
              <td>{t.total.count === null ? t.total.label : formatNumber(t.total.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="tf-small tf-muted">{_('evaluation.totals.note')}</p>
    </Card>
  );
}

/** Finalise (when every party has written), then close the operation with a reason (version-checked). */
function CoordinatorActions({ operation, evaluation, onDone }: { operation: EvaluationOperationData; evaluation: OperationEvaluationData; onDone: () => void }) {
  const { _ } = useLingui();
  const [finalise, finalising] = useMutation(FINALISE_EVALUATION_MUTATION);
  const [close, closing] = useMutation(CLOSE_OPERATION_MUTATION);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (operation.status === OperationStatus.CLOSED) return null;

  const onFinalise = async () => {
    setProblem(null);
    try {
      await finalise({ variables: { id: operation.id } });
      onDone();
    } catch (error) {
      setProblem(describeApiError(error, _('evaluation.coordinator.finaliseFailed'), _));
    }
  };
  const onClose = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setProblem(_('evaluation.coordinator.reasonMissing'));
      return;
    }
    try {
      await close({ variables: { input: { operationId: operation.id, status: 'CLOSED', expectedVersion: operation.version, reason: reason.trim() } } });
      onDone();
    } catch (error) {
      setProblem(describeApiError(error, _('evaluation.coordinator.closeFailed'), _));
      onDone();
    }
  };
  return (
    <Card title={_('role.coordinator')} headingLevel={2} data-testid="evaluation-coordinator">
      {!evaluation.finalisedAt ? (
        <>
          <p className="tf-small">{_('evaluation.coordinator.finaliseNote')}</p>
          <Button variant="primary" disabled={!evaluation.viewerCanFinalise} busy={finalising.loading} onClick={() => void onFinalise()} data-testid="evaluation-finalise">
            {_('evaluation.coordinator.finalise')}
          </Button>
        </>
      ) : (
        <form onSubmit={(e) => void onClose(e)} noValidate>
          <TextAreaField label={_('evaluation.coordinator.reason')} required value={reason} onChange={(e) => setReason(e.target.value)} rows={2} data-testid="close-reason" />
          <Button type="submit" variant="danger" busy={closing.loading} data-testid="operation-close">
            {_('evaluation.coordinator.close')}
          </Button>
        </form>
      )}
      {problem && <Alert data-testid="coordinator-problem">{problem}</Alert>}
    </Card>
  );
}
