import { Client } from 'pg';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, launchChromium, saveScreenshot } from './support/browser';

/**
 * Passkeys in the browser, with Chromium's virtual authenticator (Chrome DevTools Protocol, WebAuthn domain: a CTAP2
 * platform authenticator with resident keys and user verification, presence simulated). A new analyst (invited for this
 * test, so the demo people other specs sign in with keep no factor) adds a passkey on /settings/security, signs out,
 * signs in with the password and the passkey, and reveals a potential victim's identity after the step-up dialog
 * accepted the passkey (the session's step-up is aged in the database, as 5 minutes cannot pass in a test).
 */
describe('passkeys in the browser: add one, sign in with it, step up with it', () => {
  const email = `e2e.passkeys.${Date.now()}@demo.test`;
  const password = 'lantern-harbour-38-quartz';
  const victimName = 'Ilinca Passkeyescu-Fictiva';
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let leadId: string;

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

  /** Runs `sql` against the API's database (the embedded PostgreSQL global-setup started). */
  const database = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    const url = process.env['TASKFORCE_E2E_DATABASE_URL'];
    if (!url) throw new Error('TASKFORCE_E2E_DATABASE_URL is not set: global-setup.mjs did not see the embedded PostgreSQL start');
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      return (await db.query(sql, params)).rows as T[];
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    const roAdmin = await signInApi('ro-admin@demo.test', DEMO_PASSWORD);
    const invited = await api('mutation($i: InvitePersonInput!) { invitePerson(input: $i) { link } }', { i: { email, displayName: 'Petra Passkey', roles: ['ANALYST'] } }, roAdmin);
    const token = new URL(invited.invitePerson.link, baseUrl()).searchParams.get('token');
    await api('mutation($i: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $i) }', { i: { token, password } });
    const analyst = await signInApi(email, password);
    const created = await api(
      'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          summary: 'Fictional passkey browser test lead',
          details: 'Recruitment through a fake modelling agency.',
          formOfExploitation: 'SEXUAL_EXPLOITATION',
          route: [
            { country: 'RO', role: 'ORIGIN' },
            { country: 'BE', role: 'DESTINATION' },
          ],
          dataCategories: ['VICTIM_PERSONAL_DATA'],
          tlp: 'AMBER',
          sourceReliability: 'B',
          informationCredibility: 'PROBABLY_TRUE',
          handlingCodes: ['H1'],
          persons: [{ role: 'POTENTIAL_VICTIM', name: victimName, dateOfBirth: '2001-07-08', nationality: 'RO', description: 'woman, 20–24' }],
        },
      },
      analyst,
    );
    leadId = created.createLead.id;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await saveScreenshot(page, 'passkeys');
    await context?.close();
    await browser?.close();
  });

  /** The virtual authenticator's credentials, as Chromium reports them (ids in standard base64). */
  const credentialsOf = async (cdp: CDPSession, authenticatorId: string) => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;

  it('adds a passkey on the security page, signs in with it after the password, and passes a step-up with it', async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 960 } });
    page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });

    await page.goto(`${baseUrl()}/`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dashboard').waitFor();

    await page.goto(`${baseUrl()}/settings/security`);
    await page.getByTestId('passkeys-none').waitFor();
    await page.getByTestId('passkey-name').fill('Test laptop');
    await page.getByTestId('passkey-add').click();
    await page.getByTestId('passkey-added').waitFor();
    const item = page.getByTestId('passkey-item');
    await expect(item.getByTestId('passkey-name-shown').textContent()).resolves.toBe('Test laptop');
    await expect(item.textContent()).resolves.toContain('not used yet');
    await saveScreenshot(page, 'passkeys-added');

    // the authenticator holds one credential for this site, and the API stored that credential
    const [made] = await credentialsOf(cdp, authenticatorId);
    expect(made.rpId).toBe('localhost');
    const stored = await database<{ credential_id: string; counter: string }>(
      'SELECT p.credential_id, p.counter FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = $1',
      [email],
    );
    expect(stored.map((p) => p.credential_id)).toEqual([Buffer.from(made.credentialId, 'base64').toString('base64url')]);

    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-passkey').waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);
    // a person with only a passkey is asked for no code
    expect(await page.getByTestId('login-code').count()).toBe(0);
    await page.getByTestId('login-passkey').click();
    await page.getByTestId('current-user').waitFor();
    await page.getByTestId('passkey-item').filter({ hasText: 'last used' }).waitFor();
    const [afterSignIn] = await credentialsOf(cdp, authenticatorId);
    const [{ counter }] = await database<{ counter: string }>('SELECT p.counter FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = $1', [email]);
    expect(Number(counter)).toBe(afterSignIn.signCount);

    // five minutes pass (in the database): revealing now needs the step-up
    await database(`UPDATE sessions SET reauthenticated_at = now() - interval '10 minutes' FROM users u WHERE u.id = sessions.user_id AND u.email = $1`, [email]);
    await page.goto(`${baseUrl()}/leads/${leadId}`);
    await page.getByTestId('reveal-identity').click();
    await page.getByTestId('reveal-reason').fill('Referral to victim assistance, passkey browser test');
    await page.getByTestId('reveal-submit').click();
    const dialog = page.getByTestId('step-up-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('revealed-identity').count()).toBe(0);
    await dialog.getByTestId('step-up-passkey').click();
    await expect(page.getByTestId('revealed-identity').textContent()).resolves.toContain(victimName);
    expect(await page.getByTestId('step-up-dialog').isVisible()).toBe(false);
    const [afterStepUp] = await credentialsOf(cdp, authenticatorId);
    expect(afterStepUp.signCount).toBeGreaterThan(afterSignIn.signCount);
  });
});
