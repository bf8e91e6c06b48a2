import { apiErrorParts, apiErrorText, invalidFields, type QuerySelectorInput, type SelectorKind } from '@taskforce/web-data-access';
import { Alert, Button, messageId, SelectField, TextField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { SELECTOR_KIND_FIELDS, SELECTOR_KIND_LABEL_IDS, selectorInput, type SelectorFormValues } from './selector-fields';

const KINDS = Object.keys(SELECTOR_KIND_LABEL_IDS) as SelectorKind[];

export interface SelectorFormProps {
  /** Sends the selector; resolves when accepted (the form then clears), rejects with the API error. */
  onSubmit: (input: QuerySelectorInput) => Promise<unknown>;
  busy: boolean;
  /** The last API error: its fields (the server's messages) are shown next to the fields, anything else above the button. */
  error: unknown;
  submitLabel: string;
  testId: string;
}

/**
 * A selector typed by hand: a kind picker, then that kind's fields (docs/hit-no-hit.md, "API"). Errors the server
 * names (`phone`, `issuingCountry`, …) show next to their field.
 */
export function SelectorForm({ onSubmit, busy, error, submitLabel, testId }: SelectorFormProps) {
  const { _ } = useLingui();
  const [kind, setKind] = useState<SelectorKind>('PHONE');
  const [values, setValues] = useState<SelectorFormValues>({});
  const fieldErrors = error ? invalidFields(error, _) : {};
  const fields = SELECTOR_KIND_FIELDS[kind];
  const otherError = error && !fields.some((f) => fieldErrors[f.name]) ? apiErrorText(_, apiErrorParts(error), messageId('selector.sendFailed')) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit(selectorInput(kind, values));
      setValues({});
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form className="tf-stack" onSubmit={(event) => void submit(event)} data-testid={testId} noValidate>
      <SelectField
        label={_('selector.kindLabel')}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as SelectorKind)}
        options={KINDS.map((value) => ({ value, label: _(SELECTOR_KIND_LABEL_IDS[value]) }))}
        data-testid={`${testId}-kind`}
      />
      {fields.map((field) =>
        field.options ? (
          <SelectField
            key={`${kind}-${field.name}`}
            label={_(field.labelId)}
            hint={field.hintId ? _(field.hintId) : undefined}
            error={fieldErrors[field.name]}
            required={!field.optional}
            placeholder={_('lead.choose')}
            value={values[field.name] ?? ''}
            onChange={(event) => setValues({ ...values, [field.name]: event.currentTarget.value })}
            options={field.options.map((option) => ({ value: option.value, label: option.labelId ? _(option.labelId) : (option.name ?? option.value) }))}
            data-testid={`${testId}-${field.name}`}
          />
        ) : (
          <TextField
            key={`${kind}-${field.name}`}
            label={_(field.labelId)}
            hint={field.hintId ? _(field.hintId) : undefined}
            error={fieldErrors[field.name]}
            required={!field.optional}
            autoComplete="off"
            value={values[field.name] ?? ''}
            onChange={(event) => setValues({ ...values, [field.name]: event.currentTarget.value })}
            data-testid={`${testId}-${field.name}`}
          />
        ),
      )}
      {otherError && <Alert>{otherError}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
