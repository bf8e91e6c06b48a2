import { Socket } from 'socket.io-client';
import { AgencyKind, Role } from '@taskforce/domain';
import { applySetCookies, COOKIE, connectCookieSocket, cookieGql, cookieLogin as cookieSignIn, Jar, sessionIdOf } from '../support/cookie-session';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, login as signIn, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * The web client's cookie session, each check written as the attack it stops: a cross-site form post or a request
 * without the CSRF token riding on the session cookie, a CSRF token of another session, a foreign Origin, a cookie
 * kept after logout, a session left idle (requests refused, its socket disconnected, no reconnect), and an open
 * socket or the page's own refetches passing for the person's activity.
 */

const ME = '{ me { email } }';
const CREATE_OPERATION = 'mutation($input: CreateOperationInput!) { createOperation(input: $input) { id } }';
const REFRESH_WITH_COOKIE = 'mutation { refreshSession { accessToken refreshToken accessTokenExpiresAt user { email } } }';
const REFRESH_WITH_TOKEN = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const SESSION_TTL_SECONDS = 7 * 24 * 3600; // REFRESH_TOKEN_TTL_SECONDS default

/**
 * How a request was refused: "HTTP 4xx" when Apollo Server turned it away before execution (its csrfPrevention refuses
 * the content types a form can send), else the GraphQL error code of an answer that carries no data; "SERVED" when
 * anything was executed.
 */
async function refusal(res: Response): Promise<string> {
  const text = await res.text();
  if (res.status >= 400) return `HTTP ${res.status}`;
  const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return body.data == null && body.errors?.length ? String(body.errors[0].extensions?.code) : 'SERVED';
}

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
const cookieLogin = (url: string, email: string) => cookieSignIn(url, email, FIXTURE_PASSWORD);

/** Danube Route of the NL police (its coordinator and a member) and the Romanian prosecutors; a Nigerian member and a Europol analyst outside it. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(
    { acronym: 'NL-POL', country: 'NL' },
    { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
    { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
    { acronym: 'Europol', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
  );
  await f.person(
    { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
    { email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' },
    { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
    { email: 'member@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
    { email: 'analyst@europol.test', name: 'Marek Nowak', agency: 'Europol', roles: [Role.ANALYST, Role.LIAISON_OFFICER] },
  );
  await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
}

const operationInput = (name: string) => ({ input: { name, countries: ['NL'], formsOfExploitation: ['FORCED_LABOUR'] } });

describe('cookie sessions: cookies, CSRF, logout', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  const operationsNamed = async (name: string): Promise<number> => (await t.db.query('SELECT count(*)::int AS n FROM operations WHERE name = $1', [name]))[0].n;
  const sessionRow = async (id: string) => (await t.db.query('SELECT revoked_at, last_seen_at FROM sessions WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('a cookie login sets the access and refresh cookies HttpOnly, Secure, SameSite=Strict, Path=/ with the __Host- prefix, and leaves the tokens out of the answer', async () => {
    const { jar, res } = await cookieLogin(t.url, 'coordinator@nl.test');
    expect(res.data!.login).toMatchObject({ accessToken: null, refreshToken: null, user: { email: 'coordinator@nl.test' } });
    expect(Date.parse(res.data!.login.accessTokenExpiresAt)).toBeGreaterThan(Date.now());
    const byName = Object.fromEntries(res.setCookies.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual([COOKIE.access, COOKIE.csrf, COOKIE.refresh].sort());
    for (const name of [COOKIE.access, COOKIE.refresh, COOKIE.csrf]) {
      const c = byName[name];
      expect({ name, secure: c.secure, sameSite: c.sameSite, path: c.path, domain: c.domain }).toEqual({ name, secure: true, sameSite: 'strict', path: '/', domain: undefined });
      // The cookies live as long as the session: REFRESH_TOKEN_TTL_SECONDS from sign-in.
      expect(c.maxAge).toBeGreaterThan(SESSION_TTL_SECONDS - 30);
      expect(c.maxAge).toBeLessThanOrEqual(SESSION_TTL_SECONDS);
    }
    expect(byName[COOKIE.access].httpOnly).toBe(true);
    expect(byName[COOKIE.refresh].httpOnly).toBe(true);
    // The page's script reads the CSRF token (double submit); it is no credential by itself.
    expect(byName[COOKIE.csrf].httpOnly).toBeFalsy();
    expect(jar[COOKIE.access].split('.')).toHaveLength(3);
    expect(jar[COOKIE.csrf]).not.toBe(jar[COOKIE.access]);
    const row = await sessionRow(sessionIdOf(jar[COOKIE.access]));
    expect(row.revoked_at).toBeNull();
  });

  it('a login without X-Taskforce-Session answers the tokens for API clients and sets no cookie; Bearer requests need no CSRF token, from any Origin', async () => {
    const res = await cookieGql(t.url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }', { input: { email: 'member@nl.test', password: FIXTURE_PASSWORD } });
    expect(res.setCookies).toEqual([]);
    const token = res.data!.login.accessToken as string;
    expect(token.split('.')).toHaveLength(3);
    expect(typeof res.data!.login.refreshToken).toBe('string');
    const me = await cookieGql(t.url, ME, {}, { headers: { authorization: `Bearer ${token}`, origin: 'https://elsewhere.example' } });
    expect(me.data).toEqual({ me: { email: 'member@nl.test' } });
  });

  it('a cookie-authenticated request without the CSRF token is refused before the resolver runs; with it, it is served', async () => {
    const { jar } = await cookieLogin(t.url, 'coordinator@nl.test');
    const name = 'Joint Operation CSRF Without Token';
    const refused = await cookieGql(t.url, CREATE_OPERATION, operationInput(name), { jar, csrf: null });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions!['reason']).toBe('CSRF');
    expect(refused.data ?? null).toBeNull();
    expect(await operationsNamed(name)).toBe(0);
    const readRefused = await cookieGql(t.url, ME, {}, { jar, csrf: null });
    expect(errorCode(readRefused)).toBe('FORBIDDEN');

    const wrong = await cookieGql(t.url, CREATE_OPERATION, operationInput(name), { jar, csrf: `${jar[COOKIE.csrf].slice(0, -2)}xx` });
    expect(errorCode(wrong)).toBe('FORBIDDEN');
    expect(await operationsNamed(name)).toBe(0);

    const served = await cookieGql(t.url, CREATE_OPERATION, operationInput(name), { jar });
    expect(served.errors).toBeUndefined();
    expect(await operationsNamed(name)).toBe(1);
    expect((await cookieGql(t.url, ME, {}, { jar })).data).toEqual({ me: { email: 'coordinator@nl.test' } });
  });

  it("a CSRF cookie and header of the attacker's own session, planted beside the victim's access cookie, are refused", async () => {
    const victim = await cookieLogin(t.url, 'coordinator@nl.test');
    const attacker = await cookieLogin(t.url, 'member@ng.test');
    const name = 'Joint Operation Planted CSRF Cookie';
    const planted: Jar = { [COOKIE.access]: victim.jar[COOKIE.access], [COOKIE.csrf]: attacker.jar[COOKIE.csrf] };
    const res = await cookieGql(t.url, CREATE_OPERATION, operationInput(name), { jar: planted, csrf: attacker.jar[COOKIE.csrf] });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await operationsNamed(name)).toBe(0);
  });

  it('a request from another origin is refused even with the right CSRF token', async () => {
    const { jar } = await cookieLogin(t.url, 'coordinator@nl.test');
    const name = 'Joint Operation Foreign Origin';
    for (const origin of ['https://evil.example', 'null', `${t.url.replace('127.0.0.1', 'localhost')}`]) {
      const res = await cookieGql(t.url, CREATE_OPERATION, operationInput(name), { jar, headers: { origin } });
      expect({ origin, code: errorCode(res) }).toEqual({ origin, code: 'FORBIDDEN' });
    }
    expect(await operationsNamed(name)).toBe(0);
    const sameOrigin = await cookieGql(t.url, ME, {}, { jar, headers: { origin: t.url } });
    expect(sameOrigin.data).toEqual({ me: { email: 'coordinator@nl.test' } });
  });

  it.each([
    ['application/x-www-form-urlencoded', (q: string) => new URLSearchParams({ query: q }).toString()],
    ['text/plain', (q: string) => JSON.stringify({ query: q })],
    ['multipart/form-data; boundary=X', (q: string) => `--X\r\nContent-Disposition: form-data; name="query"\r\n\r\n${q}\r\n--X--\r\n`],
  ])('a cross-site form post (%s) carrying the session cookie is refused and writes nothing', async (contentType, encode) => {
    const { jar } = await cookieLogin(t.url, 'coordinator@nl.test');
    const name = `Joint Operation Form Post ${contentType.split(';')[0]}`;
    const mutation = `mutation { a: createOperation(input: { name: "${name}", countries: ["NL"], formsOfExploitation: [FORCED_LABOUR] }) { id } b: logout }`;
    // What a browser sends for <form method="post" action=".../graphql"> on another site, had it sent the cookie.
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, cookie: `${COOKIE.access}=${jar[COOKIE.access]}; ${COOKIE.csrf}=${jar[COOKIE.csrf]}`, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body: encode(mutation),
    });
    expect(await refusal(res)).toMatch(/^(HTTP 400|FORBIDDEN)$/);
    expect(await operationsNamed(name)).toBe(0);
    expect((await sessionRow(sessionIdOf(jar[COOKIE.access]))).revoked_at).toBeNull();
    // The same form without an Origin header (an older browser) fares no better.
    const bare = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie: `${COOKIE.access}=${jar[COOKIE.access]}` }, body: encode(mutation) });
    expect(await refusal(bare)).toMatch(/^(HTTP 400|FORBIDDEN)$/);
    expect(await operationsNamed(name)).toBe(0);
    expect((await sessionRow(sessionIdOf(jar[COOKIE.access]))).revoked_at).toBeNull();
  });

  it('the report download (GET) authenticated by the cookie needs the CSRF header too', async () => {
    const { jar } = await cookieLogin(t.url, 'coordinator@nl.test');
    const [op] = await t.db.query(`SELECT id FROM operations WHERE name = 'Danube Route'`);
    const cookie = `${COOKIE.access}=${jar[COOKIE.access]}; ${COOKIE.csrf}=${jar[COOKIE.csrf]}`;
    const refused = await fetch(`${t.url}/operations/${op.id}/report.pdf`, { headers: { cookie } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN');
    const served = await fetch(`${t.url}/operations/${op.id}/report.pdf`, { headers: { cookie, 'x-csrf-token': jar[COOKIE.csrf] } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
  });

  it('refresh through the refresh cookie needs the CSRF token, rotates the cookies, and a replayed old refresh cookie ends the session', async () => {
    const { jar } = await cookieLogin(t.url, 'liaison@ro.test');
    const sid = sessionIdOf(jar[COOKIE.access]);
    const withoutProof = await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar, csrf: null });
    expect(errorCode(withoutProof)).toBe('FORBIDDEN');
    expect(withoutProof.setCookies).toEqual([]);

    const refreshed = await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refreshSession).toMatchObject({ accessToken: null, refreshToken: null, user: { email: 'liaison@ro.test' } });
    const next = applySetCookies(jar, refreshed.setCookies);
    expect(next[COOKIE.refresh]).not.toBe(jar[COOKIE.refresh]);
    expect(sessionIdOf(next[COOKIE.access])).toBe(sid);
    expect((await cookieGql(t.url, ME, {}, { jar: next })).data).toEqual({ me: { email: 'liaison@ro.test' } });

    // The old refresh cookie again, 31 s after the rotation (stolen and replayed, past the 30 s retry grace): the
    // session ends and the cookies are deleted.
    await t.db.query(`UPDATE sessions SET refresh_rotated_at = now() - interval '31 seconds' WHERE id = $1`, [sid]);
    const replay = await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(applySetCookies(jar, replay.setCookies)).toEqual({});
    expect((await sessionRow(sid)).revoked_at).not.toBeNull();
    expect(errorCode(await cookieGql(t.url, ME, {}, { jar: next }))).toBe('UNAUTHENTICATED');
  });

  it('a refresh whose answer never arrived is retried with the old cookie within 30 s and renews the session; the lost cookie, used later, ends it', async () => {
    const { jar } = await cookieLogin(t.url, 'member@nl.test');
    const sid = sessionIdOf(jar[COOKIE.access]);
    // The page reloads while its refresh is under way: the server rotated, the browser never saw the new cookies.
    const lost = await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar });
    expect(lost.errors).toBeUndefined();
    const lostJar = applySetCookies(jar, lost.setCookies);

    const retried = await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar });
    expect(retried.errors).toBeUndefined();
    const renewed = applySetCookies(jar, retried.setCookies);
    expect(renewed[COOKIE.refresh]).not.toBe(jar[COOKIE.refresh]);
    expect(renewed[COOKIE.refresh]).not.toBe(lostJar[COOKIE.refresh]);
    expect((await cookieGql(t.url, ME, {}, { jar: renewed })).data).toEqual({ me: { email: 'member@nl.test' } });
    expect((await sessionRow(sid)).revoked_at).toBeNull();

    // The cookie that was lost turns up 31 s later (someone had copied it): it is the one rotated away from now, so
    // the session ends for everyone.
    await t.db.query(`UPDATE sessions SET refresh_rotated_at = now() - interval '31 seconds' WHERE id = $1`, [sid]);
    expect(errorCode(await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar: lostJar }))).toBe('UNAUTHENTICATED');
    expect((await sessionRow(sid)).revoked_at).not.toBeNull();
    expect(errorCode(await cookieGql(t.url, ME, {}, { jar: renewed }))).toBe('UNAUTHENTICATED');
  });

  it('two refreshes racing on the same cookie both renew the session, and it stays open', async () => {
    const { jar } = await cookieLogin(t.url, 'coordinator@nl.test');
    const sid = sessionIdOf(jar[COOKIE.access]);
    const answers = await Promise.all([0, 1].map(() => cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar })));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
    expect((await sessionRow(sid)).revoked_at).toBeNull();
    const refreshCookies = answers.map((a) => applySetCookies(jar, a.setCookies)[COOKIE.refresh]);
    expect(new Set([jar[COOKIE.refresh], ...refreshCookies]).size).toBe(3);
    // Whichever answer the browser kept last, its cookies go on working.
    for (const answer of answers) {
      expect((await cookieGql(t.url, ME, {}, { jar: applySetCookies(jar, answer.setCookies) })).data).toEqual({ me: { email: 'coordinator@nl.test' } });
    }
  });

  it('logout deletes the cookies, and the old cookies no longer work (requests, refresh, socket)', async () => {
    const { jar } = await cookieLogin(t.url, 'analyst@europol.test');
    const socket = await connectCookieSocket(t.url, jar);
    sockets.push(socket);
    const events = recordEvents(socket, ['session.revoked', 'disconnect']);

    const out = await cookieGql(t.url, 'mutation { logout }', {}, { jar });
    expect(out.data).toEqual({ logout: true });
    const deleted = Object.fromEntries(out.setCookies.map((c) => [c.name, { maxAge: c.maxAge, value: c.value }]));
    expect(deleted).toEqual({ [COOKIE.access]: { maxAge: 0, value: '' }, [COOKIE.refresh]: { maxAge: 0, value: '' }, [COOKIE.csrf]: { maxAge: 0, value: '' } });
    expect(applySetCookies(jar, out.setCookies)).toEqual({});

    await waitFor(() => events.some((e) => e.name === 'disconnect'), 5000, 'socket disconnected at logout');
    expect(events[0]).toEqual({ name: 'session.revoked', payload: { reason: 'ENDED' } });
    // Someone who copied the cookies before the logout gets nothing with them.
    expect(errorCode(await cookieGql(t.url, ME, {}, { jar }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar }))).toBe('UNAUTHENTICATED');
    await expect(connectCookieSocket(t.url, jar)).rejects.toThrow('UNAUTHENTICATED');
  });

  it('a socket handshake with the cookie needs the CSRF token in auth.csrf; the bearer handshake of API clients still works', async () => {
    const { jar } = await cookieLogin(t.url, 'liaison@ro.test');
    await expect(connectCookieSocket(t.url, jar, null)).rejects.toThrow('FORBIDDEN');
    const attacker = await cookieLogin(t.url, 'member@ng.test');
    await expect(connectCookieSocket(t.url, jar, attacker.jar[COOKIE.csrf])).rejects.toThrow('FORBIDDEN');
    const socket = await connectCookieSocket(t.url, jar);
    sockets.push(socket);
    const [danube] = await t.db.query(`SELECT id FROM operations WHERE name = 'Danube Route'`);
    expect(await socket.emitWithAck('operation:watch', { operationId: danube.id })).toEqual({ ok: true });
    const bearer = await connectSocket(t.url, await login(t.url, 'liaison@ro.test'));
    sockets.push(bearer);
    expect(bearer.connected).toBe(true);
  });
});

describe('idle timeout: SESSION_IDLE_MINUTES (default 30)', () => {
  let t: TestApp;
  const lastSeen = async (sid: string): Promise<number> => (await t.db.query('SELECT last_seen_at FROM sessions WHERE id = $1', [sid]))[0].last_seen_at.getTime();
  const seenAgo = (sid: string, seconds: number) => t.db.query(`UPDATE sessions SET last_seen_at = now() - make_interval(secs => $2) WHERE id = $1`, [sid, seconds]);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  it('a session with no request for 30 minutes is refused like an ended one (UNAUTHENTICATED, reason SESSION_IDLE) — requests, refresh and socket alike', async () => {
    const res = await gql<{ login: { accessToken: string; refreshToken: string } }>(t.url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }', { input: { email: 'member@nl.test', password: FIXTURE_PASSWORD } });
    const { accessToken, refreshToken } = res.data!.login;
    const sid = sessionIdOf(accessToken);
    await seenAgo(sid, 30 * 60 + 5);
    const refused = await gql(t.url, ME, {}, accessToken);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toBe('Your session ended after 30 minutes without activity; sign in again');
    expect(refused.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_IDLE', idleMinutes: 30 });
    const refresh = await gql(t.url, REFRESH_WITH_TOKEN, { t: refreshToken }, undefined);
    expect(refresh.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_IDLE' });
    await expect(connectSocket(t.url, accessToken)).rejects.toThrow('UNAUTHENTICATED');
    // Nothing revives it: the refused requests were no activity.
    expect(Date.now() - (await lastSeen(sid))).toBeGreaterThan(30 * 60 * 1000);
  });

  it('a request within the limit keeps the session and moves its last activity to now; the write happens at most once a minute', async () => {
    const token = await login(t.url, 'member@nl.test');
    const sid = sessionIdOf(token);
    await seenAgo(sid, 29 * 60);
    expect((await gql(t.url, ME, {}, token)).data).toEqual({ me: { email: 'member@nl.test' } });
    const moved = await lastSeen(sid);
    expect(Math.abs(Date.now() - moved)).toBeLessThan(5000);
    await seenAgo(sid, 30);
    const thirtySecondsAgo = await lastSeen(sid);
    expect((await gql(t.url, ME, {}, token)).errors).toBeUndefined();
    expect(await lastSeen(sid)).toBe(thirtySecondsAgo); // less than a minute old: not written again
    await seenAgo(sid, 90);
    expect((await gql(t.url, ME, {}, token)).errors).toBeUndefined();
    expect(Math.abs(Date.now() - (await lastSeen(sid)))).toBeLessThan(5000);
  });

  it("refreshing and the page's own requests (X-Taskforce-Idle-Seconds) are not the person's activity", async () => {
    const res = await gql<{ login: { accessToken: string; refreshToken: string } }>(t.url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }', { input: { email: 'liaison@ro.test', password: FIXTURE_PASSWORD } });
    const sid = sessionIdOf(res.data!.login.accessToken);
    await seenAgo(sid, 20 * 60);
    const before = await lastSeen(sid);
    const refreshed = await gql<{ refreshSession: { accessToken: string } }>(t.url, REFRESH_WITH_TOKEN, { t: res.data!.login.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    const token = refreshed.data!.refreshSession.accessToken;
    expect(await lastSeen(sid)).toBe(before);

    // A refetch the page made after a live event, 25 minutes after the person last touched it.
    const background = await cookieGql(t.url, ME, {}, { headers: { authorization: `Bearer ${token}`, 'x-taskforce-idle-seconds': String(25 * 60) } });
    expect(background.errors).toBeUndefined();
    expect(await lastSeen(sid)).toBe(before);
    // The person clicked 2 minutes ago: activity then, not now.
    await cookieGql(t.url, ME, {}, { headers: { authorization: `Bearer ${token}`, 'x-taskforce-idle-seconds': '120' } });
    const clicked = await lastSeen(sid);
    expect(Math.abs(Date.now() - 120_000 - clicked)).toBeLessThan(5000);
    // A malformed value counts as now.
    await seenAgo(sid, 20 * 60);
    await cookieGql(t.url, ME, {}, { headers: { authorization: `Bearer ${token}`, 'x-taskforce-idle-seconds': '-600' } });
    expect(Math.abs(Date.now() - (await lastSeen(sid)))).toBeLessThan(5000);
  });
});

describe('idle timeout and sockets (SESSION_IDLE_MINUTES=0.05, 3 seconds)', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  const IDLE_MS = 3000;

  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '0.05' }, { demoData: false });
    await taskForce(t);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('an open socket alone is no activity: it is disconnected (session.revoked IDLE) when the session idles out, and cannot reconnect', async () => {
    const { jar } = await cookieLogin(t.url, 'liaison@ro.test');
    const [{ last_seen_at: signedInAt }] = await t.db.query('SELECT last_seen_at FROM sessions WHERE id = $1', [sessionIdOf(jar[COOKIE.access])]);
    const socket = await connectCookieSocket(t.url, jar);
    sockets.push(socket);
    const events = recordEvents(socket, ['session.revoked', 'disconnect']);
    await waitFor(() => events.some((e) => e.name === 'disconnect'), IDLE_MS + 4000, 'disconnect at idle end');
    // Not before the idle limit has passed since the last activity (sign-in), whatever the handshake did.
    expect(Date.now() - (signedInAt as Date).getTime()).toBeGreaterThanOrEqual(IDLE_MS - 50);
    expect(events).toEqual([
      { name: 'session.revoked', payload: { reason: 'IDLE', idleMinutes: 0.05 } },
      { name: 'disconnect', payload: 'io server disconnect' },
    ]);
    await expect(connectCookieSocket(t.url, jar)).rejects.toThrow('UNAUTHENTICATED');
    const refused = await cookieGql(t.url, ME, {}, { jar });
    expect(refused.errors![0]).toMatchObject({ message: 'Your session ended after 3 seconds without activity; sign in again', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_IDLE' } });
    expect(errorCode(await cookieGql(t.url, REFRESH_WITH_COOKIE, {}, { jar }))).toBe('UNAUTHENTICATED');
  });

  it("the person's requests keep the session and its socket alive past the idle limit; when they stop, the socket goes", async () => {
    const { jar } = await cookieLogin(t.url, 'coordinator@nl.test');
    const socket = await connectCookieSocket(t.url, jar);
    sockets.push(socket);
    const events = recordEvents(socket, ['session.revoked', 'disconnect']);
    const start = Date.now();
    while (Date.now() - start < 2 * IDLE_MS) {
      expect((await cookieGql(t.url, ME, {}, { jar })).errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 700));
    }
    expect(socket.connected).toBe(true);
    expect(events).toEqual([]);
    const lastRequest = Date.now();
    await waitFor(() => events.some((e) => e.name === 'disconnect'), IDLE_MS + 4000, 'disconnect once requests stopped');
    expect(Date.now() - lastRequest).toBeGreaterThanOrEqual(IDLE_MS - 1000);
    expect(events[0]).toEqual({ name: 'session.revoked', payload: { reason: 'IDLE', idleMinutes: 0.05 } });
  });
});
