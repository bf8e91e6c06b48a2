import { useMutation } from '@apollo/client/react';
import {
  BEGIN_PASSKEY_REGISTRATION_MUTATION,
  apiErrorParts,
  apiErrorText,
  FINISH_PASSKEY_REGISTRATION_MUTATION,
  invalidFields,
  REMOVE_PASSKEY_MUTATION,
  type SecondFactorStatus,
} from '@taskforce/web-data-access';
import { Alert, Button, Card, formatDateTime, messageId, TextField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { browserPasskeyMessageId, createPasskey, isBrowserPasskeyError, passkeysSupported } from './passkey-browser';

/**
 * A sentence in the shown language for a failed "add a passkey" (`_` is Lingui's translate function), and the
 * server's message for the field it named (name, or the authenticator's answer).
 */
function addErrorOf(_: (id: string, values?: Record<string, unknown>) => string, error: unknown): { name?: string; general?: string } {
  if (isBrowserPasskeyError(error)) return { general: _(browserPasskeyMessageId(error)) };
  const fields = invalidFields(error, _);
  if (fields['name']) return { name: fields['name'] };
  if (fields['response']) return { general: _('passkeys.addRefused', { reason: fields['response'] }) };
  return { general: apiErrorText(_, apiErrorParts(error), messageId('passkeys.addFailed')) };
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
  const { _ } = useLingui();

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAddError({});
    setAdded(null);
    if (!name.trim()) {
      setAddError({ name: _('passkeys.nameMissing') });
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
      setAddError(addErrorOf(_, caught));
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
    <Card title={_('passkeys.title')} headingLevel={2}>
      <div className="tf-stack" data-testid="passkeys">
        <p>{_('passkeys.explanation')}</p>
        {state.passkeys.length === 0 ? (
          <p className="tf-muted" data-testid="passkeys-none">
            {_('passkeys.none')}
          </p>
        ) : (
          <ul className="tf-passkeys">
            {state.passkeys.map((passkey) => (
              <li key={passkey.id} className="tf-passkeys__item" data-testid="passkey-item">
                <div>
                  <strong data-testid="passkey-name-shown">{passkey.name}</strong>
                  <p className="tf-muted">
                    {_('passkeys.added', { at: formatDateTime(passkey.createdAt) })} · {passkey.lastUsedAt ? _('passkeys.lastUsed', { at: formatDateTime(passkey.lastUsedAt) }) : _('passkeys.notUsed')}
                  </p>
                </div>
                {!(required && lastFactor) && (
                  <Button size="sm" variant="ghost" onClick={() => onRemove(passkey.id)} busy={removeState.loading} aria-label={_('passkeys.removeName', { name: passkey.name })} data-testid="passkey-remove">
                    {_('passkeys.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {required && lastFactor && (
          <p className="tf-muted" data-testid="passkey-last-factor">
            {state.requiredByAgency ? _('passkeys.lastFactorAgency') : _('passkeys.lastFactorRole')}
          </p>
        )}
        {removeState.error && <Alert>{apiErrorText(_, apiErrorParts(removeState.error), messageId('passkeys.removeFailed'))}</Alert>}
        {added && (
          <Alert tone="success" data-testid="passkey-added">
            {_('passkeys.addedNotice', { name: added })}
          </Alert>
        )}
        {passkeysSupported() ? (
          <form className="tf-stack" onSubmit={onAdd} noValidate>
            <TextField
              label={_('passkeys.name')}
              hint={_('passkeys.nameHint')}
              maxLength={60}
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={addError.name}
              data-testid="passkey-name"
            />
            {addError.general && <Alert data-testid="passkey-error">{addError.general}</Alert>}
            <div className="tf-passkeys__actions">
              <Button type="submit" variant="primary" busy={adding} data-testid="passkey-add">
                {_('passkeys.add')}
              </Button>
            </div>
          </form>
        ) : (
          <Alert tone="info">{_('passkeys.unsupported')}</Alert>
        )}
      </div>
    </Card>
  );
}
