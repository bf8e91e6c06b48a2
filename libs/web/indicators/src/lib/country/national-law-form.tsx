import { useMutation } from '@apollo/client/react';
import { describeApiError, invalidFields } from '@taskforce/web-data-access';
import { Alert, Button, TextAreaField, TextField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { COUNTRY_IMPACT_QUERY, COUNTRY_PROFILE_QUERY, CREATE_NATIONAL_LAW_MUTATION, DELETE_NATIONAL_LAW_MUTATION, UPDATE_NATIONAL_LAW_MUTATION, type NationalLaw } from './country.documents';

interface Draft {
  title: string;
  reference: string;
  adoptedOn: string;
  enteredIntoForceOn: string;
  summary: string;
  sourceUrl: string;
}

const draftOf = (law?: NationalLaw): Draft => ({
  title: law?.title ?? '',
  reference: law?.reference ?? '',
  adoptedOn: law?.adoptedOn ?? '',
  enteredIntoForceOn: law?.enteredIntoForceOn ?? '',
  summary: law?.summary ?? '',
  sourceUrl: law?.sourceUrl ?? '',
});

/** Empty optional fields are sent as null (cleared), the others as typed. */
const fieldsOf = (d: Draft) => ({
  title: d.title,
  reference: d.reference,
  adoptedOn: d.adoptedOn || null,
  enteredIntoForceOn: d.enteredIntoForceOn,
  summary: d.summary.trim() || null,
  sourceUrl: d.sourceUrl.trim() || null,
});

/**
 * Add or edit a national law (platform admins). Edits carry the version that was shown: if someone changed the law
 * meanwhile the server answers CONFLICT, the profile is reloaded and nothing is overwritten. Errors are shown
 * beside the field the server names.
 */
export function NationalLawForm({ country, law, onDone }: { country: string; law?: NationalLaw; onDone: () => void }) {
  const { _ } = useLingui();
  const [draft, setDraft] = useState<Draft>(() => draftOf(law));
  const refetchQueries = [
    { query: COUNTRY_PROFILE_QUERY, variables: { code: country } },
    { query: COUNTRY_IMPACT_QUERY, variables: { code: country } },
  ];
  const [create, created] = useMutation(CREATE_NATIONAL_LAW_MUTATION, { refetchQueries, awaitRefetchQueries: true });
  const [update, updated] = useMutation(UPDATE_NATIONAL_LAW_MUTATION, { refetchQueries, awaitRefetchQueries: true });
  const error = created.error ?? updated.error;
  const errors = error ? invalidFields(error, _) : {};
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (law) await update({ variables: { input: { id: law.id, expectedVersion: law.version, ...fieldsOf(draft) } } });
      else await create({ variables: { input: { country, ...fieldsOf(draft) } } });
      onDone();
    } catch {
      // Shown from the mutation's error state.
    }
  };

  const prefix = law ? 'law-edit' : 'law-new';
  return (
    <form className="tf-country__law-form" onSubmit={(event) => void submit(event)} aria-label={law ? _('indicators.laws.editLabel', { title: law.title }) : _('indicators.laws.addLabel')} data-testid={`${prefix}-form`}>
      <TextField label={_('indicators.laws.titleField')} required value={draft.title} onChange={set('title')} error={errors['title']} data-testid={`${prefix}-title`} />
      <TextField
        label={_('indicators.laws.reference')}
        hint={_('indicators.laws.referenceHint')}
        required
        value={draft.reference}
        onChange={set('reference')}
        error={errors['reference']}
        data-testid={`${prefix}-reference`}
      />
      <TextField label={_('indicators.laws.adoptedOn')} type="date" value={draft.adoptedOn} onChange={set('adoptedOn')} error={errors['adoptedOn']} data-testid={`${prefix}-adopted-on`} />
      <TextField
        label={_('indicators.laws.inForceOn')}
        type="date"
        required
        value={draft.enteredIntoForceOn}
        onChange={set('enteredIntoForceOn')}
        error={errors['enteredIntoForceOn']}
        data-testid={`${prefix}-in-force-on`}
      />
      <TextField label={_('indicators.laws.sourceUrl')} type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} error={errors['sourceUrl']} data-testid={`${prefix}-source-url`} />
      <TextAreaField label={_('indicators.laws.summary')} value={draft.summary} onChange={set('summary')} error={errors['summary']} rows={3} data-testid={`${prefix}-summary`} />
      {error && Object.keys(errors).length === 0 && <Alert>{describeApiError(error, _('indicators.laws.saveFailed'), _)}</Alert>}
      <div className="tf-country__form-actions">
        <Button type="submit" variant="primary" busy={created.loading || updated.loading} data-testid={`${prefix}-save`}>
          {law ? _('indicators.laws.save') : _('indicators.laws.addSubmit')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {_('indicators.laws.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Deletes a national law after a confirmation, then reloads the profile and the impact view. */
export function DeleteNationalLawButton({ country, law }: { country: string; law: NationalLaw }) {
  const { _ } = useLingui();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(DELETE_NATIONAL_LAW_MUTATION, {
    refetchQueries: [
      { query: COUNTRY_PROFILE_QUERY, variables: { code: country } },
      { query: COUNTRY_IMPACT_QUERY, variables: { code: country } },
    ],
    awaitRefetchQueries: true,
  });
  if (!confirming) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} data-testid="law-delete">
        {_('indicators.laws.delete')}
      </Button>
    );
  }
  return (
    <span className="tf-country__confirm">
      <span>{_('indicators.laws.deleteConfirm', { title: law.title })}</span>
      <Button variant="danger" size="sm" busy={loading} onClick={() => void remove({ variables: { id: law.id } }).catch(() => undefined)} data-testid="law-delete-confirm">
        {_('indicators.laws.delete')}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
        {_('indicators.laws.keep')}
      </Button>
      {error && <span role="alert" className="tf-small">{describeApiError(error, _('indicators.laws.deleteFailed'), _)}</span>}
    </span>
  );
}
