import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium, saveScreenshot, signIn } from './support/browser';

/**
 * An agency admin (ro-admin, Romanian prosecutors) invites a new person from /admin/people; the one-time link is
 * shown; in a second browser context, signed out, the new person opens the link, is told why a weak password is
 * refused, sets a strong one and signs in. Only a new person is created: the demo accounts other specs sign in
 * with are left alone.
 */
describe('agency people: invite and set a password with the one-time link', () => {
  const email = `e2e.newcomer.${Date.now()}@demo.test`;
  const strong = 'lantern-fjord-84-quince';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page | undefined;
  let newcomer: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(admin, 'agency-people-admin');
    await saveScreenshot(newcomer, 'agency-people-newcomer');
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 960 } });
    contexts.push(context);
    return context.newPage();
  };

  it('a member has no People link', async () => {
    const member = await newPage();
    await signIn(member, 'ro-member@demo.test');
    await member.getByTestId('nav-leads').waitFor();
    expect(await member.getByTestId('nav-people').count()).toBe(0);
    expect(await member.getByTestId('nav-agencies').count()).toBe(0);
  });

  it('ro-admin invites a person; the newcomer opens the link signed out, sets a password and signs in', async () => {
    admin = await newPage();
    await signIn(admin, 'ro-admin@demo.test');
    expect(await admin.getByTestId('nav-agencies').count()).toBe(0);
    await admin.getByTestId('nav-people').click();
    const table = admin.getByTestId('people-table');
    await table.waitFor();
    await admin.locator('[data-testid="person-row"][data-email="ro-member@demo.test"]').waitFor();
    expect(await admin.locator('[data-testid="person-row"][data-email="es-liaison@demo.test"]').count()).toBe(0);

    await admin.getByTestId('invite-person').click();
    const form = admin.getByTestId('invite-person-form');
    await form.getByLabel('E-mail').fill(email);
    await form.getByLabel('Name').fill('Victor Lungu');
    await form.getByLabel('Analyst').check();
    await form.getByTestId('invite-submit').click();

    const notice = admin.getByTestId('one-time-link');
    await notice.waitFor();
    const link = await notice.getByLabel('One-time link').inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/set-password\\?token=[A-Za-z0-9_-]{43}$`));
    const row = admin.locator(`[data-testid="person-row"][data-email="${email}"]`);
    await row.waitFor();
    await expect(row.getByTestId('person-roles').textContent()).resolves.toBe('Task-force member, Analyst');
    await expect(row.getByTestId('person-status').textContent()).resolves.toBe('Invited');
    await saveScreenshot(admin, 'agency-people-link-shown');

    newcomer = await newPage();
    await newcomer.goto(link);
    const setForm = newcomer.getByTestId('set-password-form');
    await setForm.waitFor();
    await setForm.getByTestId('set-password-new').fill('password1234');
    await setForm.getByTestId('set-password-repeat').fill('password1234');
    await setForm.getByTestId('set-password-submit').click();
    await expect(setForm.locator('.tf-field__error').first().textContent()).resolves.toContain('too easy to guess');

    await setForm.getByTestId('set-password-new').fill(strong);
    await setForm.getByTestId('set-password-repeat').fill(strong);
    await setForm.getByTestId('set-password-submit').click();
    await newcomer.getByTestId('set-password-done').waitFor();
    await newcomer.getByTestId('go-sign-in').click();
    await newcomer.getByTestId('login-email').fill(email);
    await newcomer.getByTestId('login-password').fill(strong);
    await newcomer.getByTestId('login-submit').click();
    await newcomer.getByTestId('dashboard').waitFor();

    // The link is used up.
    const again = await newPage();
    await again.goto(link);
    await again.getByTestId('set-password-new').fill('another-phrase-walrus-63');
    await again.getByTestId('set-password-repeat').fill('another-phrase-walrus-63');
    await again.getByTestId('set-password-submit').click();
    await expect(again.getByTestId('set-password-link-error').textContent()).resolves.toContain('invalid or has expired');

    await admin.reload();
    await expect(admin.locator(`[data-testid="person-row"][data-email="${email}"]`).getByTestId('person-status').textContent()).resolves.toBe('Active');
  });

  it('a platform admin creates an agency (the server names a taken acronym) and sees its first admin in People', async () => {
    // An international organisation (no country), with a fresh acronym: no country profile or demo share changes.
    const acronym = `E2E${Date.now() % 100000}`;
    const adminEmail = `e2e.first-admin.${Date.now()}@demo.test`;
    const root = await newPage();
    await signIn(root, 'admin@demo.test');
    await root.getByTestId('nav-agencies').click();
    await root.getByTestId('agency-table').waitFor();
    await root.getByTestId('new-agency').click();
    const form = root.getByTestId('create-agency-form');
    await form.getByTestId('agency-name').fill('Browser Test Observers');
    await form.getByTestId('agency-acronym').fill('ro-dioc');
    await form.getByTestId('agency-kind').selectOption('INTERNATIONAL_ORGANIZATION');
    await form.getByTestId('agency-admin-email').fill(adminEmail);
    await form.getByTestId('agency-admin-name').fill('Grace Mensah');
    await form.getByTestId('create-agency-submit').click();
    await expect(form.locator('.tf-field__error').first().textContent()).resolves.toBe('acronym is already used by another agency');

    await form.getByTestId('agency-acronym').fill(acronym);
    await form.getByTestId('create-agency-submit').click();
    await expect(root.getByTestId('one-time-link').getByLabel('One-time link').inputValue()).resolves.toContain('/set-password?token=');
    await root.locator(`[data-testid="agency-row"][data-acronym="${acronym}"]`).waitFor();

    await root.getByTestId('nav-people').click();
    await root.getByTestId('people-table').waitFor();
    const options = await root.getByTestId('people-agency').locator('option').allTextContents();
    await root.getByTestId('people-agency').selectOption({ label: options.find((o) => o.startsWith(`${acronym} — `))! });
    const row = root.locator(`[data-testid="person-row"][data-email="${adminEmail}"]`);
    await row.waitFor();
    await expect(row.getByTestId('person-roles').textContent()).resolves.toBe('Agency admin');
    await saveScreenshot(root, 'agency-people-platform-admin');
  });
});
