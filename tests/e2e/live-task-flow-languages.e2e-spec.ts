import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, baseUrl, DEMO_PASSWORD, launchChromium, markWindow, saveScreenshot, setPersonLanguage, signIn, stillSamePage, unreadCount } from './support/browser';

/**
 * The whole live task flow in Arabic and in French, in two browsers: the coordinator (coordinator@demo.test, NL-POL)
 * opens Joint Operation Danube Route's board and assigns a task to RO-DIOC through the New task panel; RO-DIOC's
 * liaison officer (liaison@demo.test) gets the toast and the bell's count live, opens the task from the toast, starts
 * work on it and comments; the coordinator sees the card move to In progress, the comment and both notifications
 * without a reload. Every text checked is written here from the catalogues' meaning; Arabic pages compute `direction`
 * rtl and show the board's first column (Open) right of the second (In progress), French ones ltr. Both people's
 * language is set through the API before they sign in and set back to English afterwards.
 */
const COORDINATOR = 'coordinator@demo.test';
const LIAISON = 'liaison@demo.test';
const OPERATION = 'Joint Operation Danube Route';
const LIVE = { timeout: 15_000 };

/** What one language's pages say along the flow, and the task and comment typed in it. */
interface Language {
  code: 'fr' | 'ar';
  locale: string;
  direction: 'ltr' | 'rtl';
  newTask: string;
  panelTitle: string;
  create: string;
  created: string;
  open: string;
  inProgress: string;
  assigned: (title: string) => string;
  highPriority: string;
  openTask: string;
  bell: (count: number) => string;
  start: string;
  statusChanged: string;
  commentLabel: string;
  commentSubmit: string;
  comments: (count: number) => string;
  moved: (title: string) => string;
  commented: (title: string) => string;
  announced: string;
  title: string;
  description: string;
  comment: string;
}

const FRENCH: Language = {
  code: 'fr',
  locale: 'fr-FR',
  direction: 'ltr',
  newTask: 'Nouvelle tâche',
  panelTitle: 'Attribuer une nouvelle tâche',
  create: 'Créer et attribuer la tâche',
  created: 'Tâche créée',
  open: 'Ouverte',
  inProgress: 'En cours',
  assigned: (title) => `Nouvelle tâche pour RO-DIOC : ${title}`,
  highPriority: 'Priorité haute',
  openTask: 'Ouvrir la tâche',
  bell: (count) => `Notifications, ${count} non lues`,
  start: 'Commencer le travail',
  statusChanged: 'Statut modifié\u00a0: En cours.',
  commentLabel: 'Ajouter un commentaire',
  commentSubmit: 'Ajouter le commentaire',
  comments: (count) => `Commentaires (${count})`,
  moved: (title) => `${title} : Ouverte → En cours`,
  commented: (title) => `Nouveau commentaire sur ${title}`,
  announced: 'Une tâche a reçu un commentaire (désormais : En cours).',
  title: 'Entendre le chauffeur du minibus',
  description: 'Le chauffeur a conduit les travailleurs jusqu’à la frontière.',
  comment: 'Audition prévue jeudi au commissariat de Constanța.',
};

const ARABIC: Language = {
  code: 'ar',
  locale: 'ar-EG',
  direction: 'rtl',
  newTask: 'مهمة جديدة',
  panelTitle: 'إسناد مهمة جديدة',
  create: 'إنشاء المهمة وإسنادها',
  created: 'تم إنشاء المهمة',
  open: 'مفتوحة',
  inProgress: 'قيد التنفيذ',
  assigned: (title) => `مهمة جديدة لـ RO-DIOC: ${title}`,
  highPriority: 'الأولوية: عالية',
  openTask: 'فتح المهمة',
  bell: (count) => `الإشعارات، ${count} غير مقروءة`,
  start: 'بدء العمل',
  statusChanged: 'تم تغيير الحالة إلى قيد التنفيذ.',
  commentLabel: 'أضف تعليقًا',
  commentSubmit: 'إضافة التعليق',
  comments: (count) => `التعليقات (${count})`,
  moved: (title) => `${title}: مفتوحة ← قيد التنفيذ`,
  commented: (title) => `تعليق جديد على ${title}`,
  announced: 'أضيف تعليق إلى مهمة (الحالة الآن: قيد التنفيذ).',
  title: 'الاستماع إلى سائق الحافلة الصغيرة',
  description: 'نقل السائق العمال إلى الحدود.',
  comment: 'الاستماع إليه مقرر يوم الخميس في مركز الشرطة.',
};

/** The trimmed text of the first element `selector` matches in `page`. */
async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim();
}

/** A toast whose title is exactly `title`. */
function toastTitled(page: Page, title: string) {
  return page.getByTestId('toast-item').getByText(title, { exact: true }).first();
}

/** The column heading's label, without the count that follows it. */
async function columnLabel(page: Page, status: string): Promise<string> {
  return page.getByTestId(`column-${status}`).locator('.tf-column__title').evaluate((heading) => (heading.firstChild?.textContent ?? '').trim());
}

/** The page's computed `direction`, and the board's. */
async function directions(page: Page): Promise<{ page: string; board: string }> {
  return page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).direction,
    board: getComputedStyle(document.querySelector('[data-testid="task-board"]') as Element).direction,
  }));
}

/** Checks the board's direction in the language; right to left, Open's column lies right of In progress's. */
async function expectBoardLaidOut(page: Page, language: Language): Promise<void> {
  expect(await directions(page)).toEqual({ page: language.direction, board: language.direction });
  const open = await page.getByTestId('column-OPEN').boundingBox();
  const inProgress = await page.getByTestId('column-IN_PROGRESS').boundingBox();
  if (!open || !inProgress) throw new Error('The board columns are not shown');
  if (language.direction === 'rtl') expect(open.x).toBeGreaterThanOrEqual(inProgress.x + inProgress.width);
  else expect(inProgress.x).toBeGreaterThanOrEqual(open.x + open.width);
  expect(await columnLabel(page, 'OPEN')).toBe(language.open);
  expect(await columnLabel(page, 'IN_PROGRESS')).toBe(language.inProgress);
}

describe('the live task flow in Arabic and in French', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages: Record<string, Page> = {};
  let operationId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const { login } = await api<{ login: { accessToken: string } }>('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: COORDINATOR, password: DEMO_PASSWORD },
    });
    const { operations } = await api<{ operations: Array<{ id: string; name: string }> }>('{ operations { id name } }', {}, login.accessToken);
    const danube = operations.find((operation) => operation.name === OPERATION);
    if (!danube) throw new Error(`${OPERATION} is not among the coordinator's operations`);
    operationId = danube.id;
  });

  afterAll(async () => {
    // The stored languages first, so other specs find both people in English whatever happens below.
    await setPersonLanguage(COORDINATOR, 'en');
    await setPersonLanguage(LIAISON, 'en');
    for (const [name, page] of Object.entries(pages)) await saveScreenshot(page, `live-task-flow-${name}`);
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  /** Signs `email` in, in a new browser context asking for the language's locale, and waits until the socket is live. */
  async function openAs(name: string, email: string, language: Language): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: language.locale });
    contexts.push(context);
    const page = await context.newPage();
    pages[name] = page;
    await signIn(page, email);
    await page.waitForFunction((code) => document.documentElement.lang === code, language.code);
    await page.locator('[data-testid="live-status"].tf-live--live').waitFor(LIVE);
    return page;
  }

  for (const language of [ARABIC, FRENCH]) {
    it(`in ${language.code}: a task assigned, started and commented on reaches the other browser live`, async () => {
      await setPersonLanguage(COORDINATOR, language.code);
      await setPersonLanguage(LIAISON, language.code);

      // The liaison officer waits on her dashboard; her bell has loaded.
      const liaison = await openAs(`${language.code}-liaison`, LIAISON, language);
      await liaison.getByTestId('unread-count').waitFor();
      const unreadBefore = await unreadCount(liaison);
      expect(await liaison.getByTestId('notification-bell').getAttribute('aria-label')).toBe(language.bell(unreadBefore));
      const liaisonAgencyId = await liaison.getByTestId('current-user').getAttribute('data-agency-id');
      expect(liaisonAgencyId).toBeTruthy();
      await markWindow(liaison);

      // The coordinator opens the board, in the language, laid out in its direction.
      const coordinator = await openAs(`${language.code}-coordinator`, COORDINATOR, language);
      await coordinator.goto(`${baseUrl()}/operations/${operationId}`);
      await coordinator.getByTestId('column-OPEN').waitFor();
      await coordinator.locator('[data-testid="live-status"].tf-live--live').waitFor(LIVE);
      await markWindow(coordinator);
      await expectBoardLaidOut(coordinator, language);

      // The New task panel, in the language: the task goes to RO-DIOC.
      const newTask = coordinator.getByTestId('new-task');
      expect(((await newTask.textContent()) ?? '').trim()).toBe(language.newTask);
      await newTask.click();
      const panel = coordinator.getByTestId('new-task-panel');
      expect(((await panel.locator('.tf-drawer__title').textContent()) ?? '').trim()).toBe(language.panelTitle);
      const form = panel.getByTestId('create-task-form');
      const title = `${language.title} ${Date.now()}`;
      const due = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      await form.getByTestId('task-title').fill(title);
      await form.getByTestId('task-description').fill(language.description);
      await form.getByTestId('task-assignee-agency').selectOption(liaisonAgencyId as string);
      await form.getByTestId('task-pillar').selectOption('PROSECUTION');
      await form.getByTestId('task-priority').selectOption('HIGH');
      await form.getByTestId('task-due-date').fill(due);
      const submit = form.getByTestId('create-task-submit');
      expect(((await submit.textContent()) ?? '').trim()).toBe(language.create);
      await submit.click();
      await toastTitled(coordinator, language.created).waitFor(LIVE);
      const coordinatorCard = (status: string) => coordinator.getByTestId(`column-${status}`).getByTestId('task-card').filter({ hasText: title });
      await coordinatorCard('OPEN').waitFor(LIVE);

      // The liaison officer is told at once, in the language: a toast and one more on the bell.
      const assigned = liaison.getByTestId('toast-item').filter({ hasText: title });
      await assigned.waitFor(LIVE);
      expect(((await assigned.locator('.tf-toast__title').textContent()) ?? '').trim()).toBe(language.assigned(title));
      expect(((await assigned.locator('.tf-toast__body').textContent()) ?? '').trim()).toBe(language.highPriority);
      await liaison.waitForFunction((expected) => document.querySelector('[data-testid="unread-count"]')?.textContent?.trim() === String(expected), unreadBefore + 1, LIVE);
      expect(await liaison.getByTestId('notification-bell').getAttribute('aria-label')).toBe(language.bell(unreadBefore + 1));

      // She opens the task from the toast: the board and the task's panel, without a reload.
      const openTask = assigned.locator('.tf-toast__link');
      expect(((await openTask.textContent()) ?? '').trim()).toBe(language.openTask);
      await openTask.click();
      const detail = liaison.getByTestId('task-detail');
      await detail.locator('.tf-drawer__title').filter({ hasText: title }).waitFor(LIVE);
      await liaison.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: title }).waitFor();
      await expectBoardLaidOut(liaison, language);

      // The coordinator opens the same task's panel, to follow it.
      await coordinatorCard('OPEN').getByRole('link', { name: title }).click();
      const followed = coordinator.getByTestId('task-detail');
      await followed.locator('.tf-drawer__title').filter({ hasText: title }).waitFor();
      await followed.locator('#task-comments-title').waitFor();

      // She starts work on it: the coordinator's board moves the card to In progress, live, and he is told.
      const start = detail.getByTestId('status-to-IN_PROGRESS');
      expect(((await start.textContent()) ?? '').trim()).toBe(language.start);
      await start.click();
      await detail.getByTestId('status-feedback').filter({ hasText: language.statusChanged }).waitFor(LIVE);
      await toastTitled(coordinator, language.moved(title)).waitFor(LIVE);
      await coordinatorCard('IN_PROGRESS').waitFor(LIVE);
      await coordinator.waitForFunction(
        (wanted) => !Array.from(document.querySelectorAll('[data-testid="column-OPEN"] [data-testid="task-card"]')).some((card) => card.textContent?.includes(wanted)),
        title,
        LIVE,
      );

      // She comments: the coordinator's task panel shows the comment, live, and he is told.
      expect(await detail.getByLabel(language.commentLabel, { exact: true }).getAttribute('data-testid')).toBe('comment-body');
      await detail.getByTestId('comment-body').fill(language.comment);
      const send = detail.getByTestId('comment-submit');
      expect(((await send.textContent()) ?? '').trim()).toBe(language.commentSubmit);
      await send.click();
      await detail.getByTestId('task-comments').locator('.tf-comment__body').filter({ hasText: language.comment }).waitFor(LIVE);
      expect(await text(liaison, '#task-comments-title')).toBe(language.comments(1));
      await toastTitled(coordinator, language.commented(title)).waitFor(LIVE);
      await followed.getByTestId('task-comments').locator('.tf-comment__body').filter({ hasText: language.comment }).waitFor(LIVE);
      expect(await text(coordinator, '[data-testid="task-detail"] #task-comments-title')).toBe(language.comments(1));
      await coordinator.getByTestId('operation-announcement').filter({ hasText: language.announced }).waitFor(LIVE);
      await expectBoardLaidOut(coordinator, language);

      expect(await stillSamePage(coordinator)).toBe(true);
      expect(await stillSamePage(liaison)).toBe(true);
    });
  }
});
