import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { LOGOUT_MUTATION } from '../graphql/auth.documents';
import { sessionStore } from './session-store';

/** How long to wait for the server to end the session before signing out locally anyway, in ms. */
const LOGOUT_TIMEOUT_MS = 3_000;

/**
 * Returns a function that ends the session on the server (best effort, bounded wait; the server deletes the session
 * cookies) and then forgets it in this browser; the cache is emptied by TaskforceDataProvider.
 */
export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    if (sessionStore.get()) {
      sessionStore.markSigningOut();
      const serverLogout = client.mutate({ mutation: LOGOUT_MUTATION }).catch(() => undefined);
      const timeout = new Promise<void>((resolve) => window.setTimeout(resolve, LOGOUT_TIMEOUT_MS));
      await Promise.race([serverLogout, timeout]);
    }
    sessionStore.clear('logged-out');
  }, [client]);
}
