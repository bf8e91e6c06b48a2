import type { Page } from 'playwright-core';
import { people } from './support/browser';

/**
 * The header's search box: a coordinator of Danube Route searches "Danube" and finds the operation, and opens it from
 * the results; a member of an agency outside Danube Route (outsider@demo.test, Nigerian agency) searching the same
 * word finds no operation. The demo's roster decides what each may find (README, demo logins).
 */
describe('workspace search in the browser', () => {
  const team = people('workspace-search');

  beforeAll(() => team.launch());
  afterAll(() => team.closeAll());

  const search = async (page: Page, text: string) => {
    await page.getByTestId('header-search').fill(text);
    await page.getByTestId('header-search').press('Enter');
    await page.getByTestId('search-operations').waitFor();
  };

  it('a member of Danube Route finds it from the header and opens it', async () => {
    const page = await team.openAs('coordinator', 'coordinator@demo.test');
    await search(page, 'Danube');
    const address = new URL(page.url());
    expect([address.pathname, address.searchParams.get('q')]).toEqual(['/search', 'Danube']);
    const links = page.getByTestId('search-operations').getByRole('link');
    expect(await links.allTextContents()).toEqual(['Joint Operation Danube Route']);
    await links.first().click();
    await page.waitForURL(/\/operations\/[0-9a-f-]{36}$/);
  });

  it('someone whose agency is not in Danube Route finds no operation by that name', async () => {
    const page = await team.openAs('outsider', 'outsider@demo.test');
    await search(page, 'Danube');
    expect(await page.getByTestId('search-operations').getByRole('link').count()).toBe(0);
    expect(await page.getByTestId('search-operations').textContent()).toContain('Nothing found.');
  });
});
