import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, signIn } from './support/browser';

/** Calls the API's GraphQL endpoint as `token` (or anonymously) and returns `data`, failing on any error. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Flows drawn on a map, as `from>to:count`. */
const drawn = (page: Page) =>
  page
    .getByTestId('case-flows-map')
    .locator('[data-testid="map-flow"]')
    .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-from')}>${el.getAttribute('data-to')}:${el.getAttribute('data-count')}`));

/** In the browser: the flows map's level, and the leads search under an invalid text. */
describe('maps and search in the browser: the flows map level, and search errors', () => {
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await saveScreenshot(page, `map-level-and-search-errors-${expect.getState().currentTestName?.replace(/\W+/g, '-')}`);
    await page?.context().close();
    page = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('agency-entered records are drawn at country level by default; Regions is a choice', async () => {
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'ro-member@demo.test', password: DEMO_PASSWORD } },
    );
    // 12 records by the Romanian prosecutors: Ukrainian citizens exploited in Portugal. For the NL police member who
    // reads, 12 ≥ k = 11 records of another agency: a flow that is shown (with cell-key noise, never below k).
    const inputs = Array.from({ length: 12 }, () => ({ indicator: 'VICTIM_IDENTIFIED', citizenship: 'UA', countryOfExploitation: 'PT' }));
    await graphql('mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id } }', { inputs }, login.accessToken);
    const uaToPt = (flows: string[]) => flows.filter((f) => f.startsWith('UA>PT:')).map((f) => Number(f.slice('UA>PT:'.length)));

    page = await (await browser.newContext({ viewport: { width: 1366, height: 960 } })).newPage();
    await signIn(page, 'member@demo.test');
    await page.goto(`${baseUrl()}/indicators`);
    await page.getByTestId('indicators-source').selectOption('agency');
    expect(await page.getByTestId('case-flows-level').inputValue()).toBe('COUNTRY');
    await page.getByTestId('case-flows-map').getByTestId('map-flow').first().waitFor();
    const [shown] = uaToPt(await drawn(page));
    expect(shown).toBeGreaterThanOrEqual(11);
    expect(shown).toBeLessThanOrEqual(22);
    expect(await page.getByTestId('case-flows').getByRole('heading', { level: 2 }).textContent()).toBe('Flows between countries');

    // The same records as a table. The NL police's own victims from Romania exploited in the Netherlands (16 + 6 in
    // the demo's case records, and no other agency's) are hidden there as a zero would be, so that no three-way figure
    // of another agency comes out by difference; the cell still tells the NL police how many are its own.
    await page.getByTestId('indicators-dimension-1').selectOption('CITIZENSHIP');
    await page.getByTestId('indicators-dimension-2').selectOption('COUNTRY_OF_EXPLOITATION');
    const roToNl = page.locator('[data-testid="indicators-row"][data-category="RO"] [data-testid="indicators-cell"][data-column="NL"]');
    await roToNl.waitFor();
    expect((await roToNl.textContent())?.trim()).toBe('suppressed (< 11) · yours: 22');
    await page.getByTestId('indicators-dimension-1').selectOption('');

    // Regions: agencies record no regions, so the same records are all "both unknown" and nothing is drawn.
    await page.getByTestId('case-flows-level').selectOption('REGION');
    await page.getByTestId('case-flows').getByRole('heading', { name: 'Flows between regions' }).waitFor();
    await page.getByTestId('case-flows').getByText('Citizenship region → region of exploitation.').waitFor();
    expect(uaToPt(await drawn(page))).toEqual([]);

    // Back to CTDC: the level returns to the source's default (regions).
    await page.getByTestId('indicators-source').selectOption('ctdc');
    expect(await page.getByTestId('case-flows-level').inputValue()).toBe('REGION');
  });

  it('an invalid search text clears the previous results under its error', async () => {
    page = await (await browser.newContext({ viewport: { width: 1366, height: 960 } })).newPage();
    await signIn(page, 'member@demo.test');
    await page.goto(`${baseUrl()}/leads`);
    await page.getByTestId('lead-search-text').fill('the');
    await page.getByTestId('lead-search-submit').click();
    await page.getByTestId('lead-search-results').waitFor();

    await page.getByTestId('lead-search-text').fill('x');
    await page.getByTestId('lead-search-submit').click();
    await page.getByText('Type 2 to 200 characters.').waitFor();
    expect(await page.getByTestId('lead-search-results').count()).toBe(0);
  });
});
