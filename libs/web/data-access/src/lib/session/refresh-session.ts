import { print } from 'graphql';
import { REFRESH_SESSION_MUTATION } from '../graphql/auth.documents';
import type { ResultOf } from '../graphql/schema-types';
import { sessionHeaders } from './session-headers';
import { sessionStore, type Session } from './session-store';

interface RefreshResponse {
  data?: ResultOf<typeof REFRESH_SESSION_MUTATION> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; idleMinutes?: number } }>;
}

/** Name of the Web Lock that lets one tab at a time refresh the session the tabs share through their cookies. */
const REFRESH_LOCK = 'taskforce-session-refresh';

let inFlight: Promise<Session | null> | null = null;

/**
 * Renews the session through its refresh cookie (the server rotates it and sets new cookies). Callers share one
 * request per tab, and tabs take turns through a Web Lock: the server ends a session whose rotated-away refresh token
 * comes back, and every tab sends the same cookie.
 *
 * `seenExpiresAt` is the access token expiry the caller's refused request was sent under: when the session has moved
 * on since (this tab, or another one, refreshed meanwhile), it is returned without asking the server again.
 *
 * Resolves to the renewed session, or null when the server refused (the session is then cleared: `idle` when it idled
 * out, otherwise `expired`); rejects on network failure, leaving the session in place.
 */
export function refreshSession(seenExpiresAt?: string): Promise<Session | null> {
  const current = sessionStore.get();
  if (!current) return Promise.resolve(null);
  if (seenExpiresAt && current.accessTokenExpiresAt !== seenExpiresAt) return Promise.resolve(current);
  if (!inFlight) {
    inFlight = oneTabAtATime(() => requestRefresh(current)).finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

function oneTabAtATime(task: () => Promise<Session | null>): Promise<Session | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // Web Locks need a secure context (https, or http on localhost); elsewhere tabs refresh unguarded.
  // (The DOM typings nest the callback's promise; at run time request() resolves to its value.)
  return locks ? locks.request(REFRESH_LOCK, task).then((result) => result) : task();
}

async function requestRefresh(seen: Session): Promise<Session | null> {
  // Another tab may have refreshed while this one waited for the lock: its session is in localStorage already.
  const latest = sessionStore.reload();
  if (!latest) return null;
  if (latest.accessTokenExpiresAt !== seen.accessTokenExpiresAt) return latest;
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...sessionHeaders() },
    body: JSON.stringify({ operationName: 'RefreshSession', query: print(REFRESH_SESSION_MUTATION) }),
  });
  if (response.status >= 500) throw new Error(`Session refresh failed with HTTP ${response.status}`);
  const body = (await response.json()) as RefreshResponse;
  const payload = body.data?.refreshSession;
  if (payload) return sessionStore.setFromPayload(payload);
  const error = body.errors?.[0];
  const refused = error?.extensions?.code === 'UNAUTHENTICATED' || response.status === 401;
  if (!refused) throw new Error(error?.message ?? 'Session refresh failed');
  if (error?.extensions?.reason === 'SESSION_IDLE') sessionStore.clear('idle', error.extensions.idleMinutes);
  else sessionStore.clear('expired');
  return null;
}
