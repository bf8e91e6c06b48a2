import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, markWindow, saveScreenshot, signIn, stillSamePage, unreadCount, waitUntilLive } from './support/browser';

/**
 * A coordinator assigns a task to another country's agency; that agency's liaison officer, already signed in
 * and looking at the dashboard, is told at once: a toast and the unread count going up, without a reload.
 */
describe('live task assignment across agencies', () => {
  let browser: Browser;
  let coordinatorContext: BrowserContext | undefined;
  let liaisonContext: BrowserContext | undefined;
  let coordinatorPage: Page | undefined;
  let liaisonPage: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await saveScreenshot(coordinatorPage, 'coordinator');
    await saveScreenshot(liaisonPage, 'liaison-officer');
    await coordinatorContext?.close();
    await liaisonContext?.close();
    await browser?.close();
  });

  it('notifies the liaison officer live when the coordinator assigns a task to their agency', async () => {
    // Context B: the liaison officer signs in first and stays on the dashboard.
    liaisonContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const liaison = await liaisonContext.newPage();
    liaisonPage = liaison;
    await signIn(liaison, 'liaison@demo.test');
    await waitUntilLive(liaison);
    await liaison.getByTestId('unread-count').waitFor();
    const countBefore = await unreadCount(liaison);
    const liaisonAgencyId = await liaison.getByTestId('current-user').getAttribute('data-agency-id');
    expect(liaisonAgencyId).toBeTruthy();
    await markWindow(liaison);

    // Context A: the coordinator opens the first joint operation on the dashboard.
    coordinatorContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const coordinator = await coordinatorContext.newPage();
    coordinatorPage = coordinator;
    await signIn(coordinator, 'coordinator@demo.test');
    await coordinator.getByTestId('operation-card').first().getByTestId('operation-link').click();
    await coordinator.getByTestId('column-OPEN').waitFor();
    await coordinator.getByTestId('new-task').click();
    const form = coordinator.getByTestId('new-task-panel').getByTestId('create-task-form');
    await form.waitFor();

    // Create a task assigned to the liaison officer's agency.
    const title = `Interview the recruiter's driver ${Date.now()}`;
    const due = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await form.getByTestId('task-title').fill(title);
    await form.getByTestId('task-description').fill('Hear the driver who took the workers across the border.');
    await form.getByTestId('task-assignee-agency').selectOption(liaisonAgencyId as string);
    await form.getByTestId('task-pillar').selectOption('PROSECUTION');
    await form.getByTestId('task-priority').selectOption('HIGH');
    await form.getByTestId('task-due-date').fill(due);
    await form.getByTestId('create-task-submit').click();

    // The new card shows on the coordinator's board, in the Open column.
    await coordinator
      .getByTestId('column-OPEN')
      .getByTestId('task-card')
      .filter({ hasText: title })
      .waitFor({ timeout: 15_000 });

    // The liaison officer gets a toast and one more unread notification, without a reload.
    // The toast names the new task (the notification's title is the server's; it quotes the task title).
    await liaison.getByTestId('toast').getByTestId('toast-item').filter({ hasText: title }).waitFor({ timeout: 15_000 });
    await expect(liaison.getByTestId('toast').isVisible()).resolves.toBe(true);
    await liaison.waitForFunction(
      (expected) => document.querySelector('[data-testid="unread-count"]')?.textContent?.trim() === String(expected),
      countBefore + 1,
      { timeout: 15_000 },
    );
    expect(await unreadCount(liaison)).toBe(countBefore + 1);
    expect(await stillSamePage(liaison)).toBe(true);

    await saveScreenshot(coordinator, 'coordinator');
    await saveScreenshot(liaison, 'liaison-officer');
  });

  it('shows on the operation page who is viewing it, live, as people open it and leave', async () => {
    // Both people are signed in by the test above; the coordinator is on the operation page.
    const coordinator = coordinatorPage as Page;
    const liaison = liaisonPage as Page;
    const viewers = (page: Page) => page.getByTestId('presence').getByTestId('presence-viewer');
    const count = (page: Page, n: number) => page.waitForFunction((expected) => document.querySelectorAll('[data-testid="presence-viewer"]').length === expected, n, { timeout: 15_000 });
    await count(coordinator, 1);
    await liaison.goto(coordinator.url());
    await count(liaison, 2);
    await count(coordinator, 2);
    const ids = async (page: Page) => (await viewers(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-user-id')))).sort();
    const coordinatorId = await coordinator.getByTestId('current-user').getAttribute('data-user-id');
    const liaisonId = await liaison.getByTestId('current-user').getAttribute('data-user-id');
    expect(await ids(coordinator)).toEqual([coordinatorId, liaisonId].sort());
    expect(await ids(liaison)).toEqual([coordinatorId, liaisonId].sort());
    // The liaison officer leaves the page (her only tab): the coordinator sees her gone.
    await liaison.getByTestId('nav-dashboard').click();
    await count(coordinator, 1);
  });
});
