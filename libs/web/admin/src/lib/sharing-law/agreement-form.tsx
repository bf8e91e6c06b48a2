import { useMutation, useQuery } from '@apollo/client/react';
import { DATA_CATEGORY_ORDER, SharingPurpose } from '@taskforce/domain';
import { AGENCIES_QUERY, apiErrorParts, apiErrorText, invalidFields, type AgreementKind } from '@taskforce/web-data-access';
import { Alert, Button, labelFrom, messageId, SelectField, TextField, toggleChoice, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { CREATE_AGREEMENT_MUTATION, UPDATE_AGREEMENT_MUTATION, type AgreementData } from './sharing-law.documents';
import { AGREEMENT_KIND_LABELS, agreementFormFrom, CATEGORY_LABELS, PURPOSE_LABELS, agreementInputFrom, fieldError, type AgreementFormState } from './sharing-law-forms';

const PURPOSES = Object.values(SharingPurpose);
const KINDS = Object.keys(AGREEMENT_KIND_LABELS) as AgreementKind[];

/**
 * Create or edit an agreement (platform admins). Editing sends `expectedVersion`; the server's field messages
 * are shown under the fields they name, a CONFLICT as a sentence asking to reload.
 */
export function AgreementForm({ agreement, onDone }: { agreement?: AgreementData; onDone: () => void }) {
  const [state, setState] = useState<AgreementFormState>(() => agreementFormFrom(agreement));
  const agencies = useQuery(AGENCIES_QUERY, { fetchPolicy: 'cache-first' });
  const [create, created] = useMutation(CREATE_AGREEMENT_MUTATION);
  const [update, updated] = useMutation(UPDATE_AGREEMENT_MUTATION);
  const error = agreement ? updated.error : created.error;
  const busy = created.loading || updated.loading;
  const { _ } = useLingui();
  const fields = error ? invalidFields(error, _) : {};
  const dateHint = _('agreements.dateHint');
  const set = <K extends keyof AgreementFormState>(key: K, value: AgreementFormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = agreementInputFrom(state);
    try {
      if (agreement) await update({ variables: { input: { ...input, id: agreement.id, expectedVersion: agreement.version } } });
      else await create({ variables: { input } });
      onDone();
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form onSubmit={onSubmit} className="tf-stack" data-testid="agreement-form" noValidate>
      <TextField label={_('agreements.id')} required value={state.id} disabled={!!agreement} error={fieldError(fields, 'id')} onChange={(e) => set('id', e.currentTarget.value)} data-testid="agreement-id" />
      <SelectField label={_('agreements.kind')} value={state.kind} options={KINDS.map((k) => ({ value: k, label: labelFrom(_, AGREEMENT_KIND_LABELS, k) }))} error={fieldError(fields, 'kind')} onChange={(e) => set('kind', e.currentTarget.value as AgreementKind)} />
      <TextField label={_('agreements.titleField')} required value={state.title} error={fieldError(fields, 'title')} onChange={(e) => set('title', e.currentTarget.value)} data-testid="agreement-title" />
      <TextField label={_('agreements.article')} value={state.article} error={fieldError(fields, 'article')} onChange={(e) => set('article', e.currentTarget.value)} />
      <TextField
        label={_('agreements.countries')}
        hint={_('agreements.countriesHint')}
        value={state.countries}
        error={fieldError(fields, 'parties')}
        onChange={(e) => set('countries', e.currentTarget.value)}
        data-testid="agreement-countries"
      />
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">{_('agreements.agencies')}</legend>
        <div className="tf-radio-row">
          {(agencies.data?.agencies ?? []).map((a) => (
            <label key={a.id} className="tf-checkbox">
              <input type="checkbox" checked={state.agencyIds.includes(a.id)} onChange={() => set('agencyIds', toggleChoice((agencies.data?.agencies ?? []).map((x) => x.id), state.agencyIds, a.id))} /> {a.acronym}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">{_('agreements.categoriesCovered')}</legend>
        <div className="tf-radio-row">
          {DATA_CATEGORY_ORDER.map((c) => (
            <label key={c} className="tf-checkbox">
              <input type="checkbox" checked={state.dataCategories.includes(c)} onChange={() => set('dataCategories', toggleChoice(DATA_CATEGORY_ORDER, state.dataCategories, c))} /> {labelFrom(_, CATEGORY_LABELS, c)}
            </label>
          ))}
        </div>
        {fieldError(fields, 'dataCategories') && <p className="tf-field__error">{fieldError(fields, 'dataCategories')}</p>}
      </fieldset>
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">{_('agreements.purposesCovered')}</legend>
        <div className="tf-radio-row">
          {PURPOSES.map((p) => (
            <label key={p} className="tf-checkbox">
              <input type="checkbox" checked={state.purposes.includes(p)} onChange={() => set('purposes', toggleChoice(PURPOSES, state.purposes, p))} data-testid={`agreement-purpose-${p}`} /> {labelFrom(_, PURPOSE_LABELS, p)}
            </label>
          ))}
        </div>
        {fieldError(fields, 'purposes') && <p className="tf-field__error">{fieldError(fields, 'purposes')}</p>}
      </fieldset>
      <TextField label={_('agreements.from')} required hint={dateHint} value={state.inForceFrom} error={fieldError(fields, 'inForceFrom')} onChange={(e) => set('inForceFrom', e.currentTarget.value)} data-testid="agreement-from" />
      <TextField label={_('agreements.to')} hint={dateHint} value={state.inForceTo} error={fieldError(fields, 'inForceTo')} onChange={(e) => set('inForceTo', e.currentTarget.value)} data-testid="agreement-to" />
      <div className="tf-radio-row">
        <label className="tf-checkbox">
          <input type="checkbox" checked={state.suspended} onChange={(e) => set('suspended', e.currentTarget.checked)} /> {_('agreements.suspendedField')}
        </label>
      </div>
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('agreements.saveFailed'))}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="agreement-save">
          {agreement ? _('agreements.save') : _('agreements.create')}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={busy}>
          {_('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}
