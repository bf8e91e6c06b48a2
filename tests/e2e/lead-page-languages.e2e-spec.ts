import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, setPersonLanguage, signIn } from './support/browser';

/**
 * A lead's page in French and in Arabic: the Thai coordinator (th-coordinator, TH-AHTD, used by no other browser
 * test) opens the demo lead his agency shared with NG-NATA, then switches the header's language menu to French (the
 * page's texts, the shares table's column headers, the route and the purpose in French) and to Arabic (`dir="rtl"`,
 * Arabic texts, and the shares table mirrored: its first column, the recipient, on the right); in both, the share
 * dialog's reasons are written in the language (the lead's H0 condition). The person is set back to English through
 * the API afterwards.
 */
const PERSON = 'th-coordinator@demo.test';
const LEAD = 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels';

/**
 * Opens the share dialog, previews a share with the first agency that may be chosen (investigation), and returns the
 * texts of the reasons and conditions shown; closes the dialog again.
 */
async function previewedReasonTexts(page: Page): Promise<string[]> {
  await page.getByTestId('share-lead').click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.waitFor();
  await dialog.locator('[data-testid="share-recipient"]:not([disabled])').first().check();
  await dialog.getByTestId('share-purpose').selectOption('INVESTIGATION');
  await dialog.getByTestId('share-preview').click();
  await dialog.getByTestId('share-preview-result').waitFor();
  const texts = (await dialog.locator('[data-testid="reason"] .tf-reasons__text').allTextContents()).map((text) => text.trim());
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return texts;
}

async function columnHeaders(page: Page): Promise<string[]> {
  return (await page.getByTestId('lead-shares').locator('thead th').allTextContents()).map((text) => text.trim());
}

describe("a lead's page in French and Arabic", () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'lead-page-languages');
    await context?.close();
    await browser?.close();
    await setPersonLanguage(PERSON, 'en');
  });

  it('shows the lead, its persons and its shares table in French, then in Arabic right to left', async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 960 }, locale: 'en-GB' });
    page = await context.newPage();
    await signIn(page, PERSON);
    await page.getByTestId('nav-leads').click();
    await page.getByTestId('leads-page').waitFor();
    await page.getByTestId('lead-card').filter({ hasText: LEAD }).getByTestId('lead-link').click();
    await page.getByTestId('lead-page').waitFor();
    const shares = page.getByTestId('lead-shares');
    await shares.getByRole('heading', { name: 'Shares' }).waitFor();
    expect(await columnHeaders(page)).toEqual(['Recipient', 'From', 'Outcome', 'Status', 'Legal basis', 'Purpose', 'Actions']);

    await page.getByTestId('language-switch').selectOption('fr');
    await shares.getByRole('heading', { name: 'Partages' }).waitFor();
    expect(await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await columnHeaders(page)).toEqual(['Destinataire', 'De', 'Décision', 'Statut', 'Base juridique', 'Finalité', 'Actions']);
    const row = page.locator('[data-testid="lead-share"][data-acronym="NG-NATA"]');
    expect((await row.locator('td').nth(4).textContent())?.trim()).toBe('Enquête');
    await page.getByTestId('lead-persons').getByRole('heading', { name: 'Personnes' }).waitFor();
    expect(await page.getByTestId('lead-route').textContent()).toContain('(origine)');
    expect(await page.getByTestId('lead-selectors').getByRole('heading', { name: 'Sélecteurs et concordance (hit/no-hit)' }).count()).toBe(1);
    // The sharing engine's reasons, written from their codes and values: the lead's H0 travels with any share.
    expect(await previewedReasonTexts(page)).toContain('H0\u00a0: à utiliser uniquement pour prévenir et combattre la criminalité.');
    await saveScreenshot(page, 'lead-page-languages-fr');

    await page.getByTestId('language-switch').selectOption('ar');
    await shares.getByRole('heading', { name: 'المشاركات' }).waitFor();
    expect(await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await columnHeaders(page)).toEqual(['المتلقّي', 'من', 'القرار', 'الحالة', 'الأساس القانوني', 'الغرض', 'الإجراءات']);
    expect((await row.locator('td').nth(4).textContent())?.trim()).toBe('التحقيق');
    // Mirrored: the recipient column (first in the source) is the rightmost, the actions column the leftmost.
    const headers = shares.locator('thead th');
    const first = await headers.first().boundingBox();
    const purpose = await headers.nth(5).boundingBox();
    expect(first!.x).toBeGreaterThan(purpose!.x);
    const recipientCell = await row.locator('th').boundingBox();
    const purposeCell = await row.locator('td').nth(4).boundingBox();
    expect(recipientCell!.x).toBeGreaterThan(purposeCell!.x);
    expect(await previewedReasonTexts(page)).toContain('H0: لا يُستخدم إلا لمنع الجريمة ومكافحتها.');
  });
});
