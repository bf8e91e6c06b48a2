import { useMutation } from '@apollo/client/react';
import { describeApiError, REVEAL_POTENTIAL_VICTIM_MUTATION, type PotentialVictimIdentity } from '@taskforce/web-data-access';
import { Alert, Button, countryWithCode, TextField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

/** Shortest reason the API accepts for reading a potential victim's identity. */
const MIN_REASON = 10;

/**
 * For the originating agency: reveals one potential victim's identity after the person states why. The server
 * records each read (who, agency, when, why) before decrypting; the identity stays on this page only.
 */
export function RevealIdentity({ personId }: { personId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [identity, setIdentity] = useState<PotentialVictimIdentity | null>(null);
  const [reveal, { loading, error }] = useMutation(REVEAL_POTENTIAL_VICTIM_MUTATION);

  if (identity) {
    return (
      <p className="tf-identity" data-testid="revealed-identity">
        <strong>{identity.fullName ?? 'Name not recorded'}</strong>
        {identity.dateOfBirth && `, born ${identity.dateOfBirth}`}
        {identity.nationality && `, ${countryWithCode(identity.nationality)}`}{' '}
        <Button size="sm" variant="ghost" onClick={() => setIdentity(null)}>
          Hide
        </Button>
      </p>
    );
  }

  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} data-testid="reveal-identity">
        Reveal identity…
      </Button>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setReasonError(`Say why you need the identity (at least ${MIN_REASON} characters); it is recorded.`);
      return;
    }
    setReasonError(null);
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
        label="Why do you need this identity?"
        hint="Every read is recorded with your name, agency and reason."
        required
        value={reason}
        error={reasonError ?? undefined}
        onChange={(event) => setReason(event.currentTarget.value)}
        data-testid="reveal-reason"
      />
      {error && <Alert>{describeApiError(error, 'The identity cannot be shown.')}</Alert>}
      <div className="tf-form-actions">
        <Button type="submit" variant="primary" size="sm" busy={loading} data-testid="reveal-submit">
          Reveal
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
