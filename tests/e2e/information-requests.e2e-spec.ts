import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, signIn, waitUntilLive } from './support/browser';

/**
 * A request for information between two agencies of Joint Operation Danube Route, in two browsers: the Romanian
 * prosecutors' liaison officer sends the Netherlands police a request; the NL liaison officer, already on the
 * operation page, sees it arrive without a reload and acknowledges receipt; the sender sees the acknowledgement live,
 * then the answer.
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
    const context = await browser.newContext({ viewport: { width: 1366, height: 1000 } });
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
    await form.getByTestId('request-handling').selectOption('H2');
    await form.getByTestId('request-send').click();
    await form.getByTestId('request-sent').filter({ hasText: 'Request sent to NL-POL' }).waitFor();
    const mine = panel.getByTestId('information-request').filter({ hasText: subject });
    await mine.waitFor();
    expect(await mine.getAttribute('data-status')).toBe('SENT');
    expect(await mine.getByTestId('request-acknowledge').count()).toBe(0);

    // Live on the addressed agency's screen, without a reload, with its markings.
    const received = inbox.getByTestId('information-request').filter({ hasText: subject });
    await received.waitFor({ timeout: 15_000 });
    expect(await received.getByTestId('request-route').textContent()).toBe('RO-DIOC → NL-POL');
    expect(await received.getByTestId('tlp-badge').getAttribute('data-tlp')).toBe('AMBER');
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
  });
});
