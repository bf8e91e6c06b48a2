import { useMutation, useQuery } from '@apollo/client/react';
import {
  apiErrorCode,
  BEGIN_PASSKEY_REAUTHENTICATION_MUTATION,
  classifySecret,
  describeApiError,
  MY_PASSKEYS_QUERY,
  REAUTHENTICATE_MUTATION,
  stepUpStore,
} from '@taskforce/web-data-access';
import { Alert, Button, Drawer, TextField } from '@taskforce/web-ui';
import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { browserPasskeyMessage, isBrowserPasskeyError, signWithPasskey } from './passkey-browser';

function stepUpErrorMessage(error: unknown): string {
  if (isBrowserPasskeyError(error)) return browserPasskeyMessage(error);
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
      return 'That password, code or passkey was not accepted (a code works once). Try again.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many attempts. Please wait a minute and try again.';
    default:
      return describeApiError(error, 'Could not confirm it is you. Please try again.');
  }
}

/**
 * The step-up dialog, mounted once in the signed-in shell: it opens when an action was refused with
 * REAUTHENTICATION_REQUIRED (see stepUpStore), asks for the password or a code from the authenticator app (or a
 * recovery code) — or, for a person with a passkey, offers "Use a passkey" —, calls `reauthenticate`, and lets the
 * action run again; cancelling fails the action.
 */
export function StepUpDialog() {
  const pending = useSyncExternalStore(
    (listener) => stepUpStore.subscribe(listener),
    () => stepUpStore.isPending(),
  );
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reauthenticate, { loading }] = useMutation(REAUTHENTICATE_MUTATION);
  const [beginPasskey] = useMutation(BEGIN_PASSKEY_REAUTHENTICATION_MUTATION);
  const [usingPasskey, setUsingPasskey] = useState(false);
  const passkeys = useQuery(MY_PASSKEYS_QUERY, { skip: !pending, fetchPolicy: 'network-only' });
  const hasPasskey = (passkeys.data?.mySecondFactor.passkeys.length ?? 0) > 0;

  useEffect(() => {
    if (!pending) {
      setSecret('');
      setError(null);
    }
  }, [pending]);

  if (!pending) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await reauthenticate({ variables: { input: classifySecret(secret) } });
      stepUpStore.settle(true);
    } catch (caught: unknown) {
      setError(stepUpErrorMessage(caught));
      setSecret('');
    }
  };

  const onUsePasskey = async () => {
    setError(null);
    setUsingPasskey(true);
    try {
      const begun = await beginPasskey();
      if (!begun.data) throw new Error('no options');
      const passkeyResponse = await signWithPasskey(begun.data.beginPasskeyReauthentication.optionsJson);
      await reauthenticate({ variables: { input: { passkeyResponse } } });
      stepUpStore.settle(true);
    } catch (caught: unknown) {
      setError(stepUpErrorMessage(caught));
    } finally {
      setUsingPasskey(false);
    }
  };

  return (
    <Drawer title="Confirm it is you" onClose={() => stepUpStore.settle(false)} data-testid="step-up-dialog">
      <form className="tf-stack" onSubmit={onSubmit} noValidate>
        <p className="tf-muted">
          This action protects sensitive data. {hasPasskey ? 'Use your passkey, or enter' : 'Enter'} your password or a code
          from your authenticator app, to go on; you will not be asked again for 5 minutes.
        </p>
        {hasPasskey && (
          <Button variant="primary" onClick={onUsePasskey} busy={usingPasskey} data-testid="step-up-passkey">
            Use a passkey
          </Button>
        )}
        <TextField
          label="Password or code"
          type="password"
          autoComplete="current-password"
          required
          autoFocus={!hasPasskey}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          data-testid="step-up-password"
        />
        {error && <Alert data-testid="step-up-error">{error}</Alert>}
        <div className="tf-form-actions">
          <Button type="submit" variant={hasPasskey ? 'secondary' : 'primary'} busy={loading && !usingPasskey} data-testid="step-up-submit">
            Confirm and continue
          </Button>
          <Button variant="ghost" onClick={() => stepUpStore.settle(false)} data-testid="step-up-cancel">
            Cancel
          </Button>
        </div>
      </form>
    </Drawer>
  );
}
