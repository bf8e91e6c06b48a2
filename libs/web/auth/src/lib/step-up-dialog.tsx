import { useMutation } from '@apollo/client/react';
import { apiErrorCode, classifySecret, describeApiError, REAUTHENTICATE_MUTATION, stepUpStore } from '@taskforce/web-data-access';
import { Alert, Button, Drawer, TextField } from '@taskforce/web-ui';
import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';

function stepUpErrorMessage(error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
      return 'That password or code is not right (a code works once). Try again.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many attempts. Please wait a minute and try again.';
    default:
      return describeApiError(error, 'Could not confirm it is you. Please try again.');
  }
}

/**
 * The step-up dialog, mounted once in the signed-in shell: it opens when an action was refused with
 * REAUTHENTICATION_REQUIRED (see stepUpStore), asks for the password or a code from the authenticator app (or a
 * recovery code), calls `reauthenticate`, and lets the action run again; cancelling fails the action.
 */
export function StepUpDialog() {
  const pending = useSyncExternalStore(
    (listener) => stepUpStore.subscribe(listener),
    () => stepUpStore.isPending(),
  );
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reauthenticate, { loading }] = useMutation(REAUTHENTICATE_MUTATION);

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

  return (
    <Drawer title="Confirm it is you" onClose={() => stepUpStore.settle(false)} data-testid="step-up-dialog">
      <form className="tf-stack" onSubmit={onSubmit} noValidate>
        <p className="tf-muted">
          This action protects sensitive data. Enter your password, or a code from your authenticator app, to go on;
          you will not be asked again for 5 minutes.
        </p>
        <TextField
          label="Password or code"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          data-testid="step-up-password"
        />
        {error && <Alert data-testid="step-up-error">{error}</Alert>}
        <div className="tf-form-actions">
          <Button type="submit" variant="primary" busy={loading} data-testid="step-up-submit">
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
