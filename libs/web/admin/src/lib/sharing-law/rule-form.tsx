import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, invalidFields, type RuleFlow } from '@taskforce/web-data-access';
import { Alert, Button, labelFrom, messageId, SelectField, TextAreaField, TextField, toggleChoice, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { CREATE_RULE_MUTATION, REVISE_RULE_MUTATION, type RuleData } from './sharing-law.documents';
import { CONDITION_TEMPLATES, fieldError, RULE_FLOW_LABELS, ruleFormFrom, ruleInputFrom, type RuleFormState } from './sharing-law-forms';

const FLOWS = Object.keys(RULE_FLOW_LABELS) as RuleFlow[];

/**
 * Create a rule, or write the next version of one (platform admins). The common fields are form controls; the
 * scope, filter and condition are JSON, checked by the server, whose messages appear under the field they name
 * (e.g. "conditionJson.kind must be one of …"). A revision never changes the versions already written.
 */
export function RuleForm({ rule, onDone }: { rule?: RuleData; onDone: () => void }) {
  const [state, setState] = useState<RuleFormState>(() => ruleFormFrom(rule?.current));
  const [create, created] = useMutation(CREATE_RULE_MUTATION);
  const [revise, revised] = useMutation(REVISE_RULE_MUTATION);
  const error = rule ? revised.error : created.error;
  const busy = created.loading || revised.loading;
  const { _ } = useLingui();
  const fields = error ? invalidFields(error, _) : {};
  const dateHint = _('rules.dateHint');
  const set = <K extends keyof RuleFormState>(key: K, value: RuleFormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = ruleInputFrom(state);
    try {
      if (rule) await revise({ variables: { input: { ...input, id: rule.id, expectedVersion: rule.currentVersion } } });
      else await create({ variables: { input } });
      onDone();
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form onSubmit={onSubmit} className="tf-stack" data-testid="rule-form" noValidate>
      {rule && <p className="tf-small tf-muted">{_('rules.writesVersion', { next: rule.currentVersion + 1, current: rule.currentVersion })}</p>}
      <TextField label={_('rules.id')} required value={state.id} disabled={!!rule} error={fieldError(fields, 'id')} onChange={(e) => set('id', e.currentTarget.value)} data-testid="rule-id" />
      <TextAreaField label={_('rules.text')} required rows={3} hint={_('rules.textHint')} value={state.text} error={fieldError(fields, 'text')} onChange={(e) => set('text', e.currentTarget.value)} data-testid="rule-text" />
      <TextField label={rule ? _('rules.fromRevision') : _('rules.fromNew')} hint={dateHint} value={state.effectiveFrom} error={fieldError(fields, 'effectiveFrom')} onChange={(e) => set('effectiveFrom', e.currentTarget.value)} data-testid="rule-from" />
      <TextField label={_('rules.to')} hint={dateHint} value={state.effectiveTo} error={fieldError(fields, 'effectiveTo')} onChange={(e) => set('effectiveTo', e.currentTarget.value)} />
      <fieldset className="tf-fieldset">
        <legend className="tf-field__label">{_('rules.flowsGoverned')}</legend>
        <div className="tf-radio-row">
          {FLOWS.map((f) => (
            <label key={f} className="tf-checkbox">
              <input type="checkbox" checked={state.flows.includes(f)} onChange={() => set('flows', toggleChoice(FLOWS, state.flows, f))} /> {labelFrom(_, RULE_FLOW_LABELS, f)}
            </label>
          ))}
        </div>
        {fieldError(fields, 'flows') && <p className="tf-field__error">{fieldError(fields, 'flows')}</p>}
      </fieldset>
      <TextAreaField label={_('rules.scope')} required rows={3} className="tf-code" hint={_('rules.scopeHint', { country: '{"kind":"COUNTRY","country":"NL"}', agencyKind: '{"kind":"AGENCY_KIND","agencyKind":"NGO"}' })} value={state.scopeJson} error={fieldError(fields, 'scopeJson')} onChange={(e) => set('scopeJson', e.currentTarget.value)} data-testid="rule-scope" />
      <SelectField
        label={_('rules.template')}
        value=""
        placeholder={_('rules.chooseKind')}
        options={Object.keys(CONDITION_TEMPLATES).map((kind) => ({ value: kind, label: kind }))}
        onChange={(e) => {
          const template = CONDITION_TEMPLATES[e.currentTarget.value];
          if (template) set('conditionJson', template);
        }}
      />
      <TextAreaField label={_('rules.condition')} required rows={6} className="tf-code" value={state.conditionJson} error={fieldError(fields, 'conditionJson')} onChange={(e) => set('conditionJson', e.currentTarget.value)} data-testid="rule-condition" />
      <TextAreaField label={_('rules.when')} rows={3} className="tf-code" hint={_('rules.whenHint', { example: '{"purposes":["PROSECUTION"],"transfers":["CROSS_BORDER"]}' })} value={state.whenJson} error={fieldError(fields, 'whenJson')} onChange={(e) => set('whenJson', e.currentTarget.value)} />
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('rules.saveFailed'))}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" busy={busy} data-testid="rule-save">
          {rule ? _('rules.writeVersion', { version: rule.currentVersion + 1 }) : _('rules.create')}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={busy}>
          {_('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}
