import { useMutation } from '@apollo/client/react';
import { describeApiError, SET_LEAD_HIT_MODE_MUTATION, type HitMode, type LeadDetailData } from '@taskforce/web-data-access';
import { Alert, Badge, Button, SelectField } from '@taskforce/web-ui';
import { useState } from 'react';
import { HIT_MODE_LABELS } from './selector-fields';

type HitModeData = NonNullable<LeadDetailData['hitMode']>;

const DEFAULT = '';
const MODE_OPTIONS = [
  { value: DEFAULT, label: 'The default of the markings' },
  ...(Object.keys(HIT_MODE_LABELS) as HitMode[]).map((mode) => ({ value: mode, label: HIT_MODE_LABELS[mode] })),
];

/**
 * What a hit on the lead's selectors reveals (its originating agency only): the chosen or default mode, the mode in
 * force with the API's explanation (markings win: TLP:RED and H3 never reveal), and a control to change it.
 */
export function LeadHitMode({ leadId, hitMode, onChanged }: { leadId: string; hitMode: HitModeData; onChanged: () => void }) {
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
      <h3 id="lead-hit-mode-heading">What a hit reveals</h3>
      <p>
        Chosen: <strong data-testid="hit-mode-chosen">{HIT_MODE_LABELS[hitMode.mode]}</strong>
        {hitMode.isDefault && <span className="tf-muted"> (default of the markings)</span>}
      </p>
      {hitMode.isDefault && <p className="tf-muted tf-small">{hitMode.defaultExplanation}</p>}
      <p>
        In force: <Badge data-testid="hit-mode-effective">{HIT_MODE_LABELS[hitMode.effectiveMode]}</Badge>
      </p>
      <p className="tf-muted tf-small" data-testid="hit-mode-explanation">
        {hitMode.explanation}
      </p>
      {setting.error && <Alert>{describeApiError(setting.error, 'The hit mode could not be changed.')}</Alert>}
      <div className="tf-form-actions">
        <SelectField label="Change what a hit reveals" value={choice} onChange={(event) => setChoice(event.currentTarget.value)} options={MODE_OPTIONS} data-testid="hit-mode-select" />
        <Button onClick={() => void save()} busy={setting.loading} data-testid="hit-mode-save">
          Save
        </Button>
      </div>
    </section>
  );
}
