import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, setPersonLanguage, signIn } from './support/browser';

/**
 * The web client's language: English for a browser that asks for English; a choice made on the sign-in screen is kept
 * in the browser (after a reload) and stored on the person when they sign in; Arabic chosen in the header turns the
 * page right to left (`<html lang="ar" dir="rtl">`) with translated texts, survives a reload and follows the person
 * into another browser (a new context) where they sign in. The person (be-liaison, used by no other browser test) is
 * set back to English afterwards through the API.
 */
const PERSON = 'be-liaison@demo.test';

async function htmlLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

describe('languages of the web client', () => {
  let browser: Browser;
  let first: BrowserContext | undefined;
  let second: BrowserContext | undefined;
  let page: Page | undefined;
  let other: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'language-first-browser');
    await saveScreenshot(other, 'language-second-browser');
    await first?.close();
    await second?.close();
    await browser?.close();
    await setPersonLanguage(PERSON, 'en');
  });

  it('shows English to an English browser, and French once chosen on the sign-in screen, also after a reload', async () => {
    first = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await first.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('heading', { level: 1, name: 'Task-force workspace' }).waitFor();
    expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.title()).toBe('Sign in · Task-force workspace');

    await page.getByTestId('language-switch').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Espace de travail de l’équipe spéciale' }).waitFor();
    expect(await htmlLangDir(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await page.getByTestId('login-submit').textContent()).toBe('Se connecter');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Connexion' }).waitFor();
    expect(await htmlLangDir(page)).toEqual({ lang: 'fr', dir: 'ltr' });
  });

  it('keeps French after signing in, then turns right to left in Arabic chosen in the header, also after a reload', async () => {
    await signIn(page!, PERSON);
    await page!.getByTestId('nav-dashboard').filter({ hasText: 'Tableau de bord' }).waitFor();
    expect(await page!.getByTestId('logout').textContent()).toBe('Se déconnecter');

    await page!.getByTestId('language-switch').selectOption('ar');
    await page!.getByTestId('nav-dashboard').filter({ hasText: 'لوحة المتابعة' }).waitFor();
    expect(await htmlLangDir(page!)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page!.getByTestId('logout').textContent()).toBe('تسجيل الخروج');
    // Right to left: the section links start at the right edge of the page.
    const box = await page!.getByTestId('nav-dashboard').boundingBox();
    expect(box!.x).toBeGreaterThan(640);
    // The Latin parenthesis that ends a label is closed by a right-to-left mark, so it stays at the label's left end.
    expect(await page!.getByTestId('nav-hit-no-hit').textContent()).toBe('التطابق (hit/no-hit)\u200F');

    await page!.reload();
    await page!.getByTestId('nav-dashboard').filter({ hasText: 'لوحة المتابعة' }).waitFor();
    expect(await htmlLangDir(page!)).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('follows the person into another browser where they sign in', async () => {
    second = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    other = await second.newPage();
    await other.goto(`${baseUrl()}/`);
    await other.getByRole('heading', { level: 1, name: 'Task-force workspace' }).waitFor();
    await other.getByTestId('login-email').fill(PERSON);
    await other.getByTestId('login-password').fill(DEMO_PASSWORD);
    await other.getByTestId('login-submit').click();
    await other.getByTestId('dashboard').waitFor();
    await other.getByTestId('nav-dashboard').filter({ hasText: 'لوحة المتابعة' }).waitFor();
    expect(await htmlLangDir(other)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await other.getByTestId('notification-bell').getAttribute('aria-label')).toMatch(/^الإشعارات/);
  });
});
