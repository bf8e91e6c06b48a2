import { useMutation } from '@apollo/client/react';
import { describeApiError, invalidFields } from '@taskforce/web-data-access';
import { Alert, Button, Card, Link, pathTo, TextField, useLocation } from '@taskforce/web-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { tokenFromSearch } from './set-password-token';
import { SET_PASSWORD_WITH_TOKEN_MUTATION } from './set-password.documents';

/**
 * The public page a one-time link opens (`/set-password?token=…`), signed in or not: a new password (twice),
 * the server's message under the field it names (the password policy, or an invalid or expired link), then a
 * link to sign in.
 */
/** A server message as a sentence start: "this link is invalid…" → "This link is invalid…". */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export function SetPasswordPage() {
  const { search } = useLocation();
  const token = tokenFromSearch(search);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [setWithToken, { loading, error, reset }] = useMutation(SET_PASSWORD_WITH_TOKEN_MUTATION);
  const fields = error ? invalidFields(error) : {};
  const linkProblem = !token ? 'This link has no token. Ask your agency admin for a new link.' : fields['token'] ? `${sentence(fields['token'])}. Ask your agency admin for a new link.` : null;

  useEffect(() => {
    document.title = 'Set your password · Task-force workspace';
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    if (password !== repeat) {
      // The server's earlier refusal was about another attempt: only the mismatch stands now.
      reset();
      setMismatch(true);
      return;
    }
    setMismatch(false);
    try {
      const result = await setWithToken({ variables: { input: { token, password } } });
      if (result.data?.setPasswordWithToken) setDone(true);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <main className="tf-login" id="main">
      <div className="tf-login__intro">
        <p className="tf-eyebrow">Joint anti-trafficking task force</p>
        <h1 className="tf-login__title">Set your password</h1>
        <p className="tf-muted">
          Choose a password of at least 12 characters that is hard to guess — a phrase of several unrelated words works well. Setting it signs you
          out everywhere else.
        </p>
      </div>
      <Card className="tf-login__card" title={done ? 'Password set' : 'Choose a password'} headingLevel={2}>
        {done ? (
          <div className="tf-set-password__done" data-testid="set-password-done">
            <Alert tone="success">Your password is set. The link cannot be used again.</Alert>
            <Link to={pathTo('dashboard')} className="tf-button tf-button--primary tf-button--md" data-testid="go-sign-in">
              Sign in
            </Link>
          </div>
        ) : (
          <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="set-password-form">
            {linkProblem && <Alert data-testid="set-password-link-error">{linkProblem}</Alert>}
            <TextField
              label="New password"
              type="password"
              name="new-password"
              autoComplete="new-password"
              required
              value={password}
              error={fields['password']}
              hint="At least 12 characters; not a common password or your name."
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                if (error) reset();
              }}
              data-testid="set-password-new"
            />
            <TextField
              label="Repeat the new password"
              type="password"
              name="repeat-password"
              autoComplete="new-password"
              required
              value={repeat}
              error={mismatch ? 'The two passwords are not the same.' : undefined}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              data-testid="set-password-repeat"
            />
            {error && Object.keys(fields).length === 0 && <Alert>{describeApiError(error, 'The password could not be set. Please try again.')}</Alert>}
            <Button type="submit" variant="primary" busy={loading} disabled={!token} data-testid="set-password-submit">
              Set password
            </Button>
          </form>
        )}
      </Card>
    </main>
  );
}
