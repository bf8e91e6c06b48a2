import type { Browser, BrowserContext, Route } from 'playwright-core';
import { baseUrl, launchChromium, signIn } from './support/browser';

/**
 * A screen whose data could not be loaded (the connection dropped on the way) says so and offers Retry, which asks
 * again without reloading the page.
 */
describe('data that could not be loaded can be asked for again', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 960 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the countries list: the request is cut off, the page says so, and Retry loads the list', async () => {
    const page = await context.newPage();
    await signIn(page, 'coordinator@demo.test');
    let cut = 0;
    const cutCountryList = async (route: Route) => {
      if (route.request().postDataJSON()?.operationName === 'CountryList') {
        cut += 1;
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    };
    await page.route('**/graphql', cutCountryList);
    await page.goto(`${baseUrl()}/countries`);
    const problem = page.getByTestId('load-error');
    await problem.waitFor();
    expect(cut).toBeGreaterThan(0);
    expect(await page.getByTestId('countries-table').count()).toBe(0);
    await page.evaluate(() => {
      (window as unknown as { __sameWindow?: boolean }).__sameWindow = true;
    });

    await page.unroute('**/graphql', cutCountryList);
    await problem.getByTestId('retry').click();
    await page.getByTestId('countries-row').first().waitFor();
    expect(await page.getByTestId('load-error').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __sameWindow?: boolean }).__sameWindow)).toBe(true);
  });
});
