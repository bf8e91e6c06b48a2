import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, signIn, waitUntilLive } from './support/browser';

/**
 * A request for information between two agencies of Joint Operation Danube Route, in two browsers: the Romanian
 * prosecutors' liaison officer sends the Netherlands police a request; the NL liaison officer, already on the
 * operation page, sees it arrive without a reload and acknowledges receipt; the sender sees the acknowledgement live,
 * then the answer. The sender attaches a file to the request; the addressee sees it arrive and downloads it straight
 * to disk (a navigation to a one-time download ticket, not bytes held by the page), and the test checks the SHA-256
 * of the bytes saved against the one it computed from the bytes it gave the browser.
 */
describe('requests for information in the browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sender: Page | undefined;
  let addressee: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(sender, 'information-requests-sender');
    await saveScreenshot(addressee, 'information-requests-addressee');
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  const open = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 1000 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email);
    await waitUntilLive(page);
    return page;
  };

  it('the addressed agency sees a request live and acknowledges it; the sender sees the receipt and the answer live', async () => {
    sender = await open('liaison@demo.test');
    await sender.getByTestId('operation-card').filter({ hasText: 'Danube Route' }).getByTestId('operation-link').click();
    const panel = sender.getByTestId('information-requests');
    await panel.waitFor();
    const operationUrl = sender.url();

    addressee = await open('nl-liaison@demo.test');
    await addressee.goto(operationUrl);
    const inbox = addressee.getByTestId('information-requests');
    await inbox.waitFor();

    const subject = `Payroll records of the Rotterdam farm ${Date.now()}`;
    const form = panel.getByTestId('request-form');
    // The agency as demo-data.ts names it.
    await form.getByTestId('request-to').selectOption({ label: 'NL-POL — Netherlands Police — Human Trafficking Unit' });
    await form.getByTestId('request-priority').selectOption('HIGH');
    await form.getByTestId('request-subject-input').fill(subject);
    await form.getByTestId('request-body').fill('Who paid the seasonal workers in March, and from which account?');
    await form.getByTestId('request-handling').selectOption('H3');
    await form.getByTestId('request-restriction').fill('Only for the payroll investigation');
    await form.getByTestId('request-send').click();
    await form.getByTestId('request-sent').filter({ hasText: 'Request sent to NL-POL' }).waitFor();
    const mine = panel.getByTestId('information-request').filter({ hasText: subject });
    await mine.waitFor();
    expect(await mine.getAttribute('data-status')).toBe('SENT');
    expect(await mine.getByTestId('request-acknowledge').count()).toBe(0);

    // The sender attaches a file (tus upload from the browser) marked TLP:RED.
    const bytes = Buffer.concat([Buffer.from('ledger of the Rotterdam farm\n'), randomBytes(300_000)]);
    const expected = createHash('sha256').update(bytes).digest('hex');
    await mine.getByTestId('attach-file-tlp').selectOption('RED');
    await mine.getByTestId('attach-file-handling').selectOption('H3');
    await mine.getByTestId('attach-file-restriction').fill('Not for court without RO-DIOC');
    await mine.getByTestId('attach-file-input').setInputFiles({ name: 'ledger-2025.bin', mimeType: 'application/octet-stream', buffer: bytes });
    await mine.getByTestId('attached-file').filter({ hasText: 'ledger-2025.bin' }).waitFor({ timeout: 15_000 });
    expect(await mine.getByTestId('attached-file-sha256').textContent()).toBe(expected);

    // Live on the addressed agency's screen, without a reload, with its markings.
    const received = inbox.getByTestId('information-request').filter({ hasText: subject });
    await received.waitFor({ timeout: 15_000 });
    expect(await received.getByTestId('request-route').textContent()).toBe('RO-DIOC → NL-POL');
    expect(await received.locator('header').getByTestId('tlp-badge').getAttribute('data-tlp')).toBe('AMBER');
    expect(await received.locator('header').getByTestId('handling-condition').textContent()).toBe(' Restriction: Only for the payroll investigation');
    // The file arrives too; the browser saves it from its ticket's address, and the test checks the bytes saved.
    const file = received.getByTestId('attached-file').filter({ hasText: 'ledger-2025.bin' });
    await file.waitFor({ timeout: 15_000 });
    expect(await file.getByTestId('tlp-badge').getAttribute('data-tlp')).toBe('RED');
    expect(await file.getByTestId('handling-condition').textContent()).toBe(' Restriction: Not for court without RO-DIOC');
    const [download] = await Promise.all([addressee.waitForEvent('download'), file.getByTestId('attached-file-download').click()]);
    expect(download.suggestedFilename()).toBe('ledger-2025.bin');
    expect(new URL(download.url()).pathname).toBe(`/files/${await file.getAttribute('data-file-id')}`);
    // An opaque ticket: 32 random bytes in base64url (43 characters), naming nobody.
    expect(new URL(download.url()).searchParams.get('ticket')).toMatch(/^[\w-]{43}$/);
    expect(createHash('sha256').update(readFileSync(await download.path())).digest('hex')).toBe(expected);
    expect(await file.getByTestId('attached-file-check').textContent()).toContain(`compare the saved file with its SHA-256 ${expected.slice(0, 12)}`);
    // The ticket served that download only.
    expect((await addressee.request.get(download.url())).status()).toBe(404);
    await received.getByTestId('request-acknowledge').click();
    await inbox.locator(`[data-testid="information-request"][data-status="ACKNOWLEDGED"]`).filter({ hasText: subject }).waitFor();

    // The sender sees the receipt live.
    await panel.locator(`[data-testid="information-request"][data-status="ACKNOWLEDGED"]`).filter({ hasText: subject }).waitFor({ timeout: 15_000 });
    expect(await mine.getByTestId('request-status').textContent()).toContain('Acknowledged by');

    // The answer closes it, live on the sender's screen.
    await received.getByTestId('request-answer-open').click();
    await received.getByTestId('request-answer-body').fill('A cash courier; the ledger is attached to the task.');
    await received.getByTestId('request-answer-send').click();
    await panel.locator(`[data-testid="information-request"][data-status="ANSWERED"]`).filter({ hasText: subject }).waitFor({ timeout: 15_000 });
    expect(await mine.getByTestId('request-answer').textContent()).toContain('A cash courier; the ledger is attached to the task.');

    // The custody trail: the uploader's agency sees the upload and the addressee's download; the addressee (neither the
    // uploader's agency nor a coordinator) is told it is not theirs to see.
    const sent = mine.getByTestId('attached-file').filter({ hasText: 'ledger-2025.bin' });
    await sent.getByTestId('file-custody-toggle').click();
    await sent.getByTestId('file-custody-entry').nth(1).waitFor();
    expect(await sent.getByTestId('file-custody-entry').evaluateAll((items) => items.map((li) => li.getAttribute('data-action')))).toEqual(['FILE_UPLOADED', 'FILE_DOWNLOADED']);
    expect(await sent.getByTestId('file-custody-entry').nth(1).textContent()).toContain('(NL-POL) downloaded');
    await file.getByTestId('file-custody-toggle').click();
    expect(await file.getByTestId('file-custody-refused').textContent()).toContain("Only the uploader's agency and the operation's coordinators");
  });
});
