import { parseSetCookie, stringifyCookie, type SetCookie } from 'cookie';
import { io, Socket } from 'socket.io-client';
import { DEMO_PASSWORD, GqlResponse } from './test-app';

/** Names of the web session's cookies when they are Secure (the default). */
export const COOKIE = { access: '__Host-taskforce-access', refresh: '__Host-taskforce-refresh', csrf: '__Host-taskforce-csrf' } as const;

/** What a browser would keep of the cookies a response set: name → value (a deleted cookie is left out). */
export type Jar = Record<string, string>;

/** A response with its Set-Cookie headers parsed (by the `cookie` library). */
export interface CookieResponse<T = Record<string, any>> extends GqlResponse<T> {
  setCookies: SetCookie[];
}

/** Applies Set-Cookie headers to a jar as a browser would: Max-Age=0 (or an expiry in the past) deletes. */
export function applySetCookies(jar: Jar, setCookies: SetCookie[]): Jar {
  const next = { ...jar };
  for (const c of setCookies) {
    const gone = c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now()) || !c.value;
    if (gone) delete next[c.name];
    else next[c.name] = c.value!;
  }
  return next;
}

export interface CookieRequestOptions {
  /** The jar to send as the Cookie header. */
  jar?: Jar;
  /** X-CSRF-Token: the jar's CSRF cookie by default; null sends none. */
  csrf?: string | null;
  /** Extra headers (Origin, X-Taskforce-Session, X-Taskforce-Idle-Seconds…). */
  headers?: Record<string, string>;
}

/** POSTs a GraphQL operation as the web client does: JSON, the cookies of `jar`, and the CSRF header. */
export async function cookieGql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, options: CookieRequestOptions = {}): Promise<CookieResponse<T>> {
  const jar = options.jar ?? {};
  const csrf = options.csrf === undefined ? jar[COOKIE.csrf] : options.csrf;
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(Object.keys(jar).length ? { cookie: stringifyCookie(jar) } : {}),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: Omit<GqlResponse<T>, 'status'> = {};
  try {
    body = JSON.parse(text) as Omit<GqlResponse<T>, 'status'>;
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, ...body, setCookies: res.headers.getSetCookie().map((line) => parseSetCookie(line)) };
}

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { email } } }';

/** Signs a demo account in for a cookie session (X-Taskforce-Session: cookie); returns the jar and the answer. */
export async function cookieLogin(url: string, email: string, password = DEMO_PASSWORD): Promise<{ jar: Jar; res: CookieResponse }> {
  const res = await cookieGql(url, LOGIN, { input: { email, password } }, { headers: { 'x-taskforce-session': 'cookie' } });
  if (!res.data?.login) throw new Error(`cookie login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return { jar: applySetCookies({}, res.setCookies), res };
}

/** The session id (`sid`) named by an access JWT. */
export function sessionIdOf(accessToken: string): string {
  return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sid as string;
}

/**
 * Opens a socket.io connection the way the same-origin web client does: the jar as the Cookie header of the
 * handshake, the CSRF token in `auth.csrf` (the jar's by default; null for none). Resolves when connected, rejects
 * with the connect error.
 */
export function connectCookieSocket(url: string, jar: Jar, csrf: string | null = jar[COOKIE.csrf] ?? null): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      auth: csrf === null ? {} : { csrf },
      extraHeaders: { cookie: stringifyCookie(jar) },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}
