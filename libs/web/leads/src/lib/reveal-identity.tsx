import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, REVEAL_POTENTIAL_VICTIM_MUTATION, type PotentialVictimIdentity } from '@taskforce/web-data-access';
import { Alert, Button, countryWithCode, messageId, TextField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

/** Shortest reason the API accepts for reading a potential victim's identity. */
const MIN_REASON = 10;

/**
 * For the originating agency: reveals one potential victim's identity after the person states why. The server
 * records each read (who, agency, when, why) before decrypting; the identity stays on this page only.
 */
export function RevealIdentity({ personId }: { personId: string }) {
  const { _ } = useLingui();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [identity, setIdentity] = useState<PotentialVictimIdentity | null>(null);
  const [reveal, { loading, error }] = useMutation(REVEAL_POTENTIAL_VICTIM_MUTATION);

  if (identity) {
    return (
      <p className="tf-identity" data-testid="revealed-identity">
        <strong>{identity.fullName ?? _('reveal.nameNotRecorded')}</strong>
        {identity.dateOfBirth && _('reveal.born', { date: identity.dateOfBirth })}
        {identity.nationality && `, ${countryWithCode(identity.nationality)}`}{' '}
        <Button size="sm" variant="ghost" onClick={() => setIdentity(null)}>
          {_('reveal.hide')}
        </Button>
      </p>
    );
  }

  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} data-testid="reveal-identity">
        {_('reveal.open')}
      </Button>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setReasonError(true);
      return;
    }
    setReasonError(false);
    try {
      const answer = await reveal({ variables: { input: { personId, reason: reason.trim() } } });
      if (answer.data) {
        setIdentity(answer.data.revealPotentialVictim);
        setOpen(false);
        setReason('');
      }
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <form className="tf-reveal-form" onSubmit={onSubmit} noValidate>
      <TextField
        label={_('reveal.why')}
        hint={_('reveal.whyHint')}
        required
        value={reason}
        error={reasonError ? _('reveal.reasonTooShort', { min: MIN_REASON }) : undefined}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="reveal-reason"
      />
      {error && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('reveal.failed'))}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" size="sm" busy={loading} data-testid="reveal-submit">
          {_('reveal.submit')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {_('leadForm.cancel')}
        </Button>
      </div>
    </form>
  );
}
