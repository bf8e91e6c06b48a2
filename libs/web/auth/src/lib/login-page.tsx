import type { SecondFactorMethod } from '@taskforce/web-data-access';
import { classifySecret, requestLogin, requestLoginSecondFactor, SignInError, sessionStore, type SessionEnd, type SessionEndReason } from '@taskforce/web-data-access/session';
import { describeIdleLimit } from '@taskforce/domain';
import { Alert, Button, Card, TextField, useNavigate } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

// This page is what a visitor loads first: it sends its requests with plain fetch (`requestLogin`), and the passkey
// ceremony's library (passkey-browser.ts) is loaded only when "Use a passkey" is pressed.

const END_REASON_MESSAGES: Record<Exclude<SessionEndReason, 'idle'>, string> = {
  'logged-out': 'You are signed out.',
  expired: 'Your session has expired. Please sign in again.',
  revoked: 'Your session was ended (signed out elsewhere or account disabled). Please sign in again.',
};

/** What the sign-in screen says about the session that just ended. */
function endMessage(end: SessionEnd): string {
  if (end.reason === 'idle') return `Your session ended after ${describeIdleLimit(end.idleMinutes ?? 30)} without activity. Please sign in again.`;
  return END_REASON_MESSAGES[end.reason];
}

/** The API's error code of a refused step, if it gave one. */
const codeOf = (error: unknown): string | undefined => (error instanceof SignInError ? error.code : undefined);

/** The sentence for a failure that is neither a refusal of the credentials nor the rate limit. */
function otherFailure(error: unknown): string {
  if (error instanceof TypeError) return 'The server cannot be reached. Check your connection and try again.';
  if (codeOf(error) === 'BAD_USER_INPUT') return 'Some of the values are not valid.';
  return 'Sign-in failed. Please try again.';
}

function loginErrorMessage(error: unknown): string {
  switch (codeOf(error)) {
    case 'UNAUTHENTICATED':
      return 'Email or password is not right, or the account is disabled.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many sign-in attempts. Please wait a minute and try again.';
    default:
      return otherFailure(error);
  }
}

async function codeErrorMessage(error: unknown): Promise<string> {
  if (!(error instanceof SignInError) && !(error instanceof TypeError)) {
    const passkeys = await import('./passkey-browser');
    if (passkeys.isBrowserPasskeyError(error)) return passkeys.browserPasskeyMessage(error);
  }
  switch (codeOf(error)) {
    case 'UNAUTHENTICATED':
      return 'That code or passkey was not accepted (a code works once), or the sign-in has expired. Try again, or start again.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many sign-in attempts. Please wait a minute and try again.';
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
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [checkingCode, setCheckingCode] = useState(false);
  const lastEnd = sessionStore.lastEnd();
  const navigate = useNavigate();

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
        sessionStore.setFromPayload({ accessTokenExpiresAt: answer.accessTokenExpiresAt, user: answer.user });
      } else setError('Sign-in failed. Please try again.');
    } catch (caught: unknown) {
      setError(loginErrorMessage(caught));
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
      sessionStore.setFromPayload(await requestLoginSecondFactor({ challengeToken: challenge.challengeToken, code: given.code ?? null, recoveryCode: given.code ? null : code.trim() }));
    } catch (caught: unknown) {
      setError(await codeErrorMessage(caught));
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
      sessionStore.setFromPayload(await requestLoginSecondFactor({ challengeToken: challenge.challengeToken, passkeyResponse }));
    } catch (caught: unknown) {
      setError(await codeErrorMessage(caught));
    } finally {
      setUsingPasskey(false);
    }
  };

  if (challenge) {
    const hasCodes = challenge.methods.includes('TOTP') || challenge.methods.includes('RECOVERY_CODE');
    return (
      <main className="tf-login" id="main">
        <div className="tf-login__intro">
          <p className="tf-eyebrow">Joint anti-trafficking task force</p>
          <h1 className="tf-login__title">Task-force workspace</h1>
        </div>
        <Card className="tf-login__card" title={challenge.passkeyOptions ? 'Confirm it is you' : 'Enter your code'} headingLevel={2}>
          <form className="tf-stack" onSubmit={onSubmitCode} data-testid="login-code-form">
            {challenge.passkeyOptions && (
              <Button variant={hasCodes ? 'secondary' : 'primary'} onClick={onUsePasskey} busy={usingPasskey} data-testid="login-passkey">
                Use a passkey
              </Button>
            )}
            {hasCodes && (
              <>
                <TextField
                  label="Code"
                  hint={challenge.passkeyOptions ? 'Or the 6-digit code from your authenticator app, or one of your recovery codes.' : 'The 6-digit code from your authenticator app, or one of your recovery codes.'}
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
                  Sign in
                </Button>
              </>
            )}
            {error && <Alert data-testid="login-error">{error}</Alert>}
            <Button
              variant="ghost"
              onClick={() => {
                setChallenge(null);
                setCode('');
                setError(null);
              }}
              data-testid="login-code-back"
            >
              Start again
            </Button>
          </form>
        </Card>
      </main>
    );
  }

  return (
    <main className="tf-login" id="main">
      <div className="tf-login__intro">
        <p className="tf-eyebrow">Joint anti-trafficking task force</p>
        <h1 className="tf-login__title">Task-force workspace</h1>
        <p className="tf-muted">
          Coordinate joint operations across agencies and borders: assign tasks, follow them live and keep every
          liaison officer informed.
        </p>
      </div>
      <Card className="tf-login__card" title="Sign in" headingLevel={2}>
        {lastEnd && !error && (
          <Alert tone="info" data-testid="session-end-message">
            {endMessage(lastEnd)}
          </Alert>
        )}
        <form className="tf-stack" onSubmit={onSubmit} data-testid="login-form">
          <TextField
            label="Email"
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
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="login-password"
          />
          {error && <Alert data-testid="login-error">{error}</Alert>}
          <Button type="submit" variant="primary" busy={loading} data-testid="login-submit">
            Sign in
          </Button>
        </form>
      </Card>
    </main>
  );
}
