import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium, saveScreenshot, setPersonLanguage, signIn } from './support/browser';

/**
 * An administration screen in the person's language: the agreements list (/admin/agreements, open to every signed-in
 * person) in French once French is chosen in the header, then right to left in Arabic, with its headings and the
 * agreements' statuses translated. The header's choice is stored on the person whatever they had stored before (the
 * indicators' language test stores English for the same person). The person (port-liaison) is set back to English
 * afterwards through the API.
 */
const PERSON = 'port-liaison@demo.test';

async function htmlLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

describe('an administration screen in French and Arabic', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'admin-language-agreements');
    await context?.close();
    await browser?.close();
    await setPersonLanguage(PERSON, 'en');
  });

  const statusOf = (agreementId: string) => page!.locator(`[data-testid="agreement-row"][data-agreement-id="${agreementId}"]`).getByTestId('agreement-status').textContent();

  it('shows the agreements in French once French is chosen in the header', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    await signIn(page, PERSON);
    await page.getByTestId('language-switch').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    // The choice is stored by a request of its own: let it finish before leaving the page.
    await page.waitForLoadState('networkidle');

    await page.goto(`${baseUrl()}/admin/agreements`);
    await page.getByRole('heading', { level: 1, name: 'Accords' }).waitFor();
    await page.getByTestId('agreement-table').waitFor();
    expect(await htmlLangDir(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await page.locator('.tf-eyebrow').first().textContent()).toBe('Droit du partage');
    await expect(statusOf('NL-RO-MLA')).resolves.toBe('En vigueur');
    await expect(statusOf('NL-TH-PILOT')).resolves.toBe('Expiré');
  });

  it('turns the same screen right to left in Arabic chosen in the header', async () => {
    await page!.getByTestId('language-switch').selectOption('ar');
    await page!.getByRole('heading', { level: 1, name: 'الاتفاقات' }).waitFor();
    expect(await htmlLangDir(page!)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expect(statusOf('NL-RO-MLA')).resolves.toBe('سارٍ');
    await expect(statusOf('NL-TH-PILOT')).resolves.toBe('منتهي الصلاحية');
  });
});
