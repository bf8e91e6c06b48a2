import { describeApiError, invalidFields, type QuerySelectorInput, type SelectorKind } from '@taskforce/web-data-access';
import { Alert, Button, SelectField, TextField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { SELECTOR_KIND_FIELDS, SELECTOR_KIND_LABELS, selectorInput, type SelectorFormValues } from './selector-fields';

const KIND_OPTIONS = (Object.keys(SELECTOR_KIND_LABELS) as SelectorKind[]).map((kind) => ({ value: kind, label: SELECTOR_KIND_LABELS[kind] }));

export interface SelectorFormProps {
  /** Sends the selector; resolves when accepted (the form then clears), rejects with the API error. */
  onSubmit: (input: QuerySelectorInput) => Promise<unknown>;
  busy: boolean;
  /** The last API error: its fields are shown next to the fields, anything else above the button. */
  error: unknown;
  submitLabel: string;
  testId: string;
}

/**
 * A selector typed by hand: a kind picker, then that kind's fields (docs/hit-no-hit.md, "API"). Errors the server
 * names (`phone`, `issuingCountry`, …) show next to their field.
 */
export function SelectorForm({ onSubmit, busy, error, submitLabel, testId }: SelectorFormProps) {
  const [kind, setKind] = useState<SelectorKind>('PHONE');
  const [values, setValues] = useState<SelectorFormValues>({});
  const fieldErrors = error ? invalidFields(error) : {};
  const fields = SELECTOR_KIND_FIELDS[kind];
  const otherError = error && !fields.some((f) => fieldErrors[f.name]) ? describeApiError(error, 'The selector could not be sent.') : null;

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
      <SelectField label="Kind of selector" value={kind} onChange={(event) => setKind(event.currentTarget.value as SelectorKind)} options={KIND_OPTIONS} data-testid={`${testId}-kind`} />
      {fields.map((field) =>
        field.options ? (
          <SelectField
            key={`${kind}-${field.name}`}
            label={field.label}
            hint={field.hint}
            error={fieldErrors[field.name]}
            required={!field.optional}
            placeholder="Choose…"
            value={values[field.name] ?? ''}
            onChange={(event) => setValues({ ...values, [field.name]: event.currentTarget.value })}
            options={field.options}
            data-testid={`${testId}-${field.name}`}
          />
        ) : (
          <TextField
            key={`${kind}-${field.name}`}
            label={field.label}
            hint={field.hint}
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
