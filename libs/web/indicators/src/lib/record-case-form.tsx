import { useMutation, useQuery } from '@apollo/client/react';
import { AGE_BANDS, FormOfExploitation, IndicatorKind } from '@taskforce/domain';
import { apiErrorCode, describeApiError, graphql, invalidFields, OPERATIONS_QUERY, type CaseAgeGroup, type CaseSex, type RecordCaseInput } from '@taskforce/web-data-access';
import { Alert, Button, Card, FORM_OF_EXPLOITATION_LABEL_IDS, SelectField, TextField, useLingui } from '@taskforce/web-ui';
import { countryChoices } from '@taskforce/web-ui/countries';
import { useState, type FormEvent } from 'react';
import { caseKindLabel, caseKindOptions } from './indicator-kinds';
import type { Translate } from './translate';

/** Records one case for the viewer's agency (source "agency"); no victim identity. */
export const RECORD_CASE_MUTATION = graphql(`
  mutation RecordCase($input: RecordCaseInput!) {
    recordCase(input: $input) {
      id
      indicator
    }
  }
`);

/** The sexes of the form's menu, in the active language (glossary's disaggregation terms). */
const sexOptions = (_: Translate): { value: CaseSex; label: string }[] => [
  { value: 'FEMALE', label: _('indicators.category.female') },
  { value: 'MALE', label: _('indicators.category.male') },
  { value: 'OTHER', label: _('indicators.category.other') },
];
/** The age groups of the form's menu, in the active language. */
const ageGroupOptions = (_: Translate): { value: CaseAgeGroup; label: string }[] => [
  { value: 'MINOR', label: _('indicators.recordCase.minor') },
  { value: 'ADULT', label: _('indicators.category.adult') },
];
const AGE_BAND_OPTIONS = AGE_BANDS.map((band) => ({ value: band, label: band }));
const countryOptions = () => countryChoices().map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }));

const EMPTY = { indicator: IndicatorKind.VICTIM_IDENTIFIED as IndicatorKind, year: '', sex: '' as CaseSex | '', ageGroup: '' as CaseAgeGroup | '', ageBand: '', citizenship: '', countryOfExploitation: '', operationId: '' };

/**
 * Checks what the browser can (the server validates again); errors keyed by field, in the language of `_`.
 * Countries are chosen from a list.
 */
export function checkRecordCase(v: typeof EMPTY, _: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.year.trim() && (!/^\d{4}$/.test(v.year.trim()) || Number(v.year) < 1990 || Number(v.year) > 2100)) errors['year'] = _('indicators.recordCase.yearInvalid');
  return errors;
}

/**
 * "Record a case": one case-level record for the viewer's agency — what it counts towards and how it is broken
 * down (all optional: unknown when left empty). No name or other identity is asked for.
 */
export function RecordCaseForm() {
  const { _ } = useLingui();
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
    const found = checkRecordCase(values, _);
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
      setSaved(_('indicators.recordCase.saved', { indicator: caseKindLabel(values.indicator, _) }));
      setValues({ ...EMPTY, indicator: values.indicator, operationId: values.operationId });
      setForms([]);
    } catch (caught: unknown) {
      if (apiErrorCode(caught) === 'BAD_USER_INPUT') {
        setErrors(Object.fromEntries(Object.entries(invalidFields(caught, _)).map(([field, message]) => [field.replace(/^input\./, ''), message])));
      } else {
        setFormError(describeApiError(caught, _('indicators.recordCase.failed'), _));
      }
    }
  };

  return (
    <Card title={_('indicators.recordCase.title')} headingLevel={2} data-testid="record-case">
      <form className="tf-indicators__controls" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={_('indicators.recordCase.title')}>
        <SelectField label={_('indicators.recordCase.countsTowards')} value={values.indicator} options={caseKindOptions(_)} onChange={set('indicator')} data-testid="record-case-indicator" />
        <TextField label={_('indicators.dimension.year')} inputMode="numeric" value={values.year} error={errors['year']} onChange={set('year')} data-testid="record-case-year" />
        <SelectField label={_('indicators.dimension.sex')} value={values.sex} placeholder={_('indicators.category.unknown')} options={sexOptions(_)} error={errors['sex']} onChange={set('sex')} data-testid="record-case-sex" />
        <SelectField label={_('indicators.dimension.ageGroup')} value={values.ageGroup} placeholder={_('indicators.category.unknown')} options={ageGroupOptions(_)} error={errors['ageGroup']} onChange={set('ageGroup')} />
        <SelectField label={_('indicators.recordCase.ageBand')} value={values.ageBand} placeholder={_('indicators.category.unknown')} options={AGE_BAND_OPTIONS} error={errors['ageBand']} onChange={set('ageBand')} />
        <SelectField label={_('indicators.dimension.citizenship')} value={values.citizenship} placeholder={_('indicators.category.unknown')} options={countries} error={errors['citizenship']} onChange={set('citizenship')} data-testid="record-case-citizenship" />
        <SelectField label={_('indicators.dimension.countryOfExploitation')} value={values.countryOfExploitation} placeholder={_('indicators.category.unknown')} options={countries} error={errors['countryOfExploitation']} onChange={set('countryOfExploitation')} />
        <SelectField
          label={_('indicators.recordCase.operation')}
          value={values.operationId}
          placeholder={_('indicators.recordCase.noOperation')}
          options={operations.map((o) => ({ value: o.id, label: o.name }))}
          error={errors['operationId']}
          onChange={set('operationId')}
        />
        <fieldset className="tf-field" style={{ gridColumn: '1 / -1', border: 0, padding: 0, margin: 0 }}>
          <legend className="tf-field__label">{_('indicators.recordCase.forms')}</legend>
          {Object.values(FormOfExploitation).map((form) => (
            <label key={form} className="tf-small" style={{ display: 'inline-block', marginInlineEnd: '1rem' }}>
              <input
                type="checkbox"
                checked={forms.includes(form)}
                onChange={(event) => setForms((current) => (event.target.checked ? [...current, form] : current.filter((f) => f !== form)))}
              />{' '}
              {_(FORM_OF_EXPLOITATION_LABEL_IDS[form] ?? form)}
            </label>
          ))}
        </fieldset>
        <Button type="submit" variant="primary" busy={loading} data-testid="record-case-save">
          {_('indicators.recordCase.submit')}
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
