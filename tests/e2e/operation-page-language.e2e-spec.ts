import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, setPersonLanguage, signIn } from './support/browser';

/**
 * The operation page in the person's language: IOM's liaison officer (used by no other browser test) opens Joint
 * Operation Coastal Harvest in English, then chooses French and Arabic in the header while on the page; the page's
 * own texts (the channel, agencies, history and evidence-file panels, the overview's labels) follow at once, without a
 * reload, and Arabic lays the page out right to left. The person is set back to English afterwards through the API.
 */
const PERSON = 'iom-liaison@demo.test';

/** The text of a panel's level-2 heading (its title). */
async function panelTitle(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).getByRole('heading', { level: 2 }).first().textContent()) ?? '').trim();
}

describe('the operation page in French and Arabic', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'operation-page-language');
    await context?.close();
    await browser?.close();
    await setPersonLanguage(PERSON, 'en');
  });

  it('speaks English, then French, then Arabic right to left, as the person chooses in the header', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    await signIn(page, PERSON);
    await page.getByTestId('operation-card').filter({ hasText: 'Coastal Harvest' }).getByTestId('operation-link').click();
    await page.getByTestId('operation-page').waitFor();
    expect(await panelTitle(page, 'agencies-panel')).toBe('Agencies and invitations');
    expect(await panelTitle(page, 'operation-channel')).toMatch(/^Channel/);
    const leftToRight = await page.getByTestId('operation-name').boundingBox();

    await page.getByTestId('language-switch').selectOption('fr');
    await page.getByTestId('agencies-panel').getByRole('heading', { level: 2, name: 'Organismes et invitations' }).waitFor();
    expect(await panelTitle(page, 'operation-channel')).toMatch(/^Canal/);
    expect(await panelTitle(page, 'operation-history')).toBe('Historique');
    expect(await panelTitle(page, 'operation-files')).toBe('Fichiers de preuve');
    expect(await page.getByTestId('operation-page').getByText('Organisme chef de file', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'fr', dir: 'ltr' });

    await page.getByTestId('language-switch').selectOption('ar');
    await page.getByTestId('agencies-panel').getByRole('heading', { level: 2, name: 'الجهات والدعوات' }).waitFor();
    expect(await panelTitle(page, 'operation-channel')).toMatch(/^القناة/);
    expect(await panelTitle(page, 'operation-history')).toBe('السجل');
    expect(await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'ar', dir: 'rtl' });
    // Right to left: the operation's name moves from the left of its row to the right.
    const rightToLeft = await page.getByTestId('operation-name').boundingBox();
    expect(rightToLeft!.x).toBeGreaterThan(leftToRight!.x + 100);
  });
});
