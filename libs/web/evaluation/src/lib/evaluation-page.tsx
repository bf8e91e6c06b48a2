import { useMutation, useQuery } from '@apollo/client/react';
import { EVALUATION_RESULT_FIELDS, EVALUATION_RESULT_LABELS, OperationStatus } from '@taskforce/domain';
import { apiErrorCode, conflictCurrentVersion, describeApiError, invalidFields, useViewer, type ObjectivesMet } from '@taskforce/web-data-access';
import { Alert, Button, Card, formatDateTime, Link, LoadingState, pathTo, SelectField, TextAreaField, TextField } from '@taskforce/web-ui';
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
import { formStateOf, OBJECTIVES_LABELS, sectionInputOf, TEXT_QUESTIONS, type SectionFormState } from './section-form';
import { useOperationChanged } from './use-operation-changed';

/** Labels of the section form's fields, for the "their version" list after a conflict. */
const FIELD_LABELS: Partial<Record<keyof SectionFormState, string>> = {
  objectivesMet: 'Were the objectives met?',
  objectivesNote: 'On the objectives',
  ...EVALUATION_RESULT_LABELS,
  ...Object.fromEntries(TEXT_QUESTIONS.map((q) => [q.field, q.label])),
};

const OBJECTIVE_OPTIONS = (Object.keys(OBJECTIVES_LABELS) as ObjectivesMet[]).map((value) => ({ value, label: OBJECTIVES_LABELS[value] }));

/**
 * The closing evaluation of a joint operation (/operations/:id/evaluation), after the Joint Investigation Teams
 * Network's JIT evaluation form: your agency's section as a form (when you may write it), the other agencies'
 * sections read-only (their small figures suppressed), the totals, and for coordinators "Finalise" and then "Close
 * the operation".
 */
export function EvaluationPage({ operationId }: { operationId: string }) {
  const { data, error, loading, refetch } = useQuery(OPERATION_EVALUATION_QUERY, { variables: { id: operationId }, fetchPolicy: 'cache-and-network' });
  const viewerAgencyId = useViewer()?.agency.id;
  const reload = () => void refetch().catch(() => undefined);
  // Sections saved by others, finalising and closing show up live.
  useOperationChanged(operationId, reload);
  const operation = data?.operation;
  const evaluation = data?.operationEvaluation;

  useEffect(() => {
    if (operation) document.title = `Closing evaluation · ${operation.name} · Task-force workspace`;
  }, [operation]);

  if (!operation || !evaluation) {
    if (error) {
      const notFound = apiErrorCode(error) === 'NOT_FOUND';
      return (
        <div className="tf-page">
          <h1 className="tf-page__title">{notFound ? 'Joint operation not found' : 'Closing evaluation unavailable'}</h1>
          <Alert>{notFound ? 'This joint operation does not exist, or your agency does not take part in it.' : describeApiError(error, 'The evaluation cannot be loaded right now.')}</Alert>
        </div>
      );
    }
    return <div className="tf-page">{loading && <LoadingState label="Loading the closing evaluation…" />}</div>;
  }

  const base = pathTo('operation', { id: operationId });
  return (
    <div className="tf-page tf-evaluation" data-testid="evaluation-page">
      <p className="tf-small">
        <Link to={base}>
          <span className="tf-dir-icon" aria-hidden="true">←</span> {operation.name}</Link> · <Link to={pathTo('report', { id: operationId })}>Operation report</Link>
      </p>
      <h1 className="tf-page__title">Closing evaluation</h1>
      <p className="tf-muted">
        One section per participating agency, written by its own people (coordinators, liaison officers, analysts, agency admins). Other agencies'
        figures from 1 to {evaluation.k - 1} read "suppressed (&lt; {evaluation.k})". Form: {evaluation.citation}.
      </p>
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
  if (evaluation.finalisedAt) {
    return (
      <Alert tone="info" data-testid="evaluation-finalised">
        Finalised {formatDateTime(evaluation.finalisedAt)}
        {evaluation.finalisedBy ? ` by ${evaluation.finalisedBy.displayName}` : ''}: the sections are read-only.
        {operation.status === OperationStatus.CLOSED ? ' The joint operation is closed.' : ''}
      </Alert>
    );
  }
  if (evaluation.missingAgencies.length) {
    return (
      <Alert tone="warning" data-testid="evaluation-missing">
        Still to write (parties must say whether the objectives were met): {evaluation.missingAgencies.map((a) => a.acronym).join(', ')}.
      </Alert>
    );
  }
  return (
    <Alert tone="success" data-testid="evaluation-ready">
      Every party has written its section; a coordinator can finalise the evaluation.
    </Alert>
  );
}

function SectionHeading({ section }: { section: EvaluationSectionData }) {
  return (
    <>
      {section.agency.acronym} — {section.agency.name}
      <span className="tf-muted tf-small"> ({section.role === 'PARTICIPANT' ? 'participant, optional' : 'party'})</span>
    </>
  );
}

function SectionMeta({ section }: { section: EvaluationSectionData }) {
  return section.written ? (
    <p className="tf-small tf-muted">
      Version {section.version}, last written {formatDateTime(section.updatedAt)}
      {section.updatedBy ? ` by ${section.updatedBy.displayName}` : ''}
    </p>
  ) : (
    <p className="tf-small tf-muted">Not written yet.</p>
  );
}

/** Another agency's section (or yours once finalised): read-only, figures as you may see them. */
function SectionView({ section, ownButReadOnly = false }: { section: EvaluationSectionData; ownButReadOnly?: boolean }) {
  const texts = [{ field: 'objectivesNote' as const, label: 'On the objectives' }, ...TEXT_QUESTIONS].filter((q) => section[q.field]);
  return (
    <Card title={<SectionHeading section={section} />} headingLevel={2} data-testid="evaluation-section" data-agency={section.agency.acronym} data-editable="false">
      <SectionMeta section={section} />
      {ownButReadOnly && (
        <p className="tf-small" data-testid="section-writers-hint">
          Your agency's coordinators, liaison officers, analysts and agency admins write this section.
        </p>
      )}
      {section.written && (
        <>
          <p>
            <strong>Objectives:</strong> {section.objectivesMet ? OBJECTIVES_LABELS[section.objectivesMet] : 'not stated'}
          </p>
          <table className="tf-evaluation__results">
            <tbody>
              {EVALUATION_RESULT_FIELDS.map((f) => (
                <tr key={f} data-result={f}>
                  <th scope="row">{EVALUATION_RESULT_LABELS[f]}</th>
                  <td data-testid={`result-${f}`}>{section[f]?.label ?? 'not reported'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {texts.map((q) => (
            <p key={q.field} className="tf-evaluation__answer">
              <strong>{q.label}:</strong> {section[q.field]}
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
    const { input, problems: found } = sectionInputOf(operationId, seenVersion ?? loadedVersion, state);
    setProblems(found);
    if (Object.keys(found).length) return;
    try {
      const saved = await save({ variables: { input } });
      const version = saved.data?.updateEvaluationSection.version;
      if (version !== undefined) setLoadedVersion(version);
      setSeenVersion(null);
      setDirty(false);
      setMessage({ tone: 'success', text: 'Section saved.' });
      onSaved();
    } catch (error) {
      setProblems(invalidFields(error));
      if (apiErrorCode(error) === 'CONFLICT') {
        const current = conflictCurrentVersion(error);
        setMessage({
          tone: 'warning',
          text: `Someone of your agency saved this section in the meantime (now version ${current ?? '?'}): yours was not saved. Your text is kept in the form and their version is listed under it; save again to replace theirs with yours.`,
        });
        if (current !== undefined && current !== null) setSeenVersion(current);
        onSaved();
      } else setMessage({ tone: 'error', text: describeApiError(error, 'The section could not be saved.') });
    }
  };
  return (
    <Card title={<SectionHeading section={section} />} headingLevel={2} data-testid="evaluation-section" data-agency={section.agency.acronym} data-editable="true">
      <SectionMeta section={section} />
      <form onSubmit={(e) => void submit(e)} className="tf-evaluation__form" noValidate>
        <SelectField label="Were the objectives met?" placeholder="Choose…" options={OBJECTIVE_OPTIONS} value={state.objectivesMet} onChange={set('objectivesMet')} error={problems['objectivesMet']} data-testid="section-objectivesMet" />
        <TextAreaField label="On the objectives" value={state.objectivesNote} onChange={set('objectivesNote')} rows={2} error={problems['objectivesNote']} data-testid="section-objectivesNote" />
        <fieldset className="tf-evaluation__numbers">
          <legend>Results (blank = not reported)</legend>
          {EVALUATION_RESULT_FIELDS.map((f) => (
            <TextField key={f} label={EVALUATION_RESULT_LABELS[f]} inputMode="numeric" value={state[f]} onChange={set(f)} error={problems[f]} data-testid={`section-${f}`} />
          ))}
        </fieldset>
        {TEXT_QUESTIONS.map((q) => (
          <TextAreaField key={q.field} label={q.label} hint={q.hint} value={state[q.field]} onChange={set(q.field)} rows={3} error={problems[q.field]} data-testid={`section-${q.field}`} />
        ))}
        {newerElsewhere && (
          <Alert tone="warning" data-testid="section-newer">
            <p>
              {section.updatedBy?.displayName ?? 'Someone of your agency'} saved a newer version (version {section.version}) while you were editing.{' '}
              {seenVersion === section.version ? 'Saving now replaces it with what is in the form.' : 'Saving yours will first be refused as a conflict; your text stays.'}
            </p>
            {differing.length > 0 && (
              <details data-testid="section-theirs">
                <summary>Their version, where it differs from yours</summary>
                <dl className="tf-small">
                  {differing.map((f) => (
                    <div key={f}>
                      <dt>{FIELD_LABELS[f] ?? f}</dt>
                      <dd className="tf-break">{theirs?.[f] || '(blank)'}</dd>
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
          Save {section.agency.acronym}'s section
        </Button>
      </form>
    </Card>
  );
}

function TotalsTable({ evaluation }: { evaluation: OperationEvaluationData }) {
  return (
    <Card title="Results over every section" headingLevel={2}>
      <table className="tf-evaluation__results" data-testid="evaluation-totals">
        <tbody>
          {evaluation.totals.map((t) => (
            <tr key={t.field} data-result={t.field}>
              <th scope="row">{t.label}</th>
              <td>{t.total.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="tf-small tf-muted">A total is suppressed when it would let you work out another agency's small figure from your own.</p>
    </Card>
  );
}

/** Finalise (when every party has written), then close the operation with a reason (version-checked). */
function CoordinatorActions({ operation, evaluation, onDone }: { operation: EvaluationOperationData; evaluation: OperationEvaluationData; onDone: () => void }) {
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
      setProblem(describeApiError(error, 'The evaluation could not be finalised.'));
    }
  };
  const onClose = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setProblem('Say why the joint operation is closed.');
      return;
    }
    try {
      await close({ variables: { input: { operationId: operation.id, status: 'CLOSED', expectedVersion: operation.version, reason: reason.trim() } } });
      onDone();
    } catch (error) {
      setProblem(describeApiError(error, 'The joint operation could not be closed.'));
      onDone();
    }
  };
  return (
    <Card title="Coordinator" headingLevel={2} data-testid="evaluation-coordinator">
      {!evaluation.finalisedAt ? (
        <>
          <p className="tf-small">Finalising makes every section read-only. The joint operation can be closed only after it.</p>
          <Button variant="primary" disabled={!evaluation.viewerCanFinalise} busy={finalising.loading} onClick={() => void onFinalise()} data-testid="evaluation-finalise">
            Finalise the evaluation
          </Button>
        </>
      ) : (
        <form onSubmit={(e) => void onClose(e)} noValidate>
          <TextAreaField label="Why is the joint operation closed?" required value={reason} onChange={(e) => setReason(e.target.value)} rows={2} data-testid="close-reason" />
          <Button type="submit" variant="danger" busy={closing.loading} data-testid="operation-close">
            Close the joint operation
          </Button>
        </form>
      )}
      {problem && <Alert data-testid="coordinator-problem">{problem}</Alert>}
    </Card>
  );
}
