import { useMutation } from '@apollo/client/react';
import { apiErrorParts, apiErrorText, invalidFields } from '@taskforce/web-data-access';
import { Alert, Button, Card, Link, LoadingState, messageId, pathTo, TextField, useCatalogue, useLingui, useLocation } from '@taskforce/web-ui';
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
  const { _ } = useLingui();
  const fields = error ? invalidFields(error, _) : {};
  const catalogueReady = useCatalogue('admin');
  const linkProblem = !token ? _('setPassword.noToken') : fields['token'] ? _('setPassword.linkProblem', { problem: sentence(fields['token']) }) : null;
  const documentTitle = catalogueReady ? _('app.documentTitle', { page: _('setPassword.title') }) : null;

  useEffect(() => {
    if (documentTitle) document.title = documentTitle;
  }, [documentTitle]);

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

  if (!catalogueReady) return <LoadingState />;
  return (
    <main className="tf-login" id="main">
      <div className="tf-login__intro">
        <p className="tf-eyebrow">{_('app.eyebrow')}</p>
        <h1 className="tf-login__title">{_('setPassword.title')}</h1>
        <p className="tf-muted">{_('setPassword.intro')}</p>
      </div>
      <Card className="tf-login__card" title={done ? _('setPassword.doneTitle') : _('setPassword.formTitle')} headingLevel={2}>
        {done ? (
          <div className="tf-set-password__done" data-testid="set-password-done">
            <Alert tone="success">{_('setPassword.done')}</Alert>
            <Link to={pathTo('dashboard')} className="tf-button tf-button--primary tf-button--md" data-testid="go-sign-in">
              {_('signIn.submit')}
            </Link>
          </div>
        ) : (
          <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="set-password-form">
            {linkProblem && <Alert data-testid="set-password-link-error">{linkProblem}</Alert>}
            <TextField
              label={_('setPassword.newPassword')}
              type="password"
              name="new-password"
              autoComplete="new-password"
              required
              value={password}
              error={fields['password']}
              hint={_('setPassword.hint')}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                if (error) reset();
              }}
              data-testid="set-password-new"
            />
            <TextField
              label={_('setPassword.repeat')}
              type="password"
              name="repeat-password"
              autoComplete="new-password"
              required
              value={repeat}
              error={mismatch ? _('setPassword.mismatch') : undefined}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              data-testid="set-password-repeat"
            />
            {error && Object.keys(fields).length === 0 && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('setPassword.failed'))}</Alert>}
            <Button type="submit" variant="primary" busy={loading} disabled={!token} data-testid="set-password-submit">
              {_('setPassword.submit')}
            </Button>
          </form>
        )}
      </Card>
    </main>
  );
}
