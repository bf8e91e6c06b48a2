import { useLocation } from '@taskforce/web-ui';
import { AppShell } from './app-shell';
import { DataRoot } from './data-root';
import { resolveRoute } from './routes';

/**
 * The signed-in shell with the page the address names, and the data layer (Apollo Client, live socket) under it. Its
 * own chunk: the login page loads none of it.
 */
export function SignedIn() {
  const { pathname } = useLocation();
  const route = resolveRoute(pathname);
  return (
    <DataRoot>
      <AppShell routeKey={route.key} title={route.title}>
        {route.element}
      </AppShell>
    </DataRoot>
  );
}
