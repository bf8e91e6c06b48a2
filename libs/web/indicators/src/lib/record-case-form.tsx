import { useMutation, useQuery } from '@apollo/client/react';
import { AGE_BANDS, FormOfExploitation, IndicatorKind } from '@taskforce/domain';
import { apiErrorCode, describeApiError, graphql, invalidFields, OPERATIONS_QUERY, type CaseAgeGroup, type CaseSex, type RecordCaseInput } from '@taskforce/web-data-access';
import { Alert, Button, Card, FORM_OF_EXPLOITATION_LABELS, SelectField, TextField } from '@taskforce/web-ui';
import { countryChoices } from '@taskforce/web-ui/countries';
import { useState, type FormEvent } from 'react';

/** Records one case for the viewer's agency (source "agency"); no victim identity. */
export const RECORD_CASE_MUTATION = graphql(`
  mutation RecordCase($input: RecordCaseInput!) {
    recordCase(input: $input) {
      id
      indicator
    }
  }
`);

const INDICATOR_LABELS: Readonly<Record<IndicatorKind, string>> = {
  [IndicatorKind.VICTIM_IDENTIFIED]: 'Potential victim identified',
  [IndicatorKind.VICTIM_REFERRED]: 'Victim referred to assistance',
  [IndicatorKind.VICTIM_ASSISTED]: 'Victim assisted',
  [IndicatorKind.INVESTIGATION_OPENED]: 'Investigation opened',
  [IndicatorKind.PROSECUTION]: 'Prosecution',
  [IndicatorKind.CONVICTION]: 'Conviction',
};
const INDICATOR_OPTIONS = Object.values(IndicatorKind).map((value) => ({ value, label: INDICATOR_LABELS[value] }));
const SEX_LABELS: Readonly<Record<CaseSex, string>> = { FEMALE: 'Female', MALE: 'Male', OTHER: 'Other' };
const SEX_OPTIONS = (Object.keys(SEX_LABELS) as CaseSex[]).map((value) => ({ value, label: SEX_LABELS[value] }));
const AGE_GROUP_LABELS: Readonly<Record<CaseAgeGroup, string>> = { MINOR: 'Minor (under 18)', ADULT: 'Adult' };
const AGE_GROUP_OPTIONS = (Object.keys(AGE_GROUP_LABELS) as CaseAgeGroup[]).map((value) => ({ value, label: AGE_GROUP_LABELS[value] }));
const AGE_BAND_OPTIONS = AGE_BANDS.map((band) => ({ value: band, label: band }));
const countryOptions = () => countryChoices().map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }));

const EMPTY = { indicator: IndicatorKind.VICTIM_IDENTIFIED as IndicatorKind, year: '', sex: '' as CaseSex | '', ageGroup: '' as CaseAgeGroup | '', ageBand: '', citizenship: '', countryOfExploitation: '', operationId: '' };

/** Checks what the browser can (the server validates again); errors keyed by field. Countries are chosen from a list. */
export function checkRecordCase(v: typeof EMPTY): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.year.trim() && (!/^\d{4}$/.test(v.year.trim()) || Number(v.year) < 1990 || Number(v.year) > 2100)) errors['year'] = 'Enter a year from 1990 to 2100, or leave it empty.';
  return errors;
}

/**
 * "Record a case": one case-level record for the viewer's agency — what it counts towards and how it is broken
 * down (all optional: unknown when left empty). No name or other identity is asked for.
 */
export function RecordCaseForm() {
  const [values, setValues] = useState(EMPTY);
  const [forms, setForms] = useState<FormOfExploitation[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_CASE_MUTATION);
  const operations = useQuery(OPERATIONS_QUERY).data?.operations ?? [];
  const [countries] = useState(countryOptions);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    setFormError(null);
    const found = checkRecordCase(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    const text = (v: string) => (v.trim() ? v.trim() : undefined);
    const input: RecordCaseInput = {
      indicator: values.indicator,
      year: values.year.trim() ? Number(values.year) : undefined,
      sex: values.sex || undefined,
      ageGroup: values.ageGroup || undefined,
      ageBand: text(values.ageBand),
      citizenship: values.citizenship || undefined,
      countryOfExploitation: values.countryOfExploitation || undefined,
      formsOfExploitation: forms,
      operationId: text(values.operationId),
    };
    try {
      await record({ variables: { input } });
      setSaved(`Recorded: ${INDICATOR_LABELS[values.indicator]}. It counts in your agency's indicators (source "agency").`);
      setValues({ ...EMPTY, indicator: values.indicator, operationId: values.operationId });
      setForms([]);
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        setErrors(Object.fromEntries(Object.entries(invalidFields(caught)).map(([field, message]) => [field.replace(/^input\./, ''), message])));
      } else {
        setFormError(describeApiError(caught, 'The case could not be recorded. Please try again.'));
      }
    }
  };

  return (
    <Card title="Record a case" headingLevel={2} data-testid="record-case">
      <form className="tf-indicators__controls" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Record a case">
        <SelectField label="Counts towards" value={values.indicator} options={INDICATOR_OPTIONS} onChange={set('indicator')} data-testid="record-case-indicator" />
        <TextField label="Year" inputMode="numeric" value={values.year} error={errors['year']} onChange={set('year')} data-testid="record-case-year" />
        <SelectField label="Sex" value={values.sex} placeholder="Unknown" options={SEX_OPTIONS} error={errors['sex']} onChange={set('sex')} data-testid="record-case-sex" />
        <SelectField label="Age group" value={values.ageGroup} placeholder="Unknown" options={AGE_GROUP_OPTIONS} error={errors['ageGroup']} onChange={set('ageGroup')} />
        <SelectField label="Age band (CTDC)" value={values.ageBand} placeholder="Unknown" options={AGE_BAND_OPTIONS} error={errors['ageBand']} onChange={set('ageBand')} />
        <SelectField label="Citizenship" value={values.citizenship} placeholder="Unknown" options={countries} error={errors['citizenship']} onChange={set('citizenship')} data-testid="record-case-citizenship" />
        <SelectField label="Country of exploitation" value={values.countryOfExploitation} placeholder="Unknown" options={countries} error={errors['countryOfExploitation']} onChange={set('countryOfExploitation')} />
        <SelectField
          label="Joint operation (optional)"
          value={values.operationId}
          placeholder="None"
          options={operations.map((o) => ({ value: o.id, label: o.name }))}
          error={errors['operationId']}
          onChange={set('operationId')}
        />
        <fieldset className="tf-field" style={{ gridColumn: '1 / -1', border: 0, padding: 0, margin: 0 }}>
          <legend className="tf-field__label">Forms of exploitation (none = unknown)</legend>
          {Object.values(FormOfExploitation).map((form) => (
            <label key={form} className="tf-small" style={{ display: 'inline-block', marginRight: '1rem' }}>
              <input
                type="checkbox"
                checked={forms.includes(form)}
                onChange={(event) => setForms((current) => (event.target.checked ? [...current, form] : current.filter((f) => f !== form)))}
              />{' '}
              {FORM_OF_EXPLOITATION_LABELS[form]}
            </label>
          ))}
        </fieldset>
        <Button type="submit" variant="primary" busy={loading} data-testid="record-case-save">
          Record
        </Button>
      </form>
      {formError && <Alert>{formError}</Alert>}
      {saved && (
        <p className="tf-small" role="status" data-testid="record-case-saved">
          {saved}
        </p>
      )}
    </Card>
  );
}
