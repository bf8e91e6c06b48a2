import { REFRESH_SESSION_SOURCE } from '../graphql/auth.documents';
import type { AuthPayload } from '../graphql/types';
import { sessionStore, type Session } from './session-store';

interface RefreshResponse {
  data?: { refreshSession?: AuthPayload | null } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

let inFlight: Promise<Session | null> | null = null;

/**
 * Trades the refresh token for new tokens. Concurrent callers share one request, because the server rotates
 * the refresh token and a second use of the old one would be refused.
 *
 * `failedAccessToken` is the token that was just refused: when the stored one already differs (another
 * request or tab refreshed meanwhile), that newer session is returned without asking the server again.
 *
 * Resolves to the new session, or null when the server refused the refresh token (the session is then
 * cleared); rejects on network failure, leaving the session in place.
 */
export function refreshSession(failedAccessToken?: string): Promise<Session | null> {
  const current = sessionStore.get();
  if (!current) return Promise.resolve(null);
  if (failedAccessToken && current.accessToken !== failedAccessToken) return Promise.resolve(current);
  if (!inFlight) {
    inFlight = requestRefresh(current).finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

async function requestRefresh(current: Session): Promise<Session | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      operationName: 'RefreshSession',
      query: REFRESH_SESSION_SOURCE,
      variables: { refreshToken: current.refreshToken },
    }),
  });
  if (response.status >= 500) throw new Error(`Session refresh failed with HTTP ${response.status}`);
  const body = (await response.json()) as RefreshResponse;
  const payload = body.data?.refreshSession;
  if (payload) return sessionStore.setFromPayload(payload);
  const refused = body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? response.status === 401;
  if (!refused) throw new Error(body.errors?.[0]?.message ?? 'Session refresh failed');
  // Another tab may have rotated the token a moment ago: keep its session rather than signing out.
  const latest = sessionStore.get();
  if (latest && latest.refreshToken !== current.refreshToken) return latest;
  sessionStore.clear('expired');
  return null;
}
