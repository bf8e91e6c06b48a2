import type { SecondFactorMethod } from '@taskforce/web-data-access';
import { classifySecret, requestLogin, requestLoginSecondFactor, SignInError, sessionStore, type SessionEnd, type SessionEndReason } from '@taskforce/web-data-access/session';
import type { Translate } from '@taskforce/web-data-access/session';
import { isLanguage } from '@taskforce/domain';
import { Alert, Button, Card, LanguageSwitch, messageId, TextField, useLanguage, useLingui, useNavigate } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

// This page is what a visitor loads first: it sends its requests with plain fetch (`requestLogin`), and the passkey
// ceremony's library (passkey-browser.ts) is loaded only when "Use a passkey" is pressed.

const END_REASON_MESSAGES: Record<Exclude<SessionEndReason, 'idle'>, string> = {
  'logged-out': messageId('signIn.ended.loggedOut'),
  expired: messageId('signIn.ended.expired'),
  revoked: messageId('signIn.ended.revoked'),
};

/** What the sign-in screen says about the session that just ended. */
function endMessage(_: Translate, end: SessionEnd): string {
  if (end.reason !== 'idle') return _(END_REASON_MESSAGES[end.reason]);
  const minutes = end.idleMinutes ?? 30;
  // SESSION_IDLE_MINUTES may be a fraction in tests: then it is said in seconds.
  return Number.isInteger(minutes) ? _('signIn.ended.idleMinutes', { minutes }) : _('signIn.ended.idleSeconds', { seconds: Math.round(minutes * 60) });
}

/** What went wrong, as a message id and its values, so the sentence follows a change of language. */
interface ShownError {
  id: string;
  values?: Record<string, unknown>;
}

/** The API's error code of a refused step, if it gave one. */
const codeOf = (error: unknown): string | undefined => (error instanceof SignInError ? error.code : undefined);

/** The message for a failure that is neither a refusal of the credentials nor the rate limit. */
function otherFailure(error: unknown): ShownError {
  if (error instanceof TypeError) return { id: messageId('errors.offline') };
  if (codeOf(error) === 'BAD_USER_INPUT') return { id: messageId('errors.badUserInput') };
  return { id: messageId('signIn.failed') };
}

function loginError(error: unknown): ShownError {
  switch (codeOf(error)) {
    case 'UNAUTHENTICATED':
      return { id: messageId('signIn.badCredentials') };
    case 'TOO_MANY_REQUESTS':
      return { id: messageId('signIn.tooManyAttempts') };
    default:
      return otherFailure(error);
  }
}

async function codeError(error: unknown): Promise<ShownError> {
  if (!(error instanceof SignInError) && !(error instanceof TypeError)) {
    const passkeys = await import('./passkey-browser');
    if (passkeys.isBrowserPasskeyError(error)) return { id: passkeys.browserPasskeyMessageId(error) };
  }
  switch (codeOf(error)) {
    case 'UNAUTHENTICATED':
      return { id: messageId('signIn.codeRefused') };
    case 'TOO_MANY_REQUESTS':
      return { id: messageId('signIn.tooManyAttempts') };
    default:
      return otherFailure(error);
  }
}

/** Where a person who must set up a second factor lands after signing in. */
const SECURITY_PATH = '/settings/security';

/** The second step `login` asked for: its challenge, the person's methods, and WebAuthn options for a passkey. */
interface SecondStep {
  challengeToken: string;
  methods: SecondFactorMethod[];
  passkeyOptions: string | null;
}

/**
 * The sign-in screen: email and password, then — for a person with a second factor — a passkey ("Use a passkey"), a
 * code from the authenticator app or a recovery code, as the person has them; the reason is shown when a step fails or
 * a session ended. A person who must set up a second factor lands on the security settings.
 */
export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<SecondStep | null>(null);
  const [usingPasskey, setUsingPasskey] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [loading, setLoading] = useState(false);
  const [checkingCode, setCheckingCode] = useState(false);
  const lastEnd = sessionStore.lastEnd();
  const navigate = useNavigate();
  const { _ } = useLingui();
  const { setLanguage } = useLanguage();
  /** Opens the session; the person's stored language (chosen in any browser) is shown from now on. */
  const signedIn = (payload: Parameters<typeof sessionStore.setFromPayload>[0]) => {
    if (isLanguage(payload.user.language)) void setLanguage(payload.user.language);
    sessionStore.setFromPayload(payload);
  };
  const errorText = error ? _(error.id, error.values) : null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setLoading(true);
    try {
      const answer = await requestLogin({ email: email.trim(), password });
      // The server answers either a challenge (secondFactorRequired) or a session (accessTokenExpiresAt and user).
      if (answer?.secondFactorRequired && answer.challengeToken) {
        setChallenge({ challengeToken: answer.challengeToken, methods: answer.secondFactorMethods, passkeyOptions: answer.passkeyOptions });
        setPassword('');
      } else if (answer && !answer.secondFactorRequired && answer.accessTokenExpiresAt && answer.user) {
        if (answer.secondFactorEnrolmentRequired) navigate(SECURITY_PATH, { replace: true });
        signedIn({ accessTokenExpiresAt: answer.accessTokenExpiresAt, user: answer.user });
      } else setError({ id: messageId('signIn.failed') });
    } catch (caught: unknown) {
      setError(loginError(caught));
      setPassword('');
    } finally {
      setLoading(false);
    }
  };

  const onSubmitCode = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!challenge) return;
    setError(null);
    const given = classifySecret(code);
    setCheckingCode(true);
    try {
      signedIn(await requestLoginSecondFactor({ challengeToken: challenge.challengeToken, code: given.code ?? null, recoveryCode: given.code ? null : code.trim() }));
    } catch (caught: unknown) {
      setError(await codeError(caught));
      setCode('');
    } finally {
      setCheckingCode(false);
    }
  };

  const onUsePasskey = async () => {
    if (!challenge?.passkeyOptions) return;
    setError(null);
    setUsingPasskey(true);
    try {
      const { signWithPasskey } = await import('./passkey-browser');
      const passkeyResponse = await signWithPasskey(challenge.passkeyOptions);
      signedIn(await requestLoginSecondFactor({ challengeToken: challenge.challengeToken, passkeyResponse }));
    } catch (caught: unknown) {
      setError(await codeError(caught));
    } finally {
      setUsingPasskey(false);
    }
  };

  if (challenge) {
    const hasCodes = challenge.methods.includes('TOTP') || challenge.methods.includes('RECOVERY_CODE');
    return (
      <main className="tf-login" id="main">
        <div className="tf-login__intro">
          <LanguageSwitch />
          <p className="tf-eyebrow">{_('app.eyebrow')}</p>
          <h1 className="tf-login__title">{_('app.name')}</h1>
        </div>
        <Card className="tf-login__card" title={challenge.passkeyOptions ? _('signIn.confirmTitle') : _('signIn.codeTitle')} headingLevel={2}>
          <form className="tf-stack" onSubmit={onSubmitCode} data-testid="login-code-form">
            {challenge.passkeyOptions && (
              <Button variant={hasCodes ? 'secondary' : 'primary'} onClick={onUsePasskey} busy={usingPasskey} data-testid="login-passkey">
                {_('signIn.usePasskey')}
              </Button>
            )}
            {hasCodes && (
              <>
                <TextField
                  label={_('field.code')}
                  hint={challenge.passkeyOptions ? _('signIn.codeHintWithPasskey') : _('signIn.codeHint')}
                  name="one-time-code"
                  autoComplete="one-time-code"
                  inputMode="text"
                  required
                  autoFocus={!challenge.passkeyOptions}
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                  data-testid="login-code"
                />
                <Button type="submit" variant="primary" busy={checkingCode} data-testid="login-code-submit">
                  {_('signIn.submit')}
                </Button>
              </>
            )}
            {errorText && <Alert data-testid="login-error">{errorText}</Alert>}
            <Button
              variant="ghost"
              onClick={() => {
                setChallenge(null);
                setCode('');
                setError(null);
              }}
              data-testid="login-code-back"
            >
              {_('signIn.startAgain')}
            </Button>
          </form>
        </Card>
      </main>
    );
  }

  return (
    <main className="tf-login" id="main">
      <div className="tf-login__intro">
        <LanguageSwitch />
        <p className="tf-eyebrow">{_('app.eyebrow')}</p>
        <h1 className="tf-login__title">{_('app.name')}</h1>
        <p className="tf-muted">{_('signIn.intro')}</p>
      </div>
      <Card className="tf-login__card" title={_('signIn.title')} headingLevel={2}>
        {lastEnd && !error && (
          <Alert tone="info" data-testid="session-end-message">
            {endMessage(_, lastEnd)}
          </Alert>
        )}
        <form className="tf-stack" onSubmit={onSubmit} data-testid="login-form">
          <TextField
            label={_('field.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            data-testid="login-email"
          />
          <TextField
            label={_('field.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="login-password"
          />
          {errorText && <Alert data-testid="login-error">{errorText}</Alert>}
          <Button type="submit" variant="primary" busy={loading} data-testid="login-submit">
            {_('signIn.submit')}
          </Button>
        </form>
      </Card>
    </main>
  );
}
