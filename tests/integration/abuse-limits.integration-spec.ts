import { Socket } from 'socket.io-client';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, GqlResponse, login as signInAs, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Abuse limits, each written as the attack it stops: e-mail spellings that dodge the login limit, password spraying
 * across accounts, sockets outliving their session, notifications about leads the recipient no longer reads, an
 * ambiguous share request, and impossible calendar dates.
 */

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { email } } }';
const INVITE = 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { person { email } } }';
const SHARE = 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id status recipientAgency { acronym } } }';
const PREVIEW = 'query($input: ShareLeadInput!) { previewLeadShare(input: $input) { outcome } }';
const REVOKE = 'mutation($id: ID!) { revokeLeadShare(shareId: $id) { id status } }';
const NOTIFICATIONS = '{ notifications(take: 200) { id type body leadId } unreadNotificationCount }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version dueAt } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version dueAt } }';
const CREATE_OPERATION = 'mutation($input: CreateOperationInput!) { createOperation(input: $input) { id version startsOn endsOn } }';
const UPDATE_OPERATION = 'mutation($input: UpdateOperationInput!) { updateOperation(input: $input) { id version startsOn endsOn } }';
const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia'; // NL-POL's lead (built below)

const login = (url: string, email: string) => signInAs(url, email, FIXTURE_PASSWORD);
/** Danube Route, the sharing law and NL-POL's recruiters lead (the sample task force); each test's people are its own. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['IOM'], AGENCIES['Europol'], AGENCIES['NG-NATA']);
  await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['admin@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test'], PEOPLE['liaison@iom.test'], PEOPLE['analyst@europol.test'], PEOPLE['member@ng.test']);
  await f.operation({ ...OPERATIONS.danube, name: 'Danube Route' });
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU'], AGREEMENTS['NL-TH-PILOT']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead({ ...LEADS.recruiters, operation: 'Danube Route' });
}

type Fields = Array<{ field: string; message: string }>;
const fieldsOf = (res: GqlResponse): Fields => (res.errors?.[0]?.extensions?.['fields'] as Fields | undefined) ?? [];

/** POSTs a login as if it came from `address` through the trusted proxy (X-Forwarded-For). */
async function loginFrom(url: string, address: string, email: string, password: string): Promise<GqlResponse<any>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

describe('login limit: one budget per e-mail however it is spelled', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' }, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  it('white space, case and full-width spellings of an e-mail share its exhausted login budget', async () => {
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(errorCode(await gql(t.url, LOGIN, { input: { email: 'member@nl.test', password: 'wrong' } })));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    for (const spelling of [' member@nl.test', 'MEMBER@nl.test ', '\u3000Member@NL.Test', 'ｍｅｍｂｅｒ@nl.test', '\tmember@nl.test\n']) {
      const res = await gql(t.url, LOGIN, { input: { email: spelling, password: FIXTURE_PASSWORD } });
      expect({ spelling, code: errorCode(res) }).toEqual({ spelling, code: 'TOO_MANY_REQUESTS' });
    }
  });

  it('signs in with any spelling of the e-mail that normalises to the stored one', async () => {
    for (const spelling of [' Liaison@RO.Test ', 'ｌｉａｉｓｏｎ@ｒｏ.ｔｅｓｔ']) {
      const res = await gql(t.url, LOGIN, { input: { email: spelling, password: FIXTURE_PASSWORD } });
      expect({ spelling, errors: res.errors, email: res.data?.login.user.email }).toEqual({ spelling, errors: undefined, email: 'liaison@ro.test' });
    }
  });

  it('an invited person is stored under the normalised e-mail, and another spelling of it is already used', async () => {
    const admin = await login(t.url, 'admin@ro.test');
    const first = await gql(t.url, INVITE, { input: { email: ' Ana.Pop@Example.Test ', displayName: 'Ana Pop', roles: ['MEMBER'] } }, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.invitePerson.person.email).toBe('ana.pop@example.test');
    const again = await gql(t.url, INVITE, { input: { email: 'ａｎａ.ｐｏｐ@example.test', displayName: 'Ana Pop', roles: ['MEMBER'] } }, admin);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(again)).toEqual([{ field: 'email', message: 'this e-mail address is already used' }]);
  });
});

describe('login limit: failed logins per client address and overall', () => {
  let t: TestApp;
  const sessionsOf = async (email: string): Promise<number> =>
    (await t.db.query('SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1', [email]))[0].n;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', LOGIN_ADDRESS_RATE_LIMIT: '5', LOGIN_GLOBAL_RATE_LIMIT: '12' }, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  it('one password sprayed over many accounts from one address is refused after the budget; even a right password then opens no session', async () => {
    const spray = ['coordinator@nl.test', 'member@nl.test', 'liaison@ro.test', 'nobody@nl.test', 'member@ng.test'];
    const codes = [];
    for (const email of spray) codes.push(errorCode(await loginFrom(t.url, '203.0.113.1', email, 'Spring2026!')));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);

    const before = await sessionsOf('analyst@europol.test');
    const refused = await loginFrom(t.url, '203.0.113.1', 'analyst@europol.test', FIXTURE_PASSWORD);
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.data ?? null).toBeNull();
    const retry = refused.errors![0].extensions!['retryAfterSeconds'];
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(await sessionsOf('analyst@europol.test')).toBe(before);

    // another address is not held back by this one's failures
    expect((await loginFrom(t.url, '203.0.113.2', 'analyst@europol.test', FIXTURE_PASSWORD)).errors).toBeUndefined();
  });

  it('once limited, a known and an unknown e-mail get the same answer', async () => {
    const known = await loginFrom(t.url, '203.0.113.1', 'liaison@iom.test', 'wrong-password');
    const unknown = await loginFrom(t.url, '203.0.113.1', 'no-such-person@nl.test', 'wrong-password');
    expect(errorCode(known)).toBe('TOO_MANY_REQUESTS');
    const shape = (res: GqlResponse) => ({ status: res.status, message: res.errors![0].message, keys: Object.keys(res.errors![0].extensions!).sort(), data: res.data ?? null });
    expect(shape(unknown)).toEqual(shape(known));
    const retry = (res: GqlResponse) => res.errors![0].extensions!['retryAfterSeconds'] as number;
    expect(Math.abs(retry(unknown) - retry(known))).toBeLessThanOrEqual(1);
  });

  it('failed logins spread over many addresses are refused once the overall budget is spent', async () => {
    // 5 failures so far (above); 5 from .3 and 2 from .4 make 12, the overall budget of this app.
    for (let i = 0; i < 5; i++) expect(errorCode(await loginFrom(t.url, '203.0.113.3', `user${i}@nl.test`, 'Spring2026!'))).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 2; i++) expect(errorCode(await loginFrom(t.url, '203.0.113.4', `user${i}@nl.test`, 'Spring2026!'))).toBe('UNAUTHENTICATED');
    const before = await sessionsOf('liaison@be.test');
    const refused = await loginFrom(t.url, '203.0.113.5', 'liaison@be.test', FIXTURE_PASSWORD);
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    expect(Number.isInteger(refused.errors![0].extensions!['retryAfterSeconds'])).toBe(true);
    expect(await sessionsOf('liaison@be.test')).toBe(before);
  });
});

describe('sockets, lead notifications, share requests and dates (default app)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  let danubeId: string;
  let recruiters: string;
  const sockets: Socket[] = [];
  const as = (email: string, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[email]);
  const newTask = (extra: Record<string, unknown> = {}) => ({
    input: { operationId: danubeId, title: 'Check the transport company', assigneeAgencyId: agencyId['RO-DIOC'], pillar: 'PROSECUTION', priority: 'HIGH', ...extra },
  });

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    for (const email of ['coordinator@nl.test', 'liaison@es.test']) token[email] = await login(t.url, email);
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym] = a.id;
    danubeId = (await t.db.query(`SELECT id FROM operations WHERE name = 'Danube Route'`))[0].id;
    recruiters = (await t.db.query('SELECT id FROM leads WHERE summary = $1', [RECRUITERS]))[0].id;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  /** Signs in, returning the access token and the id of the session it names. */
  async function signIn(email: string): Promise<{ token: string; sessionId: string }> {
    const accessToken = await login(t.url, email);
    const sid = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sid as string;
    return { token: accessToken, sessionId: sid };
  }

  describe('sockets end with their session', () => {
    it('a socket is disconnected when its session expires, receives nothing more, and cannot reconnect', async () => {
      const { token: liaison, sessionId } = await signIn('liaison@ro.test');
      // A session that ends 6 s from now (as if REFRESH_TOKEN_TTL_SECONDS had been that short; long enough for the
      // events below to arrive first on a busy machine).
      await t.db.query(`UPDATE sessions SET expires_at = now() + interval '6000 milliseconds' WHERE id = $1`, [sessionId]);
      const socket = await connectSocket(t.url, liaison);
      sockets.push(socket);
      const events = recordEvents(socket, ['notification', 'task.changed', 'session.revoked', 'disconnect']);
      expect(await socket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });

      // While the session lives, notifications and board events arrive.
      expect((await as('coordinator@nl.test', CREATE_TASK, newTask({ title: 'Before the session ends' }))).errors).toBeUndefined();
      await waitFor(() => events.some((e) => e.name === 'notification') && events.some((e) => e.name === 'task.changed'), 5000, 'live events');

      await waitFor(() => events.some((e) => e.name === 'disconnect'), 12000, 'disconnect at session expiry');
      expect(events.filter((e) => e.name === 'session.revoked').map((e) => e.payload)).toEqual([{ reason: 'EXPIRED' }]);
      const seen = events.length;
      expect((await as('coordinator@nl.test', CREATE_TASK, newTask({ title: 'After the session ended' }))).errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 500));
      expect(events.slice(seen)).toEqual([]);
      await expect(connectSocket(t.url, liaison)).rejects.toThrow('UNAUTHENTICATED');
    });

    it('after logout the socket is disconnected, receives nothing more, and cannot reconnect', async () => {
      const { token: liaison } = await signIn('liaison@ro.test');
      const socket = await connectSocket(t.url, liaison);
      sockets.push(socket);
      const events = recordEvents(socket, ['notification', 'task.changed', 'disconnect']);
      expect(await socket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
      expect((await gql(t.url, 'mutation { logout }', {}, liaison)).data).toEqual({ logout: true });
      await waitFor(() => events.some((e) => e.name === 'disconnect'), 5000, 'disconnect at logout');
      const seen = events.length;
      expect((await as('coordinator@nl.test', CREATE_TASK, newTask({ title: 'After logout' }))).errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 500));
      expect(events.slice(seen)).toEqual([]);
      await expect(connectSocket(t.url, liaison)).rejects.toThrow('UNAUTHENTICATED');
    });
  });

  describe('notifications about leads follow who may read the lead', () => {
    it('a revoked share takes its notification out of the recipient\'s list and unread count', async () => {
      const before = await as('liaison@es.test', NOTIFICATIONS);
      const shared = await as('coordinator@nl.test', SHARE, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['ES-BIP']], purpose: 'INVESTIGATION' } });
      expect(shared.errors).toBeUndefined();
      const [share] = shared.data!.shareLead;
      expect(share).toMatchObject({ status: 'ACTIVE', recipientAgency: { acronym: 'ES-BIP' } });

      const after = await as('liaison@es.test', NOTIFICATIONS);
      const aboutLead = (res: GqlResponse<any>) => res.data!.notifications.filter((n: { leadId: string | null }) => n.leadId === recruiters);
      expect(aboutLead(after).map((n: { type: string }) => n.type)).toEqual(['LEAD_SHARED']);
      expect(after.data!.unreadNotificationCount).toBe(before.data!.unreadNotificationCount + 1);

      expect((await as('coordinator@nl.test', REVOKE, { id: share.id })).data!.revokeLeadShare.status).toBe('REVOKED');
      const revoked = await as('liaison@es.test', NOTIFICATIONS);
      expect(aboutLead(revoked)).toEqual([]);
      expect(revoked.data!.unreadNotificationCount).toBe(before.data!.unreadNotificationCount);
      const id = aboutLead(after)[0].id;
      expect(errorCode(await as('liaison@es.test', 'mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id }))).toBe('NOT_FOUND');
    });

    it('lead notifications written before they named their lead are tied to it by the migration (which also goes down)', async () => {
      const rows = async () => t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE lead_id = $1`, [recruiters]);
      expect((await rows())[0].n).toBeGreaterThan(0);
      for (;;) {
        const [last] = await t.db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
        await t.db.undoLastMigration({ transaction: 'each' });
        if (last.name === 'NotificationLead1765330500000') break;
      }
      expect(await t.db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'notifications' AND column_name = 'lead_id'`)).toEqual([]);
      await t.db.runMigrations({ transaction: 'each' });
      // As in a deployment, the API starts after its migrations: statements its connections prepared against the
      // tables the round trip dropped and re-created are not reused.
      await t.restart();
      expect((await rows())[0].n).toBeGreaterThan(0);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE type::text LIKE 'LEAD%' AND lead_id IS NULL`))[0].n).toBe(0);
    });
  });

  describe('shareLead takes exactly one of recipientAgencyIds and operationId', () => {
    it.each([
      ['an empty recipient list with an operation', () => ({ recipientAgencyIds: [], operationId: danubeId })],
      ['an empty recipient list alone', () => ({ recipientAgencyIds: [] })],
      ['neither', () => ({})],
    ])('%s is refused naming recipientAgencyIds, and nothing is shared', async (_what, given) => {
      const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM lead_shares'))[0].n as number;
      const before = await count();
      for (const query of [SHARE, PREVIEW]) {
        const res = await as('coordinator@nl.test', query, { input: { leadId: recruiters, purpose: 'INVESTIGATION', ...given() } });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(res).map((f) => f.field)).toEqual(['recipientAgencyIds']);
      }
      expect(await count()).toBe(before);
    });
  });

  describe('dates and times are real calendar instants, one message per bad field', () => {
    const DUE_AT = 'dueAt must be a real date and time in ISO 8601 with a time zone, e.g. 2026-03-01T10:00:00Z';
    const BAD_DATE_TIMES = ['2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-04-31T00:00:00Z', '2026-02-28T24:30:00Z', 'soon', '2026-02-28', 1767225600000];

    it.each(BAD_DATE_TIMES)('createTask refuses dueAt %p with one message naming dueAt, and creates nothing', async (dueAt) => {
      const before = (await t.db.query('SELECT count(*)::int AS n FROM tasks'))[0].n;
      const res = await as('coordinator@nl.test', CREATE_TASK, newTask({ dueAt }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([{ field: 'dueAt', message: DUE_AT, code: 'isIsoDateTime' }]);
      expect((await t.db.query('SELECT count(*)::int AS n FROM tasks'))[0].n).toBe(before);
    });

    it('updateTask refuses an impossible dueAt with one message and keeps the task as it was', async () => {
      const created = await as('coordinator@nl.test', CREATE_TASK, newTask({ dueAt: '2028-02-29T10:00:00Z' }));
      expect(created.errors).toBeUndefined();
      expect(created.data!.createTask.dueAt).toBe('2028-02-29T10:00:00.000Z'); // a real leap day is fine
      const { id, version } = created.data!.createTask;
      for (const dueAt of ['2026-02-30T10:00:00Z', 'tomorrow']) {
        const res = await as('coordinator@nl.test', UPDATE_TASK, { input: { taskId: id, expectedVersion: version, dueAt } });
        expect(fieldsOf(res)).toEqual([{ field: 'dueAt', message: DUE_AT, code: 'isIsoDateTime' }]);
      }
      const outOfRange = await as('coordinator@nl.test', UPDATE_TASK, { input: { taskId: id, expectedVersion: version, dueAt: '1999-12-31T23:00:00Z' } });
      expect(fieldsOf(outOfRange)).toEqual([{ field: 'dueAt', message: 'dueAt must be from 2000-01-01 to 2100-01-01 (UTC)', code: 'dateTimeRange', values: { from: '2000-01-01', to: '2100-01-01' } }]);
      const ok = await as('coordinator@nl.test', UPDATE_TASK, { input: { taskId: id, expectedVersion: version, dueAt: '2026-03-01T12:00:00+02:00' } });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateTask.dueAt).toBe('2026-03-01T10:00:00.000Z');
    });

    it.each(['2026-02-30', '2026-13-01', '2026-2-3', 'next week', '2026-03-01T00:00:00Z'])(
      'createOperation and updateOperation refuse startsOn / endsOn %p with one message each',
      async (bad) => {
        const base = { name: 'Joint Operation Calendar', countries: ['NL'], formsOfExploitation: ['FORCED_LABOUR'] };
        const created = await as('coordinator@nl.test', CREATE_OPERATION, { input: { ...base, startsOn: bad, endsOn: bad } });
        expect(errorCode(created)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(created)).toEqual([
          { field: 'startsOn', message: 'startsOn must be a real calendar date YYYY-MM-DD', code: 'isIsoDate' },
          { field: 'endsOn', message: 'endsOn must be a real calendar date YYYY-MM-DD', code: 'isIsoDate' },
        ]);
        const version = (await t.db.query('SELECT version FROM operations WHERE id = $1', [danubeId]))[0].version;
        const updated = await as('coordinator@nl.test', UPDATE_OPERATION, { input: { operationId: danubeId, expectedVersion: version, startsOn: bad, endsOn: bad, reason: 'calendar check' } });
        expect(fieldsOf(updated)).toEqual([
          { field: 'startsOn', message: 'startsOn must be a real calendar date YYYY-MM-DD', code: 'isIsoDate' },
          { field: 'endsOn', message: 'endsOn must be a real calendar date YYYY-MM-DD', code: 'isIsoDate' },
        ]);
      },
    );
  });
});
