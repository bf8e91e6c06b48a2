import { useMutation, useQuery } from '@apollo/client/react';
import { FormOfExploitation } from '@taskforce/domain';
import {
  apiErrorCode,
  CREATE_OPERATION_MUTATION,
  describeApiError,
  invalidFields,
  LEGAL_BASIS_AGREEMENTS_QUERY,
  UPDATE_OPERATION_MUTATION,
  type AgreementStatus,
  type OperationBoardData,
} from '@taskforce/web-data-access';
import { Alert, Button, Field, FORM_OF_EXPLOITATION_LABELS, labelOf, SelectField, TextAreaField, TextField } from '@taskforce/web-ui';
import { plainFieldMessages } from './plain-field-messages';
import { useId, useRef, useState, type FormEvent } from 'react';
import { CountryPicker } from './country-picker';
import {
  createOperationInputFrom,
  emptyOperationForm,
  extendsPeriod,
  operationFormFrom,
  SUGGESTED_LEGAL_BASES,
  toggleForm,
  updateOperationInputFrom,
  validateOperationForm,
  type LegalBasisKind,
  type OperationFormState,
} from './operation-form-state';

interface OperationFormProps {
  /** The operation to edit (version-checked); absent to form a new one. */
  operation?: OperationBoardData;
  /** Called with the operation's id once the server saved it. */
  onSaved: (operationId: string) => void;
  onCancel?: () => void;
}

const AGREEMENT_STATUS_WORDS: Readonly<Record<AgreementStatus, string>> = {
  IN_FORCE: 'in force',
  NOT_YET_IN_FORCE: 'not yet in force',
  EXPIRED: 'expired',
  SUSPENDED: 'suspended',
};

const LEGAL_BASIS_CHOICES: ReadonlyArray<{ kind: LegalBasisKind; label: string }> = [
  { kind: 'CITATION', label: 'Cite an instrument and article' },
  { kind: 'AGREEMENT', label: 'An agreement of the sharing law' },
  { kind: 'NONE', label: 'Not yet (needed before the operation is activated)' },
];

/**
 * The form of a joint operation: name, purpose, description, countries, forms of exploitation, planned period,
 * legal basis (an agreement or a cited instrument) and, for a new one, the escalation time of urgent tasks.
 * Editing sends only what changed with the version it was loaded at; moving the end later asks for a reason. The
 * server's field messages are shown under the fields they name.
 */
export function OperationForm({ operation: current, onSaved, onCancel }: OperationFormProps) {
  // The operation as it was when the form opened: edits are compared with it and sent with its version, so a change
  // someone else makes meanwhile (arriving live) gives CONFLICT instead of being overwritten or wiping the form.
  const [operation] = useState(current);
  const [state, setState] = useState<OperationFormState>(() => (operation ? operationFormFrom(operation) : emptyOperationForm()));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const agreements = useQuery(LEGAL_BASIS_AGREEMENTS_QUERY, { fetchPolicy: 'cache-first' });
  const [create, created] = useMutation(CREATE_OPERATION_MUTATION);
  const [update, updated] = useMutation(UPDATE_OPERATION_MUTATION);
  const formRef = useRef<HTMLFormElement>(null);
  const citationListId = useId();
  const editing = !!operation;
  const extension = operation ? extendsPeriod(state, operation) : false;

  const set = <K extends keyof OperationFormState>(key: K, value: OperationFormState[K]) => setState((current) => ({ ...current, [key]: value }));
  const focusFirstInvalid = () =>
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setStale(false);
    const errors = validateOperationForm(state, operation);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      if (operation) {
        const { input, changed } = updateOperationInputFrom(state, operation);
        if (!changed) {
          setFormError('Nothing changed.');
          return;
        }
        await update({ variables: { input } });
        onSaved(operation.id);
      } else {
        const result = await create({ variables: { input: createOperationInputFrom(state) } });
        const id = result.data?.createOperation.id;
        if (id) onSaved(id);
      }
    } catch (caught: unknown) {
      const code = apiErrorCode(caught);
      if (code === 'BAD_USER_INPUT') {
        setFieldErrors(plainFieldMessages(invalidFields(caught)));
        focusFirstInvalid();
        const fields = plainFieldMessages(invalidFields(caught));
        const shown = new Set(['name', 'purpose', 'description', 'countries', 'formsOfExploitation', 'startsOn', 'endsOn', 'legalBasisAgreementId', 'legalBasisCitation', 'escalationMinutes', 'reason']);
        const elsewhere = Object.entries(fields).filter(([field]) => !shown.has(field)).map(([, text]) => text);
        setFormError(['Some values need correcting: see the messages under the fields.', ...elsewhere].join(' '));
      } else if (code === 'CONFLICT') {
        setStale(true);
        setFormError('Someone else changed this joint operation after you opened the form; your changes were not saved.');
      } else if (code === 'FORBIDDEN') {
        setFormError(editing ? 'Only the coordinators of this joint operation edit it.' : 'Only coordinators form joint operations.');
      } else {
        setFormError(describeApiError(caught, 'The joint operation could not be saved. Please try again.'));
      }
    }
  };

  const agreementOptions = (agreements.data?.agreements ?? []).map((agreement) => ({
    value: agreement.id,
    label: `${agreement.title}${agreement.article ? ` — ${agreement.article}` : ''} (${AGREEMENT_STATUS_WORDS[agreement.status] ?? agreement.status})`,
  }));

  return (
    <form ref={formRef} className="tf-form-grid" onSubmit={onSubmit} noValidate data-testid="operation-form" aria-label={editing ? 'Edit joint operation' : 'New joint operation'}>
      <TextField
        label="Name"
        required
        maxLength={200}
        value={state.name}
        onChange={(event) => set('name', event.target.value)}
        error={fieldErrors['name']}
        fieldClassName="tf-form-grid__wide"
        data-testid="operation-name-input"
      />
      <TextAreaField
        label="Purpose"
        rows={2}
        maxLength={5000}
        value={state.purpose}
        onChange={(event) => set('purpose', event.target.value)}
        error={fieldErrors['purpose']}
        hint="What the joint operation is for: the purpose clause of its agreement. Invited agencies read it."
        fieldClassName="tf-form-grid__wide"
        data-testid="operation-purpose"
      />
      <TextAreaField
        label="Description"
        rows={3}
        maxLength={5000}
        value={state.description}
        onChange={(event) => set('description', event.target.value)}
        error={fieldErrors['description']}
        hint="Seen only by the participating agencies."
        fieldClassName="tf-form-grid__wide"
        data-testid="operation-description"
      />
      <CountryPicker value={state.countries} onChange={(codes) => set('countries', codes)} error={fieldErrors['countries']} data-testid="operation-countries" />
      <fieldset className="tf-form-grid__wide tf-choice-set" aria-describedby={fieldErrors['formsOfExploitation'] ? 'forms-error' : undefined}>
        <legend className="tf-field__label">Forms of exploitation in scope</legend>
        <div className="tf-choice-grid">
          {Object.values(FormOfExploitation).map((form) => (
            <label key={form} className="tf-choice">
              <input
                type="checkbox"
                checked={state.formsOfExploitation.includes(form)}
                onChange={() => set('formsOfExploitation', toggleForm(state.formsOfExploitation, form))}
                data-testid={`operation-form-${form}`}
              />{' '}
              {labelOf(FORM_OF_EXPLOITATION_LABELS, form)}
            </label>
          ))}
        </div>
        {fieldErrors['formsOfExploitation'] && (
          <p className="tf-field__error" id="forms-error">
            {fieldErrors['formsOfExploitation']}
          </p>
        )}
      </fieldset>
      <TextField
        label="Planned start (UTC date)"
        type="date"
        value={state.startsOn}
        onChange={(event) => set('startsOn', event.target.value)}
        error={fieldErrors['startsOn']}
        data-testid="operation-starts-on"
      />
      <TextField
        label="Planned end (UTC date)"
        type="date"
        min={state.startsOn || undefined}
        value={state.endsOn}
        onChange={(event) => set('endsOn', event.target.value)}
        error={fieldErrors['endsOn']}
        hint={editing ? 'A later end extends the period: say why below.' : 'May be extended later, with a reason.'}
        data-testid="operation-ends-on"
      />
      <fieldset className="tf-form-grid__wide tf-choice-set">
        <legend className="tf-field__label">Legal basis</legend>
        <div className="tf-choice-row">
          {LEGAL_BASIS_CHOICES.map((choice) => (
            <label key={choice.kind} className="tf-choice">
              <input
                type="radio"
                name="legal-basis-kind"
                value={choice.kind}
                checked={state.legalBasisKind === choice.kind}
                onChange={() => set('legalBasisKind', choice.kind)}
                data-testid={`legal-basis-${choice.kind}`}
              />{' '}
              {choice.label}
            </label>
          ))}
        </div>
        {state.legalBasisKind === 'CITATION' && (
          <Field
            label="Instrument and article"
            hint="Pick a suggestion or type the instrument, e.g. Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters."
            error={fieldErrors['legalBasisCitation']}
          >
            {({ id, describedBy }) => (
              <>
                <input
                  id={id}
                  className="tf-input"
                  list={citationListId}
                  maxLength={500}
                  value={state.legalBasisCitation}
                  onChange={(event) => set('legalBasisCitation', event.target.value)}
                  aria-invalid={fieldErrors['legalBasisCitation'] ? true : undefined}
                  aria-describedby={describedBy}
                  data-testid="operation-citation"
                />
                <datalist id={citationListId}>
                  {SUGGESTED_LEGAL_BASES.map((basis) => (
                    <option key={basis} value={basis} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        )}
        {state.legalBasisKind === 'CITATION' && (
          <div className="tf-button-row tf-mt" aria-label="Suggested instruments" role="group">
            {SUGGESTED_LEGAL_BASES.map((basis) => (
              <Button key={basis} size="sm" variant="ghost" onClick={() => set('legalBasisCitation', basis)} className="tf-suggestion">
                {basis}
              </Button>
            ))}
          </div>
        )}
        {state.legalBasisKind === 'AGREEMENT' && (
          <SelectField
            label="Agreement"
            placeholder={agreements.loading ? 'Loading agreements…' : 'Choose an agreement'}
            options={agreementOptions}
            value={state.legalBasisAgreementId}
            onChange={(event) => set('legalBasisAgreementId', event.target.value)}
            error={fieldErrors['legalBasisAgreementId'] ?? (agreements.error ? 'The agreements cannot be listed right now.' : undefined)}
            data-testid="operation-agreement"
          />
        )}
      </fieldset>
      {!editing && (
        <TextField
          label="Urgent tasks escalate after (minutes)"
          inputMode="numeric"
          value={state.escalationMinutes}
          onChange={(event) => set('escalationMinutes', event.target.value)}
          error={fieldErrors['escalationMinutes']}
          hint="Minutes (1–1440) the assignee agency has to acknowledge an urgent task before the coordinators are told."
          data-testid="operation-escalation"
        />
      )}
      {editing && (
        <TextAreaField
          label={extension ? 'Why is the period extended?' : 'Reason for the change (optional)'}
          required={extension}
          rows={2}
          maxLength={2000}
          value={state.reason}
          onChange={(event) => set('reason', event.target.value)}
          error={fieldErrors['reason']}
          hint="Recorded in the operation’s history."
          fieldClassName="tf-form-grid__wide"
          data-testid="operation-edit-reason"
        />
      )}
      {formError && (
        <Alert className="tf-form-grid__wide" tone={stale ? 'warning' : 'error'} data-testid="operation-form-error">
          <p>{formError}</p>
          {stale && onCancel && (
            <Button size="sm" className="tf-mt" onClick={onCancel} data-testid="operation-form-reload">
              Close and load the latest version
            </Button>
          )}
        </Alert>
      )}
      <div className="tf-form-grid__wide tf-form-actions tf-button-row">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={created.loading || updated.loading}>
            Cancel
          </Button>
        )}
        <Button type="submit" variant="primary" busy={created.loading || updated.loading} data-testid="operation-form-submit">
          {editing ? 'Save changes' : 'Form the joint operation'}
        </Button>
      </div>
    </form>
  );
}
