import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectUtcBetween, headerValues, readCsvExport } from '../support/csv-export';
import { api, baseUrl, DEMO_PASSWORD, launchChromium, markWindow, saveScreenshot, setPersonLanguage, signIn, stillSamePage, waitUntilLive } from './support/browser';

/**
 * The operation board works like a list: filters set in the filter bar go into the address and survive a reload
 * (the same address opened by another agency's liaison officer shows the same tasks), the list view sorts by due
 * date both ways (aria-sort says which), the CSV holds the header block and exactly the filtered tasks, and the New
 * task panel — opened with the `n` key — creates a task that shows at once in the coordinator's list and, live, in
 * the liaison officer's. Expected tasks and orders are worked out here from the tasks this spec creates. Switched to
 * French, the board's column headings and filter bar read in French; in Arabic the page runs right to left, with the
 * first status column on the right. The coordinator is set back to English afterwards through the API.
 */

interface Spec {
  key: string;
  agency: 'RO-DIOC' | 'NL-POL';
  priority: 'LOW' | 'MEDIUM' | 'HIGH';
  pillar: 'PROSECUTION' | 'PROTECTION';
  /** UTC calendar day it is due at 12:00 UTC, or null. */
  due: string | null;
}

/** The tasks this spec creates, all in Danube Route, each titled "<marker> <key>". */
const SPECS: Spec[] = [
  { key: 'alpha', agency: 'RO-DIOC', priority: 'HIGH', pillar: 'PROSECUTION', due: '2031-03-05' },
  { key: 'bravo', agency: 'RO-DIOC', priority: 'MEDIUM', pillar: 'PROSECUTION', due: '2031-01-20' },
  { key: 'charlie', agency: 'RO-DIOC', priority: 'HIGH', pillar: 'PROTECTION', due: '2031-02-10' },
  { key: 'delta', agency: 'RO-DIOC', priority: 'LOW', pillar: 'PROSECUTION', due: null },
  { key: 'echo', agency: 'NL-POL', priority: 'HIGH', pillar: 'PROSECUTION', due: '2031-01-07' },
  { key: 'foxtrot', agency: 'RO-DIOC', priority: 'MEDIUM', pillar: 'PROSECUTION', due: '2031-02-01' },
];

/** The filter the spec sets: the marker, assignee RO-DIOC, priority HIGH or MEDIUM, 4P pillar prosecution. */
const matches = (s: Spec) => s.agency === 'RO-DIOC' && (s.priority === 'HIGH' || s.priority === 'MEDIUM') && s.pillar === 'PROSECUTION';


/** Titles of the rows of the list view, top to bottom. */
const rowTitles = (page: Page) => page.getByTestId('task-row').locator('th a').allTextContents();

/** Waits until the list view shows exactly `titles`, in this order. */
async function listShows(page: Page, titles: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => JSON.stringify(Array.from(document.querySelectorAll('[data-testid="task-row"] th a')).map((a) => a.textContent)) === JSON.stringify(expected),
    titles,
    { timeout: 15_000 },
  );
}

/** Moves focus off any field, so a key press reaches the page's shortcuts. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

describe('operation board as a list: filters in the address, views, CSV and the New task panel', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let coordinator: Page | undefined;
  let liaison: Page | undefined;
  const marker = `Boardcheck${Date.now()}`;
  const title = (key: string) => `${marker} ${key}`;
  let operationId: string;
  let agencyIds: Record<string, string>;
  const taskIds: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    const { login } = await api('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'coordinator@demo.test', password: DEMO_PASSWORD } });
    const token = login.accessToken as string;
    const { operations } = await api('{ operations { id name participatingAgencies { id acronym } } }', {}, token);
    const danube = operations.find((o: { name: string }) => o.name === 'Joint Operation Danube Route');
    operationId = danube.id;
    agencyIds = Object.fromEntries(danube.participatingAgencies.map((a: { id: string; acronym: string }) => [a.acronym, a.id]));
    for (const spec of SPECS) {
      const { createTask } = await api(
        'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
        {
          input: {
            operationId,
            title: title(spec.key),
            assigneeAgencyId: agencyIds[spec.agency],
            pillar: spec.pillar,
            priority: spec.priority,
            dueAt: spec.due ? `${spec.due}T12:00:00Z` : null,
          },
        },
        token,
      );
      taskIds[spec.key] = createTask.id;
    }
  });

  afterAll(async () => {
    await saveScreenshot(coordinator, 'board-views-coordinator');
    // The language chosen in the header is stored on the person: give the coordinator English back for other specs.
    await setPersonLanguage('coordinator@demo.test', 'en');
    await saveScreenshot(liaison, 'board-views-liaison');
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('keeps the filters in the address: after a reload the board shows exactly the matching tasks', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    contexts.push(context);
    const page = (coordinator = await context.newPage());
    await signIn(page, 'coordinator@demo.test');
    await page.goto(`${baseUrl()}/operations/${operationId}`);
    await page.getByTestId('column-OPEN').waitFor();

    await page.getByTestId('filter-text').fill(marker);
    await page.getByTestId('filter-text').press('Enter');
    for (const [menu, value] of [
      ['filter-agency', agencyIds['RO-DIOC']],
      ['filter-priority', 'HIGH'],
      ['filter-priority', 'MEDIUM'],
      ['filter-pillar', 'PROSECUTION'],
    ]) {
      const details = page.getByTestId(menu);
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
      // The address changes in a transition: the box shows checked once the page has read it back.
      await details.locator(`input[value="${value}"]`).click();
      await details.locator(`input[value="${value}"]:checked`).waitFor();
    }
    const expected = SPECS.filter(matches).map((s) => title(s.key)).sort();
    expect(expected).toHaveLength(3);
    const boardTitles = () => page.getByTestId('task-card').locator('h4').allTextContents();
    await page.waitForFunction(
      (want) => JSON.stringify(Array.from(document.querySelectorAll('[data-testid="task-card"] h4')).map((h) => h.textContent).sort()) === JSON.stringify(want),
      expected,
      { timeout: 15_000 },
    );

    const address = new URL(page.url());
    expect(address.searchParams.get('q')).toBe(marker);
    expect(address.searchParams.get('agency')).toBe(agencyIds['RO-DIOC']);
    expect(address.searchParams.get('priority')?.split(',').sort()).toEqual(['HIGH', 'MEDIUM']);
    expect(address.searchParams.get('pillar')).toBe('PROSECUTION');

    await page.reload();
    await page.getByTestId('task-card').first().waitFor();
    await page.getByTestId('board-total').filter({ hasText: '3 matching tasks' }).waitFor();
    expect((await boardTitles()).sort()).toEqual(expected);
    expect(await page.getByTestId('filter-text').inputValue()).toBe(marker);
    expect(await page.getByTestId('filter-priority').locator('input[value="HIGH"]').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-priority').locator('input[value="LOW"]').isChecked()).toBe(false);
  });

  it('a filter menu closes on Escape, with focus back on its button, and on a press outside it', async () => {
    const page = coordinator as Page;
    const menu = page.getByTestId('filter-pillar');
    const isOpen = () => menu.evaluate((d) => (d as HTMLDetailsElement).open);
    await menu.locator('summary').click();
    expect(await isOpen()).toBe(true);
    await menu.locator('input').first().focus();
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'))).toBe('filter-pillar');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');

    await menu.locator('summary').click();
    expect(await isOpen()).toBe(true);
    await page.locator('h1').first().click();
    expect(await isOpen()).toBe(false);
  });

  it('sorts the list view by due date both ways, saying so with aria-sort', async () => {
    const page = coordinator as Page;
    await blur(page);
    await page.keyboard.press('v');
    await page.getByTestId('task-list').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    const byDue = SPECS.filter(matches).sort((a, b) => (a.due as string).localeCompare(b.due as string)).map((s) => title(s.key));
    const dueHeader = page.locator('th', { has: page.getByTestId('sort-due') });

    await listShows(page, byDue);
    expect(await dueHeader.getAttribute('aria-sort')).toBe('ascending');
    await page.getByTestId('sort-due').click();
    await listShows(page, [...byDue].reverse());
    expect(await dueHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('th[aria-sort]').count()).toBe(1);
    await page.getByTestId('sort-due').click();
    await listShows(page, byDue);
    expect(await rowTitles(page)).toEqual(byDue);

    // A key typed into the text filter is text, not a shortcut.
    await page.getByTestId('filter-text').focus();
    await page.keyboard.press('v');
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    await page.getByTestId('filter-text').fill(marker);
  });

  it('groups the filtered tasks in the due-dates view by the ISO week they are due in', async () => {
    const page = coordinator as Page;
    await page.getByTestId('view-weeks').click();
    await page.getByTestId('due-weeks').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('weeks');
    // 2031 starts on a Wednesday, so its ISO week 1 starts on Monday 30 December 2030: 20 January is the Monday of
    // week 4, 1 February (a Saturday) is in week 5, 5 March (a Wednesday) in week 10.
    const expected = [
      ['week-2031-W04', [title('bravo')]],
      ['week-2031-W05', [title('foxtrot')]],
      ['week-2031-W10', [title('alpha')]],
    ];
    await page.waitForFunction(
      (want) =>
        JSON.stringify(
          Array.from(document.querySelectorAll('[data-testid="due-weeks"] > section')).map((group) => [
            group.getAttribute('data-testid'),
            Array.from(group.querySelectorAll('ul > li [data-testid="task-card"] h4')).map((h) => h.textContent),
          ]),
        ) === JSON.stringify(want),
      expected,
      { timeout: 15_000 },
    );
    await page.getByTestId('view-list').click();
    await page.getByTestId('task-list').waitFor();
  });

  it('downloads the filtered tasks as CSV with the header block every export carries', async () => {
    const page = coordinator as Page;
    const before = new Date();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tasks-csv').click()]);
    const exported = readCsvExport(readFileSync(await download.path(), 'utf8'));
    expect(exported.header.map(([name]) => name)).toEqual(['scope', 'operation id', 'small-cell threshold k', 'source', 'generated at']);
    expect(headerValues(exported, 'scope')[0]).toMatch(/^Joint Operation Danube Route, tasks: /);
    expect(headerValues(exported, 'operation id')).toEqual([operationId]);
    expectUtcBetween(headerValues(exported, 'generated at')[0], before, new Date());
    const [columns, ...rows] = exported.rows;
    expect(columns.slice(0, 3)).toEqual(['task id', 'title', 'status']);
    const expected = SPECS.filter(matches)
      .map((s) => [taskIds[s.key], title(s.key), s.priority, s.pillar, 'RO-DIOC', `${s.due}T12:00:00Z`])
      .sort();
    const col = (name: string) => columns.indexOf(name);
    const got = rows.map((r) => [r[col('task id')], r[col('title')], r[col('priority')], r[col('4P pillar')], r[col('assignee agency')], r[col('due (UTC)')]]).sort();
    expect(got).toEqual(expected);
  });

  it('creates a task from the New task panel (n); it shows at once, and live for the liaison officer at the same address', async () => {
    const page = coordinator as Page;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const ro = (liaison = await context.newPage());
    await signIn(ro, 'liaison@demo.test');
    await waitUntilLive(ro);
    await ro.goto(page.url());
    const byDue = SPECS.filter(matches).sort((a, b) => (a.due as string).localeCompare(b.due as string)).map((s) => title(s.key));
    await listShows(ro, byDue);
    await markWindow(ro);
    await markWindow(page);

    await blur(page);
    await page.keyboard.press('n');
    const panel = page.getByTestId('new-task-panel');
    await panel.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('task-title');
    const golf = title('golf');
    await panel.getByTestId('task-title').fill(golf);
    await panel.getByTestId('task-assignee-agency').selectOption(agencyIds['RO-DIOC']);
    await panel.getByTestId('task-pillar').selectOption('PROSECUTION');
    await panel.getByTestId('task-priority').selectOption('MEDIUM');
    await panel.getByTestId('task-due-date').fill('2031-01-25');
    await panel.getByTestId('create-task-submit').click();
    await panel.waitFor({ state: 'detached' });

    // Due 25 January 2031: after bravo (20 January), before foxtrot (1 February).
    const withGolf = [byDue[0], golf, ...byDue.slice(1)];
    await listShows(page, withGolf);
    await listShows(ro, withGolf);
    expect(await stillSamePage(page)).toBe(true);
    expect(await stillSamePage(ro)).toBe(true);

    // The shortcuts dialog opens with ? and closes with Escape.
    await blur(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.locator('kbd').allTextContents()).toEqual(['n', '/', 'v', '?']);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the board in French, and right to left in Arabic with the first status column on the right', async () => {
    const page = coordinator as Page;
    await page.goto(`${baseUrl()}/operations/${operationId}`);
    await page.getByTestId('column-OPEN').waitFor();
    const heading = (status: string) => page.getByTestId(`column-${status}`).locator('h3');
    const summary = (menu: string) => page.getByTestId(menu).locator('summary');

    await page.getByTestId('language-switch').selectOption('fr');
    await heading('OPEN').filter({ hasText: /^Ouverte/ }).waitFor();
    expect(await heading('IN_PROGRESS').textContent()).toMatch(/^En cours\d+$/);
    expect(await heading('DONE').textContent()).toMatch(/^Terminée\d+$/);
    expect(await page.getByTestId('board-filters').getAttribute('aria-label')).toBe('Filtrer les tâches');
    expect(await page.getByTestId('filter-text').getAttribute('placeholder')).toBe('Rechercher des tâches…  ( / )');
    expect(await summary('filter-agency').textContent()).toBe('Organisme\u00a0: indifférent');
    expect(await summary('filter-priority').textContent()).toBe('Priorité\u00a0: indifférent');
    expect(await summary('filter-status').textContent()).toBe('Statut\u00a0: indifférent');
    expect(await page.getByTestId('view-switch').locator('button').allTextContents()).toEqual(['Tableau', 'Liste', 'Échéances']);
    expect(await page.getByTestId('tasks-csv').textContent()).toBe('Télécharger le CSV');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');

    await page.getByTestId('language-switch').selectOption('ar');
    await heading('OPEN').filter({ hasText: /^مفتوحة/ }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await heading('IN_PROGRESS').textContent()).toMatch(/^قيد التنفيذ/);
    expect(await summary('filter-agency').textContent()).toBe('الجهة: الكل');
    expect(await page.getByTestId('view-switch').locator('button').allTextContents()).toEqual(['اللوحة', 'القائمة', 'تواريخ الاستحقاق']);
    // Right to left: the columns run from the right edge, Open first, Cancelled last.
    const open = (await page.getByTestId('column-OPEN').boundingBox())!;
    const inProgress = (await page.getByTestId('column-IN_PROGRESS').boundingBox())!;
    const cancelled = (await page.getByTestId('column-CANCELLED').boundingBox())!;
    const board = (await page.getByTestId('task-board').boundingBox())!;
    expect(inProgress.x).toBeLessThan(open.x);
    expect(cancelled.x).toBeLessThan(inProgress.x);
    expect(open.x + open.width).toBeGreaterThan(board.x + board.width - 40);
  });
});
