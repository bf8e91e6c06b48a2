import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS_DIR, baseUrl, launchChromium, saveScreenshot, signIn } from './support/browser';

/**
 * Printing a screen for a briefing: printed, the operation page and a lead page show their content without the
 * header, navigation, toasts and buttons, and a lead's TLP label keeps its colours (a printed copy still carries its
 * marking). Checked with the browser's print media emulation; the lead page's PDF is saved in tests/e2e/artifacts/.
 */
describe('print styles for briefings', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'print-lead-page');
    await context?.close();
    await browser?.close();
  });

  /** Whether the element matching `selector` takes up space on the page as it is shown (or printed). */
  const shown = (selector: string) =>
    page!.evaluate((s) => {
      const element = document.querySelector(s);
      return !!element && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;
    }, selector);

  it('the operation page and a lead page print their content alone, with the TLP label in colour', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    await signIn(page, 'nl-analyst@demo.test');

    await page.getByRole('link', { name: 'Joint Operation Danube Route' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Joint Operation Danube Route' }).waitFor();
    expect(await shown('.tf-app-header')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await shown('.tf-app-header')).toBe(false);
    expect(await shown('.tf-section-nav')).toBe(false);
    expect(await shown('h1')).toBe(true);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('button')).filter((b) => b.getBoundingClientRect().height > 0).length)).toBe(0);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${baseUrl()}/leads`);
    const firstLead = page.getByTestId('lead-link').first();
    await firstLead.waitFor();
    await firstLead.click();
    const badge = page.locator('.tf-tlp-badge').first();
    await badge.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await shown('.tf-app-header')).toBe(false);
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.evaluate((b) => getComputedStyle(b).getPropertyValue('print-color-adjust'))).toBe('exact');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'print-lead-page.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
  });
});
