import { LoginPage } from '@taskforce/web-auth/login';
import { useSession } from '@taskforce/web-data-access/session';
import { LoadingState, pathTo, useLingui, useLocation, useNavigate } from '@taskforce/web-ui';
import { lazy, Suspense, useEffect } from 'react';

const SignedIn = lazy(() => import('./signed-in').then((m) => ({ default: m.SignedIn })));
const SetPasswordRoute = lazy(() => import('./set-password-route').then((m) => ({ default: m.SetPasswordRoute })));

/**
 * The whole client: the public set-password page of one-time links (`/set-password`, signed in or not); else the
 * login screen while signed out (at whatever address was asked for, so signing in lands there), otherwise the
 * signed-in shell with the page the address names. Everything but the login screen loads on demand, the GraphQL client
 * and the live socket included (data-root.tsx).
 */
export function App() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const { _ } = useLingui();

  useEffect(() => {
    if (session && location.pathname === '/login') navigate(pathTo('dashboard'), { replace: true });
  }, [session, location.pathname, navigate]);

  const isSetPassword = location.pathname === '/set-password';

  useEffect(() => {
    if (!session && !isSetPassword) document.title = _('app.documentTitle', { page: _('signIn.title') });
  }, [session, isSetPassword, _]);

  if (!isSetPassword && !session) return <LoginPage />;
  return <Suspense fallback={<LoadingState />}>{isSetPassword ? <SetPasswordRoute /> : <SignedIn />}</Suspense>;
}
