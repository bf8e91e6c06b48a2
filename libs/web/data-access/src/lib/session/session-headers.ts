import { parseCookie } from 'cookie';

/** Names the API gives the CSRF cookie: with the `__Host-` prefix (Secure, the default), or without it. */
const CSRF_COOKIE_NAMES = ['__Host-taskforce-csrf', 'taskforce-csrf'];

/** The DOM events that count as the person using the page. */
const INTERACTION_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let lastInteraction = Date.now();
if (typeof window !== 'undefined') {
  const note = () => {
    lastInteraction = Date.now();
  };
  for (const name of INTERACTION_EVENTS) window.addEventListener(name, note, { capture: true, passive: true });
}

/**
 * Whole seconds since the person last used this page (pointer, keys, wheel, touch; loading the page counts). Sent as
 * X-Taskforce-Idle-Seconds, so that what the page fetches on its own — a refetch after a live event — does not keep
 * an unattended session alive past the idle limit.
 */
export function idleSeconds(now = Date.now()): number {
  return Math.max(0, Math.floor((now - lastInteraction) / 1000));
}

/**
 * The CSRF token the API put in its readable cookie at sign-in (undefined when signed out). It is echoed in
 * X-CSRF-Token (requests) and `auth.csrf` (the socket handshake): a page of another site cannot read it.
 */
export function readCsrfToken(cookieHeader: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  const jar = parseCookie(cookieHeader);
  for (const name of CSRF_COOKIE_NAMES) {
    const value = jar[name];
    if (value) return value;
  }
  return undefined;
}

/**
 * Headers of every request this client sends to the API: ask for a cookie session (X-Taskforce-Session: cookie,
 * heeded by login and loginSecondFactor), prove the request comes from this page (X-CSRF-Token) and say how long the
 * person has been away (X-Taskforce-Idle-Seconds).
 */
export function sessionHeaders(): Record<string, string> {
  const csrf = readCsrfToken();
  return {
    'x-taskforce-session': 'cookie',
    'x-taskforce-idle-seconds': String(idleSeconds()),
    ...(csrf ? { 'x-csrf-token': csrf } : {}),
  };
}
