import { createHash } from 'node:crypto';
import { migrate } from '@taskforce/api-setup';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, createTestDatabase, errorCode, gql, GqlResponse, login as signIn, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * Agency admins manage their own agency's people (list, invite, roles, disable/enable, password reset through a
 * one-time link); platform admins also create agencies with their first admin.
 *
 * The people built here (expected lists come from them, never from the API):
 *   RO-DIOC: liaison@ro.test (Ioana Popescu, LIAISON_OFFICER), member@ro.test (Andrei Ionescu, MEMBER),
 *            admin@ro.test (Elena Marin, AGENCY_ADMIN)
 *   ES-BIP:  liaison@es.test;  NL-POL: coordinator@nl.test;  JTF-SEC: admin@jtf.test (PLATFORM_ADMIN)
 */
const PEOPLE = 'query($agencyId: ID) { agencyPeople(agencyId: $agencyId) { id email displayName roles disabled lastSignInAt } }';
const INVITE = 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { person { id email displayName roles disabled lastSignInAt } link expiresAt } }';
const ROLES = 'mutation($input: ChangePersonRolesInput!) { changePersonRoles(input: $input) { id roles } }';
const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id disabled } }';
const ENABLE = 'mutation($id: ID!) { enablePerson(userId: $id) { id disabled } }';
const RESET = 'mutation($id: ID!) { startPasswordReset(userId: $id) { person { id } link expiresAt } }';
const SET = 'mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) }';
const CREATE_AGENCY = 'mutation($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id name acronym country kind } firstAdmin { person { id email roles agencyId } link expiresAt } } }';
const ME = '{ me { id email roles agency { id acronym } } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

const STRONG = 'kettle-violin-27-marsh';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const HOUR_MS = 3600 * 1000;
const INVALID_LINK = [{ field: 'token', message: 'this link is invalid or has expired' }];

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;
const login = (url: string, email: string, password = FIXTURE_PASSWORD) => signIn(url, email, password);
const fieldsOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.['fields'];

describe('agency admins manage their own agency’s people', () => {
  let t: TestApp;
  let roAdmin: string;
  let platformAdmin: string;
  let roMember: string;
  const userId: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  let roAdminSignedInBetween: [number, number];

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'member@ro.test', name: 'Andrei Ionescu', agency: 'RO-DIOC' },
      { email: 'admin@ro.test', name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
      { email: 'liaison@es.test', name: 'Carmen García', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
      { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
    );
    const before = Date.now();
    roAdmin = await login(t.url, 'admin@ro.test');
    roAdminSignedInBetween = [before - 1000, Date.now() + 1000];
    platformAdmin = await login(t.url, 'admin@jtf.test');
    roMember = await login(t.url, 'member@ro.test');
    Object.assign(userId, f.people);
    Object.assign(agencyId, f.agencies);
  });
  afterAll(() => t.close());

  const invite = (token: string, email: string, roles = ['MEMBER'], displayName = 'Mihai Dumitru') => gql(t.url, INVITE, { input: { email, displayName, roles } }, token);
  const setPassword = (token: string, password: string) => gql(t.url, SET, { input: { token, password } });
  const canSignIn = async (email: string, password: string) => errorCode(await gql(t.url, LOGIN, { input: { email, password } })) === undefined;

  it('lists exactly the people of the admin’s own agency, with the last sign-in recorded at login', async () => {
    const res = await gql(t.url, PEOPLE, {}, roAdmin);
    expect(res.errors).toBeUndefined();
    const people = res.data!.agencyPeople;
    expect(people.map((p: any) => ({ email: p.email, displayName: p.displayName, roles: p.roles, disabled: p.disabled }))).toEqual([
      { email: 'member@ro.test', displayName: 'Andrei Ionescu', roles: ['MEMBER'], disabled: false },
      { email: 'admin@ro.test', displayName: 'Elena Marin', roles: ['AGENCY_ADMIN'], disabled: false },
      { email: 'liaison@ro.test', displayName: 'Ioana Popescu', roles: ['LIAISON_OFFICER'], disabled: false },
    ]);
    const signedIn = Date.parse(people.find((p: any) => p.email === 'admin@ro.test').lastSignInAt);
    expect(signedIn).toBeGreaterThanOrEqual(roAdminSignedInBetween[0]);
    expect(signedIn).toBeLessThanOrEqual(roAdminSignedInBetween[1]);
    expect(people.find((p: any) => p.email === 'liaison@ro.test').lastSignInAt).toBeNull();
  });

  it('platform admins list another agency’s people by its id; agency admins get NOT_FOUND for any agency but their own', async () => {
    const res = await gql(t.url, PEOPLE, { agencyId: agencyId['RO-DIOC'] }, platformAdmin);
    expect(res.data!.agencyPeople.map((p: any) => p.email).sort()).toEqual(['admin@ro.test', 'liaison@ro.test', 'member@ro.test']);
    expect((await gql(t.url, PEOPLE, { agencyId: agencyId['RO-DIOC'] }, roAdmin)).data!.agencyPeople).toHaveLength(3);
    for (const id of [agencyId['ES-BIP'], UNKNOWN, 'abc']) {
      const other = await gql(t.url, PEOPLE, { agencyId: id }, roAdmin);
      expect(errorCode(other)).toBe('NOT_FOUND');
      expect(other.errors![0].message).toBe('Agency not found');
    }
  });

  it('invite → the one-time link sets a password (no sign-in needed) → the person signs in; the link works once', async () => {
    const before = Date.now();
    const res = await invite(roAdmin, 'Mihai.Dumitru@ro.test', ['ANALYST', 'MEMBER']);
    expect(res.errors).toBeUndefined();
    const { person, link, expiresAt } = res.data!.invitePerson;
    expect(person).toEqual({ id: expect.any(String), email: 'mihai.dumitru@ro.test', displayName: 'Mihai Dumitru', roles: ['ANALYST', 'MEMBER'], disabled: false, lastSignInAt: null });
    expect(link).toMatch(/^\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThanOrEqual(before + 72 * HOUR_MS - 1000);
    expect(Date.parse(expiresAt)).toBeLessThanOrEqual(Date.now() + 72 * HOUR_MS + 1000);
    const token = tokenOf(link);

    // Only the SHA-256 of the token is stored; the person belongs to the admin's agency and has no password yet.
    const [row] = await t.db.query('SELECT u.agency_id::text AS agency, u.password_hash, l.* FROM users u JOIN one_time_links l ON l.user_id = u.id WHERE u.id = $1', [person.id]);
    expect(row.agency).toBe(agencyId['RO-DIOC']);
    expect(row.password_hash).toBeNull();
    expect(row.token_hash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await canSignIn('mihai.dumitru@ro.test', STRONG)).toBe(false);

    expect(await setPassword(token, STRONG)).toMatchObject({ data: { setPasswordWithToken: true } });
    expect(await canSignIn('mihai.dumitru@ro.test', STRONG)).toBe(true);
    const me = await gql(t.url, ME, {}, await login(t.url, 'mihai.dumitru@ro.test', STRONG));
    expect(me.data!.me).toMatchObject({ id: person.id, roles: ['ANALYST', 'MEMBER'], agency: { acronym: 'RO-DIOC' } });

    const again = await setPassword(token, 'another-long-phrase-orchid-91');
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(again)).toEqual(INVALID_LINK);
    expect(await canSignIn('mihai.dumitru@ro.test', STRONG)).toBe(true);

    const listed = (await gql(t.url, PEOPLE, {}, roAdmin)).data!.agencyPeople.map((p: any) => p.email);
    expect(listed).toContain('mihai.dumitru@ro.test');
  });

  it('an e-mail already in use (in any agency, any case) is refused naming email', async () => {
    for (const email of ['liaison@es.test', 'Member@RO.Test']) {
      const res = await invite(roAdmin, email);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([{ field: 'email', message: 'this e-mail address is already used' }]);
    }
  });

  it('expired, unknown and malformed tokens give the same answer naming token', async () => {
    const res = await invite(roAdmin, 'late.comer@ro.test');
    const token = tokenOf(res.data!.invitePerson.link);
    await t.db.query(`UPDATE one_time_links SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(token)]);
    for (const candidate of [token, 'x'.repeat(43), '', 'not a token at all']) {
      const set = await setPassword(candidate, STRONG);
      expect(errorCode(set)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(set)).toEqual(INVALID_LINK);
    }
    expect(await canSignIn('late.comer@ro.test', STRONG)).toBe(false);
  });

  it('a weak or short password is refused naming password, and the link stays usable', async () => {
    const res = await invite(roAdmin, 'weak.choice@ro.test', ['MEMBER'], 'Radu Stan');
    const token = tokenOf(res.data!.invitePerson.link);
    for (const [password, message] of [
      ['short-pw', 'password must be at least 12 characters long'],
      ['password1234', expect.stringContaining('too easy to guess')],
      ['RaduStan2026!', expect.stringContaining('too easy to guess')],
      ['x'.repeat(257), 'password must be at most 256 characters long'],
    ] as const) {
      const weak = await setPassword(token, password);
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(weak)).toEqual([{ field: 'password', message }]);
    }
    expect((await setPassword(token, STRONG)).data).toEqual({ setPasswordWithToken: true });
  });

  it('a password reset invalidates earlier links, and setting the password ends every existing session', async () => {
    const memberId = userId['member@ro.test'];
    const session = await login(t.url, 'member@ro.test');
    const socket = await connectSocket(t.url, session);
    const socketEvents = recordEvents(socket, ['disconnect']);
    const first = await gql(t.url, RESET, { id: memberId }, roAdmin);
    const second = await gql(t.url, RESET, { id: memberId }, roAdmin);
    expect(first.data!.startPasswordReset.person.id).toBe(memberId);
    const firstToken = tokenOf(first.data!.startPasswordReset.link);
    const secondToken = tokenOf(second.data!.startPasswordReset.link);
    expect(secondToken).not.toBe(firstToken);
    // Until a new password is set, the old one still works and sessions live on.
    expect(await canSignIn('member@ro.test', FIXTURE_PASSWORD)).toBe(true);
    expect(fieldsOf(await setPassword(firstToken, STRONG))).toEqual(INVALID_LINK);

    expect((await setPassword(secondToken, STRONG)).data).toEqual({ setPasswordWithToken: true });
    expect(errorCode(await gql(t.url, ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, ME, {}, roMember))).toBe('UNAUTHENTICATED');
    await waitFor(() => socketEvents.length > 0, 5000, 'socket of the ended session disconnected');
    socket.close();
    expect(await canSignIn('member@ro.test', FIXTURE_PASSWORD)).toBe(false);
    roMember = await login(t.url, 'member@ro.test', STRONG);
  });

  it('changes roles, disables and enables a person of the own agency', async () => {
    const id = userId['liaison@ro.test'];
    expect((await gql(t.url, ROLES, { input: { userId: id, roles: ['LIAISON_OFFICER', 'ANALYST'] } }, roAdmin)).data).toEqual({ changePersonRoles: { id, roles: ['LIAISON_OFFICER', 'ANALYST'] } });
    const session = await login(t.url, 'liaison@ro.test');
    expect((await gql(t.url, DISABLE, { id }, roAdmin)).data).toEqual({ disableUser: { id, disabled: true } });
    expect(errorCode(await gql(t.url, ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(await canSignIn('liaison@ro.test', FIXTURE_PASSWORD)).toBe(false);
    const resetWhileDisabled = await gql(t.url, RESET, { id }, roAdmin);
    expect(fieldsOf(resetWhileDisabled)).toEqual([{ field: 'userId', message: 'this account is disabled: enable it first' }]);
    expect((await gql(t.url, ENABLE, { id }, roAdmin)).data).toEqual({ enablePerson: { id, disabled: false } });
    expect(await canSignIn('liaison@ro.test', FIXTURE_PASSWORD)).toBe(true);
    await gql(t.url, ROLES, { input: { userId: id, roles: ['LIAISON_OFFICER'] } }, roAdmin);
  });

  it('roles are validated: at least one, each known, none twice — errors name roles', async () => {
    const id = userId['liaison@ro.test'];
    const empty = await gql(t.url, ROLES, { input: { userId: id, roles: [] } }, roAdmin);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(empty)).toEqual([{ field: 'roles', message: 'roles must name at least one role', code: 'arrayMinSize', values: { min: 1 } }]);
    const twice = await gql(t.url, ROLES, { input: { userId: id, roles: ['MEMBER', 'MEMBER'] } }, roAdmin);
    expect(fieldsOf(twice)).toEqual([{ field: 'roles', message: 'roles must not repeat a role', code: 'arrayUnique' }]);
    const unknown = await gql(t.url, ROLES, { input: { userId: id, roles: ['WIZARD'] } }, roAdmin);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toContain('input.roles');
    const inviteEmpty = await invite(roAdmin, 'no.roles@ro.test', []);
    expect(fieldsOf(inviteEmpty)).toEqual([{ field: 'roles', message: 'roles must name at least one role', code: 'arrayMinSize', values: { min: 1 } }]);
  });

  describe('an agency admin cannot reach another agency’s people nor a higher role', () => {
    const snapshot = () => t.db.query('SELECT id, roles::text, disabled_at, password_hash FROM users ORDER BY id');
    let before: unknown;
    beforeAll(async () => {
      before = await snapshot();
    });

    it.each([
      ['changePersonRoles', (id: string) => gql(t.url, ROLES, { input: { userId: id, roles: ['MEMBER'] } }, roAdmin)],
      ['disableUser', (id: string) => gql(t.url, DISABLE, { id }, roAdmin)],
      ['enablePerson', (id: string) => gql(t.url, ENABLE, { id }, roAdmin)],
      ['startPasswordReset', (id: string) => gql(t.url, RESET, { id }, roAdmin)],
    ])('%s on another agency’s person, an unknown id and a malformed id: the same NOT_FOUND', async (_name, call) => {
      for (const id of [userId['liaison@es.test'], userId['coordinator@nl.test'], UNKNOWN, 'abc']) {
        const res = await call(id);
        expect(errorCode(res)).toBe('NOT_FOUND');
        expect(res.errors![0].message).toBe('User not found');
      }
    });

    it('inviting into another agency: NOT_FOUND for an agency admin; a platform admin may', async () => {
      const input = { email: 'elsewhere@es.test', displayName: 'Lucía Romero', roles: ['MEMBER'] };
      for (const id of [agencyId['ES-BIP'], UNKNOWN]) {
        const res = await gql(t.url, INVITE, { input: { ...input, agencyId: id } }, roAdmin);
        expect(errorCode(res)).toBe('NOT_FOUND');
        expect(res.errors![0].message).toBe('Agency not found');
      }
      expect(await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'elsewhere@es.test'`)).toEqual([{ n: 0 }]);
    });

    it('granting or removing PLATFORM_ADMIN, changing one’s own roles, disabling oneself: FORBIDDEN', async () => {
      const cases: Array<[string, Promise<GqlResponse>]> = [
        ['grant PLATFORM_ADMIN', gql(t.url, ROLES, { input: { userId: userId['member@ro.test'], roles: ['MEMBER', 'PLATFORM_ADMIN'] } }, roAdmin)],
        ['invite a PLATFORM_ADMIN', invite(roAdmin, 'would.be.root@ro.test', ['PLATFORM_ADMIN'])],
        ['change own roles', gql(t.url, ROLES, { input: { userId: userId['admin@ro.test'], roles: ['AGENCY_ADMIN', 'COORDINATOR'] } }, roAdmin)],
        ['drop own admin role', gql(t.url, ROLES, { input: { userId: userId['admin@ro.test'], roles: ['MEMBER'] } }, roAdmin)],
        ['disable oneself', gql(t.url, DISABLE, { id: userId['admin@ro.test'] }, roAdmin)],
        ['create an agency', gql(t.url, CREATE_AGENCY, { input: { name: 'Moldovan Police', acronym: 'MD-POL', country: 'MD', kind: 'LAW_ENFORCEMENT', firstAdmin: { email: 'md@md.test', displayName: 'Ion Rusu' } } }, roAdmin)],
      ];
      for (const [what, pending] of cases) expect([what, errorCode(await pending)]).toEqual([what, 'FORBIDDEN']);
    });

    it('a member gets FORBIDDEN for the list and every mutation', async () => {
      const calls: Array<[string, Promise<GqlResponse>]> = [
        ['agencyPeople', gql(t.url, PEOPLE, {}, roMember)],
        ['invitePerson', invite(roMember, 'by.member@ro.test')],
        ['changePersonRoles', gql(t.url, ROLES, { input: { userId: userId['liaison@ro.test'], roles: ['MEMBER'] } }, roMember)],
        ['disableUser', gql(t.url, DISABLE, { id: userId['liaison@ro.test'] }, roMember)],
        ['enablePerson', gql(t.url, ENABLE, { id: userId['liaison@ro.test'] }, roMember)],
        ['startPasswordReset', gql(t.url, RESET, { id: userId['liaison@ro.test'] }, roMember)],
        ['createAgency', gql(t.url, CREATE_AGENCY, { input: { name: 'Moldovan Police', acronym: 'MD-POL', country: 'MD', kind: 'LAW_ENFORCEMENT', firstAdmin: { email: 'md@md.test', displayName: 'Ion Rusu' } } }, roMember)],
      ];
      for (const [what, pending] of calls) expect([what, errorCode(await pending)]).toEqual([what, 'FORBIDDEN']);
    });

    it('the refused attempts changed nothing', async () => {
      expect(await snapshot()).toEqual(before);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('would.be.root@ro.test','by.member@ro.test','md@md.test')`)).toEqual([{ n: 0 }]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM agencies WHERE acronym = 'MD-POL'`)).toEqual([{ n: 0 }]);
    });
  });

  it('a platform admin creates an agency and its first admin, who sets a password and manages only that agency', async () => {
    const input = { name: 'Moldovan General Police Inspectorate', acronym: 'MD-IGP', country: 'MD', kind: 'LAW_ENFORCEMENT', firstAdmin: { email: 'admin@md.test', displayName: 'Ion Rusu' } };
    for (const [change, field] of [
      [{ acronym: 'ro-dioc' }, 'acronym'],
      [{ country: 'XX' }, 'country'],
      [{ country: null }, 'country'],
      [{ firstAdmin: { email: 'admin@ro.test', displayName: 'Ion Rusu' } }, 'firstAdmin.email'],
    ] as const) {
      const bad = await gql(t.url, CREATE_AGENCY, { input: { ...input, ...change } }, platformAdmin);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect((fieldsOf(bad) as Array<{ field: string }>).map((f) => f.field)).toEqual([field]);
    }
    const res = await gql(t.url, CREATE_AGENCY, { input }, platformAdmin);
    expect(res.errors).toBeUndefined();
    const { agency, firstAdmin } = res.data!.createAgency;
    expect(agency).toEqual({ id: expect.any(String), name: input.name, acronym: 'MD-IGP', country: 'MD', kind: 'LAW_ENFORCEMENT' });
    expect(firstAdmin.person).toEqual({ id: expect.any(String), email: 'admin@md.test', roles: ['AGENCY_ADMIN'], agencyId: agency.id });
    expect((await setPassword(tokenOf(firstAdmin.link), STRONG)).data).toEqual({ setPasswordWithToken: true });
    const mdAdmin = await login(t.url, 'admin@md.test', STRONG);
    expect((await gql(t.url, PEOPLE, {}, mdAdmin)).data!.agencyPeople.map((p: any) => p.email)).toEqual(['admin@md.test']);
    expect(errorCode(await gql(t.url, DISABLE, { id: userId['member@ro.test'] }, mdAdmin))).toBe('NOT_FOUND');
    // An international organisation needs no country.
    // MD-IGP now has an agency admin who can sign in: its people are hers to invite, not the platform admin's.
    const analyst = { email: 'analyst@md.test', displayName: 'Ana Ceban', roles: ['ANALYST'] };
    expect(errorCode(await gql(t.url, INVITE, { input: { ...analyst, agencyId: agency.id } }, platformAdmin))).toBe('FORBIDDEN');
    const into = await gql(t.url, INVITE, { input: analyst }, mdAdmin);
    expect(into.errors).toBeUndefined();
    expect((await gql(t.url, PEOPLE, {}, mdAdmin)).data!.agencyPeople.map((p: any) => p.email)).toEqual(['analyst@md.test', 'admin@md.test']); // by name: Ana Ceban, Ion Rusu
    const io = await gql(t.url, CREATE_AGENCY, { input: { ...input, name: 'UN Women', acronym: 'UNW', country: null, kind: 'INTERNATIONAL_ORGANIZATION', firstAdmin: { email: 'admin@unwomen.test', displayName: 'Grace Mensah' } } }, platformAdmin);
    expect(io.data!.createAgency.agency.country).toBeNull();
  });

  it('an agency admin cannot act on a platform admin of the own agency', async () => {
    // A JTF-SEC agency admin (invited by the platform admin into its own agency) meets admin@jtf.test.
    const res = await gql(t.url, INVITE, { input: { email: 'sec-admin@jtf.test', displayName: 'Marie Laurent', roles: ['AGENCY_ADMIN'] } }, platformAdmin);
    await setPassword(tokenOf(res.data!.invitePerson.link), STRONG);
    const secAdmin = await login(t.url, 'sec-admin@jtf.test', STRONG);
    const root = userId['admin@jtf.test'];
    expect(errorCode(await gql(t.url, RESET, { id: root }, secAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, DISABLE, { id: root }, secAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, ROLES, { input: { userId: root, roles: ['MEMBER'] } }, secAdmin))).toBe('FORBIDDEN');
  });

  it('every change is in the audit log, and the chain still verifies', async () => {
    const rows: Array<{ action: string; n: number }> = await t.db.query(
      `SELECT action, count(*)::int AS n FROM audit_entries WHERE subject_type IN ('PERSON','AGENCY') GROUP BY action ORDER BY action`,
    );
    const counts = Object.fromEntries(rows.map((r) => [r.action, r.n]));
    // invites: mihai, late.comer, weak.choice, md-analyst, sec-admin, plus the two agencies' first admins
    expect(counts).toEqual({
      AGENCY_CREATED: 2,
      PERSON_INVITED: 7,
      PASSWORD_RESET_STARTED: 2,
      PASSWORD_SET: 5,
      PERSON_ROLES_CHANGED: 2,
      PERSON_DISABLED: 1,
      PERSON_ENABLED: 1,
    });
    const verify = await gql(t.url, '{ auditChainStatus { ok } }', {}, platformAdmin);
    expect(verify.data).toEqual({ auditChainStatus: { ok: true } });
  });
});

describe('agency people migration', () => {
  it('reverts cleanly (people without a password keep no usable one) and re-applies', async () => {
    const database = await createTestDatabase();
    const db = await migrate(database.url);
    try {
      const [agency] = await db.query(`INSERT INTO agencies (name, acronym, kind, country) VALUES ('Test Agency', 'TA', 'GOVERNMENT', 'RO') RETURNING id`);
      await db.query(`INSERT INTO users (email, display_name, password_hash, agency_id, roles) VALUES ('invited@ta.test', 'Invited Person', NULL, $1, '{MEMBER}')`, [agency.id]);
      // Undo the migrations that came after it, then it.
      const last = async () => ((await db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`)) as Array<{ name: string }>)[0].name;
      while ((await last()) !== 'AgencyPeople1765310000000') await db.undoLastMigration({ transaction: 'each' });
      await db.undoLastMigration({ transaction: 'each' });
      expect(await last()).toBe('OperationLifecycle1765300000000');
      expect(await db.query(`SELECT to_regclass('one_time_links') AS t, to_regclass('agencies_acronym_unique') AS i`)).toEqual([{ t: null, i: null }]);
      expect(await db.query(`SELECT password_hash FROM users WHERE email = 'invited@ta.test'`)).toEqual([{ password_hash: '!' }]);
      expect(await db.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'last_sign_in_at'`)).toEqual([{ n: 0 }]);
      await db.runMigrations({ transaction: 'each' });
      expect(await db.query(`SELECT to_regclass('one_time_links') IS NOT NULL AS t`)).toEqual([{ t: true }]);
      await expect(db.query(`INSERT INTO agencies (name, acronym, kind, country) VALUES ('Other', 'ta', 'NGO', 'RO')`)).rejects.toThrow(/agencies_acronym_unique/);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
