import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, markWindow, saveScreenshot, signIn, stillSamePage, waitUntilLive } from './support/browser';

/**
 * A coordinator assigns an URGENT task to another country's agency and keeps looking at the operation's board.
 * That agency's liaison officer, signed in earlier, gets the distinct urgent toast, opens the task from it and
 * acknowledges it; the coordinator's board shows who acknowledged it, live, without a reload.
 */
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
});
