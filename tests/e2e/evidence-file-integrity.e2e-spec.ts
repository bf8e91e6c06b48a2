import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sha256, tusUpload } from '../support/file-uploads';
import { api, baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, signIn } from './support/browser';

/**
 * The integrity warning in the web client: the coordinator of Danube Route uploads a file to the operation (tus,
 * through the API), its stored bytes are altered on the API's disk, and a check (`verifyFile`) finds them altered. The
 * operation page then flags the file with "SHA-256 mismatch", and its custody trail shows the failed check with the
 * SHA-256 found (computed here from the altered bytes) and the one recorded at upload (computed here from the bytes
 * sent).
 */


describe('evidence file integrity in the browser', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'evidence-file-integrity');
    await context?.close();
    await browser?.close();
  });

  it('a file whose stored content was altered shows "SHA-256 mismatch" in the file list and the custody trail', async () => {
    const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'coordinator@demo.test', password: DEMO_PASSWORD } });
    const token = login.accessToken;
    const { operations } = await api<{ operations: Array<{ id: string; name: string }> }>('{ operations { id name } }', {}, token);
    const danube = operations.find((o) => o.name.includes('Danube Route'))!;
    const bytes = Buffer.concat([Buffer.from(`bank statements ${Date.now()}\n`), randomBytes(2048)]);
    const name = `statements-${Date.now()}.bin`;
    const up = await tusUpload(baseUrl(), token, bytes, { filename: name, attachedKind: 'OPERATION', attachedId: danube.id });
    expect(up.status).toBe(204);

    const altered = Buffer.from(bytes);
    altered[40] ^= 0xff;
    writeFileSync(join(process.env.TASKFORCE_E2E_DATA_DIR!, 'files', up.id!), altered);
    const { verifyFile } = await api('mutation($id: ID!) { verifyFile(id: $id) { intact } }', { id: up.id }, token);
    expect(verifyFile).toEqual({ intact: false });

    context = await browser.newContext({ viewport: { width: 1366, height: 1000 } });
    page = await context.newPage();
    await signIn(page, 'coordinator@demo.test');
    await page.getByTestId('operation-card').filter({ hasText: 'Danube Route' }).getByTestId('operation-link').click();
    const row = page.getByTestId('operation-files').locator(`[data-testid="attached-file"][data-file-id="${up.id}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('attached-file-name').textContent()).toBe(name);
    const warning = row.getByTestId('attached-file-integrity-failed');
    expect(await warning.textContent()).toContain('SHA-256 mismatch: stored content altered');

    await row.getByTestId('file-custody-toggle').click();
    const failed = row.getByTestId('file-custody-entry').filter({ has: page.getByTestId('file-custody-mismatch') });
    await failed.waitFor();
    expect(await failed.getAttribute('data-action')).toBe('FILE_VERIFIED');
    const mismatch = (await failed.getByTestId('file-custody-mismatch').textContent())!;
    expect(mismatch).toContain('SHA-256 mismatch');
    expect(mismatch).toContain(`found ${sha256(altered)}, expected ${sha256(bytes)}`);
  });
});
