import { loadConfig } from '@taskforce/api-core';
import { parseSetCookie } from 'cookie';
import { createHmac } from 'node:crypto';
import { activityInstant } from '../auth.guard';
import { SessionCookies } from '../session-cookies';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const SID = '6f1c2a7e-1111-4d2b-9c3e-222222222222';
const OTHER_SID = '6f1c2a7e-3333-4d2b-9c3e-444444444444';

function cookies(env: Record<string, string> = {}): SessionCookies {
  return new SessionCookies(loadConfig({ JWT_SECRET: SECRET, ...env }));
}

/** A response that records its Set-Cookie headers. */
function recorder(): { lines: string[]; append(field: string, value: string | string[]): void } {
  const lines: string[] = [];
  return { lines, append: (_field, value) => lines.push(...(Array.isArray(value) ? value : [value])) };
}

describe('session cookies', () => {
  it('sets the access and refresh cookies HttpOnly, Secure, SameSite=Strict, Path=/, __Host-, for the rest of the session; the CSRF cookie readable', () => {
    const res = recorder();
    cookies().issue(res, { accessToken: 'a.b.c', refreshToken: 'r', sessionId: SID, expiresAt: new Date(Date.now() + 3600_000) });
    const parsed = res.lines.map((line) => parseSetCookie(line));
    expect(parsed.map((c) => [c.name, c.httpOnly ?? false, c.secure, c.sameSite, c.path])).toEqual([
      ['__Host-taskforce-access', true, true, 'strict', '/'],
      ['__Host-taskforce-refresh', true, true, 'strict', '/'],
      ['__Host-taskforce-csrf', false, true, 'strict', '/'],
    ]);
    for (const c of parsed) {
      expect(c.domain).toBeUndefined();
      expect(c.maxAge).toBeGreaterThanOrEqual(3598);
      expect(c.maxAge).toBeLessThanOrEqual(3600);
    }
  });

  it('with SESSION_COOKIE_SECURE=false drops Secure and so the __Host- prefix', () => {
    const res = recorder();
    cookies({ SESSION_COOKIE_SECURE: 'false' }).clear(res);
    expect(res.lines.map((line) => parseSetCookie(line)).map((c) => [c.name, c.secure ?? false, c.maxAge])).toEqual([
      ['taskforce-access', false, 0],
      ['taskforce-refresh', false, 0],
      ['taskforce-csrf', false, 0],
    ]);
  });

  it('binds a CSRF token to its session with HMAC-SHA256 under a key derived from JWT_SECRET', () => {
    const c = cookies();
    const token = c.csrfTokenFor(SID);
    const [nonce, mac] = token.split('.');
    const key = createHmac('sha256', SECRET).update('taskforce csrf-token key v1').digest();
    expect(mac).toBe(createHmac('sha256', key).update(`${SID}.${nonce}`).digest('base64url'));
    expect(c.csrfTokenMatches(SID, token)).toBe(true);
    expect(c.csrfTokenMatches(OTHER_SID, token)).toBe(false);
    expect(c.csrfTokenMatches(SID, `${nonce}x.${mac}`)).toBe(false);
    expect(c.csrfTokenMatches(SID, `${token}.extra`)).toBe(false);
    expect(cookies({ JWT_SECRET: 'another-secret-of-at-least-32-characters' }).csrfTokenMatches(SID, token)).toBe(false);
  });

  it('takes a bearer token before the cookie, and refuses the cookie without the same CSRF token in the header or from another origin', () => {
    const c = cookies();
    const csrf = c.csrfTokenFor(SID);
    const cookie = `__Host-taskforce-access=jwt; __Host-taskforce-csrf=${csrf}`;
    expect(c.credentials({ authorization: 'Bearer abc', cookie })).toEqual({ kind: 'bearer', token: 'abc' });
    expect(c.credentials({ authorization: 'Basic abc', cookie })).toEqual({ kind: 'none' });
    expect(c.credentials({ cookie })).toEqual({ kind: 'cookie', token: 'jwt' });
    expect(c.credentials({})).toEqual({ kind: 'none' });
    const host = 'taskforce.example.org';
    expect(() => c.assertSameSiteProof({ cookie, host }, SID, csrf)).not.toThrow();
    expect(() => c.assertSameSiteProof({ cookie, host, origin: `https://${host}` }, SID, csrf)).not.toThrow();
    expect(() => c.assertSameSiteProof({ cookie, host, origin: 'https://evil.example' }, SID, csrf)).toThrow('from this site only');
    expect(() => c.assertSameSiteProof({ cookie, host }, SID, undefined)).toThrow('CSRF');
    expect(() => c.assertSameSiteProof({ cookie: '__Host-taskforce-access=jwt', host }, SID, csrf)).toThrow('CSRF');
    expect(() => c.assertSameSiteProof({ cookie, host }, OTHER_SID, csrf)).toThrow('CSRF');
    const other = c.csrfTokenFor(SID);
    expect(() => c.assertSameSiteProof({ cookie, host }, SID, other)).toThrow('CSRF');
  });
});

describe('activity of a request', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  it('is now, less the idle seconds the web client reports; a missing or malformed value counts as now', () => {
    expect(activityInstant({}, now).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(activityInstant({ 'x-taskforce-idle-seconds': '90' }, now).toISOString()).toBe('2026-03-01T09:58:30.000Z');
    for (const bad of ['-90', '1e3', 'soon', '', '12.5']) expect(activityInstant({ 'x-taskforce-idle-seconds': bad }, now).getTime()).toBe(now);
  });
});
