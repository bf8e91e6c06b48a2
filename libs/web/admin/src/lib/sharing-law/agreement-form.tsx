import { useMutation, useQuery } from '@apollo/client/react';
import { DATA_CATEGORY_ORDER, SharingPurpose } from '@taskforce/domain';
import { AGENCIES_QUERY, describeApiError, invalidFields, type AgreementKind } from '@taskforce/web-data-access';
import { Alert, Button, DATA_CATEGORY_LABELS, SelectField, SHARING_PURPOSE_LABELS, TextField, toggleChoice } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { CREATE_AGREEMENT_MUTATION, UPDATE_AGREEMENT_MUTATION, type AgreementData } from './sharing-law.documents';
import { AGREEMENT_KIND_LABELS, agreementFormFrom, agreementInputFrom, fieldError, type AgreementFormState } from './sharing-law-forms';

const PURPOSES = Object.values(SharingPurpose);
const KINDS = Object.keys(AGREEMENT_KIND_LABELS) as AgreementKind[];
const DATE_HINT = 'A UTC date (2025-01-31, the whole day) or a date-time with Z or an offset (2025-01-31T09:00:00Z).';

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
  const fields = error ? invalidFields(error) : {};
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
      <TextField label="Id (cited by decisions)" required value={state.id} disabled={!!agreement} error={fieldError(fields, 'id')} onChange={(e) => set('id', e.currentTarget.value)} data-testid="agreement-id" />
      <SelectField label="Kind" value={state.kind} options={KINDS.map((k) => ({ value: k, label: AGREEMENT_KIND_LABELS[k] }))} error={fieldError(fields, 'kind')} onChange={(e) => set('kind', e.currentTarget.value as AgreementKind)} />
      <TextField label="Title" required value={state.title} error={fieldError(fields, 'title')} onChange={(e) => set('title', e.currentTarget.value)} data-testid="agreement-title" />
      <TextField label="Article(s) relied on" value={state.article} error={fieldError(fields, 'article')} onChange={(e) => set('article', e.currentTarget.value)} />
      <TextField
        label="Party countries"
        hint="ISO 3166-1 alpha-2 codes separated by commas, e.g. NL, RO."
        value={state.countries}
        error={fieldError(fields, 'parties')}
        onChange={(e) => set('countries', e.currentTarget.value)}
        data-testid="agreement-countries"
      />
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">Party agencies</legend>
        <div className="tf-radio-row">
          {(agencies.data?.agencies ?? []).map((a) => (
            <label key={a.id} className="tf-checkbox">
              <input type="checkbox" checked={state.agencyIds.includes(a.id)} onChange={() => set('agencyIds', toggleChoice((agencies.data?.agencies ?? []).map((x) => x.id), state.agencyIds, a.id))} /> {a.acronym}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">Data categories covered</legend>
        <div className="tf-radio-row">
          {DATA_CATEGORY_ORDER.map((c) => (
            <label key={c} className="tf-checkbox">
              <input type="checkbox" checked={state.dataCategories.includes(c)} onChange={() => set('dataCategories', toggleChoice(DATA_CATEGORY_ORDER, state.dataCategories, c))} /> {DATA_CATEGORY_LABELS[c]}
            </label>
          ))}
        </div>
        {fieldError(fields, 'dataCategories') && <p className="tf-field__error">{fieldError(fields, 'dataCategories')}</p>}
      </fieldset>
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">Purposes covered</legend>
        <div className="tf-radio-row">
          {PURPOSES.map((p) => (
            <label key={p} className="tf-checkbox">
              <input type="checkbox" checked={state.purposes.includes(p)} onChange={() => set('purposes', toggleChoice(PURPOSES, state.purposes, p))} data-testid={`agreement-purpose-${p}`} /> {SHARING_PURPOSE_LABELS[p]}
            </label>
          ))}
        </div>
        {fieldError(fields, 'purposes') && <p className="tf-field__error">{fieldError(fields, 'purposes')}</p>}
      </fieldset>
      <TextField label="In force from" required hint={DATE_HINT} value={state.inForceFrom} error={fieldError(fields, 'inForceFrom')} onChange={(e) => set('inForceFrom', e.currentTarget.value)} data-testid="agreement-from" />
      <TextField label="In force to (inclusive; empty = open-ended)" hint={DATE_HINT} value={state.inForceTo} error={fieldError(fields, 'inForceTo')} onChange={(e) => set('inForceTo', e.currentTarget.value)} data-testid="agreement-to" />
      <div className="tf-radio-row">
        <label className="tf-checkbox">
          <input type="checkbox" checked={state.suspended} onChange={(e) => set('suspended', e.currentTarget.checked)} /> Suspended (no longer a legal basis)
        </label>
      </div>
      {error && <Alert>{describeApiError(error, 'The agreement could not be saved.')}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="agreement-save">
          {agreement ? 'Save changes' : 'Create agreement'}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
