import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where screenshots go (gitignored). */
export const ARTIFACTS_DIR = join(__dirname, '..', 'artifacts');

/** The password of every demo login (loaded by the API into an empty database outside production). */
export const DEMO_PASSWORD = 'demo-pass-2026';

/** Address of the API started by global-setup.mjs, which also serves the built web client. */
export function baseUrl(): string {
  const url = process.env['TASKFORCE_E2E_BASE_URL'];
  if (!url) throw new Error('TASKFORCE_E2E_BASE_URL is not set: run the browser tests with tests/e2e/jest.config.cjs');
  return url;
}

/**
 * Launches Debian's Chromium headless. The flags keep it from phoning home (this network is closed) and let it
 * run as root in a container (see ../shared/STACK.md, "Browser tests").
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['TASKFORCE_E2E_CHROMIUM'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the app in `page` and signs in through the login form; resolves once the dashboard shows. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('dashboard').waitFor();
}

/** Waits until the page's socket is connected, so no live event sent from now on is missed. */
export async function waitUntilLive(page: Page): Promise<void> {
  await page.getByTestId('live-status').filter({ hasText: /^Live$/ }).waitFor();
}

/** Reads the number shown on the notification bell, once it has loaded. */
export async function unreadCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('unread-count').textContent())?.trim() ?? '';
  const count = Number(text);
  if (text === '' || !Number.isInteger(count)) throw new Error(`The unread count shows "${text}", not a number`);
  return count;
}

/** Saves a full-page screenshot to tests/e2e/artifacts/<name>.png; never fails the test. */
export async function saveScreenshot(page: Page | undefined, name: string): Promise<void> {
  if (!page || page.isClosed()) return;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true }).catch(() => undefined);
}

/** Sets a marker on the page's window that a reload would wipe out (to prove an update arrived live). */
export async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __e2eNoReload?: boolean }).__e2eNoReload = true;
  });
}

/** True when the marker set by markWindow is still there (the page was not reloaded). */
export function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __e2eNoReload?: boolean }).__e2eNoReload === true);
}

/**
 * Several people, each in a browser context of their own, in one test file: `openAs(name, email)` signs a new
 * person in; `closeAll()` saves a screenshot of every page as `<prefix>-<name>.png`, then closes everything.
 * Call `launch()` in beforeAll and `closeAll()` in afterAll.
 */
export function people(prefix: string, viewport = { width: 1366, height: 960 }) {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages: Record<string, Page> = {};
  return {
    pages,
    async launch(): Promise<void> {
      browser = await launchChromium();
    },
    async openAs(name: string, email: string): Promise<Page> {
      if (!browser) throw new Error('people(): call launch() in beforeAll first');
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      pages[name] = page;
      await signIn(page, email);
      return page;
    },
    async closeAll(): Promise<void> {
      for (const [name, page] of Object.entries(pages)) await saveScreenshot(page, `${prefix}-${name}`);
      for (const context of contexts) await context.close();
      await browser?.close();
    },
  };
}

/**
 * A GraphQL request to the API under test, with a bearer token when given; the answer's `data`.
 * @throws Error carrying the answer's `errors` (JSON) when it has any or has no data.
 */
export async function api<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Stores `language` (a catalogue language: en, fr, es, ar) as the person's language, as the header's menu does: signs
 * `email` in through the API with the demo password and calls `setMyLanguage`. The web client shows that language
 * after the person's next sign-in. Specs that change a demo person's language set English back afterwards.
 * @throws Error carrying the API's errors when the login or the change is refused.
 */
export async function setPersonLanguage(email: string, language: string): Promise<void> {
  const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  await api('mutation($input: SetMyLanguageInput!) { setMyLanguage(input: $input) { id } }', { input: { language } }, login.accessToken);
}
