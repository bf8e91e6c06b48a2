import { useMutation, useQuery } from '@apollo/client/react';
import {
  apiErrorCode,
  BEGIN_PASSKEY_REAUTHENTICATION_MUTATION,
  classifySecret,
  apiErrorParts,
  apiErrorText,
  MY_PASSKEYS_QUERY,
  REAUTHENTICATE_MUTATION,
  stepUpStore,
} from '@taskforce/web-data-access';
import { Alert, Button, Drawer, messageId, TextField, useLingui } from '@taskforce/web-ui';
import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { browserPasskeyMessageId, isBrowserPasskeyError, signWithPasskey } from './passkey-browser';

/** The sentence, in the shown language, for a failed confirmation (`_` is Lingui's translate function). */
function stepUpErrorMessage(_: (id: string) => string, error: unknown): string {
  if (isBrowserPasskeyError(error)) return _(browserPasskeyMessageId(error));
  if (apiErrorCode(error) === 'UNAUTHENTICATED') return _('stepUp.notAccepted');
  return apiErrorText(_, apiErrorParts(error), messageId('stepUp.failed'));
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
  const { _ } = useLingui();

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
      setError(stepUpErrorMessage(_, caught));
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
      setError(stepUpErrorMessage(_, caught));
    } finally {
      setUsingPasskey(false);
    }
  };

  return (
    <Drawer title={_('stepUp.title')} onClose={() => stepUpStore.settle(false)} data-testid="step-up-dialog">
      <form className="tf-stack" onSubmit={onSubmit} noValidate>
        <p className="tf-muted">
          {hasPasskey ? _('stepUp.explanationWithPasskey') : _('stepUp.explanation')}
        </p>
        {hasPasskey && (
          <Button variant="primary" onClick={onUsePasskey} busy={usingPasskey} data-testid="step-up-passkey">
            {_('signIn.usePasskey')}
          </Button>
        )}
        <TextField
          label={_('stepUp.secret')}
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
            {_('stepUp.submit')}
          </Button>
          <Button variant="ghost" onClick={() => stepUpStore.settle(false)} data-testid="step-up-cancel">
            {_('common.cancel')}
          </Button>
        </div>
      </form>
    </Drawer>
  );
}
