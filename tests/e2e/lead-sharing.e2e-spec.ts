import type { Page } from 'playwright-core';
import { markWindow, people, saveScreenshot, stillSamePage, waitUntilLive } from './support/browser';

/**
 * Demo lead (libs/api/leads/src/lib/demo-leads.ts) and the decisions the demo rules give for it:
 *   NL-POL → ES-BIP (first share): ALLOW_REDACTED — victim personal data removed, rule NL-2 (UN-TIP-PROTOCOL, the only
 *   agreement between NL and ES, does not cover victim data).
 *   ES-BIP → BE-SIS (onward share, on the lead as ES-BIP holds it): REQUIRES_APPROVAL — TLP:AMBER+STRICT stays within
 *   the recipient organisation, so NL-POL's liaison officer must approve.
 */
const BARGE_LEAD = 'Forced labour on a Rotterdam-registered barge';

/** Opens /leads through the section link and then the lead whose summary contains `summary`. */
async function openLead(page: Page, summary: string): Promise<void> {
  await page.getByTestId('nav-leads').click();
  await page.getByTestId('leads-page').waitFor();
  await page.getByTestId('lead-card').filter({ hasText: summary }).getByTestId('lead-link').click();
  await page.getByTestId('lead-page').waitFor();
}

/** In the share dialog: chooses the recipient agency by acronym and the purpose, and asks for the decisions. */
async function previewShare(page: Page, acronym: string): Promise<void> {
  await page.getByTestId('share-lead').click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.waitFor();
  await dialog.locator(`[data-testid="share-recipient"][data-acronym="${acronym}"]`).check();
  await dialog.getByTestId('share-purpose').selectOption('INVESTIGATION');
  await dialog.getByTestId('share-preview').click();
  await dialog.getByTestId('share-preview-result').waitFor();
}

/** Confirms the previewed share and closes the dialog once the result for `acronym` shows. */
async function confirmShare(page: Page, acronym: string): Promise<void> {
  await page.getByTestId('share-confirm').click();
  await page.locator(`[data-testid="share-result"][data-acronym="${acronym}"]`).waitFor();
  await page.keyboard.press('Escape');
}

/**
 * The lead-sharing browser test, with three people in three browsers: an analyst of the Netherlands police shares a lead
 * holding victim data with the Spanish border police; the Spanish liaison officer sees the redacted version and why,
 * and asks to pass it on to the Belgian inspectorate, which needs the originator's approval; the Dutch liaison officer
 * (a different person from the analyst) sees the request arrive in the approvals inbox without a reload and approves
 * it; the Spanish requester sees the outcome without a reload.
 */
describe('lead sharing across agencies, with an onward share approved live', () => {
  const crowd = people('lead-sharing');
  const openAs = crowd.openAs;

  beforeAll(() => crowd.launch());
  afterAll(() => crowd.closeAll());

  it('analyst shares → recipient sees it redacted with the reason → recipient asks to pass it on → originator liaison approves live → requester sees it live', async () => {
    // B: the Spanish liaison officer keeps the leads list open; the barge lead is not there.
    const recipient = await openAs('recipient', 'es-liaison@demo.test');
    await waitUntilLive(recipient);
    await recipient.getByTestId('nav-leads').click();
    await recipient.getByTestId('leads-page').waitFor();
    await recipient.getByTestId('lead-count').waitFor();
    expect(await recipient.getByTestId('lead-card').filter({ hasText: BARGE_LEAD }).count()).toBe(0);
    await markWindow(recipient);

    // C: the Dutch liaison officer keeps the approvals inbox open; nothing waits.
    const approver = await openAs('approver', 'nl-liaison@demo.test');
    await waitUntilLive(approver);
    await approver.getByTestId('nav-approvals').click();
    await approver.getByTestId('approval-count').waitFor();
    expect(await approver.getByTestId('approval-item').count()).toBe(0);
    await markWindow(approver);

    // A: the Dutch analyst previews and confirms a share of the barge lead with ES-BIP.
    const analyst = await openAs('analyst', 'nl-analyst@demo.test');
    await openLead(analyst, BARGE_LEAD);
    await expect(analyst.getByTestId('tlp-badge').first().textContent()).resolves.toBe('TLP:AMBER+STRICT');
    // The originating agency attaches a crew list to the lead.
    const leadFiles = analyst.getByTestId('lead-files');
    await leadFiles.getByTestId('attach-file-input').setInputFiles({ name: 'crew-list.csv', mimeType: 'text/csv', buffer: Buffer.from('name,role\nA. B.,deckhand\n') });
    await leadFiles.getByTestId('attached-file').filter({ hasText: 'crew-list.csv' }).waitFor({ timeout: 15_000 });
    await previewShare(analyst, 'ES-BIP');
    const decision = analyst.locator('[data-testid="share-decision"][data-acronym="ES-BIP"]');
    await expect(decision.getAttribute('data-outcome')).resolves.toBe('ALLOW_REDACTED');
    // The badge names the decision in words; the engine's code stays in its data attribute.
    const badge = decision.getByTestId('sharing-outcome');
    await expect(badge.innerText()).resolves.toBe('Allowed, redacted');
    await expect(badge.getAttribute('data-outcome')).resolves.toBe('ALLOW_REDACTED');
    await expect(decision.getByTestId('decision-removed').textContent()).resolves.toContain('victim personal data');
    await saveScreenshot(analyst, 'lead-sharing-preview');
    await confirmShare(analyst, 'ES-BIP');
    await analyst.locator('[data-testid="lead-share"][data-acronym="ES-BIP"][data-status="ACTIVE"]').waitFor();
    // Shared again, the dialog marks ES-BIP as holding the lead and does not offer it; an agency without a share is offered.
    await analyst.getByTestId('share-lead').click();
    const again = analyst.getByTestId('share-dialog');
    const esBip = again.locator('[data-testid="share-recipient"][data-acronym="ES-BIP"]');
    await esBip.waitFor();
    await expect(esBip.getAttribute('data-held')).resolves.toBe('ACTIVE');
    await expect(esBip.isDisabled()).resolves.toBe(true);
    await expect(again.locator('label:has([data-testid="share-recipient"][data-acronym="ES-BIP"])').getByTestId('share-recipient-held').textContent()).resolves.toContain('holds this lead already');
    await expect(again.locator('[data-testid="share-recipient"][data-acronym="BE-SIS"]').isDisabled()).resolves.toBe(false);
    await analyst.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });

    // B: the lead appears in the open list (lead.changed), marked redacted; its page says what was removed and why.
    const card = recipient.getByTestId('lead-card').filter({ hasText: BARGE_LEAD });
    await card.waitFor({ timeout: 15_000 });
    await expect(stillSamePage(recipient)).resolves.toBe(true);
    await expect(card.getByTestId('lead-redacted').textContent()).resolves.toContain('victim personal data');
    await card.getByTestId('lead-link').click();
    const redaction = recipient.getByTestId('redaction');
    await redaction.waitFor();
    const callout = (await redaction.textContent()) ?? '';
    expect(callout).toMatch(/Removed: victim personal data — rule NL-2/);
    expect(callout).toContain("Victims' personal data leaves the Netherlands only under an agreement covering it");
    expect(await recipient.locator('[data-testid="lead-person"][data-role="POTENTIAL_VICTIM"]').count()).toBe(0);
    // A redacted share reads the lead without its files, and is told why.
    await expect(recipient.getByTestId('lead-files-withheld').textContent()).resolves.toContain('victim personal data');
    expect(await recipient.getByTestId('lead-files').getByTestId('attached-file').count()).toBe(0);
    await saveScreenshot(recipient, 'lead-sharing-recipient-redacted');

    // B: the Spanish liaison officer asks to pass the lead on to BE-SIS: AMBER+STRICT needs the originator's approval.
    await previewShare(recipient, 'BE-SIS');
    const onward = recipient.locator('[data-testid="share-decision"][data-acronym="BE-SIS"]');
    await expect(onward.getAttribute('data-outcome')).resolves.toBe('REQUIRES_APPROVAL');
    await expect(onward.getByTestId('sharing-outcome').innerText()).resolves.toBe('Requires approval');
    await expect(onward.textContent()).resolves.toContain('AMBER+STRICT');
    await confirmShare(recipient, 'BE-SIS');
    const request = recipient.locator('[data-testid="lead-share"][data-acronym="BE-SIS"]');
    await recipient.locator('[data-testid="lead-share"][data-acronym="BE-SIS"][data-status="PENDING_APPROVAL"]').waitFor();
    await expect(request.getByTestId('lead-share-sender').textContent()).resolves.toContain('ES-BIP');
    // The recipient sees its own share and the one it asked for, never the originator's other shares (SPF's).
    expect(await recipient.locator('[data-testid="lead-share"][data-acronym="SPF"]').count()).toBe(0);
    await markWindow(recipient);

    // C: the request arrives in the open inbox without a reload; the liaison officer approves it with a reason.
    const item = approver.getByTestId('approval-item').filter({ hasText: BARGE_LEAD });
    await item.waitFor({ timeout: 20_000 });
    await expect(stillSamePage(approver)).resolves.toBe(true);
    await expect(item.getByTestId('approval-sender').textContent()).resolves.toContain('ES-BIP');
    await saveScreenshot(approver, 'lead-sharing-approval-request');
    await item.getByTestId('approval-reason').fill('Belgian inspectorate joins the barge inspection; suspect data only.');
    await item.getByTestId('approve-share').click();
    await approver.getByTestId('approval-item').filter({ hasText: BARGE_LEAD }).waitFor({ state: 'detached', timeout: 15_000 });

    // B: the requester's open lead page shows the share active, without a reload.
    await recipient.locator('[data-testid="lead-share"][data-acronym="BE-SIS"][data-status="ACTIVE"]').waitFor({ timeout: 15_000 });
    await expect(stillSamePage(recipient)).resolves.toBe(true);
    await saveScreenshot(recipient, 'lead-sharing-requester-approved');
  });

  it('a coordinator links a task of the operation to a lead it reads', async () => {
    const coordinator = await openAs('coordinator', 'coordinator@demo.test');
    await openLead(coordinator, 'Recruiters moving Romanian women');
    const card = coordinator.getByTestId('lead-linked-tasks');
    await card.getByTestId('link-task-select').selectOption({ label: 'Request bank records of the recruitment agency' });
    await card.getByTestId('link-task').click();
    await card.getByTestId('linked-task').filter({ hasText: 'Request bank records of the recruitment agency' }).waitFor();
    await saveScreenshot(coordinator, 'lead-sharing-linked-task');
    // The task, opened from the operation's board, names the lead it acts on.
    await card.getByTestId('linked-task').filter({ hasText: 'Request bank records of the recruitment agency' }).getByRole('link').click();
    await coordinator.getByTestId('task-card').filter({ hasText: 'Request bank records of the recruitment agency' }).getByRole('link').click();
    await expect(coordinator.getByTestId('task-lead').textContent()).resolves.toContain('Recruiters moving Romanian women');
  });

  it("revoking a share takes the lead off the recipient's open page, live", async () => {
    // The analyst's page still lists the shares of the barge lead; the Spanish liaison officer still has it open.
    const analyst = crowd.pages['analyst'];
    const recipient = crowd.pages['recipient'];
    await markWindow(recipient);
    analyst.once('dialog', (dialog) => void dialog.accept());
    await analyst.locator('[data-testid="lead-share"][data-acronym="ES-BIP"][data-status="ACTIVE"]').getByTestId('revoke-share').click();
    await analyst.locator('[data-testid="lead-share"][data-acronym="ES-BIP"][data-status="REVOKED"]').waitFor();
    await recipient.getByRole('heading', { name: 'Lead not found' }).waitFor({ timeout: 15_000 });
    expect(await recipient.getByTestId('lead-details').count()).toBe(0);
    await expect(stillSamePage(recipient)).resolves.toBe(true);
  });
});
