import { refreshSession } from '../session/refresh-session';
import { sessionHeaders } from '../session/session-headers';
import { sessionStore } from '../session/session-store';

/**
 * Sends `init` (GET by default) to `url` on the API's origin with the session cookie and the CSRF header besides its
 * own headers; when the access token has expired, the session is refreshed once and the request sent again (a body
 * must then be one that can be sent twice: a string, a Blob or a File). Returns the last response whatever its status.
 */
export async function fetchWithSession(url: string, init: RequestInit = {}): Promise<Response> {
  const get = () => fetch(url, { ...init, credentials: 'same-origin', headers: { ...(init.headers as Record<string, string> | undefined), ...sessionHeaders() } });
  const seenExpiresAt = sessionStore.get()?.accessTokenExpiresAt;
  const response = await get();
  if (response.status !== 401) return response;
  return (await refreshSession(seenExpiresAt)) ? get() : response;
}

/** The file name the server chose (Content-Disposition `filename="…"`), or `fallback`. */
export function fileNameOf(response: Response, fallback: string): string {
  const match = response.headers.get('content-disposition')?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}
