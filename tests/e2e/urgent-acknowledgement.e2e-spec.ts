import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, baseUrl, DEMO_PASSWORD, launchChromium, markWindow, saveScreenshot, signIn, stillSamePage, waitUntilLive } from './support/browser';

/**
 * A coordinator assigns an URGENT task to another country's agency and keeps looking at the operation's board.
 * That agency's liaison officer, signed in earlier, gets the distinct urgent toast, opens the task from it and
 * acknowledges it; the coordinator's board shows who acknowledged it, live, without a reload. An urgent task that
 * arrives while the liaison officer reads another task in its panel (a modal dialog) is acknowledged from its toast
 * without closing the panel.
 */

const LIVE = { timeout: 15_000 };

async function bearer(email: string): Promise<string> {
  const data = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  return data.login.accessToken;
}
describe('urgent task acknowledgement across agencies', () => {
  let browser: Browser;
  let coordinatorContext: BrowserContext | undefined;
  let liaisonContext: BrowserContext | undefined;
  let coordinatorPage: Page | undefined;
  let liaisonPage: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await saveScreenshot(coordinatorPage, 'urgent-ack-coordinator');
    await saveScreenshot(liaisonPage, 'urgent-ack-liaison-officer');
    await coordinatorContext?.close();
    await liaisonContext?.close();
    await browser?.close();
  });

  it('shows the coordinator live that the liaison officer acknowledged the urgent task', async () => {
    // Context B: the liaison officer (Ioana Popescu, RO-DIOC) signs in first and stays on the dashboard.
    liaisonContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const liaison = await liaisonContext.newPage();
    liaisonPage = liaison;
    await signIn(liaison, 'liaison@demo.test');
    await waitUntilLive(liaison);
    const liaisonAgencyId = await liaison.getByTestId('current-user').getAttribute('data-agency-id');
    expect(liaisonAgencyId).toBeTruthy();
    await markWindow(liaison);

    // Context A: the coordinator opens the first joint operation and waits until its board is live.
    coordinatorContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const coordinator = await coordinatorContext.newPage();
    coordinatorPage = coordinator;
    await signIn(coordinator, 'coordinator@demo.test');
    await coordinator.getByTestId('operation-card').first().getByTestId('operation-link').click();
    await coordinator.getByTestId('column-OPEN').waitFor();
    await coordinator.getByTestId('board-live').filter({ hasText: 'Live board' }).waitFor({ timeout: 15_000 });
    await markWindow(coordinator);

    // The coordinator creates an URGENT task for the liaison officer's agency.
    await coordinator.getByTestId('new-task').click();
    const form = coordinator.getByTestId('new-task-panel').getByTestId('create-task-form');
    const title = `Move the two minors to a specialised shelter ${Date.now()}`;
    await form.getByTestId('task-title').fill(title);
    await form.getByTestId('task-description').fill('Confirm a place before the action day; reply as soon as you read this.');
    await form.getByTestId('task-assignee-agency').selectOption(liaisonAgencyId as string);
    await form.getByTestId('task-pillar').selectOption('PROTECTION');
    await form.getByTestId('task-priority').selectOption('URGENT');
    await form.getByTestId('create-task-submit').click();

    const card = coordinator.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: title });
    await card.waitFor({ timeout: 15_000 });
    await card
      .getByTestId('ack-status')
      .filter({ hasText: /Awaiting acknowledgement from RO-DIOC, escalates at .+ \(in \d+ minutes?\)/ })
      .waitFor({ timeout: 15_000 });
    // The coordinator may not acknowledge on the agency's behalf: no button for them.
    expect(await card.getByTestId('acknowledge-task').count()).toBe(0);

    // The liaison officer gets the urgent toast (distinct from ordinary ones), without a reload.
    const toast = liaison.getByTestId('toast').locator('[data-testid="toast-item"][data-urgent="true"]').filter({ hasText: title });
    await toast.waitFor({ timeout: 15_000 });
    await expect(toast.isVisible()).resolves.toBe(true);
    await saveScreenshot(liaison, 'urgent-ack-liaison-toast');

    // They open the task from the toast and acknowledge it.
    await toast.getByRole('link', { name: 'Open task' }).click();
    const drawer = liaison.getByTestId('task-detail');
    await drawer.waitFor({ timeout: 15_000 });
    await drawer.getByTestId('ack-status').filter({ hasText: 'Awaiting acknowledgement from RO-DIOC' }).waitFor();
    await drawer.getByTestId('acknowledge-task').click();
    await drawer
      .getByTestId('ack-status')
      .filter({ hasText: 'Acknowledged by Ioana Popescu (RO-DIOC) at' })
      .waitFor({ timeout: 15_000 });
    expect(await drawer.getByTestId('acknowledge-error').count()).toBe(0);

    // The coordinator's board shows the acknowledgement live, on the same page (no reload).
    await card
      .getByTestId('ack-status')
      .filter({ hasText: 'Acknowledged by Ioana Popescu (RO-DIOC)' })
      .waitFor({ timeout: 15_000 });
    expect(await card.getByTestId('ack-status').getAttribute('data-ack-state')).toBe('acknowledged');
    expect(await stillSamePage(coordinator)).toBe(true);
    expect(await stillSamePage(liaison)).toBe(true);

    await saveScreenshot(coordinator, 'urgent-ack-coordinator');
    await saveScreenshot(liaison, 'urgent-ack-liaison-officer');
  });

  it('acknowledges an urgent task from its toast while another task’s panel is open', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await signIn(page, 'liaison@demo.test');
      await waitUntilLive(page);
      const liaisonAgencyId = await page.getByTestId('current-user').getAttribute('data-agency-id');
      const liaisonUserId = await page.getByTestId('current-user').getAttribute('data-user-id');
      const coordinatorToken = await bearer('coordinator@demo.test');
      const { operations } = await api<{ operations: Array<{ id: string; name: string }> }>('{ operations { id name } }', {}, coordinatorToken);
      const danube = operations.find((o) => o.name === 'Joint Operation Danube Route');
      if (!danube) throw new Error('the demo data has no Joint Operation Danube Route');

      // The liaison officer reads a task in its panel, a modal dialog over the board.
      await page.goto(`${baseUrl()}/operations/${danube.id}`);
      const firstCard = page.getByTestId('task-card').first();
      await firstCard.waitFor(LIVE);
      await firstCard.locator('h4 a').click();
      const panel = page.getByTestId('task-detail');
      await panel.waitFor(LIVE);
      await waitUntilLive(page);

      // Meanwhile the coordinator assigns an URGENT task to the liaison officer's agency, through the API.
      const title = `Confirm the shelter place for the two minors ${Date.now()}`;
      const created = await api<{ createTask: { id: string } }>(
        'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
        { input: { operationId: danube.id, title, assigneeAgencyId: liaisonAgencyId, pillar: 'PROTECTION', priority: 'URGENT' } },
        coordinatorToken,
      );
      const toast = page.getByTestId('toast').locator('[data-testid="toast-item"][data-urgent="true"]').filter({ hasText: title });
      await toast.waitFor(LIVE);
      await saveScreenshot(page, 'urgent-ack-toast-over-panel');

      // "Acknowledge" is pressed where it is shown, with the panel still open.
      await toast.getByTestId('toast-acknowledge').click(LIVE);
      await page.getByTestId('toast-item').filter({ hasText: `Acknowledged: ${title}` }).waitFor(LIVE);
      await expect(panel.isVisible()).resolves.toBe(true);

      // The toasts and their live regions are inside the open dialog (the rest of the page is inert under it): screen
      // readers heard the urgent one there.
      expect(await panel.getByTestId('toast-item').filter({ hasText: `Acknowledged: ${title}` }).count()).toBe(1);
      const announcer = panel.getByTestId('toast-announcer-assertive');
      await expect(announcer.getAttribute('aria-live')).resolves.toBe('assertive');
      await expect(announcer.textContent()).resolves.toBe(`Urgent: New task for RO-DIOC: ${title}. Urgent priority`);
      const { task } = await api<{ task: { acknowledgedAt: string | null; acknowledgedBy: { id: string } | null } }>(
        'query($id: ID!) { task(id: $id) { acknowledgedAt acknowledgedBy { id } } }',
        { id: created.createTask.id },
        coordinatorToken,
      );
      expect(task.acknowledgedBy).toEqual({ id: liaisonUserId });
      expect(task.acknowledgedAt).toEqual(expect.any(String));

      // Once the panel is closed, the toasts are back over the page.
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached', ...LIVE });
      await expect(page.getByTestId('toast').evaluate((region) => region.closest('dialog') === null && region.isConnected)).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});
