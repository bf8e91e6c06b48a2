import { useLocation } from '@taskforce/web-ui';
import { AppShell } from './app-shell';
import { resolveRoute } from './routes';

/** The signed-in shell with the page the address names (its own chunk: the login page does not load it). */
export function SignedIn() {
  const { pathname } = useLocation();
  const route = resolveRoute(pathname);
  return (
    <AppShell routeKey={route.key} title={route.title}>
      {route.element}
    </AppShell>
  );
}
