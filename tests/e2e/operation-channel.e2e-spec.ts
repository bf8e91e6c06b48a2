import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, signIn, waitUntilLive } from './support/browser';

/**
 * Two agencies of Joint Operation Danube Route talk in its channel: the NL coordinator posts a message mentioning the
 * Romanian prosecutors; their liaison officer, already on the operation page, sees it arrive without a reload, with its
 * TLP label (which text copied out of it carries along), and replies in the thread; the coordinator sees the reply
 * count go up live.
 */
describe('operation channel in the browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: Page | undefined;
  let liaison: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(coordinator, 'operation-channel-coordinator');
    await saveScreenshot(liaison, 'operation-channel-liaison');
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

  it('a message arrives live in the other agency\'s channel with its TLP label; a reply shows in the thread count', async () => {
    coordinator = await open('coordinator@demo.test');
    await coordinator.getByTestId('operation-card').filter({ hasText: 'Danube Route' }).getByTestId('operation-link').click();
    await coordinator.getByTestId('operation-channel').waitFor();
    const operationUrl = coordinator.url();

    liaison = await open('liaison@demo.test');
    await liaison.goto(operationUrl);
    const liaisonChannel = liaison.getByTestId('operation-channel');
    await liaisonChannel.waitFor();

    const text = `@RO-DIOC please confirm the bank records request ${Date.now()}`;
    const form = coordinator.getByTestId('channel-post-form');
    await form.getByTestId('channel-body').fill(text);
    await form.getByTestId('channel-tlp').selectOption('GREEN');
    await form.getByTestId('channel-handling').selectOption('H2');
    await form.getByTestId('channel-send').click();

    // Live on the other agency's screen, without a reload.
    const arrived = liaisonChannel.getByTestId('channel-message').filter({ hasText: text });
    await arrived.waitFor({ timeout: 15_000 });
    expect(await arrived.getByTestId('tlp-badge').getAttribute('data-tlp')).toBe('GREEN');
    expect(await arrived.getByTestId('channel-handling-code').textContent()).toBe('H2');
    expect(await arrived.getByTestId('channel-edit').count()).toBe(0);
    // Text copied out of the message carries its markings on the first line.
    const copied = await arrived.getByTestId('channel-message-body').evaluate((body) => {
      const range = document.createRange();
      range.selectNodeContents(body);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const clipboardData = new DataTransfer();
      body.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }));
      selection.removeAllRanges();
      return clipboardData.getData('text/plain');
    });
    expect(copied).toBe(`[TLP:GREEN H2] ${text}`);

    // The liaison officer replies in the thread; the coordinator's count goes to 1 reply.
    await arrived.getByTestId('channel-thread-toggle').click();
    const reply = arrived.getByTestId('channel-reply-form');
    await reply.getByTestId('channel-body').fill('Confirmed: requested from the bank on Monday.');
    await reply.getByTestId('channel-send').click();
    await arrived.getByTestId('channel-reply').filter({ hasText: 'Confirmed: requested from the bank on Monday.' }).waitFor();
    const mine = coordinator.getByTestId('operation-channel').getByTestId('channel-message').filter({ hasText: text });
    await mine.getByTestId('channel-thread-toggle').filter({ hasText: '1 reply' }).waitFor({ timeout: 15_000 });
  });
});
