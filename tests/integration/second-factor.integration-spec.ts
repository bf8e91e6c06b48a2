import { totp, secretOfUri } from '../support/rfc6238';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Second factor (TOTP, RFC 6238, and single-use recovery codes): enrolment, two-step sign-in and the attacks on it —
 * skipping the second step, replaying a challenge, reusing a TOTP code within its window, reusing a recovery code.
 * Every refused attempt leaves no session row behind. Codes are computed by the tests' own RFC 6238 implementation.
 */
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  secondFactorRequired challengeToken challengeExpiresAt accessToken refreshToken secondFactorEnrolmentRequired user { email } } }`;
const SECOND = `mutation($input: LoginSecondFactorInput!) { loginSecondFactor(input: $input) { accessToken refreshToken user { email } } }`;
const BEGIN = 'mutation { beginTotpEnrolment { secret otpauthUri qrCodeSvg } }';
const CONFIRM = 'mutation($code: String!) { confirmTotpEnrolment(code: $code) }';
const STATUS = '{ mySecondFactor { enabled enrolmentRequired recoveryCodesLeft } }';
const ME = '{ me { email } }';
const STEP_MS = 30_000;
const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

/**
 * A task force where each test enrols its own person (enrolment and spent codes stay with a person): members and
 * liaison officers of the NL police, the Romanian prosecutors, the Belgian labour inspectors, the Spanish border
 * police, a shelter NGO, IOM, Europol, the port authority and the Thai police.
 */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['IOM'], AGENCIES['Europol'], AGENCIES['RPSA'], AGENCIES['TH-AHTD']);
  await f.person(PEOPLE['member@nl.test'], PEOPLE['liaison@nl.test'], PEOPLE['member@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test'], PEOPLE['liaison@spf.test'], PEOPLE['liaison@iom.test'], PEOPLE['analyst@europol.test'], PEOPLE['liaison@rpsa.test'], PEOPLE['coordinator@th.test']);
}

describe('second factor: TOTP and recovery codes, two-step sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  const sessionsOf = async (email: string): Promise<number> => {
    const [row] = await t.db.query('SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1', [email]);
    return row.n;
  };

  /** Signs in `email` (no factor yet), enrols TOTP and returns the secret and recovery codes. */
  const enrol = async (email: string): Promise<{ secret: string; recoveryCodes: string[]; token: string }> => {
    const token = await login(t.url, email);
    const begun = await gql(t.url, BEGIN, {}, token);
    expect(begun.errors).toBeUndefined();
    const secret = secretOfUri(begun.data!.beginTotpEnrolment.otpauthUri);
    const confirmed = await gql(t.url, CONFIRM, { code: totp(secret) }, token);
    expect(confirmed.errors).toBeUndefined();
    return { secret, recoveryCodes: confirmed.data!.confirmTotpEnrolment, token };
  };

  const firstStep = async (email: string) => {
    const res = await gql(t.url, LOGIN, { input: { email, password: FIXTURE_PASSWORD } });
    expect(res.errors).toBeUndefined();
    return res.data!.login;
  };

  it('enrols: the URI carries the secret, a wrong code is refused, the right one gives 10 recovery codes once; the secret is stored encrypted and the codes hashed', async () => {
    const token = await login(t.url, 'member@nl.test');
    const begun = (await gql(t.url, BEGIN, {}, token)).data!.beginTotpEnrolment;
    expect(begun.otpauthUri).toMatch(/^otpauth:\/\/totp\/.+\?.*secret=[A-Z2-7]+/);
    expect(begun.secret).toBe(secretOfUri(begun.otpauthUri));
    expect(begun.qrCodeSvg).toMatch(/^<svg/);
    const wrong = await gql(t.url, CONFIRM, { code: String((Number(totp(begun.secret)) + 1) % 1_000_000).padStart(6, '0') }, token);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect((await gql(t.url, STATUS, {}, token)).data!.mySecondFactor.enabled).toBe(false);

    const confirmed = await gql(t.url, CONFIRM, { code: totp(begun.secret) }, token);
    expect(confirmed.errors).toBeUndefined();
    const codes: string[] = confirmed.data!.confirmTotpEnrolment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await gql(t.url, STATUS, {}, token)).data!.mySecondFactor).toEqual({ enabled: true, enrolmentRequired: false, recoveryCodesLeft: 10 });

    const [user] = await t.db.query('SELECT totp_secret_ciphertext AS c, totp_secret_key_id AS k FROM users WHERE email = $1', ['member@nl.test']);
    expect(user.c).toBeTruthy();
    expect(user.c).not.toContain(begun.secret);
    expect(user.k).toBeTruthy();
    const hashes = await t.db.query('SELECT code_hash FROM recovery_codes rc JOIN users u ON u.id = rc.user_id WHERE u.email = $1', ['member@nl.test']);
    expect(hashes).toHaveLength(10);
    for (const h of hashes) expect(h.code_hash).toMatch(/^\$argon2id\$/);
    for (const code of codes) expect(JSON.stringify(hashes)).not.toContain(code);
  });

  it('sign-in becomes two steps: the password alone opens no session; the code does', async () => {
    const { secret } = await enrol('liaison@nl.test');
    const before = await sessionsOf('liaison@nl.test');
    const first = await firstStep('liaison@nl.test');
    expect(first).toMatchObject({ secondFactorRequired: true, accessToken: null, refreshToken: null, user: null });
    expect(first.challengeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(first.challengeExpiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(await sessionsOf('liaison@nl.test')).toBe(before);

    const done = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, code: totp(secret, Date.now() + STEP_MS) } });
    expect(done.errors).toBeUndefined();
    expect((await gql(t.url, ME, {}, done.data!.loginSecondFactor.accessToken)).data!.me.email).toBe('liaison@nl.test');
    expect(await sessionsOf('liaison@nl.test')).toBe(before + 1);
  });

  it('refuses the challenge token used as an access token or a refresh token, and a wrong code: no session is opened', async () => {
    await enrol('liaison@rpsa.test');
    const before = await sessionsOf('liaison@rpsa.test');
    const { challengeToken } = await firstStep('liaison@rpsa.test');
    expect(errorCode(await gql(t.url, ME, {}, challengeToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: challengeToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken, code: '000000' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken: 'not-a-challenge', code: '000000' } }))).toBe('UNAUTHENTICATED');
    expect(await sessionsOf('liaison@rpsa.test')).toBe(before);
  });

  it('a challenge token works once: replayed, even with a fresh code, it is refused and nothing is written', async () => {
    const { secret } = await enrol('liaison@be.test');
    const { challengeToken } = await firstStep('liaison@be.test');
    const ok = await gql(t.url, SECOND, { input: { challengeToken, code: totp(secret, Date.now() + STEP_MS) } });
    expect(ok.errors).toBeUndefined();
    const after = await sessionsOf('liaison@be.test');
    const [{ n: challengesUsed }] = await t.db.query('SELECT count(*)::int AS n FROM login_challenges WHERE used_at IS NOT NULL');
    const replay = await gql(t.url, SECOND, { input: { challengeToken, code: totp(secret, Date.now() - STEP_MS) } });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    expect(await sessionsOf('liaison@be.test')).toBe(after);
    const [{ n: usedAfter }] = await t.db.query('SELECT count(*)::int AS n FROM login_challenges WHERE used_at IS NOT NULL');
    expect(usedAfter).toBe(challengesUsed);
  });

  it('a TOTP code is accepted once: the same code within its window is refused for a new challenge', async () => {
    const { secret } = await enrol('liaison@es.test');
    const code = totp(secret, Date.now() + STEP_MS);
    const first = await firstStep('liaison@es.test');
    expect((await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, code } })).errors).toBeUndefined();
    const before = await sessionsOf('liaison@es.test');
    const second = await firstStep('liaison@es.test');
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken: second.challengeToken, code } }))).toBe('UNAUTHENTICATED');
    // an earlier code of the window is older than the one used: refused too
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken: second.challengeToken, code: totp(secret) } }))).toBe('UNAUTHENTICATED');
    expect(await sessionsOf('liaison@es.test')).toBe(before);
  });

  it('a recovery code signs in once; used again it is refused and nothing is written', async () => {
    const { recoveryCodes } = await enrol('liaison@spf.test');
    const first = await firstStep('liaison@spf.test');
    const ok = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, recoveryCode: recoveryCodes[3] } });
    expect(ok.errors).toBeUndefined();
    const before = await sessionsOf('liaison@spf.test');
    const second = await firstStep('liaison@spf.test');
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken: second.challengeToken, recoveryCode: recoveryCodes[3] } }))).toBe('UNAUTHENTICATED');
    expect(await sessionsOf('liaison@spf.test')).toBe(before);
    const status = await gql(t.url, STATUS, {}, ok.data!.loginSecondFactor.accessToken);
    expect(status.data!.mySecondFactor.recoveryCodesLeft).toBe(9);
    // another, unused code still works with the same (unused) challenge
    expect((await gql(t.url, SECOND, { input: { challengeToken: second.challengeToken, recoveryCode: recoveryCodes[4] } })).errors).toBeUndefined();
  });

  it('an expired challenge is refused', async () => {
    const { secret } = await enrol('liaison@iom.test');
    const { challengeToken } = await firstStep('liaison@iom.test');
    await t.db.query("UPDATE login_challenges SET expires_at = now() - interval '1 second' WHERE used_at IS NULL");
    const before = await sessionsOf('liaison@iom.test');
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken, code: totp(secret, Date.now() + STEP_MS) } }))).toBe('UNAUTHENTICATED');
    expect(await sessionsOf('liaison@iom.test')).toBe(before);
  });

  it('wrong codes are capped per challenge (5) and per person (10 in the window, from any address): then even the right code opens nothing', async () => {
    const { secret } = await enrol('member@ro.test');
    const wrong = (challengeToken: string) => gql(t.url, SECOND, { input: { challengeToken, code: '000000' } }).then(errorCode);
    const first = await firstStep('member@ro.test');
    for (let i = 0; i < 5; i++) expect(await wrong(first.challengeToken)).toBe('UNAUTHENTICATED');
    // the challenge is worn out: the right code is refused with it
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, code: totp(secret, Date.now() + STEP_MS) } }))).toBe('UNAUTHENTICATED');
    const second = await firstStep('member@ro.test');
    for (let i = 0; i < 4; i++) expect(await wrong(second.challengeToken)).toBe('UNAUTHENTICATED');
    const before = await sessionsOf('member@ro.test');
    const third = await firstStep('member@ro.test');
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken: third.challengeToken, code: totp(secret, Date.now() + STEP_MS) } }))).toBe('TOO_MANY_REQUESTS');
    expect(await sessionsOf('member@ro.test')).toBe(before);
  });

  it('disableTotp needs the password and a code; afterwards sign-in is one step again', async () => {
    const { secret, token } = await enrol('coordinator@th.test');
    const DISABLE = 'mutation($input: DisableTotpInput!) { disableTotp(input: $input) }';
    expect(errorCode(await gql(t.url, DISABLE, { input: { password: 'wrong-password', code: totp(secret, Date.now() + STEP_MS) } }, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, DISABLE, { input: { password: FIXTURE_PASSWORD, code: '000000' } }, token))).toBe('UNAUTHENTICATED');
    expect((await gql(t.url, STATUS, {}, token)).data!.mySecondFactor.enabled).toBe(true);
    expect((await gql(t.url, DISABLE, { input: { password: FIXTURE_PASSWORD, code: totp(secret, Date.now() + STEP_MS) } }, token)).errors).toBeUndefined();
    const again = await firstStep('coordinator@th.test');
    expect(again.secondFactorRequired).toBe(false);
    expect(again.accessToken).toBeTruthy();
  });
});

describe('second factor: failed codes count in the failed-login budgets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ADDRESS_RATE_LIMIT: '3' }, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  it('after the address budget of failures is spent, even the right code is refused and no session is opened', async () => {
    const token = await login(t.url, 'analyst@europol.test');
    const secret = secretOfUri((await gql(t.url, BEGIN, {}, token)).data!.beginTotpEnrolment.otpauthUri);
    expect((await gql(t.url, CONFIRM, { code: totp(secret) }, token)).errors).toBeUndefined();
    const { challengeToken } = (await gql(t.url, LOGIN, { input: { email: 'analyst@europol.test', password: FIXTURE_PASSWORD } })).data!.login;
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(errorCode(await gql(t.url, SECOND, { input: { challengeToken, code: '000000' } })));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const [{ n: before }] = await t.db.query("SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'analyst@europol.test'");
    expect(errorCode(await gql(t.url, SECOND, { input: { challengeToken, code: totp(secret, Date.now() + STEP_MS) } }))).toBe('TOO_MANY_REQUESTS');
    const [{ n: after }] = await t.db.query("SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'analyst@europol.test'");
    expect(after).toBe(before);
  });
});
