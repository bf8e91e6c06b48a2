import { LoginPage } from '@taskforce/web-auth';
import { useSession } from '@taskforce/web-data-access';
import { SetPasswordPage } from '@taskforce/web-people';
import { navigate, useLocation } from '@taskforce/web-ui';
import { useEffect } from 'react';
import { AppShell } from './app-shell';
import { resolveRoute } from './routes';

/**
 * The whole client: the public set-password page of one-time links (`/set-password`, signed in or not); else the
 * login screen while signed out (at whatever address was asked for, so signing in lands there), otherwise the
 * signed-in shell with the page the address names.
 */
export function App() {
  const session = useSession();
  const location = useLocation();

  useEffect(() => {
    if (session && location.pathname === '/login') navigate('/', { replace: true });
  }, [session, location.pathname]);

  const isSetPassword = location.pathname === '/set-password';

  useEffect(() => {
    if (!session && !isSetPassword) document.title = 'Sign in · Task-force workspace';
  }, [session, isSetPassword]);

  if (isSetPassword) return <SetPasswordPage />;
  if (!session) return <LoginPage />;
  const route = resolveRoute(location.pathname);
  return <AppShell routeKey={route.key} title={route.title}>{route.element}</AppShell>;
}
