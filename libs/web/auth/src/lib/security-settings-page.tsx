import { useMutation, useQuery } from '@apollo/client/react';
import {
  BEGIN_TOTP_ENROLMENT_MUTATION,
  CONFIRM_TOTP_ENROLMENT_MUTATION,
  apiErrorParts,
  apiErrorText,
  DISABLE_TOTP_MUTATION,
  MY_SECOND_FACTOR_QUERY,
  SET_ADMIN_SECOND_FACTOR_REQUIRED_MUTATION,
  SET_AGENCY_SECOND_FACTOR_REQUIRED_MUTATION,
  type TotpEnrolment,
  useViewer,
} from '@taskforce/web-data-access';
import { Role } from '@taskforce/domain';
import { Alert, Button, Card, LoadingState, messageId, TextField, useLingui } from '@taskforce/web-ui';
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
  const { _ } = useLingui();

  if (status.loading && !status.data) return <LoadingState />;
  if (!status.data) return <Alert>{apiErrorText(_, apiErrorParts(status.error), messageId('security.loadFailed'))}</Alert>;
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
      <h1>{_('page.security')}</h1>
      {state.enrolmentRequired && !recoveryCodes && (
        <Alert tone="warning" data-testid="enrolment-required">
          {state.requiredByAgency ? _('security.enrolmentRequiredByAgency') : _('security.enrolmentRequiredByRole')}
        </Alert>
      )}
      {(isAgencyAdmin || isPlatformAdmin) && !recoveryCodes && (
        <Card title={_('security.whoMustTitle')} headingLevel={2}>
          {isAgencyAdmin && (
            <div className="tf-stack">
              <p>{state.requiredByAgency ? _('security.agencyMust') : _('security.agencyMay')}</p>
              {agencyRequiredState.error && <Alert>{apiErrorText(_, apiErrorParts(agencyRequiredState.error), messageId('security.requirementFailed'))}</Alert>}
              <Button
                onClick={() => toggle(() => setAgencyRequired({ variables: { required: !state.requiredByAgency } }))}
                busy={agencyRequiredState.loading}
                data-testid="require-agency-toggle"
              >
                {state.requiredByAgency ? _('security.agencyStop') : _('security.agencyRequire')}
              </Button>
            </div>
          )}
          {isPlatformAdmin && (
            <div className="tf-stack">
              <p>{state.requiredForAdmins ? _('security.adminsMust') : _('security.adminsMay')}</p>
              {adminsRequiredState.error && <Alert>{apiErrorText(_, apiErrorParts(adminsRequiredState.error), messageId('security.requirementFailed'))}</Alert>}
              <Button
                onClick={() => toggle(() => setAdminsRequired({ variables: { required: !state.requiredForAdmins } }))}
                busy={adminsRequiredState.loading}
                data-testid="require-admins-toggle"
              >
                {state.requiredForAdmins ? _('security.adminsStop') : _('security.adminsRequire')}
              </Button>
            </div>
          )}
        </Card>
      )}
      {recoveryCodes && (
        <Card title={_('security.recoveryCodesTitle')} headingLevel={2}>
          <Alert tone="warning">
            {_('security.recoveryCodesSave')}
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
            {_('security.recoveryCodesSaved')}
          </Button>
        </Card>
      )}
      {!recoveryCodes && <PasskeysCard state={state} onChanged={() => status.refetch()} />}
      {!recoveryCodes && state.totpEnabled && (
        <Card title={_('security.totpOnTitle')} headingLevel={2}>
          <p data-testid="totp-enabled">
            {_('security.totpOn', { count: state.recoveryCodesLeft })}
          </p>
          {required && state.passkeys.length === 0 ? (
            <p className="tf-muted">{state.requiredByAgency ? _('security.totpOnlyFactorAgency') : _('security.totpOnlyFactorRole')}</p>
          ) : (
            <form className="tf-stack" onSubmit={onDisable} noValidate>
              <TextField label={_('field.password')} type="password" autoComplete="current-password" value={offPassword} onChange={(e) => setOffPassword(e.target.value)} data-testid="totp-off-password" />
              <TextField label={_('security.codeOrRecoveryCode')} autoComplete="one-time-code" value={offCode} onChange={(e) => setOffCode(e.target.value)} data-testid="totp-off-code" />
              {disableState.error && <Alert>{apiErrorText(_, apiErrorParts(disableState.error), messageId('security.totpOffFailed'))}</Alert>}
              <Button type="submit" busy={disableState.loading} data-testid="totp-off-submit">
                {_('security.totpOff')}
              </Button>
            </form>
          )}
        </Card>
      )}
      {!recoveryCodes && !state.totpEnabled && (
        <Card title={_('security.totpTitle')} headingLevel={2}>
          {!offer ? (
            <>
              <p>{_('security.totpOffer')}</p>
              {beginState.error && <Alert>{apiErrorText(_, apiErrorParts(beginState.error), messageId('security.totpBeginFailed'))}</Alert>}
              <Button variant="primary" onClick={onBegin} busy={beginState.loading} data-testid="totp-begin">
                {_('security.totpBegin')}
              </Button>
            </>
          ) : (
            <form className="tf-stack" onSubmit={onConfirm} noValidate>
              <p>{_('security.totpScan')}</p>
              <img className="tf-totp-qr" alt={_('security.totpQrAlt')} width={200} height={200} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(offer.qrCodeSvg)}`} />
              <p>
                {_('security.totpKey')} <code data-testid="totp-secret">{offer.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
              </p>
              <details>
                <summary>{_('security.totpLink')}</summary>
                <code data-testid="totp-uri">{offer.otpauthUri}</code>
              </details>
              <TextField
                label={_('security.totpCode')}
                hint={_('security.totpCodeHint')}
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={confirmState.error ? apiErrorText(_, apiErrorParts(confirmState.error), messageId('security.totpCodeMismatch')) : undefined}
                data-testid="totp-code"
              />
              <Button type="submit" variant="primary" busy={confirmState.loading} data-testid="totp-confirm">
                {_('security.totpConfirm')}
              </Button>
            </form>
          )}
        </Card>
      )}
    </div>
  );
}
