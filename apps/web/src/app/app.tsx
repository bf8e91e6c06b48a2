import { LoginPage } from '@taskforce/web-auth';
import { useSession } from '@taskforce/web-data-access';
import { LoadingState, pathTo, useLocation, useNavigate } from '@taskforce/web-ui';
import { lazy, Suspense, useEffect } from 'react';

const SignedIn = lazy(() => import('./signed-in').then((m) => ({ default: m.SignedIn })));
const SetPasswordPage = lazy(() => import('@taskforce/web-people').then((m) => ({ default: m.SetPasswordPage })));

/**
 * The whole client: the public set-password page of one-time links (`/set-password`, signed in or not); else the
 * login screen while signed out (at whatever address was asked for, so signing in lands there), otherwise the
 * signed-in shell with the page the address names. Everything but the login screen loads on demand.
 */
export function App() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    if (session && location.pathname === '/login') navigate(pathTo('dashboard'), { replace: true });
  }, [session, location.pathname, navigate]);

  const isSetPassword = location.pathname === '/set-password';

  useEffect(() => {
    if (!session && !isSetPassword) document.title = 'Sign in · Task-force workspace';
  }, [session, isSetPassword]);

  if (!isSetPassword && !session) return <LoginPage />;
  return <Suspense fallback={<LoadingState />}>{isSetPassword ? <SetPasswordPage /> : <SignedIn />}</Suspense>;
}
