import { createApolloClient, TaskforceDataProvider } from '@taskforce/web-data-access';
import { useState, type ReactNode } from 'react';

/**
 * Gives the pages under it Apollo Client and the live socket (TaskforceDataProvider). Part of the chunks of the
 * signed-in shell and of the set-password page, never of the sign-in screen. Each mount starts a client with an empty
 * cache: signing out unmounts it, so the next person to sign in in this tab starts from nothing.
 */
export function DataRoot({ children }: { children: ReactNode }) {
  const [client] = useState(createApolloClient);
  return <TaskforceDataProvider client={client}>{children}</TaskforceDataProvider>;
}
