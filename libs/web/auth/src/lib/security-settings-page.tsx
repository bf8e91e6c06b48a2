import { useMutation, useQuery } from '@apollo/client/react';
import {
  BEGIN_TOTP_ENROLMENT_MUTATION,
  CONFIRM_TOTP_ENROLMENT_MUTATION,
  describeApiError,
  DISABLE_TOTP_MUTATION,
  MY_SECOND_FACTOR_QUERY,
  SET_ADMIN_SECOND_FACTOR_REQUIRED_MUTATION,
  SET_AGENCY_SECOND_FACTOR_REQUIRED_MUTATION,
  type TotpEnrolment,
  useViewer,
} from '@taskforce/web-data-access';
import { Role } from '@taskforce/domain';
import { Alert, Button, Card, LoadingState, TextField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { PasskeysCard } from './passkeys-card';

/**
 * /settings/security: the person's second factors. Passkeys: listed, added under a name, removed (see PasskeysCard).
 * Authenticator app (TOTP) set-up: a new secret as QR code, text and otpauth URI, confirmed with a code from the app;
 * the 10 recovery codes are then shown once. Turning it off needs the password and a code (and is not offered when it
 * is the last factor while the agency or an admin role requires one). Agency admins can require a second factor of
 * their agency's people, platform admins of every admin (both need a factor of their own first).
 */
export function SecuritySettingsPage() {
  const status = useQuery(MY_SECOND_FACTOR_QUERY, { fetchPolicy: 'network-only' });
  const [begin, beginState] = useMutation(BEGIN_TOTP_ENROLMENT_MUTATION);
  const [confirm, confirmState] = useMutation(CONFIRM_TOTP_ENROLMENT_MUTATION);
  const [disable, disableState] = useMutation(DISABLE_TOTP_MUTATION);
  const [offer, setOffer] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [offPassword, setOffPassword] = useState('');
  const [offCode, setOffCode] = useState('');
  const viewer = useViewer();
  const [setAgencyRequired, agencyRequiredState] = useMutation(SET_AGENCY_SECOND_FACTOR_REQUIRED_MUTATION);
  const [setAdminsRequired, adminsRequiredState] = useMutation(SET_ADMIN_SECOND_FACTOR_REQUIRED_MUTATION);

  if (status.loading && !status.data) return <LoadingState />;
  if (!status.data) return <Alert>{describeApiError(status.error, 'Your security settings cannot be shown.')}</Alert>;
  const state = status.data.mySecondFactor;

  const onBegin = async () => {
    try {
      const result = await begin();
      if (result.data) setOffer(result.data.beginTotpEnrolment);
    } catch {
      // Shown from beginState.error.
    }
  };

  const onConfirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const result = await confirm({ variables: { code: code.replace(/\s/g, '') } });
      if (result.data) {
        setRecoveryCodes(result.data.confirmTotpEnrolment);
        setOffer(null);
        setCode('');
      }
    } catch {
      setCode('');
    }
  };

  const onDisable = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await disable({ variables: { input: { password: offPassword, code: offCode.trim() } } });
      setOffPassword('');
      setOffCode('');
      await status.refetch();
    } catch {
      setOffCode('');
    }
  };

  const required = state.requiredByAgency || state.requiredForAdmins;
  const isAgencyAdmin = viewer?.roles.includes(Role.AGENCY_ADMIN) ?? false;
  const isPlatformAdmin = viewer?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const toggle = async (change: () => Promise<unknown>) => {
    try {
      await change();
      await status.refetch();
    } catch {
      // Shown from the mutation's error.
    }
  };

  return (
    <div className="tf-stack" data-testid="security-settings">
      <h1>Security</h1>
      {state.enrolmentRequired && !recoveryCodes && (
        <Alert tone="warning" data-testid="enrolment-required">
          Your {state.requiredByAgency ? 'agency' : 'admin role'} requires a second factor: add a passkey or set up an
          authenticator app now. Until then, admin actions and access to sensitive data are closed to you.
        </Alert>
      )}
      {(isAgencyAdmin || isPlatformAdmin) && !recoveryCodes && (
        <Card title="Who must use two-step sign-in" headingLevel={2}>
          {isAgencyAdmin && (
            <div className="tf-stack">
              <p>Everyone in your agency {state.requiredByAgency ? 'must' : 'may choose to'} use two-step sign-in.</p>
              {agencyRequiredState.error && <Alert>{describeApiError(agencyRequiredState.error, 'Could not change the requirement.')}</Alert>}
              <Button
                onClick={() => toggle(() => setAgencyRequired({ variables: { required: !state.requiredByAgency } }))}
                busy={agencyRequiredState.loading}
                data-testid="require-agency-toggle"
              >
                {state.requiredByAgency ? 'Stop requiring it in my agency' : 'Require it for everyone in my agency'}
              </Button>
            </div>
          )}
          {isPlatformAdmin && (
            <div className="tf-stack">
              <p>Agency admins and platform admins {state.requiredForAdmins ? 'must' : 'may choose to'} use two-step sign-in.</p>
              {adminsRequiredState.error && <Alert>{describeApiError(adminsRequiredState.error, 'Could not change the requirement.')}</Alert>}
              <Button
                onClick={() => toggle(() => setAdminsRequired({ variables: { required: !state.requiredForAdmins } }))}
                busy={adminsRequiredState.loading}
                data-testid="require-admins-toggle"
              >
                {state.requiredForAdmins ? 'Stop requiring it of admins' : 'Require it of every admin'}
              </Button>
            </div>
          )}
        </Card>
      )}
      {recoveryCodes && (
        <Card title="Your recovery codes" headingLevel={2}>
          <Alert tone="warning">
            Save these codes somewhere safe now: they are shown only this once. Each one signs you in once if you lose
            your authenticator app.
          </Alert>
          <ol className="tf-recovery-codes" data-testid="recovery-codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ol>
          <Button
            variant="primary"
            onClick={async () => {
              setRecoveryCodes(null);
              await status.refetch();
            }}
            data-testid="recovery-codes-saved"
          >
            I have saved them
          </Button>
        </Card>
      )}
      {!recoveryCodes && <PasskeysCard state={state} onChanged={() => status.refetch()} />}
      {!recoveryCodes && state.totpEnabled && (
        <Card title="Authenticator app is on" headingLevel={2}>
          <p data-testid="totp-enabled">
            You can sign in with your password and a code from your authenticator app. Recovery codes left: {state.recoveryCodesLeft}.
          </p>
          {required && state.passkeys.length === 0 ? (
            <p className="tf-muted">Your {state.requiredByAgency ? 'agency' : 'role'} requires a second factor and this is your only one: it cannot be turned off.</p>
          ) : (
            <form className="tf-stack" onSubmit={onDisable} noValidate>
              <TextField label="Password" type="password" autoComplete="current-password" value={offPassword} onChange={(e) => setOffPassword(e.target.value)} data-testid="totp-off-password" />
              <TextField label="Code or recovery code" autoComplete="one-time-code" value={offCode} onChange={(e) => setOffCode(e.target.value)} data-testid="totp-off-code" />
              {disableState.error && <Alert>{describeApiError(disableState.error, 'Could not turn it off.')}</Alert>}
              <Button type="submit" busy={disableState.loading} data-testid="totp-off-submit">
                Turn off the authenticator app
              </Button>
            </form>
          )}
        </Card>
      )}
      {!recoveryCodes && !state.totpEnabled && (
        <Card title="Authenticator app" headingLevel={2}>
          {!offer ? (
            <>
              <p>Protect your account with a code from an authenticator app (any app that supports TOTP) on top of your password.</p>
              {beginState.error && <Alert>{describeApiError(beginState.error, 'Could not start the set-up.')}</Alert>}
              <Button variant="primary" onClick={onBegin} busy={beginState.loading} data-testid="totp-begin">
                Set up an authenticator app
              </Button>
            </>
          ) : (
            <form className="tf-stack" onSubmit={onConfirm} noValidate>
              <p>Scan this code with your authenticator app, or type the key in by hand.</p>
              <img className="tf-totp-qr" alt="QR code of your authenticator key" width={200} height={200} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(offer.qrCodeSvg)}`} />
              <p>
                Key: <code data-testid="totp-secret">{offer.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
              </p>
              <details>
                <summary>Link for apps on this device</summary>
                <code data-testid="totp-uri">{offer.otpauthUri}</code>
              </details>
              <TextField
                label="Code from the app"
                hint="6 digits"
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={confirmState.error ? describeApiError(confirmState.error, 'That code does not match.') : undefined}
                data-testid="totp-code"
              />
              <Button type="submit" variant="primary" busy={confirmState.loading} data-testid="totp-confirm">
                Turn on
              </Button>
            </form>
          )}
        </Card>
      )}
    </div>
  );
}
