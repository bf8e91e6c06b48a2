import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { baseUrl, launchChromium, saveScreenshot, signIn } from './support/browser';

/**
 * What a first visit downloads, checked by name and header (never by time): the sign-in screen brings no chart, map or
 * GraphQL-client code (chunks named by apps/web/vite.config.mts), the signed-in dashboard brings the GraphQL client but
 * still no chart or map, fingerprinted scripts may be kept a year, the page is revalidated, no source map is published.
 * Timings under a throttled network are measured by `npm run bench:first-load`, not asserted here.
 */

/** Chunks only the indicators screens (charts, maps) and the signed-in pages (GraphQL client) need. */
const NOT_AT_SIGN_IN = /\/assets\/(charts|maps|graphql-client)-[^/]*\.js$/;
const NOT_ON_DASHBOARD = /\/assets\/(charts|maps)-[^/]*\.js$/;

/** Records every script response a page receives, from now on. */
function recordScripts(page: Page): Response[] {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  return scripts;
}

describe('first load of the web client', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(async () => {
    await saveScreenshot(page, 'first-load');
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds the chunks it looks for in the build (a renamed chunk would make the checks below vacuous)', () => {
    const files = readdirSync(join(__dirname, '..', '..', 'dist', 'web', 'assets'));
    for (const name of ['charts', 'maps', 'graphql-client']) expect(files.some((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))).toBe(true);
  });

  it('shows the sign-in screen without chart, map or GraphQL-client code, from files cached for a year', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    const scripts = recordScripts(page);
    const document = await page.goto(`${baseUrl()}/`);
    await page.getByTestId('login-form').waitFor();

    expect(document?.status()).toBe(200);
    expect(await document?.headerValue('cache-control')).toBe('no-cache');
    const urls = scripts.map((s) => s.url());
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => NOT_AT_SIGN_IN.test(url))).toEqual([]);
    for (const script of scripts) {
      expect({ url: script.url(), status: script.status() }).toEqual({ url: script.url(), status: 200 });
      expect(await script.headerValue('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('publishes no source map of the scripts the page loads', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    const scripts = recordScripts(page);
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('login-form').waitFor();
    for (const script of scripts) {
      const map = await fetch(`${script.url()}.map`);
      expect({ url: `${script.url()}.map`, status: map.status }).toEqual({ url: `${script.url()}.map`, status: 404 });
    }
  });

  it('after signing in, loads the GraphQL client for the dashboard and still no chart or map', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    const scripts = recordScripts(page);
    await signIn(page, 'coordinator@demo.test');
    await page.getByTestId('operation-list').waitFor();

    const urls = scripts.map((s) => s.url());
    expect(urls.some((url) => /\/assets\/graphql-client-[^/]*\.js$/.test(url))).toBe(true);
    expect(urls.filter((url) => NOT_ON_DASHBOARD.test(url))).toEqual([]);
  });

  it('answers the page, not a script, at a signed-in address opened directly, revalidated on every visit', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    const document = await page.goto(`${baseUrl()}/operations/not-an-operation`);
    expect(document?.status()).toBe(200);
    expect(await document?.headerValue('content-type')).toMatch(/^text\/html/);
    expect(await document?.headerValue('cache-control')).toBe('no-cache');
    await page.getByTestId('login-form').waitFor();
  });
});
