import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { RealtimeProvider } from './realtime/realtime-provider';
import { sessionStore } from './session/session-store';

/**
 * Gives the tree the Apollo client and the live socket. When the session ends, or another tab signs in as
 * someone else, the Apollo cache is emptied so nobody sees the previous person's data.
 */
export function TaskforceDataProvider({ client, children }: { client: ApolloClient; children: ReactNode }) {
  useEffect(() => {
    let userId = sessionStore.get()?.user.id ?? null;
    return sessionStore.subscribe(() => {
      const nextUserId = sessionStore.get()?.user.id ?? null;
      if (userId !== null && nextUserId !== userId) {
        // Signed out: just forget. Someone else signed in (another tab): forget and refetch what is shown.
        void (nextUserId === null ? client.clearStore() : client.resetStore()).catch(() => undefined);
      }
      userId = nextUserId;
    });
  }, [client]);

  return (
    <ApolloProvider client={client}>
      <RealtimeProvider>{children}</RealtimeProvider>
    </ApolloProvider>
  );
}
