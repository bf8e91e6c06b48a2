import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, setPersonLanguage, signIn, waitUntilLive } from './support/browser';

/**
 * A liaison officer keeps the workspace open in a background tab. A coordinator assigns an URGENT task to her agency
 * through the API: she gets a desktop alert (the browser's Notification API, permission granted to the site), the
 * tab's title counts her unread notifications, clicking the alert opens the task, and "Acknowledge" in the toast
 * records her acknowledgement on the server. While the tab is visible, the toast alone tells her.
 *
 * Headless Chromium reports every page as visible (a second page brought to the front, a second tab in the same
 * window and a minimised window all leave `document.visibilityState` at "visible"), so the init script below lets
 * the test put the tab in the background: `document.visibilityState` / `document.hidden` answer what the test set,
 * and `visibilitychange` fires as in a browser. It also records each desktop alert the page creates while passing it
 * on to the real Notification constructor.
 */

type Gql = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function api(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Gql> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Gql;
}

async function bearer(email: string): Promise<string> {
  const res = await api('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } });
  if (!res.data?.login?.accessToken) throw new Error(`login of ${email} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken as string;
}

/** A desktop alert as recorded by the init script. */
interface RecordedAlert {
  title: string;
  body: string | undefined;
  tag: string | undefined;
  requireInteraction: boolean | undefined;
}

declare global {
  interface Window {
    __e2eDesktopAlerts?: Array<RecordedAlert & { alert: Notification }>;
    __e2eSetTabHidden?: (hidden: boolean) => void;
  }
}

function recordAlertsAndVisibility(): void {
  const Real = window.Notification;
  const shown: Array<RecordedAlert & { alert: Notification }> = [];
  class RecordedNotification extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      shown.push({ title, body: options?.body, tag: options?.tag, requireInteraction: options?.requireInteraction, alert: this });
    }
  }
  window.Notification = RecordedNotification;
  window.__e2eDesktopAlerts = shown;
  let hidden = false;
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
  window.__e2eSetTabHidden = (value: boolean) => {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

function recordedAlerts(page: Page): Promise<RecordedAlert[]> {
  return page.evaluate(() => (window.__e2eDesktopAlerts ?? []).map(({ title, body, tag, requireInteraction }) => ({ title, body, tag, requireInteraction })));
}

/** "15:03": hours and minutes in UTC, the time zone the browser context runs in. */
function utcClock(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id createdAt } }';
const LIVE = { timeout: 15_000 };
// Page functions poll on a timer: animation frames do not run in a page the test put in the background.
const POLL = { timeout: 15_000, polling: 100 };

describe('urgent work reaches a liaison officer whose tab is in the background', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let liaison: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await saveScreenshot(liaison, 'urgent-work-alerts-liaison-officer');
    await context?.close();
    await browser?.close();
  });

  it('alerts on the desktop, counts in the tab title and acknowledges from the toast', async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    await context.grantPermissions(['notifications'], { origin: baseUrl() });
    await context.addInitScript(recordAlertsAndVisibility);
    const page = await context.newPage();
    liaison = page;
    await signIn(page, 'liaison@demo.test');
    await waitUntilLive(page);
    const liaisonAgencyId = await page.getByTestId('current-user').getAttribute('data-agency-id');
    const liaisonUserId = await page.getByTestId('current-user').getAttribute('data-user-id');
    const acronym = (await page.getByTestId('current-user').locator('abbr').textContent())?.trim();
    expect(acronym).toBe('RO-DIOC');

    // Nothing asked the browser on page load; with the permission granted, the bell says desktop alerts are on.
    await page.getByTestId('notification-bell').click();
    await expect(page.getByTestId('notification-panel').getByTestId('desktop-alerts').getAttribute('data-state')).resolves.toBe('on');
    await page.keyboard.press('Escape');

    const coordinatorToken = await bearer('coordinator@demo.test');
    const liaisonToken = await bearer('liaison@demo.test');
    const unreadOnServer = async () => (await api('{ unreadNotificationCount }', {}, liaisonToken)).data.unreadNotificationCount as number;
    const ops = await api('{ operations { id name escalationMinutes } }', {}, coordinatorToken);
    const danube = ops.data.operations.find((o: { name: string }) => o.name === 'Joint Operation Danube Route');
    const assign = async (title: string) => {
      const created = await api(CREATE_TASK, { input: { operationId: danube.id, title, assigneeAgencyId: liaisonAgencyId, pillar: 'PROTECTION', priority: 'URGENT' } }, coordinatorToken);
      expect(created.errors).toBeUndefined();
      return created.data.createTask as { id: string; createdAt: string };
    };
    const urgentToast = (title: string) => page.getByTestId('toast').locator('[data-testid="toast-item"][data-urgent="true"]').filter({ hasText: title });
    const titleShows = (expected: string) => page.waitForFunction((text) => document.title === text, expected, POLL);

    // The unread count is in the tab's title.
    const unreadAtStart = await unreadOnServer();
    await titleShows(unreadAtStart > 0 ? `(${unreadAtStart}) Dashboard · Task-force workspace` : 'Dashboard · Task-force workspace');

    // While the tab is visible, an urgent task brings the toast and no desktop alert.
    const seenTitle = `Check the shelter's capacity ${Date.now()}`;
    const seen = await assign(seenTitle);
    await urgentToast(seenTitle).waitFor(LIVE);
    expect(await recordedAlerts(page)).toEqual([]);
    await titleShows(`(${unreadAtStart + 1}) Dashboard · Task-force workspace`);

    // The person switches to another tab: this one is hidden.
    const otherTab = await context.newPage();
    await otherTab.bringToFront();
    await page.evaluate(() => window.__e2eSetTabHidden?.(true));
    await expect(page.evaluate(() => document.visibilityState)).resolves.toBe('hidden');

    const title = `Move the two minors to a specialised shelter ${Date.now()}`;
    const task = await assign(title);
    await page.waitForFunction(() => (window.__e2eDesktopAlerts ?? []).length === 1, undefined, POLL);
    const [newest] = (await api('{ notifications(take: 1) { id title taskId urgent } }', {}, liaisonToken)).data.notifications;
    expect(newest).toMatchObject({ title: `New task for RO-DIOC: ${title}`, taskId: task.id, urgent: true });
    expect(await recordedAlerts(page)).toEqual([
      { title: `Urgent: New task for RO-DIOC: ${title}`, body: 'Urgent priority', tag: `taskforce-notification-${newest.id}`, requireInteraction: true },
    ]);
    expect(await unreadOnServer()).toBe(unreadAtStart + 2);
    await titleShows(`(${unreadAtStart + 2}) Dashboard · Task-force workspace`);
    // Screen readers hear the urgent toast once, assertively; the toasts themselves are no live region.
    await expect(page.getByTestId('toast-announcer-assertive').textContent()).resolves.toBe(`Urgent: New task for RO-DIOC: ${title}. Urgent priority`);
    expect(await page.getByTestId('toast').getAttribute('aria-live')).toBeNull();

    // Clicking the desktop alert brings the tab forward on the task.
    await page.evaluate(() => window.__e2eDesktopAlerts?.[0]?.alert.dispatchEvent(new Event('click')));
    await page.evaluate(() => window.__e2eSetTabHidden?.(false));
    await page.bringToFront();
    await page.waitForURL((url) => url.pathname === `/operations/${danube.id}` && url.searchParams.get('task') === task.id, LIVE);
    await page.getByTestId('task-detail').waitFor(LIVE);
    await titleShows(`(${unreadAtStart + 2}) Joint Operation Danube Route · Task-force workspace`);

    // The other urgent task's card counts down to its escalation: creation + the operation's escalation time.
    const escalatesAt = utcClock(Date.parse(seen.createdAt) + danube.escalationMinutes * 60_000);
    const seenCard = page.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: seenTitle });
    const countdown = (await seenCard.getByTestId('ack-status').textContent()) ?? '';
    expect(countdown).toMatch(new RegExp(`^Awaiting acknowledgement from RO-DIOC, escalates at ${escalatesAt} \\(in \\d+ minutes?\\)`));

    // Back on the board, "Acknowledge" in the toast records the acknowledgement and reads the notification (over an
    // open task panel too: urgent-acknowledgement.e2e-spec.ts).
    await page.keyboard.press('Escape');
    await page.getByTestId('task-detail').waitFor({ state: 'hidden', ...LIVE });
    await urgentToast(title).getByTestId('toast-acknowledge').click();
    await page.getByTestId('toast-item').filter({ hasText: `Acknowledged: ${title}` }).waitFor(LIVE);
    const acknowledged = await api('query($id: ID!) { task(id: $id) { acknowledgedAt acknowledgedBy { id } } }', { id: task.id }, coordinatorToken);
    expect(acknowledged.data.task.acknowledgedBy).toEqual({ id: liaisonUserId });
    expect(acknowledged.data.task.acknowledgedAt).toEqual(expect.any(String));
    const card = page.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: title });
    await card.locator('[data-testid="ack-status"][data-ack-state="acknowledged"]').waitFor(LIVE);
    await titleShows(`(${unreadAtStart + 1}) Joint Operation Danube Route · Task-force workspace`);
    expect(await unreadOnServer()).toBe(unreadAtStart + 1);
    // The task that still awaits its acknowledgement keeps its Acknowledge button in its toast.
    await expect(urgentToast(seenTitle).getByTestId('toast-acknowledge').isVisible()).resolves.toBe(true);
    await otherTab.close();
  });

  it('in French, the toast, the desktop alert and the bell write the notification in French', async () => {
    const french = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR', timezoneId: 'UTC' });
    // The person's stored language decides (another test may have stored one): French, and English again afterwards.
    const liaisonToken = await bearer('liaison@demo.test');
    await setPersonLanguage('liaison@demo.test', 'fr');
    try {
      await french.grantPermissions(['notifications'], { origin: baseUrl() });
      await french.addInitScript(recordAlertsAndVisibility);
      const page = await french.newPage();
      await signIn(page, 'liaison@demo.test');
      await page.locator('[data-testid="live-status"].tf-live--live').waitFor(LIVE);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      const liaisonAgencyId = await page.getByTestId('current-user').getAttribute('data-agency-id');
      const coordinatorToken = await bearer('coordinator@demo.test');
      const ops = await api('{ operations { id name } }', {}, coordinatorToken);
      const danube = ops.data.operations.find((o: { name: string }) => o.name === 'Joint Operation Danube Route');
      await page.evaluate(() => window.__e2eSetTabHidden?.(true));

      const title = `Interroger le chauffeur du minibus ${Date.now()}`;
      const created = await api(CREATE_TASK, { input: { operationId: danube.id, title, assigneeAgencyId: liaisonAgencyId, pillar: 'PROSECUTION', priority: 'URGENT' } }, coordinatorToken);
      expect(created.errors).toBeUndefined();
      // The API's text stays English; the page writes it from the type and values in the shown language.
      const toast = page.getByTestId('toast').locator('[data-testid="toast-item"]').filter({ hasText: title });
      await toast.waitFor(LIVE);
      await expect(toast.locator('.tf-toast__title').textContent()).resolves.toBe(`Nouvelle tâche pour RO-DIOC : ${title}`);
      await page.waitForFunction(() => (window.__e2eDesktopAlerts ?? []).length === 1, undefined, POLL);
      const [alert] = await recordedAlerts(page);
      expect(alert.body).toBe('Priorité urgente');
      expect(alert.title).toContain(`Nouvelle tâche pour RO-DIOC : ${title}`);

      await page.evaluate(() => window.__e2eSetTabHidden?.(false));
      await page.getByTestId('notification-bell').click();
      const item = page.getByTestId('notification-panel').getByTestId('notification-item').filter({ hasText: title });
      await expect(item.locator('.tf-notification__title').textContent()).resolves.toBe(`Nouvelle tâche pour RO-DIOC : ${title}`);
      await expect(item.locator('.tf-notification__body').textContent()).resolves.toBe('Priorité urgente');
      const acknowledged = await api('mutation($taskId: ID!) { acknowledgeTask(taskId: $taskId) { id } }', { taskId: created.data.createTask.id }, liaisonToken);
      expect(acknowledged.errors).toBeUndefined();
    } finally {
      await french.close();
      await setPersonLanguage('liaison@demo.test', 'en');
    }
  });
});
