import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot, setPersonLanguage, signIn } from './support/browser';

/**
 * axe-core (the accessibility rules engine of Deque, WCAG 2.0–2.2 A and AA plus best practices) over every screen of
 * the web client, as the person each screen is for, at desktop width and at 390 px: no violation of any impact.
 * The screens with an id in their address use the demo's Joint Operation Danube Route, one of its leads and Romania.
 * The coordinator's screens are checked in each language of the client (French, Spanish and Arabic stored as the
 * coordinator's language through the API, as the language menu does, and English again afterwards), and the
 * dashboard, operation and lead pages are saved as screenshots in tests/e2e/artifacts/ in each language, at both widths.
 */

interface Finding {
  screen: string;
  rule: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core's browser build, evaluated through DevTools (the app's Content-Security-Policy refuses inline scripts). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1366, height: 960 };
const PHONE = { width: 390, height: 844 };

/** Waits until a screen has drawn its data: the network is quiet and no loading line is left. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.tf-loading').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

/** Runs axe-core on the page as it is; one finding per rule violated, with the CSS paths of the elements. */
async function axeFindings(page: Page, screen: string): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
  return violations.map((v) => ({ screen, rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5) }));
}

describe('accessibility: axe-core finds nothing on any screen', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let operationId = '';
  let leadId = '';

  const pageAs = async (email: string | null, viewport = DESKTOP, locale = 'en-GB', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const context = await browser.newContext({ viewport, locale, colorScheme });
    contexts.push(context);
    const page = await context.newPage();
    if (email) await signIn(page, email, DEMO_PASSWORD);
    return page;
  };

  /** Opens each screen in turn, runs axe-core on it, and `also` (another check of the same screen) when given. */
  const check = async (page: Page, screens: Array<[name: string, path: string]>, suffix = '', also?: (name: string) => Promise<void>): Promise<Finding[]> => {
    const findings: Finding[] = [];
    for (const [name, path] of screens) {
      await page.goto(`${baseUrl()}${path}`);
      await settled(page);
      findings.push(...(await axeFindings(page, `${name}${suffix}`)));
      await also?.(name);
    }
    return findings;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    const page = await pageAs('coordinator@demo.test');
    await page.getByTestId('operation-card').filter({ hasText: 'Danube Route' }).getByTestId('operation-link').click();
    await page.waitForURL(/\/operations\/[^/]+$/);
    operationId = new URL(page.url()).pathname.split('/').pop()!;
    await page.goto(`${baseUrl()}/leads`);
    await page.getByTestId('lead-link').first().click();
    await page.waitForURL(/\/leads\/[^/]+$/);
    leadId = new URL(page.url()).pathname.split('/').pop()!;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  const personScreens = (): Array<[string, string]> => [
    ['dashboard', '/'],
    ['notification settings', '/settings/notifications'],
    ['security settings', '/settings/security'],
    ['new operation', '/operations/new'],
    ['invitations', '/invitations'],
    ['leads', '/leads'],
    ['new lead', '/leads/new'],
    ['approvals', '/approvals'],
    ['hit/no-hit', '/hit-no-hit'],
    ['indicators', '/indicators'],
    ['countries', '/countries'],
    ['country profile', '/countries/RO'],
    ['operation', `/operations/${operationId}`],
    ['operation, tasks as a list', `/operations/${operationId}?view=list&sort=-priority`],
    ['operation, tasks by due week', `/operations/${operationId}?view=weeks`],
    ['operation, tasks filtered', `/operations/${operationId}?priority=HIGH,URGENT&pillar=PROSECUTION&q=bank`],
    ['lead', `/leads/${leadId}`],
    ['evaluation', `/operations/${operationId}/evaluation`],
    ['report', `/operations/${operationId}/report`],
    ['search', '/search?q=Danube'],
    ['unknown address', '/no-such-screen'],
  ];
  const adminScreens: Array<[string, string]> = [
    ['imports', '/admin/imports'],
    ['audit', '/admin/audit'],
    ['agreements', '/admin/agreements'],
    ['rules', '/admin/rules'],
    ['people', '/admin/people'],
    ['agencies', '/admin/agencies'],
  ];

  it('the sign-in screen, signed out, at desktop width and at 390 px', async () => {
    const findings: Finding[] = [];
    for (const [viewport, suffix] of [[DESKTOP, ''], [PHONE, ' (390 px)']] as const) {
      const page = await pageAs(null, viewport);
      findings.push(...(await check(page, [['sign-in', '/']], suffix)));
    }
    expect(findings).toEqual([]);
  });

  /** Saves the screenshots of the screens people brief from, named by screen, language and width. */
  const SCREENSHOTS = new Set(['dashboard', 'operation', 'lead']);
  const screenshotOf = (page: Page, language: string, viewport: typeof DESKTOP) => async (name: string) => {
    if (SCREENSHOTS.has(name)) await saveScreenshot(page, `screen-${name}-${language}${viewport === PHONE ? '-390px' : ''}`);
  };

  it("a coordinator's screens at desktop width", async () => {
    const page = await pageAs('coordinator@demo.test');
    expect(await check(page, personScreens(), '', screenshotOf(page, 'en', DESKTOP))).toEqual([]);
  });

  it("a coordinator's screens in dark colours (the system's choice), contrast included", async () => {
    const page = await pageAs('coordinator@demo.test', DESKTOP, 'en-GB', 'dark');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const findings = await check(page, personScreens(), ' [dark]', async (name) => {
      if (SCREENSHOTS.has(name)) await saveScreenshot(page, `screen-${name}-en-dark`);
    });
    expect(findings).toEqual([]);
    // The page really is dark: its background is darker than its text.
    const [background, text] = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.documentElement).color]);
    const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, v) => sum + Number(v), 0);
    expect(lightness(background)).toBeLessThan(lightness(text));
  }, 300_000);

  for (const [language, locale] of [['fr', 'fr-FR'], ['es', 'es-ES'], ['ar', 'ar-EG']] as const) {
    it(`a coordinator's screens in ${language}, at desktop width and at 390 px`, async () => {
      const findings: Finding[] = [];
      await setPersonLanguage('coordinator@demo.test', language);
      try {
        for (const viewport of [DESKTOP, PHONE]) {
          const page = await pageAs('coordinator@demo.test', viewport, locale);
          await page.waitForFunction((expected) => document.documentElement.lang === expected, language);
          findings.push(...(await check(page, personScreens(), ` [${language}${viewport === PHONE ? ', 390 px' : ''}]`, screenshotOf(page, language, viewport))));
        }
      } finally {
        await setPersonLanguage('coordinator@demo.test', 'en');
      }
      expect(findings).toEqual([]);
      // Twice the screens of the tests above, at both widths: a longer limit than the suite's.
    }, 600_000);
  }

  it("a coordinator's screens at 390 px, none of them wider than the phone's screen", async () => {
    const page = await pageAs('coordinator@demo.test', PHONE);
    const wider: string[] = [];
    const findings = await check(page, personScreens(), ' (390 px)', async (name) => {
      await screenshotOf(page, 'en', PHONE)(name);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wider.push(`${name}: ${width} px`);
    });
    expect(findings).toEqual([]);
    expect(wider).toEqual([]);
  });

  it("open panels and dialogs of the board: New task, keyboard shortcuts, a filter's choices", async () => {
    const page = await pageAs('coordinator@demo.test');
    const findings: Finding[] = [];
    await page.goto(`${baseUrl()}/operations/${operationId}`);
    await page.getByTestId('new-task').click();
    await page.getByTestId('new-task-panel').waitFor();
    await settled(page);
    findings.push(...(await axeFindings(page, 'new task panel')));
    await page.keyboard.press('Escape');
    await page.getByTestId('new-task-panel').waitFor({ state: 'detached' });
    await page.getByTestId('shortcuts').click();
    await page.getByTestId('shortcuts-dialog').waitFor();
    findings.push(...(await axeFindings(page, 'shortcuts dialog')));
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('filter-agency').locator('summary').click();
    findings.push(...(await axeFindings(page, 'filter choices')));
    expect(findings).toEqual([]);
  });

  it("open panels and dialogs: a task's panel on the board, the share dialog of a lead", async () => {
    const page = await pageAs('nl-analyst@demo.test');
    const findings: Finding[] = [];
    await page.goto(`${baseUrl()}/operations/${operationId}`);
    await page.getByTestId('task-card').first().click();
    await page.getByTestId('task-detail').waitFor();
    await settled(page);
    findings.push(...(await axeFindings(page, 'task panel')));
    await page.goto(`${baseUrl()}/leads`);
    await page.getByTestId('lead-link').first().click();
    await page.getByTestId('share-lead').click();
    await page.getByRole('dialog').waitFor();
    await settled(page);
    findings.push(...(await axeFindings(page, 'share dialog')));
    expect(findings).toEqual([]);
  });

  it("the platform admin's screens", async () => {
    const page = await pageAs('admin@demo.test');
    expect(await check(page, adminScreens)).toEqual([]);
  });
});
