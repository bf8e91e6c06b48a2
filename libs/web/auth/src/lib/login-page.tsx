import { useMutation } from '@apollo/client/react';
import {
  apiErrorCode,
  describeApiError,
  LOGIN_MUTATION,
  sessionStore,
  type SessionEndReason,
} from '@taskforce/web-data-access';
import { Alert, Button, Card, TextField } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

const END_REASON_MESSAGES: Record<SessionEndReason, string> = {
  'logged-out': 'You are signed out.',
  expired: 'Your session has expired. Please sign in again.',
  revoked: 'Your session was ended (signed out elsewhere or account disabled). Please sign in again.',
};

function loginErrorMessage(error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
      return 'Email or password is not right, or the account is disabled.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many sign-in attempts. Please wait a minute and try again.';
    default:
      return describeApiError(error, 'Sign-in failed. Please try again.');
  }
}

/** The sign-in screen: email and password, with the reason shown when a sign-in fails or a session ended. */
export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LOGIN_MUTATION);
  const endReason = sessionStore.lastEndReason();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await login({ variables: { input: { email: email.trim(), password } } });
      if (result.data) sessionStore.setFromPayload(result.data.login);
      else setError('Sign-in failed. Please try again.');
    } catch (caught: unknown) {
      setError(loginErrorMessage(caught));
      setPassword('');
    }
  };

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
        {endReason && !error && <Alert tone="info">{END_REASON_MESSAGES[endReason]}</Alert>}
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
