import { Injectable } from '@nestjs/common';
import { allowedOriginList, AppConfig, AppError, ErrorCode, isAllowedOrigin } from '@taskforce/api-core';
import { parseCookie, stringifySetCookie } from 'cookie';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IssuedSession } from './auth.service';
import type { AuthPayloadModel } from './user.model';

/** Request header by which a browser client asks login, loginSecondFactor (value `cookie`) for a cookie session. */
export const SESSION_TRANSPORT_HEADER = 'x-taskforce-session';
/** Request header carrying the CSRF token (the value of the CSRF cookie) on every cookie-authenticated request. */
export const CSRF_HEADER = 'x-csrf-token';
/**
 * Request header of the web client: whole seconds since the person last used the page (pointer, keys, wheel, touch).
 * A request made by the page on its own (a refetch after a live event) then does not count as the person's activity.
 */
export const IDLE_SECONDS_HEADER = 'x-taskforce-idle-seconds';

/** Request headers as Node and Express give them. */
export type RequestHeaders = Record<string, string | string[] | undefined>;

/** The part of an Express response that sets cookies. */
export interface CookieResponse {
  append(field: string, value: string | string[]): unknown;
}

/** The three cookies of a web session, as read from a request's `Cookie` header. */
export interface SessionCookieValues {
  access?: string;
  refresh?: string;
  csrf?: string;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** How a request proves who is calling: a bearer token (API clients), the access cookie (web client), or nothing. */
export type Credentials = { kind: 'bearer'; token: string } | { kind: 'cookie'; token: string } | { kind: 'none' };

/**
 * The web client's session cookies and the CSRF defence they need (OWASP CSRF Prevention Cheat Sheet: signed
 * double-submit cookie, plus an Origin check).
 *
 * - access cookie: the access JWT; refresh cookie: the opaque refresh token. Both `HttpOnly; Secure; SameSite=Strict;
 *   Path=/`, named with the `__Host-` prefix (so no subdomain can set or shadow them), living until the session's
 *   absolute end (Max-Age in seconds).
 * - CSRF cookie: readable by the page's script (not HttpOnly), otherwise the same. Its value is
 *   `<random>.<HMAC-SHA256(key, sessionId "." random)>` (base64url), so it is bound to one session: a token of another
 *   session (say, the attacker's own) fails. The key is derived from JWT_SECRET.
 *
 * With SESSION_COOKIE_SECURE=false (development over plain http at a non-loopback address only) the cookies lose
 * `Secure` and therefore the `__Host-` prefix.
 */
@Injectable()
export class SessionCookies {
  private key?: Buffer;
  private readonly allowedOrigins: string[];

  constructor(private readonly config: AppConfig) {
    this.allowedOrigins = allowedOriginList(config.ALLOWED_ORIGINS);
  }

  /** Cookie names: `__Host-taskforce-access`, `__Host-taskforce-refresh`, `__Host-taskforce-csrf` (no prefix when not Secure). */
  get names(): { access: string; refresh: string; csrf: string } {
    const prefix = this.config.sessionCookieSecure ? '__Host-' : '';
    return { access: `${prefix}taskforce-access`, refresh: `${prefix}taskforce-refresh`, csrf: `${prefix}taskforce-csrf` };
  }

  /** True when the request asks for a cookie session (`X-Taskforce-Session: cookie`). */
  wantsCookieSession(headers: RequestHeaders): boolean {
    return first(headers[SESSION_TRANSPORT_HEADER])?.trim().toLowerCase() === 'cookie';
  }

  /** The session cookies the request carries (the `Cookie` header parsed by the `cookie` library). */
  read(headers: RequestHeaders): SessionCookieValues {
    const header = first(headers['cookie']);
    if (!header) return {};
    const jar = parseCookie(header);
    const { access, refresh, csrf } = this.names;
    return { access: jar[access] || undefined, refresh: jar[refresh] || undefined, csrf: jar[csrf] || undefined };
  }

  /**
   * Who the request claims to be: `Authorization: Bearer` wins (API clients; the cookies are then ignored and no CSRF
   * token is needed), else the access cookie, else none.
   */
  credentials(headers: RequestHeaders): Credentials {
    const authorization = first(headers['authorization']);
    if (authorization !== undefined) {
      const match = authorization.match(/^Bearer\s+(\S+)$/i);
      return match ? { kind: 'bearer', token: match[1] } : { kind: 'none' };
    }
    const access = this.read(headers).access;
    return access ? { kind: 'cookie', token: access } : { kind: 'none' };
  }

  /**
   * Sets the three cookies of a session on the response (login, second step, refresh), valid until `expiresAt` (the
   * session's absolute end, UTC). A new CSRF token is drawn each time; earlier ones of the same session stay valid.
   */
  issue(res: CookieResponse, session: { accessToken: string; refreshToken: string; sessionId: string; expiresAt: Date }): void {
    const maxAge = Math.max(1, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
    const { access, refresh, csrf } = this.names;
    res.append('Set-Cookie', [
      this.serialize(access, session.accessToken, maxAge, true),
      this.serialize(refresh, session.refreshToken, maxAge, true),
      this.serialize(csrf, this.csrfTokenFor(session.sessionId), maxAge, false),
    ]);
  }

  /**
   * The answer for a session just opened or refreshed: for a cookie session the cookies are set on `res` and the
   * tokens left out of the answer (null), so the page's script never holds them; otherwise the tokens are in the answer.
   */
  deliver(res: CookieResponse | undefined, cookieSession: boolean, session: IssuedSession): AuthPayloadModel {
    const { accessToken, refreshToken, accessTokenExpiresAt, user } = session;
    if (!cookieSession) return { accessToken, refreshToken, accessTokenExpiresAt, user };
    if (!res) throw new Error('a cookie session needs the HTTP response');
    this.issue(res, { accessToken, refreshToken, sessionId: session.sessionId, expiresAt: session.sessionExpiresAt });
    return { accessToken: null, refreshToken: null, accessTokenExpiresAt, user };
  }

  /** Deletes the three cookies (Max-Age=0), e.g. at logout or when the refresh cookie is refused. */
  clear(res: CookieResponse): void {
    const { access, refresh, csrf } = this.names;
    res.append('Set-Cookie', [this.serialize(access, '', 0, true), this.serialize(refresh, '', 0, true), this.serialize(csrf, '', 0, false)]);
  }

  /** A new CSRF token bound to `sessionId`: 16 random bytes and their HMAC with the session id (base64url, dot-joined). */
  csrfTokenFor(sessionId: string): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.mac(sessionId, nonce)}`;
  }

  /** True when `token` was made by csrfTokenFor(sessionId) (constant-time comparison of the HMAC). */
  csrfTokenMatches(sessionId: string, token: string): boolean {
    const [nonce, mac, extra] = token.split('.');
    if (!nonce || !mac || extra !== undefined) return false;
    const expected = Buffer.from(this.mac(sessionId, nonce));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /**
   * The checks a request authenticated by the access or refresh cookie must pass before anything is read or written:
   * its `Origin`, when present, is this server's own (or in ALLOWED_ORIGINS); `proof` (the X-CSRF-Token header, or
   * `auth.csrf` of a socket handshake) equals the CSRF cookie and is bound to the session.
   * @throws FORBIDDEN (extensions.reason `CSRF`) otherwise.
   */
  assertSameSiteProof(headers: RequestHeaders, sessionId: string, proof: unknown): void {
    const origin = first(headers['origin']);
    if (origin !== undefined && !isAllowedOrigin(origin, first(headers['host']), this.allowedOrigins)) {
      throw csrfRefused('Requests signed in with the session cookie are accepted from this site only');
    }
    const cookie = this.read(headers).csrf;
    if (typeof proof !== 'string' || !proof || !cookie || proof.length !== cookie.length || !timingSafeEqual(Buffer.from(proof), Buffer.from(cookie)) || !this.csrfTokenMatches(sessionId, proof)) {
      throw csrfRefused('Missing or wrong CSRF token: send the X-CSRF-Token header with the value of the taskforce-csrf cookie');
    }
  }

  /** The X-CSRF-Token header of a request. */
  csrfHeader(headers: RequestHeaders): string | undefined {
    return first(headers[CSRF_HEADER]);
  }

  private serialize(name: string, value: string, maxAge: number, httpOnly: boolean): string {
    return stringifySetCookie(name, value, {
      httpOnly,
      secure: this.config.sessionCookieSecure,
      sameSite: 'strict',
      path: '/',
      maxAge,
      expires: new Date(maxAge === 0 ? 0 : Date.now() + maxAge * 1000),
    });
  }

  private mac(sessionId: string, nonce: string): string {
    if (!this.key) {
      if (!this.config.JWT_SECRET) throw new Error('JWT_SECRET is not set');
      // A key of its own for CSRF tokens, derived from JWT_SECRET so no new secret has to be configured.
      this.key = createHmac('sha256', this.config.JWT_SECRET).update('taskforce csrf-token key v1').digest();
    }
    return createHmac('sha256', this.key).update(`${sessionId}.${nonce}`).digest('base64url');
  }
}

function csrfRefused(message: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message, { reason: 'CSRF' });
}
