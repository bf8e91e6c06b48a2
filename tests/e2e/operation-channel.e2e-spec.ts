import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, DEMO_PASSWORD, launchChromium, saveScreenshot, signIn, waitUntilLive } from './support/browser';

/**
 * Two agencies of Joint Operation Danube Route talk in its channel: the NL coordinator posts a message mentioning the
 * Romanian prosecutors; their liaison officer, already on the operation page, sees it arrive without a reload, with its
 * TLP label (which text copied out of it carries along), and replies in the thread; the coordinator sees the reply
 * count go up live. A thread of 55 replies (posted through the API) opens on its latest 50 and loads the earlier ones
 * on demand; so does the list of threads once 55 more are started.
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

  it('H3 asks for its restriction, and the restriction shows beside the code on the other agency\'s screen', async () => {
    const form = coordinator!.getByTestId('channel-post-form');
    const text = `Landlord's address in Valencia ${Date.now()}`;
    await form.getByTestId('channel-body').fill(text);
    expect(await form.getByTestId('channel-restriction').count()).toBe(0);
    await form.getByTestId('channel-handling').selectOption('H3');
    await form.getByTestId('channel-send').click();
    await form.getByText('Handling code H3 needs the restriction the provider states.').waitFor();
    await form.getByTestId('channel-restriction').fill('Not before the joint action day; ask NL-POL first');
    await form.getByTestId('channel-send').click();

    const arrived = liaison!.getByTestId('operation-channel').getByTestId('channel-message').filter({ hasText: text });
    await arrived.waitFor({ timeout: 15_000 });
    expect(await arrived.getByTestId('channel-handling-code').textContent()).toBe('H3');
    expect(await arrived.getByTestId('handling-condition').textContent()).toBe(' Restriction: Not before the joint action day; ask NL-POL first');
  });

  it('a thread of 55 replies opens on its latest 50; "Load earlier replies" brings the first 5, in order', async () => {
    const operationId = new URL(coordinator!.url()).pathname.split('/').pop()!;
    const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'coordinator@demo.test', password: DEMO_PASSWORD } });
    const post = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }';
    const subject = `Shift rota of the Constanta warehouse ${Date.now()}`;
    const root = await api<{ postOperationMessage: { id: string } }>(post, { input: { operationId, body: subject } }, login.accessToken);
    const threadId = root.postOperationMessage.id;
    const ids: string[] = [];
    for (let n = 1; n <= 55; n++) ids.push((await api<{ postOperationMessage: { id: string } }>(post, { input: { operationId, threadId, body: `Rota entry ${n} of 55` } }, login.accessToken)).postOperationMessage.id);

    const page = liaison!;
    await page.reload();
    const message = page.getByTestId('operation-channel').getByTestId('channel-message').filter({ hasText: subject });
    await message.getByTestId('channel-thread-toggle').filter({ hasText: '55 replies' }).click();
    const replies = message.getByTestId('channel-reply');
    await replies.filter({ hasText: 'Rota entry 55 of 55' }).waitFor();
    const shown = () => replies.getByTestId('channel-message-body').allTextContents();
    expect(await shown()).toEqual(Array.from({ length: 50 }, (_, i) => `Rota entry ${i + 6} of 55`));

    await message.getByTestId('channel-load-earlier').click();
    await replies.filter({ hasText: 'Rota entry 1 of 55' }).waitFor();
    expect(await shown()).toEqual(Array.from({ length: 55 }, (_, i) => `Rota entry ${i + 1} of 55`));
    // The thread's first message is reached: nothing earlier to load.
    expect(await message.getByTestId('channel-load-earlier').count()).toBe(0);

    // A reply posted now arrives live below the others; the earlier ones stay.
    await api(post, { input: { operationId, threadId, body: 'Rota entry 56, late' } }, login.accessToken);
    await replies.filter({ hasText: 'Rota entry 56, late' }).waitFor({ timeout: 15_000 });
    expect((await shown()).slice(0, 1).concat((await shown()).slice(-1))).toEqual(['Rota entry 1 of 55', 'Rota entry 56, late']);
    expect(await replies.count()).toBe(56);
    // An edit of an earlier reply shows live too.
    await api('mutation($input: EditOperationMessageInput!) { editOperationMessage(input: $input) { id } }', { input: { id: ids[0], body: 'Rota entry 1 of 55, corrected' } }, login.accessToken);
    await replies.filter({ hasText: 'Rota entry 1 of 55, corrected' }).waitFor({ timeout: 15_000 });
    expect(await replies.count()).toBe(56);
  });

  it('the channel shows its latest 50 threads; "Load earlier threads" brings the earlier ones, in order, until none is left', async () => {
    const operationId = new URL(coordinator!.url()).pathname.split('/').pop()!;
    const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'coordinator@demo.test', password: DEMO_PASSWORD } });
    const post = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }';
    const mark = `Checkpoint ${Date.now()}`;
    for (let n = 1; n <= 55; n++) await api(post, { input: { operationId, body: `${mark}: report ${n} of 55` } }, login.accessToken);

    const page = liaison!;
    await page.reload();
    const channel = page.getByTestId('operation-channel');
    const threads = channel.locator('[aria-label="Threads"] > li');
    await threads.filter({ hasText: `${mark}: report 55 of 55` }).waitFor();
    const ours = async () => (await threads.locator(':scope > article [data-testid="channel-message-body"]').allTextContents()).filter((text) => text.startsWith(mark));
    expect(await threads.count()).toBe(50);
    expect(await ours()).toEqual(Array.from({ length: 50 }, (_, i) => `${mark}: report ${i + 6} of 55`));

    await channel.getByTestId('channel-load-earlier-threads').click();
    await threads.filter({ hasText: `${mark}: report 1 of 55` }).waitFor();
    expect(await ours()).toEqual(Array.from({ length: 55 }, (_, i) => `${mark}: report ${i + 1} of 55`));
    // Every thread of the operation is reachable: pressing on until the control goes ends with a short page.
    while ((await channel.getByTestId('channel-load-earlier-threads').count()) > 0) {
      const held = await threads.count();
      await channel.getByTestId('channel-load-earlier-threads').click();
      await page.waitForFunction(([n]) => document.querySelectorAll('[aria-label="Threads"] > li').length > n || !document.querySelector('[data-testid="channel-load-earlier-threads"]'), [held]);
    }
    const total = await api<{ operationMessages: unknown[] }>('query($operationId: ID!) { operationMessages(operationId: $operationId, first: 200) { id } }', { operationId }, login.accessToken);
    expect(await threads.count()).toBe(total.operationMessages.length);
  });
});
