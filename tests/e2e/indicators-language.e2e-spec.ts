import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithData } from '../support/data-files';
import { api, DEMO_PASSWORD, launchChromium, saveScreenshot, setPersonLanguage, signIn } from './support/browser';

/**
 * The indicators dashboard in French and in Arabic: after switching the language in the header, its headings, menus,
 * table headers and categories read in that language, and in Arabic the page runs right to left with the bar chart
 * mirrored. The person (port-liaison, used by no other browser test) is set back to English afterwards.
 */
const PERSON = 'port-liaison@demo.test';
const DATA_DIR = process.env['PUBLIC_DATA_DIR'] ? resolve(process.env['PUBLIC_DATA_DIR']) : join(__dirname, '..', '..', '..', 'shared', 'data');
const CTDC_FILE = join(DATA_DIR, 'ctdc', 'CTDC_VPsynthetic_condensed.csv');

async function token(email: string): Promise<string> {
  const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  return login.accessToken;
}

async function htmlDir(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dir);
}

/** The text of the header cell of the one-way table's first column and of the FEMALE row. */
async function sexTable(page: Page): Promise<{ header: string | null; female: string | null }> {
  const table = page.getByTestId('indicators-table');
  return {
    header: (await table.locator('thead th').first().textContent())?.trim() ?? null,
    female: (await table.locator('[data-testid="indicators-row"][data-category="FEMALE"] th').textContent())?.trim() ?? null,
  };
}

describeWithData([CTDC_FILE])('indicators dashboard in French and Arabic', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    // The CTDC file, loaded through the API as the dashboard spec does (idempotent).
    await api('mutation { importDataset(kind: CTDC) { inserted unchanged } }', {}, await token('admin@demo.test'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await saveScreenshot(page, 'indicators-language');
    await context?.close();
    await browser?.close();
    await setPersonLanguage(PERSON, 'en');
  });

  it('reads in French, then right to left in Arabic with the chart mirrored', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    await signIn(page, PERSON);
    await page.getByTestId('nav-indicators').click();
    await page.getByTestId('indicators-page').waitFor();
    await page.getByText('Monitoring and evaluation').waitFor();

    await page.getByTestId('language-switch').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Indicateurs' }).waitFor();
    await page.getByText('Suivi et évaluation').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ventilation' }).waitFor();
    await page.getByText('Choisissez une variable selon laquelle ventiler les chiffres.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Chiffres publics' }).waitFor();
    expect(await htmlDir(page)).toBe('ltr');

    await page.getByTestId('indicators-dimension-1').selectOption('SEX');
    await page.getByTestId('indicators-table').waitFor();
    expect(await sexTable(page)).toEqual({ header: 'Sexe', female: 'Femme' });
    expect((await page.getByTestId('indicators-total').locator('xpath=ancestor::tr/th').textContent())?.trim()).toBe('Total');
    expect(await page.getByTestId('indicators-citation').textContent()).toMatch(/^Source\u00a0: .*CTDC/);
    expect(await page.getByTestId('indicators-chart').getAttribute('data-direction')).toBe('ltr');

    await page.getByTestId('language-switch').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'المؤشرات' }).waitFor();
    await page.getByText('الرصد والتقييم').waitFor();
    expect(await htmlDir(page)).toBe('rtl');
    await page.getByRole('heading', { level: 2, name: 'التصنيف' }).waitFor();
    expect(await sexTable(page)).toEqual({ header: 'الجنس', female: 'أنثى' });
    expect(await page.getByTestId('indicators-chart').getAttribute('data-direction')).toBe('rtl');
    await page.getByRole('heading', { level: 2, name: 'التدفقات بين المناطق' }).waitFor();
  });
});
