import { refreshSession } from '../session/refresh-session';
import { sessionHeaders } from '../session/session-headers';
import { sessionStore } from '../session/session-store';

/**
 * GET `url` on the API's origin with the session cookie and the CSRF header; when the access token has expired, the
 * session is refreshed once and the request sent again. Returns the last response whatever its status.
 */
export async function fetchWithSession(url: string): Promise<Response> {
  const get = () => fetch(url, { credentials: 'same-origin', headers: sessionHeaders() });
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
