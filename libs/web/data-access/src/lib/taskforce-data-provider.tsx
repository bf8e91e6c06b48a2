import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { RealtimeProvider } from './realtime/realtime-provider';
import { sessionStore } from './session/session-store';

/**
 * Gives the tree the Apollo client and the live socket, and empties the Apollo cache when the session ends
 * so the next person signing in on this browser never sees the previous one's data.
 */
export function TaskforceDataProvider({ client, children }: { client: ApolloClient; children: ReactNode }) {
  useEffect(() => {
    let signedIn = sessionStore.get() !== null;
    return sessionStore.subscribe(() => {
      const nowSignedIn = sessionStore.get() !== null;
      if (signedIn && !nowSignedIn) void client.clearStore();
      signedIn = nowSignedIn;
    });
  }, [client]);

  return (
    <ApolloProvider client={client}>
      <RealtimeProvider>{children}</RealtimeProvider>
    </ApolloProvider>
  );
}
