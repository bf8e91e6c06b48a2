import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, login as signIn, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { email } } }';
const ME = '{ me { id email roles agency { id name country } } }';

describe('sign-in, sessions and tokens', () => {
  let t: TestApp;
  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' }, { demoData: false });
    // Each test that ends sessions or uses up the login limit signs in as a person no other test uses.
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['RPSA'], AGENCIES['IOM'], AGENCIES['Europol']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], PEOPLE['admin@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test'], PEOPLE['liaison@rpsa.test'], PEOPLE['liaison@iom.test'], PEOPLE['analyst@europol.test']);
  });
  afterAll(() => t.close());

  it('logs in a person and answers me with its agency', async () => {
    const res = await gql(t.url, LOGIN, { input: { email: 'liaison@ro.test', password: FIXTURE_PASSWORD } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user.email).toBe('liaison@ro.test');
    const me = await gql(t.url, ME, {}, res.data!.login.accessToken);
    expect(me.data!.me).toMatchObject({ email: 'liaison@ro.test', roles: ['LIAISON_OFFICER'], agency: { country: 'RO' } });
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await gql(t.url, LOGIN, { input: { email: 'member@nl.test', password: 'nope' } });
    const unknown = await gql(t.url, LOGIN, { input: { email: 'nobody@nl.test', password: 'nope' } });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('names the field of a malformed login', async () => {
    const res = await gql(t.url, LOGIN, { input: { email: 'not-an-email', password: 'x' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([{ field: 'email', message: 'email must be an e-mail address', code: 'isEmail' }]);
  });

  it('refuses requests without a token, with a forged token, and never serves a default user', async () => {
    expect(errorCode(await gql(t.url, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, ME, {}, 'not-a-jwt'))).toBe('UNAUTHENTICATED');
    const token = await login(t.url, 'member@nl.test');
    const [header, payload] = token.split('.');
    expect(errorCode(await gql(t.url, ME, {}, `${header}.${payload}.forgedsignature`))).toBe('UNAUTHENTICATED');
  });

  const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';

  it('rotates refresh tokens: the new pair works', async () => {
    const first = (await gql(t.url, LOGIN, { input: { email: 'member@nl.test', password: FIXTURE_PASSWORD } })).data!.login;
    const second = await gql(t.url, REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    expect(second.data!.refreshSession.refreshToken).not.toBe(first.refreshToken);
    const me = await gql(t.url, ME, {}, second.data!.refreshSession.accessToken);
    expect(me.data!.me.email).toBe('member@nl.test');
    const third = await gql(t.url, REFRESH, { t: second.data!.refreshSession.refreshToken });
    expect(third.errors).toBeUndefined();
  });

  it('a rotated-away refresh token presented again after the 30 s retry grace is refused and ends the session (it was copied)', async () => {
    const first = (await gql(t.url, LOGIN, { input: { email: 'liaison@rpsa.test', password: FIXTURE_PASSWORD } })).data!.login;
    const second = (await gql(t.url, REFRESH, { t: first.refreshToken })).data!.refreshSession;
    const sid = JSON.parse(Buffer.from(second.accessToken.split('.')[1], 'base64url').toString()).sid as string;
    await t.db.query(`UPDATE sessions SET refresh_rotated_at = now() - interval '31 seconds' WHERE id = $1`, [sid]);
    expect(errorCode(await gql(t.url, REFRESH, { t: first.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, ME, {}, second.accessToken))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, REFRESH, { t: second.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session: its token is refused and its socket is disconnected', async () => {
    const token = await login(t.url, 'liaison@be.test');
    const socket = await connectSocket(t.url, token);
    const events = recordEvents(socket, ['session.revoked', 'disconnect']);
    expect((await gql(t.url, 'mutation { logout }', {}, token)).data).toEqual({ logout: true });
    await waitFor(() => events.some((e) => e.name === 'disconnect'), 5000, 'socket disconnect');
    expect(events.map((e) => e.name)).toEqual(['session.revoked', 'disconnect']);
    expect(errorCode(await gql(t.url, ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('disabling a user ends their sessions and sockets; agency admins reach only their own agency', async () => {
    const victimToken = await login(t.url, 'member@ro.test');
    const socket = await connectSocket(t.url, victimToken);
    const events = recordEvents(socket, ['disconnect']);
    const victimId = (await gql(t.url, ME, {}, victimToken)).data!.me.id;
    const otherAgencyUser = (await gql(t.url, ME, {}, await login(t.url, 'liaison@es.test'))).data!.me.id;

    const roAdmin = await login(t.url, 'admin@ro.test');
    const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id disabled } }';
    expect(errorCode(await gql(t.url, DISABLE, { id: otherAgencyUser }, roAdmin))).toBe('NOT_FOUND');
    expect(errorCode(await gql(t.url, DISABLE, { id: victimId }, await login(t.url, 'coordinator@nl.test')))).toBe('FORBIDDEN');

    const res = await gql(t.url, DISABLE, { id: victimId }, roAdmin);
    expect(res.data!.disableUser).toEqual({ id: victimId, disabled: true });
    await waitFor(() => events.length > 0, 5000, 'socket disconnect');
    expect(errorCode(await gql(t.url, ME, {}, victimToken))).toBe('UNAUTHENTICATED');
    const again = await gql(t.url, LOGIN, { input: { email: 'member@ro.test', password: FIXTURE_PASSWORD } });
    expect(errorCode(again)).toBe('UNAUTHENTICATED');
  });

  it('rate-limits login per address and e-mail (limit 3 in this app)', async () => {
    const attempt = () => gql(t.url, LOGIN, { input: { email: 'analyst@europol.test', password: 'wrong' } });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(errorCode(await attempt()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    // a forged X-Forwarded-For does not buy a fresh allowance (no proxy is trusted by default)
    const forged = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: 'analyst@europol.test', password: 'wrong' } } }),
    });
    expect(((await forged.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    // another e-mail from the same address is not locked out
    expect((await gql(t.url, LOGIN, { input: { email: 'liaison@iom.test', password: FIXTURE_PASSWORD } })).errors).toBeUndefined();
  });
});
