import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, SET_LEAD_HIT_MODE_MUTATION, type HitMode, type LeadDetailData } from '@taskforce/web-data-access';
import { Alert, Badge, Button, messageId, SelectField, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { HIT_MODE_LABEL_IDS } from './selector-fields';

type HitModeData = NonNullable<LeadDetailData['hitMode']>;

const DEFAULT = '';
const MODES = Object.keys(HIT_MODE_LABEL_IDS) as HitMode[];

/**
 * What a hit on the lead's selectors reveals (its originating agency only): the chosen or default mode, the mode in
 * force with the API's explanation (markings win: TLP:RED and H3 never reveal; the explanations are the server's
 * English sentences, shown as they come), and a control to change it.
 */
export function LeadHitMode({ leadId, hitMode, onChanged }: { leadId: string; hitMode: HitModeData; onChanged: () => void }) {
  const { _ } = useLingui();
  const modeOptions = [{ value: DEFAULT, label: _('hitMode.default') }, ...MODES.map((mode) => ({ value: mode, label: _(HIT_MODE_LABEL_IDS[mode]) }))];
  const [setMode, setting] = useMutation(SET_LEAD_HIT_MODE_MUTATION);
  const [choice, setChoice] = useState<string>(hitMode.isDefault ? DEFAULT : hitMode.mode);

  const save = async () => {
    try {
      await setMode({ variables: { input: { leadId, mode: choice === DEFAULT ? null : (choice as HitMode) } } });
      onChanged();
    } catch {
      // Shown from `setting.error`.
    }
  };

  return (
    <section aria-labelledby="lead-hit-mode-heading" data-testid="lead-hit-mode">
      <h3 id="lead-hit-mode-heading">{_('hitMode.title')}</h3>
      <p>
        {_('hitMode.chosen')} <strong data-testid="hit-mode-chosen">{_(HIT_MODE_LABEL_IDS[hitMode.mode])}</strong>
        {hitMode.isDefault && <span className="tf-muted">{_('hitMode.isDefault')}</span>}
      </p>
      {hitMode.isDefault && <p className="tf-muted tf-small">{hitMode.defaultExplanation}</p>}
      <p>
        {_('hitMode.inForce')} <Badge data-testid="hit-mode-effective">{_(HIT_MODE_LABEL_IDS[hitMode.effectiveMode])}</Badge>
      </p>
      <p className="tf-muted tf-small" data-testid="hit-mode-explanation">
        {hitMode.explanation}
      </p>
      {setting.error && <Alert>{apiErrorText(_, apiErrorParts(setting.error), messageId('hitMode.changeFailed'))}</Alert>}
      <div className="tf-form-actions">
        <SelectField label={_('hitMode.change')} value={choice} onChange={(event) => setChoice(event.currentTarget.value)} options={modeOptions} data-testid="hit-mode-select" />
        <Button onClick={() => void save()} busy={setting.loading} data-testid="hit-mode-save">
          {_('hitMode.save')}
        </Button>
      </div>
    </section>
  );
}
