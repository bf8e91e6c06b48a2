import { skipToken, useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../graphql/auth.documents';
import type { Viewer } from '../graphql/fragments';
import { useSession } from './use-session';

/**
 * The signed-in person: the server's fresh copy (`me`, shared with the header through the cache) once loaded,
 * the stored profile until then; null when signed out.
 */
export function useViewer(): Viewer | null {
  const session = useSession();
  const me = useQuery(ME_QUERY, session ? { fetchPolicy: 'cache-first' } : skipToken);
  if (!session) return null;
  const fresh = me.data?.me;
  return fresh && fresh.id === session.user.id ? fresh : session.user;
}
