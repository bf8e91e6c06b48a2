import { people, saveScreenshot } from './support/browser';

/**
 * The platform admin's sharing-law screens: agreements (the expired demo agreement shown as such) and rules
 * (a new rule, a server error naming the JSON field at fault, a second version with the first kept in the
 * history). The rule written here (NG-9: health data entering Nigeria is removed) changes no demo share, since
 * no demo lead going to Nigeria carries health data, so the other specs sharing this server are not affected.
 * A coordinator has no link to these screens.
 */
describe('sharing law: admin screens', () => {
  const crowd = people('sharing-law');
  const openAs = crowd.openAs;
  const pages = crowd.pages;

  beforeAll(() => crowd.launch());
  afterAll(() => crowd.closeAll());

  it('only platform admins get the links', async () => {
    const coordinator = await openAs('coordinator', 'coordinator@demo.test');
    await coordinator.getByTestId('nav-leads').waitFor();
    expect(await coordinator.getByTestId('nav-agreements').count()).toBe(0);
    expect(await coordinator.getByTestId('nav-rules').count()).toBe(0);
  });

  it('lists the agreements, the expired one shown as expired', async () => {
    const admin = await openAs('admin', 'admin@demo.test');
    await admin.getByTestId('nav-agreements').click();
    await admin.getByTestId('agreement-table').waitFor();
    const pilot = admin.locator('[data-testid="agreement-row"][data-agreement-id="NL-TH-PILOT"]');
    await expect(pilot.getByTestId('agreement-status').textContent()).resolves.toBe('Expired');
    const mla = admin.locator('[data-testid="agreement-row"][data-agreement-id="NL-RO-MLA"]');
    await expect(mla.getByTestId('agreement-status').textContent()).resolves.toBe('In force');
    await saveScreenshot(admin, 'sharing-law-agreements');

    // The edit form opens filled in from the agreement.
    await mla.getByTestId('edit-agreement').click();
    const form = admin.getByTestId('agreement-form');
    await expect(form.getByTestId('agreement-countries').inputValue()).resolves.toBe('NL, RO');
    await expect(form.getByTestId('agreement-from').inputValue()).resolves.toBe('2010-01-01');
    await saveScreenshot(admin, 'sharing-law-agreement-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('creates a rule, sees the field named in a server error, and writes version 2 keeping version 1', async () => {
    const admin = pages['admin'];
    await admin.getByTestId('nav-rules').click();
    await admin.getByTestId('rules-admin-page').waitFor();
    await admin.locator('[data-testid="rule-item"][data-rule-id="NL-2"]').waitFor();

    await admin.getByTestId('new-rule').click();
    const form = admin.getByTestId('rule-form');
    await form.getByTestId('rule-id').fill('NG-9');
    await form.getByTestId('rule-text').fill('Health data entering Nigeria is removed (test rule of the browser tests).');
    await form.getByTestId('rule-scope').fill('{"kind":"COUNTRY","country":"NG"}');
    await form.getByTestId('rule-condition').fill('{"kind":"RESTRICT_CATEGORIES","categories":["HEALTH_DATA"],"effect":"SOMETIMES"}');
    await form.locator('label', { hasText: 'Leaving' }).locator('input').uncheck();
    await form.locator('label', { hasText: 'Entering' }).locator('input').check();
    await form.getByTestId('rule-save').click();
    await expect(form.locator('.tf-field__error', { hasText: 'conditionJson.effect' }).first().textContent()).resolves.toContain('REDACT');

    await form.getByTestId('rule-condition').fill('{"kind":"RESTRICT_CATEGORIES","categories":["HEALTH_DATA"],"effect":"REDACT"}');
    await form.getByTestId('rule-save').click();
    const rule = admin.locator('[data-testid="rule-item"][data-rule-id="NG-9"]');
    await rule.waitFor();
    await expect(rule.locator('.tf-card__title').textContent()).resolves.toBe('NG-9 · version 1');

    await rule.getByTestId('revise-rule').click();
    const revision = admin.getByTestId('rule-form');
    await revision.getByTestId('rule-text').fill('Health data entering Nigeria is removed; version 2 of the browser-test rule.');
    await revision.getByTestId('rule-save').click();
    await rule.locator('.tf-card__title', { hasText: 'version 2' }).waitFor();
    await expect(rule.getByTestId('rule-text').textContent()).resolves.toContain('version 2 of the browser-test rule');
    await rule.locator('summary').click();
    const versions = rule.getByTestId('rule-version');
    expect(await versions.count()).toBe(2);
    await expect(versions.nth(1).textContent()).resolves.toContain('test rule of the browser tests');
  });
});
