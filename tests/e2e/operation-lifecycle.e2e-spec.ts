import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, launchChromium, markWindow, saveScreenshot, signIn, stillSamePage, waitUntilLive } from './support/browser';

const LIVE = { timeout: 15_000 };

/** A UTC calendar date `days` from today, as `<input type="date">` takes it. */
function utcDate(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The value of the first option of a select whose text contains `text`. */
async function optionValue(select: Locator, text: string): Promise<string> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  if (!value) throw new Error(`No option "${text}"`);
  return value;
}

/**
 * A joint operation is formed on screen and another agency joins it by consent: the NL police coordinator forms a
 * new operation (legal basis cited), invites the Romanian prosecutors (RO-DIOC) as a party; their agency admin sees
 * the invitation arrive, accepts it, and the operation appears on her dashboard (another tab) without a reload. The
 * coordinator activates it and assigns a task to RO-DIOC: the Romanian board shows both live. Finally RO-DIOC leaves,
 * the coordinator's board flags the task "assignee left" and the coordinator reassigns it. ES-BIP has no coordinator or agency admin in the demo
 * data (only a liaison officer, who may not answer), hence RO-DIOC. Only a new operation is touched.
 */
describe('joint operation lifecycle across agencies', () => {
  let browser: Browser;
  let nlContext: BrowserContext | undefined;
  let roContext: BrowserContext | undefined;
  let coordinator: Page | undefined;
  let roDashboard: Page | undefined;
  let roInvitations: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await saveScreenshot(coordinator, 'operation-lifecycle-coordinator');
    await saveScreenshot(roDashboard, 'operation-lifecycle-ro-dashboard');
    await saveScreenshot(roInvitations, 'operation-lifecycle-ro-invitations');
    await nlContext?.close();
    await roContext?.close();
    await browser?.close();
  });

  it('forms an operation, gets an agency’s consent and works with it live', async () => {
    // Named to sort after the demo's Danube Route: other specs open the coordinator's first operation card.
    const name = `Joint Operation Tisza Crossing ${Date.now()}`;
    const purpose = 'Identify the recruiters sending workers from Constanța to Dutch greenhouses';
    const citation = 'Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters';

    // Romanian agency admin: the dashboard in one tab, the invitations in another (same signed-in context).
    roContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const roDash = await roContext.newPage();
    roDashboard = roDash;
    await signIn(roDash, 'ro-admin@demo.test');
    await waitUntilLive(roDash);
    await roDash.getByTestId('operation-list').waitFor();
    expect(await roDash.getByTestId('operation-card').filter({ hasText: name }).count()).toBe(0);
    await markWindow(roDash);

    const roInv = await roContext.newPage();
    roInvitations = roInv;
    await roInv.goto(`${baseUrl()}/invitations`);
    await roInv.getByTestId('invitations-page').waitFor();
    await waitUntilLive(roInv);
    await markWindow(roInv);

    // NL coordinator forms the joint operation on screen.
    nlContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const nl = await nlContext.newPage();
    coordinator = nl;
    await signIn(nl, 'coordinator@demo.test');
    await nl.getByTestId('new-operation-link').click();
    const form = nl.getByTestId('operation-form');
    await form.waitFor();
    await form.getByTestId('operation-name-input').fill(name);
    await form.getByTestId('operation-purpose').fill(purpose);
    await form.getByTestId('operation-countries-add').selectOption('NL');
    await form.getByTestId('operation-countries-add').selectOption('RO');
    expect(await form.getByTestId('chosen-country').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))).toEqual(['NL', 'RO']);
    await form.getByTestId('operation-form-FORCED_LABOUR').check();
    await form.getByTestId('operation-starts-on').fill(utcDate(1));
    await form.getByTestId('operation-ends-on').fill(utcDate(120));
    await form.getByTestId('legal-basis-CITATION').check();
    // A tab inside the one-line citation is refused by the server: its message shows under the citation, in words.
    await form.getByTestId('operation-citation').fill('Art. 13\tof the 2000 EU Convention');
    await form.getByTestId('operation-form-submit').click();
    await form.locator('[data-testid="operation-citation"][aria-invalid="true"]').waitFor(LIVE);
    await form.getByText('Must be one line, without line breaks, tabs or other control characters.').waitFor();
    expect(nl.url()).toMatch(/\/operations\/new$/);
    await form.getByTestId('operation-citation').fill(citation);
    await form.getByTestId('operation-form-submit').click();

    // The new operation's page: planned, led by NL-POL, citing its legal basis.
    await nl.getByTestId('operation-name').filter({ hasText: name }).waitFor(LIVE);
    await expect(nl.getByTestId('operation-page').getAttribute('data-operation-status')).resolves.toBe('PLANNED');
    await expect(nl.getByTestId('operation-legal-basis').textContent()).resolves.toContain(citation);
    expect(nl.url()).toMatch(/\/operations\/[0-9a-f-]{36}$/);

    // Invite RO-DIOC as a party, with a message.
    const invite = nl.getByTestId('invite-form');
    const roAgencyId = await optionValue(invite.getByTestId('invite-agency'), 'RO-DIOC');
    await invite.getByTestId('invite-agency').selectOption(roAgencyId);
    await invite.getByTestId('invite-role').selectOption('PARTY');
    const message = 'Your prosecutors hold the bank records we need.';
    await invite.getByTestId('invite-message').fill(message);
    await invite.getByTestId('invite-submit').click();
    const nlInvitation = nl.getByTestId('operation-invitation').filter({ hasText: 'RO-DIOC' });
    await nlInvitation.getByTestId('invitation-status').filter({ hasText: 'Pending' }).waitFor(LIVE);
    // RO-DIOC is no longer offered while its invitation is pending.
    expect(await invite.getByTestId('invite-agency').locator('option', { hasText: 'RO-DIOC' }).count()).toBe(0);

    // A second invitation, withdrawn at once (NG-NATA: nobody there hears of invitations, so nobody is notified).
    await invite.getByTestId('invite-agency').selectOption(await optionValue(invite.getByTestId('invite-agency'), 'NG-NATA'));
    await invite.getByTestId('invite-submit').click();
    const ngInvitation = nl.getByTestId('operation-invitation').filter({ hasText: 'NG-NATA' });
    await ngInvitation.getByTestId('invitation-status').filter({ hasText: 'Pending' }).waitFor(LIVE);
    await ngInvitation.getByTestId('withdraw-invitation').click();
    await ngInvitation.getByTestId('confirm-withdraw').click();
    await ngInvitation.getByTestId('invitation-status').filter({ hasText: 'Withdrawn' }).waitFor(LIVE);
    await invite.getByTestId('invite-agency').locator('option', { hasText: 'NG-NATA' }).waitFor({ state: 'attached' });

    // The invitation arrives on the Romanian invitations page live, with what the agency may know before accepting.
    const card = roInv.getByTestId('invitation-card').filter({ hasText: name });
    await card.waitFor(LIVE);
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain(purpose);
    expect(cardText).toContain('NL-POL');
    expect(cardText).toContain('Anna de Vries');
    await expect(card.getByTestId('invitation-message').textContent()).resolves.toBe(message);
    expect(await stillSamePage(roInv)).toBe(true);
    // The dashboard tab points to it too.
    await roDash.getByTestId('pending-invitations-notice').waitFor(LIVE);

    // The agency admin accepts; the page links to the operation.
    await card.getByTestId('invitation-accept').click();
    await roInv.getByTestId('invitation-card').filter({ hasText: name }).getByTestId('invitation-open-operation').waitFor(LIVE);

    // The operation appears on the dashboard tab without a reload.
    const roCard = roDash.getByTestId('operation-card').filter({ hasText: name });
    await roCard.waitFor(LIVE);
    expect(await stillSamePage(roDash)).toBe(true);

    // The coordinator's page shows the answer and the new party, live.
    await nlInvitation.getByTestId('invitation-status').filter({ hasText: 'Accepted' }).waitFor(LIVE);
    const participant = nl.getByTestId('participant').filter({ hasText: 'RO-DIOC' });
    await participant.waitFor(LIVE);
    await expect(participant.getByTestId('participant-role').textContent()).resolves.toBe('Party');

    // RO opens the operation (in-app) and watches it.
    await roCard.getByTestId('operation-link').click();
    await roDash.getByTestId('operation-page').waitFor();
    await roDash.getByTestId('board-live').filter({ hasText: 'Live board' }).waitFor(LIVE);
    await expect(roDash.getByTestId('operation-page').getAttribute('data-operation-status')).resolves.toBe('PLANNED');
    // An agency admin of a non-lead agency may take it out; she does not coordinate, so no lifecycle controls.
    await roDash.getByTestId('leave-operation-start').waitFor();
    expect(await roDash.getByTestId('operation-lifecycle').count()).toBe(0);

    // The coordinator activates the operation; the Romanian page follows live.
    await nl.getByTestId('operation-status-to-ACTIVE').click();
    await nl.locator('[data-testid="operation-page"][data-operation-status="ACTIVE"]').waitFor(LIVE);
    await roDash.locator('[data-testid="operation-page"][data-operation-status="ACTIVE"]').waitFor(LIVE);
    await nl.getByTestId('operation-history-entry').filter({ hasText: 'Planned → Active' }).waitFor(LIVE);

    // The coordinator assigns a task to RO-DIOC; it shows on the Romanian board live.
    await nl.getByTestId('new-task').click();
    const taskForm = nl.getByTestId('new-task-panel').getByTestId('create-task-form');
    const title = `Obtain the recruitment agency's bank records ${Date.now()}`;
    await taskForm.getByTestId('task-title').fill(title);
    await taskForm.getByTestId('task-assignee-agency').selectOption(roAgencyId);
    await taskForm.getByTestId('task-pillar').selectOption('PROSECUTION');
    await taskForm.getByTestId('task-priority').selectOption('HIGH');
    await taskForm.getByTestId('create-task-submit').click();
    await nl.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: title }).waitFor(LIVE);
    await roDash.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: title }).waitFor(LIVE);
    expect(await stillSamePage(roDash)).toBe(true);

    // RO-DIOC leaves: it goes back to its dashboard; the coordinator's card says the assignee left.
    await roDash.getByTestId('leave-operation-start').click();
    await roDash.getByTestId('leave-operation-confirm').click();
    await roDash.getByTestId('dashboard').waitFor(LIVE);
    await roDash.waitForFunction(
      (operationName) =>
        !Array.from(document.querySelectorAll('[data-testid="operation-card"]')).some((el) => el.textContent?.includes(operationName)),
      name,
      LIVE,
    );
    const leftCard = nl.getByTestId('task-card').filter({ hasText: title });
    await leftCard.getByTestId('assignee-left').waitFor(LIVE);
    expect(await stillSamePage(roDash)).toBe(true);
    expect(await nl.getByTestId('participant').filter({ hasText: 'RO-DIOC' }).count()).toBe(0);

    // The coordinator reassigns the task to the NL police from its panel (version-checked).
    await leftCard.getByRole('link', { name: title }).click();
    const drawer = nl.getByTestId('task-detail');
    await drawer.getByTestId('assignee-left-notice').waitFor();
    await drawer.getByTestId('task-edit-start').click();
    const nlAgencyId = await optionValue(drawer.getByTestId('task-edit-agency'), 'NL-POL');
    await drawer.getByTestId('task-edit-agency').selectOption(nlAgencyId);
    await drawer.getByTestId('task-edit-submit').click();
    await drawer.getByTestId('task-history').filter({ hasText: 'reassigned from RO-DIOC to NL-POL' }).waitFor(LIVE);
    const movedCard = nl.getByTestId('task-card').filter({ hasText: title });
    await movedCard.filter({ hasText: 'NL-POL' }).waitFor(LIVE);
    expect(await movedCard.getByTestId('assignee-left').count()).toBe(0);

    await nl.getByTestId('task-detail').getByRole('button', { name: 'Close panel' }).click();
    await nl.getByTestId('task-detail').waitFor({ state: 'detached' });

    // Extending the period asks why before anything is sent; the history records the extension and its reason.
    await nl.getByTestId('edit-operation').click();
    const edit = nl.getByTestId('operation-form');
    await edit.getByTestId('operation-ends-on').fill(utcDate(180));
    await edit.getByTestId('operation-form-submit').click();
    await edit.locator('[data-testid="operation-edit-reason"][aria-invalid="true"]').waitFor();
    const extension = 'More victims identified in Arad county';
    await edit.getByTestId('operation-edit-reason').fill(extension);
    await edit.getByTestId('operation-form-submit').click();
    await nl.getByTestId('operation-history-entry').filter({ hasText: 'Extended the period' }).filter({ hasText: extension }).waitFor(LIVE);
    await expect(nl.getByTestId('operation-period').textContent()).resolves.toContain(utcDate(180));

    // Suspending needs a reason (asked before anything is sent); the history keeps it. A suspended operation also
    // sorts after the active demo operations on the coordinator's dashboard.
    await nl.getByTestId('operation-status-to-SUSPENDED').click();
    await nl.locator('[data-testid="operation-status-reason"][aria-invalid="true"]').waitFor();
    await expect(nl.getByTestId('operation-page').getAttribute('data-operation-status')).resolves.toBe('ACTIVE');
    const why = 'Waiting for the Romanian court order';
    await nl.getByTestId('operation-status-reason').fill(why);
    await nl.getByTestId('operation-status-to-SUSPENDED').click();
    await nl.locator('[data-testid="operation-page"][data-operation-status="SUSPENDED"]').waitFor(LIVE);
    await nl.getByTestId('operation-history-entry').filter({ hasText: 'Active → Suspended' }).filter({ hasText: why }).waitFor(LIVE);

    // Version check: while the coordinator edits in one tab, the operation is reactivated in another. The edit form
    // keeps what was typed when the change arrives live, and saving it is refused as a conflict, overwriting nothing.
    const otherTab = await nlContext.newPage();
    await otherTab.goto(nl.url());
    await otherTab.getByTestId('operation-status-to-ACTIVE').waitFor();
    await nl.getByTestId('edit-operation').click();
    const stale = nl.getByTestId('operation-form');
    await stale.getByTestId('operation-name-input').fill(`${name} (renamed)`);
    await otherTab.getByTestId('operation-status-to-ACTIVE').click();
    await nl.locator('[data-testid="operation-page"][data-operation-status="ACTIVE"]').waitFor(LIVE);
    await expect(stale.getByTestId('operation-name-input').inputValue()).resolves.toBe(`${name} (renamed)`);
    await stale.getByTestId('operation-form-submit').click();
    await stale.getByTestId('operation-form-error').filter({ hasText: 'Someone else changed this joint operation' }).waitFor(LIVE);
    await stale.getByTestId('operation-form-reload').click();
    await expect(nl.getByTestId('operation-name').textContent()).resolves.toBe(name);
    await otherTab.close();
  });
});
