import { Client } from 'pg';
import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchChromium, markWindow, saveScreenshot, signIn, stillSamePage, waitUntilLive } from './support/browser';

/**
 * The web client's session lives in cookies the page's script cannot read: after signing in through the form the
 * access and refresh cookies are HttpOnly, Secure, SameSite=Strict, nothing in localStorage or sessionStorage is or
 * holds a token, and the app still works (an operation's board loads, a task assigned through the API arrives live).
 * Signing out deletes the cookies and the old access cookie no longer works. Two tabs whose access token ran out
 * renew it through the refresh cookie without tripping the server's reuse detection. A session left idle (its last
 * activity moved back 31 minutes in the database) signs the page out with the reason.
 */

const ACCESS = '__Host-taskforce-access';
const REFRESH = '__Host-taskforce-refresh';
const CSRF = '__Host-taskforce-csrf';
/** A JSON Web Token: three base64url parts, the first one a JSON object ("eyJ" is `{"` in base64). */
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

async function api<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Everything the page keeps in Web Storage, as [area, key, value]. */
function webStorage(page: Page): Promise<Array<[string, string, string]>> {
  return page.evaluate(() => {
    const out: Array<[string, string, string]> = [];
    for (const [area, storage] of [
      ['localStorage', window.localStorage],
      ['sessionStorage', window.sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        out.push([area, key, storage.getItem(key) ?? '']);
      }
    }
    return out;
  });
}

const cookieNamed = (cookies: Cookie[], name: string) => cookies.find((c) => c.name === name);

describe('cookie session in the browser', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let idleContext: BrowserContext | undefined;
  let idlePage: Page | undefined;
  let refreshContext: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'cookie-session');
    await saveScreenshot(idlePage, 'cookie-session-idle');
    await context?.close();
    await idleContext?.close();
    await refreshContext?.close();
    await browser?.close();
  });

  it('after sign-in the session is in HttpOnly cookies, no token is in Web Storage, the app loads data and gets live updates, and sign-out deletes the cookies', async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    await signIn(page, 'liaison@demo.test');

    const cookies = await context.cookies();
    const access = cookieNamed(cookies, ACCESS);
    const refresh = cookieNamed(cookies, REFRESH);
    const csrf = cookieNamed(cookies, CSRF);
    for (const [name, cookie] of [
      [ACCESS, access],
      [REFRESH, refresh],
    ] as const) {
      expect({ name, httpOnly: cookie?.httpOnly, secure: cookie?.secure, sameSite: cookie?.sameSite, path: cookie?.path }).toEqual({ name, httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    }
    expect({ httpOnly: csrf?.httpOnly, secure: csrf?.secure, sameSite: csrf?.sameSite }).toEqual({ httpOnly: false, secure: true, sameSite: 'Strict' });
    expect(access!.value).toMatch(JWT_SHAPE);
    expect(refresh!.value.length).toBeGreaterThanOrEqual(40);

    // The page's script sees the CSRF token only.
    const scriptCookies = await page.evaluate(() => document.cookie);
    expect(scriptCookies).not.toContain(access!.value);
    expect(scriptCookies).not.toContain(refresh!.value);
    expect(scriptCookies).toContain(CSRF);

    // Nothing in Web Storage is a token, holds one, or looks like one.
    const stored = await webStorage(page);
    expect(stored.some(([area, key]) => area === 'localStorage' && key === 'taskforce.session')).toBe(true);
    for (const [area, key, value] of stored) {
      const entry = `${area}[${key}]`;
      expect({ entry, holdsAccessToken: value.includes(access!.value) || key.includes(access!.value) }).toEqual({ entry, holdsAccessToken: false });
      expect({ entry, holdsRefreshToken: value.includes(refresh!.value) || key.includes(refresh!.value) }).toEqual({ entry, holdsRefreshToken: false });
      expect({ entry, jwtShaped: JWT_SHAPE.test(value) || JWT_SHAPE.test(key) }).toEqual({ entry, jwtShaped: false });
      expect({ entry, hasATokenField: /"(accessToken|refreshToken)"/.test(value) }).toEqual({ entry, hasATokenField: false });
    }

    // The app works: the Danube Route board loads, and a task the coordinator assigns arrives live.
    await waitUntilLive(page);
    await page.getByTestId('operation-card').filter({ hasText: 'Danube Route' }).getByTestId('operation-link').click();
    await page.getByTestId('column-OPEN').waitFor();
    await page.getByTestId('task-card').first().waitFor();
    await waitUntilLive(page);
    await markWindow(page);
    const coordinator = await api('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'coordinator@demo.test', password: DEMO_PASSWORD } });
    const bearer = { authorization: `Bearer ${coordinator.data.login.accessToken}` };
    const ids = await api(`{ operations { id name } me { agency { id } } }`, {}, bearer);
    const danube = ids.data.operations.find((o: { name: string }) => o.name === 'Joint Operation Danube Route');
    const liaisonAgencyId = await page.getByTestId('current-user').getAttribute('data-agency-id');
    const title = `Check the bus company's manifests ${Date.now()}`;
    const created = await api(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { operationId: danube.id, title, assigneeAgencyId: liaisonAgencyId, pillar: 'PROSECUTION', priority: 'HIGH' } },
      bearer,
    );
    expect(created.errors).toBeUndefined();
    await page.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: title }).waitFor({ timeout: 15_000 });
    await page.getByTestId('toast').getByTestId('toast-item').filter({ hasText: title }).waitFor({ timeout: 15_000 });
    expect(await stillSamePage(page)).toBe(true);

    // Sign-out deletes the cookies; the old access cookie, kept by someone, no longer works.
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    const after = await context.cookies();
    expect(after.filter((c) => [ACCESS, REFRESH, CSRF].includes(c.name))).toEqual([]);
    expect(await webStorage(page).then((entries) => entries.filter(([, key]) => key === 'taskforce.session'))).toEqual([]);
    const replay = await api('{ me { email } }', {}, { cookie: `${ACCESS}=${access!.value}; ${CSRF}=${csrf!.value}`, 'x-csrf-token': csrf!.value });
    expect(replay.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('two tabs renew their shared session through the refresh cookie one at a time, and neither is signed out', async () => {
    const databaseUrl = process.env['TASKFORCE_E2E_DATABASE_URL'];
    if (!databaseUrl) throw new Error('TASKFORCE_E2E_DATABASE_URL is not set (see tests/e2e/global-setup.mjs)');
    refreshContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await refreshContext.newPage();
    await signIn(first, 'analyst@demo.test');
    const second = await refreshContext.newPage();
    await second.goto(`${baseUrl()}/`);
    await second.getByTestId('dashboard').waitFor();
    const before = await refreshContext.cookies();
    const oldAccess = cookieNamed(before, ACCESS)!.value;
    const oldRefresh = cookieNamed(before, REFRESH)!.value;
    const sid = JSON.parse(Buffer.from(oldAccess.split('.')[1], 'base64url').toString()).sid as string;

    // As if the access token had run out: the cookie is gone and the page knows it expired.
    await refreshContext.clearCookies({ name: ACCESS });
    await first.evaluate(() => {
      const stored = JSON.parse(window.localStorage.getItem('taskforce.session')!);
      window.localStorage.setItem('taskforce.session', JSON.stringify({ ...stored, accessTokenExpiresAt: new Date(Date.now() - 60_000).toISOString() }));
    });
    // Both tabs load at once and each needs a fresh access token before its first request.
    await Promise.all([first.reload(), second.reload()]);
    for (const tab of [first, second]) {
      await tab.getByTestId('dashboard').waitFor();
      await tab.getByTestId('operation-card').first().waitFor();
      await waitUntilLive(tab);
    }
    const after = await refreshContext.cookies();
    expect(cookieNamed(after, ACCESS)?.value).toMatch(JWT_SHAPE);
    expect(cookieNamed(after, ACCESS)?.value).not.toBe(oldAccess);
    expect(cookieNamed(after, REFRESH)?.value).not.toBe(oldRefresh);
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT revoked_at FROM sessions WHERE id = $1', [sid]);
      // A second use of the rotated-away refresh token would have ended the session.
      expect(rows).toEqual([{ revoked_at: null }]);
    } finally {
      await db.end();
    }
    expect(await first.getByTestId('login-form').count()).toBe(0);
    expect(await second.getByTestId('login-form').count()).toBe(0);
  });

  it('a session left idle for 30 minutes signs the page out and says why', async () => {
    const databaseUrl = process.env['TASKFORCE_E2E_DATABASE_URL'];
    if (!databaseUrl) throw new Error('TASKFORCE_E2E_DATABASE_URL is not set: the API start-up line naming the embedded PostgreSQL was not seen (see tests/e2e/global-setup.mjs)');
    idleContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    idlePage = await idleContext.newPage();
    await signIn(idlePage, 'member@demo.test');
    const access = cookieNamed(await idleContext.cookies(), ACCESS)!.value;
    const sid = JSON.parse(Buffer.from(access.split('.')[1], 'base64url').toString()).sid as string;
    // The person leaves: the page is closed to any request still under way (one landing after the change below would
    // record activity again, and the session would not be idle any more).
    const screen = idlePage.url();
    await idlePage.waitForLoadState('networkidle');
    await idlePage.goto('about:blank');

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      // 31 minutes cannot pass in a test: the session's last recorded activity is moved back instead.
      const moved = await db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [sid]);
      expect(moved.rowCount).toBe(1);
    } finally {
      await db.end();
    }
    // The person comes back and opens a screen: the server refuses the idle session, the page signs out.
    await idlePage.goto(screen);
    await idlePage.getByTestId('login-form').waitFor();
    await expect(idlePage.getByTestId('session-end-message').textContent()).resolves.toBe('Your session ended after 30 minutes without activity. Please sign in again.');
  });
});
