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
import { Alert, Button, Field, FORM_OF_EXPLOITATION_LABEL_IDS, labelFrom, messageId, SelectField, TextAreaField, TextField, useLingui } from '@taskforce/web-ui';
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
  IN_FORCE: messageId('operationForm.agreementStatus.inForce'),
  NOT_YET_IN_FORCE: messageId('operationForm.agreementStatus.notYetInForce'),
  EXPIRED: messageId('operationForm.agreementStatus.expired'),
  SUSPENDED: messageId('operationForm.agreementStatus.suspended'),
};

const LEGAL_BASIS_CHOICES: ReadonlyArray<{ kind: LegalBasisKind; label: string }> = [
  { kind: 'CITATION', label: messageId('operationForm.legalBasis.citation') },
  { kind: 'AGREEMENT', label: messageId('operationForm.legalBasis.agreement') },
  { kind: 'NONE', label: messageId('operationForm.legalBasis.none') },
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
  const { _ } = useLingui();
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
    setFieldErrors(Object.fromEntries(Object.entries(errors).map(([field, id]) => [field, _(id)])));
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      if (operation) {
        const { input, changed } = updateOperationInputFrom(state, operation);
        if (!changed) {
          setFormError(_('operationForm.nothingChanged'));
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
        setFieldErrors(plainFieldMessages(invalidFields(caught, _)));
        focusFirstInvalid();
        const fields = plainFieldMessages(invalidFields(caught, _));
        const shown = new Set(['name', 'purpose', 'description', 'countries', 'formsOfExploitation', 'startsOn', 'endsOn', 'legalBasisAgreementId', 'legalBasisCitation', 'escalationMinutes', 'reason']);
        const elsewhere = Object.entries(fields).filter(([field]) => !shown.has(field)).map(([, text]) => text);
        setFormError([_('operationForm.correctFields'), ...elsewhere].join(' '));
      } else if (code === 'CONFLICT') {
        setStale(true);
        setFormError(_('operationForm.conflict'));
      } else if (code === 'FORBIDDEN') {
        setFormError(editing ? _('operationForm.forbiddenEdit') : _('operationForm.forbiddenCreate'));
      } else {
        setFormError(describeApiError(caught, _('operationForm.saveFailed'), _));
      }
    }
  };

  const agreementOptions = (agreements.data?.agreements ?? []).map((agreement) => ({
    value: agreement.id,
    label: _('operationForm.agreementOption', {
      title: agreement.article ? `${agreement.title} — ${agreement.article}` : agreement.title,
      status: AGREEMENT_STATUS_WORDS[agreement.status] ? _(AGREEMENT_STATUS_WORDS[agreement.status]) : agreement.status,
    }),
  }));

  return (
    <form ref={formRef} className="tf-form-grid" onSubmit={onSubmit} noValidate data-testid="operation-form" aria-label={editing ? _('operationForm.editLabel') : _('page.newOperation')}>
      <TextField
        label={_('operationForm.name')}
        required
        maxLength={200}
        value={state.name}
        onChange={(event) => set('name', event.target.value)}
        error={fieldErrors['name']}
        fieldClassName="tf-form-grid__wide"
        data-testid="operation-name-input"
      />
      <TextAreaField
        label={_('invitations.purpose')}
        rows={2}
        maxLength={5000}
        value={state.purpose}
        onChange={(event) => set('purpose', event.target.value)}
        error={fieldErrors['purpose']}
        hint={_('operationForm.purposeHint')}
        fieldClassName="tf-form-grid__wide"
        data-testid="operation-purpose"
      />
      <TextAreaField
        label={_('operationForm.description')}
        rows={3}
        maxLength={5000}
        value={state.description}
        onChange={(event) => set('description', event.target.value)}
        error={fieldErrors['description']}
        hint={_('operationForm.descriptionHint')}
        fieldClassName="tf-form-grid__wide"
        data-testid="operation-description"
      />
      <CountryPicker value={state.countries} onChange={(codes) => set('countries', codes)} error={fieldErrors['countries']} data-testid="operation-countries" />
      <fieldset className="tf-form-grid__wide tf-choice-set" aria-describedby={fieldErrors['formsOfExploitation'] ? 'forms-error' : undefined}>
        <legend className="tf-field__label">{_('operationForm.formsInScope')}</legend>
        <div className="tf-choice-grid">
          {Object.values(FormOfExploitation).map((form) => (
            <label key={form} className="tf-choice">
              <input
                type="checkbox"
                checked={state.formsOfExploitation.includes(form)}
                onChange={() => set('formsOfExploitation', toggleForm(state.formsOfExploitation, form))}
                data-testid={`operation-form-${form}`}
              />{' '}
              {labelFrom(_, FORM_OF_EXPLOITATION_LABEL_IDS, form)}
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
        label={_('operationForm.startsOn')}
        type="date"
        value={state.startsOn}
        onChange={(event) => set('startsOn', event.target.value)}
        error={fieldErrors['startsOn']}
        data-testid="operation-starts-on"
      />
      <TextField
        label={_('operationForm.endsOn')}
        type="date"
        min={state.startsOn || undefined}
        value={state.endsOn}
        onChange={(event) => set('endsOn', event.target.value)}
        error={fieldErrors['endsOn']}
        hint={editing ? _('operationForm.endsOnHintEdit') : _('operationForm.endsOnHintNew')}
        data-testid="operation-ends-on"
      />
      <fieldset className="tf-form-grid__wide tf-choice-set">
        <legend className="tf-field__label">{_('operation.legalBasis')}</legend>
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
              {_(choice.label)}
            </label>
          ))}
        </div>
        {state.legalBasisKind === 'CITATION' && (
          <Field
            label={_('operationForm.instrument')}
            hint={_('operationForm.instrumentHint')}
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
          <div className="tf-button-row tf-mt" aria-label={_('operationForm.suggestedInstruments')} role="group">
            {SUGGESTED_LEGAL_BASES.map((basis) => (
              <Button key={basis} size="sm" variant="ghost" onClick={() => set('legalBasisCitation', basis)} className="tf-suggestion">
                {basis}
              </Button>
            ))}
          </div>
        )}
        {state.legalBasisKind === 'AGREEMENT' && (
          <SelectField
            label={_('operationForm.agreement')}
            placeholder={agreements.loading ? _('operationForm.loadingAgreements') : _('operationForm.chooseAgreement')}
            options={agreementOptions}
            value={state.legalBasisAgreementId}
            onChange={(event) => set('legalBasisAgreementId', event.target.value)}
            error={fieldErrors['legalBasisAgreementId'] ?? (agreements.error ? _('operationForm.agreementsFailed') : undefined)}
            data-testid="operation-agreement"
          />
        )}
      </fieldset>
      {!editing && (
        <TextField
          label={_('operationForm.escalation')}
          inputMode="numeric"
          value={state.escalationMinutes}
          onChange={(event) => set('escalationMinutes', event.target.value)}
          error={fieldErrors['escalationMinutes']}
          hint={_('operationForm.escalationHint')}
          data-testid="operation-escalation"
        />
      )}
      {editing && (
        <TextAreaField
          label={extension ? _('operationForm.reasonExtension') : _('operationForm.reasonOptional')}
          required={extension}
          rows={2}
          maxLength={2000}
          value={state.reason}
          onChange={(event) => set('reason', event.target.value)}
          error={fieldErrors['reason']}
          hint={_('operationForm.reasonHint')}
          fieldClassName="tf-form-grid__wide"
          data-testid="operation-edit-reason"
        />
      )}
      {formError && (
        <Alert className="tf-form-grid__wide" tone={stale ? 'warning' : 'error'} data-testid="operation-form-error">
          <p>{formError}</p>
          {stale && onCancel && (
            <Button size="sm" className="tf-mt" onClick={onCancel} data-testid="operation-form-reload">
              {_('operationForm.reload')}
            </Button>
          )}
        </Alert>
      )}
      <div className="tf-form-grid__wide tf-form-actions tf-button-row">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={created.loading || updated.loading}>
            {_('operationForm.cancel')}
          </Button>
        )}
        <Button type="submit" variant="primary" busy={created.loading || updated.loading} data-testid="operation-form-submit">
          {editing ? _('operationForm.saveChanges') : _('operationForm.create')}
        </Button>
      </div>
    </form>
  );
}
