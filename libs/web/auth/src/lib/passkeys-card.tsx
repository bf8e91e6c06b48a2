import { useMutation } from '@apollo/client/react';
import {
  BEGIN_PASSKEY_REGISTRATION_MUTATION,
  describeApiError,
  FINISH_PASSKEY_REGISTRATION_MUTATION,
  invalidFields,
  REMOVE_PASSKEY_MUTATION,
  type SecondFactorStatus,
} from '@taskforce/web-data-access';
import { Alert, Button, Card, formatDateTime, TextField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { browserPasskeyMessage, createPasskey, isBrowserPasskeyError, passkeysSupported } from './passkey-browser';

/** A sentence for a failed "add a passkey", and the field the server named (name, or the authenticator's answer). */
function addErrorOf(error: unknown): { name?: string; general?: string } {
  if (isBrowserPasskeyError(error)) return { general: browserPasskeyMessage(error) };
  const fields = invalidFields(error);
  if (fields['name']) return { name: fields['name'] };
  if (fields['response']) return { general: `The passkey could not be added: ${fields['response']}.` };
  return { general: describeApiError(error, 'The passkey could not be added. Please try again.') };
}

/**
 * The "Passkeys" part of /settings/security: the person's passkeys (name, when added, when last used), adding one under
 * a name (the browser asks the authenticator; a step-up is asked for first when the last one is older than 5 minutes),
 * and removing one — not offered for the last second factor while the agency or an admin role requires one.
 */
export function PasskeysCard({ state, onChanged }: { state: SecondFactorStatus; onChanged: () => Promise<unknown> }) {
  const [begin] = useMutation(BEGIN_PASSKEY_REGISTRATION_MUTATION);
  const [finish] = useMutation(FINISH_PASSKEY_REGISTRATION_MUTATION);
  const [remove, removeState] = useMutation(REMOVE_PASSKEY_MUTATION);
  const [name, setName] = useState('');
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<{ name?: string; general?: string }>({});
  const [added, setAdded] = useState<string | null>(null);
  const required = state.requiredByAgency || state.requiredForAdmins;
  const lastFactor = !state.totpEnabled && state.passkeys.length === 1;

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAddError({});
    setAdded(null);
    if (!name.trim()) {
      setAddError({ name: 'Name the passkey, e.g. "Work laptop".' });
      return;
    }
    setAdding(true);
    try {
      const begun = await begin();
      if (!begun.data) throw new Error('no options');
      const response = await createPasskey(begun.data.beginPasskeyRegistration.optionsJson);
      const result = await finish({ variables: { input: { name: name.trim(), response } } });
      setAdded(result.data?.finishPasskeyRegistration.name ?? name.trim());
      setName('');
      await onChanged();
    } catch (caught: unknown) {
      setAddError(addErrorOf(caught));
    } finally {
      setAdding(false);
    }
  };

  const onRemove = async (id: string) => {
    try {
      await remove({ variables: { id } });
      setAdded(null);
      await onChanged();
    } catch {
      // Shown from removeState.error.
    }
  };

  return (
    <Card title="Passkeys" headingLevel={2}>
      <div className="tf-stack" data-testid="passkeys">
        <p>
          A passkey lets you confirm it is you with this device's screen lock, a fingerprint or a security key instead of a
          code. It works only on this site, so it cannot be phished.
        </p>
        {state.passkeys.length === 0 ? (
          <p className="tf-muted" data-testid="passkeys-none">
            You have no passkey yet.
          </p>
        ) : (
          <ul className="tf-passkeys">
            {state.passkeys.map((passkey) => (
              <li key={passkey.id} className="tf-passkeys__item" data-testid="passkey-item">
                <div>
                  <strong data-testid="passkey-name-shown">{passkey.name}</strong>
                  <p className="tf-muted">
                    Added {formatDateTime(passkey.createdAt)} · {passkey.lastUsedAt ? `last used ${formatDateTime(passkey.lastUsedAt)}` : 'not used yet'}
                  </p>
                </div>
                {!(required && lastFactor) && (
                  <Button size="sm" variant="ghost" onClick={() => onRemove(passkey.id)} busy={removeState.loading} aria-label={`Remove passkey ${passkey.name}`} data-testid="passkey-remove">
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {required && lastFactor && (
          <p className="tf-muted" data-testid="passkey-last-factor">
            Your {state.requiredByAgency ? 'agency' : 'role'} requires a second factor and this passkey is your only one: add
            another before removing it.
          </p>
        )}
        {removeState.error && <Alert>{describeApiError(removeState.error, 'The passkey could not be removed.')}</Alert>}
        {added && (
          <Alert tone="success" data-testid="passkey-added">
            Passkey “{added}” added.
          </Alert>
        )}
        {passkeysSupported() ? (
          <form className="tf-stack" onSubmit={onAdd} noValidate>
            <TextField
              label="Name of the new passkey"
              hint="So you can tell your passkeys apart, e.g. “Work laptop” or “Blue security key”."
              maxLength={60}
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={addError.name}
              data-testid="passkey-name"
            />
            {addError.general && <Alert data-testid="passkey-error">{addError.general}</Alert>}
            <div className="tf-passkeys__actions">
              <Button type="submit" variant="primary" busy={adding} data-testid="passkey-add">
                Add a passkey
              </Button>
            </div>
          </form>
        ) : (
          <Alert tone="info">This browser does not support passkeys.</Alert>
        )}
      </div>
    </Card>
  );
}
