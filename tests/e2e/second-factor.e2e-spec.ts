import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { totp } from '../support/rfc6238';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot } from './support/browser';

/**
 * A new analyst (invited for this test, so the demo people other specs sign in with keep no factor) sets up TOTP on
 * /settings/security — the codes come from the tests' own RFC 6238 implementation, not the product's library —, sees
 * the recovery codes once, signs out, signs in with the password then a code, and reveals a potential victim's
 * identity after the step-up dialog asked for the password again (the session's step-up is aged in the database, as
 * 5 minutes cannot pass in a test).
 */
describe('second factor in the browser: enrol, two-step sign-in, step-up before revealing an identity', () => {
  const email = `e2e.second-factor.${Date.now()}@demo.test`;
  const password = 'harbour-quartz-71-lantern';
  const victimName = 'Mirela Twofactorescu-Fictiva';
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let leadId: string;
  let personId: string;

  const api = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const signInApi = async (who: string, pw: string) => (await api('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: who, password: pw } })).login.accessToken as string;

  beforeAll(async () => {
    const roAdmin = await signInApi('ro-admin@demo.test', DEMO_PASSWORD);
    const invited = await api('mutation($i: InvitePersonInput!) { invitePerson(input: $i) { link } }', { i: { email, displayName: 'Dana Factor', roles: ['ANALYST'] } }, roAdmin);
    const token = new URL(invited.invitePerson.link, baseUrl()).searchParams.get('token');
    await api('mutation($i: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $i) }', { i: { token, password } });
    const analyst = await signInApi(email, password);
    const created = await api(
      'mutation($input: CreateLeadInput!) { createLead(input: $input) { id persons { id } } }',
      {
        input: {
          summary: 'Fictional second-factor browser test lead',
          details: 'Recruitment through a fake job agency.',
          formOfExploitation: 'FORCED_LABOUR',
          route: [
            { country: 'RO', role: 'ORIGIN' },
            { country: 'ES', role: 'DESTINATION' },
          ],
          dataCategories: ['VICTIM_PERSONAL_DATA'],
          tlp: 'AMBER',
          sourceReliability: 'B',
          informationCredibility: 'PROBABLY_TRUE',
          handlingCodes: ['H1'],
          persons: [{ role: 'POTENTIAL_VICTIM', name: victimName, dateOfBirth: '1999-05-06', nationality: 'RO', description: 'woman, 25–29' }],
        },
      },
      analyst,
    );
    leadId = created.createLead.id;
    personId = created.createLead.persons[0].id;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'second-factor');
    await context?.close();
    await browser?.close();
  });

  it('enrols, signs in with a code and steps up to reveal an identity', async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 960 } });
    page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dashboard').waitFor();

    await page.goto(`${baseUrl()}/settings/security`);
    await page.getByTestId('totp-begin').click();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.getByTestId('totp-uri').textContent()).resolves.toContain(`secret=${secret}`);
    await page.getByTestId('totp-code').fill(totp(secret));
    await page.getByTestId('totp-confirm').click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await saveScreenshot(page, 'second-factor-recovery-codes');
    await page.getByTestId('recovery-codes-saved').click();
    await page.getByTestId('totp-enabled').waitFor();
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);

    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-code').waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);
    // the code of the next 30-second step: the current one was used to confirm, and a code works once
    await page.getByTestId('login-code').fill(totp(secret, Date.now() + 30_000));
    await page.getByTestId('login-code-submit').click();
    // signed in, back on the page that was open (the security settings)
    await page.getByTestId('current-user').waitFor();
    await page.getByTestId('totp-enabled').waitFor();

    // five minutes pass (in the database): revealing now needs the step-up
    const databaseUrl = process.env['TASKFORCE_E2E_DATABASE_URL'];
    if (!databaseUrl) throw new Error('TASKFORCE_E2E_DATABASE_URL is not set: global-setup.mjs did not see the embedded PostgreSQL start');
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      await db.query(`UPDATE sessions SET reauthenticated_at = now() - interval '10 minutes' FROM users u WHERE u.id = sessions.user_id AND u.email = $1`, [email]);
    } finally {
      await db.end();
    }
    await page.goto(`${baseUrl()}/leads/${leadId}`);
    await page.getByTestId('reveal-identity').click();
    await page.getByTestId('reveal-reason').fill('Referral to victim assistance, browser test');
    await page.getByTestId('reveal-submit').click();
    const dialog = page.getByTestId('step-up-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('revealed-identity').count()).toBe(0);
    await dialog.getByTestId('step-up-password').fill('not-my-password');
    await dialog.getByTestId('step-up-submit').click();
    await dialog.getByTestId('step-up-error').waitFor();
    await dialog.getByTestId('step-up-password').fill(password);
    await dialog.getByTestId('step-up-submit').click();
    await expect(page.getByTestId('revealed-identity').textContent()).resolves.toContain(victimName);
    expect(await page.getByTestId('step-up-dialog').isVisible()).toBe(false);
    expect(personId).toBeTruthy();
  });
});
