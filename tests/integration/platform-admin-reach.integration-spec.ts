import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * How far the task-force secretariat (platform admins) reaches into another agency's people. A one-time link
 * (invitation or password reset) goes to whoever asked for it, so a platform admin who could invite a person into
 * any agency, or reset the password of any of its people, could sign in as that agency and read what only it may
 * read. Once an agency has an admin of its own who can sign in, its people are its admins' to invite, reset and
 * give roles; the secretariat keeps onboarding agencies without one (and locking accounts out, which gives it no
 * way in). Expected outcomes follow from the fixture: RO-DIOC has an agency admin, ES-BIP has none.
 */
describe('platform admins and another agency’s people', () => {
  let t: TestApp;
  let f: FixtureBuilder;
  let root: string;
  const INVITE = 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { person { id email } link } }';
  const RESET = 'mutation($id: ID!) { startPasswordReset(userId: $id) { link } }';
  const ROLES = 'mutation($input: ChangePersonRolesInput!) { changePersonRoles(input: $input) { id roles } }';
  const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id } }';
  const ENABLE = 'mutation($id: ID!) { enablePerson(userId: $id) { id } }';

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
    );
    await f.person(
      { email: 'secretariat@jtf.test', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
      { email: 'admin@ro.test', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
      { email: 'prosecutor@ro.test', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'liaison@es.test', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
    );
    root = await signIn(t.url, 'secretariat@jtf.test', FIXTURE_PASSWORD);
  });
  afterAll(() => t?.close());

  const invite = (agency: string, email: string, roles: Role[] = [Role.MEMBER]) =>
    gql(t.url, INVITE, { input: { email, displayName: 'New Person', roles, agencyId: f.agencies[agency] } }, root);

  it('an agency with its own admin: no invitation, password reset or role change by the secretariat (FORBIDDEN, nothing written)', async () => {
    const invited = await invite('RO-DIOC', 'insider@ro.test');
    expect(errorCode(invited)).toBe('FORBIDDEN');
    expect(invited.errors![0].message).toBe('RO-DIOC has an agency admin of its own: its people are invited, reset and given roles by its agency admins');
    expect(errorCode(await gql(t.url, RESET, { id: f.people['prosecutor@ro.test'] }, root))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, ROLES, { input: { userId: f.people['prosecutor@ro.test'], roles: [Role.AGENCY_ADMIN] } }, root))).toBe('FORBIDDEN');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'insider@ro.test'`);
    expect(n).toBe(0);
    const [{ links }] = await t.db.query(`SELECT count(*)::int AS links FROM one_time_links`);
    expect(links).toBe(0);
  });

  it('locking an account out stays possible: disable and enable', async () => {
    expect((await gql(t.url, DISABLE, { id: f.people['prosecutor@ro.test'] }, root)).errors).toBeUndefined();
    expect((await gql(t.url, ENABLE, { id: f.people['prosecutor@ro.test'] }, root)).errors).toBeUndefined();
  });

  it('an agency without an admin who can sign in: the secretariat onboards it, and its own admin takes over', async () => {
    const first = await invite('ES-BIP', 'admin@es.test', [Role.AGENCY_ADMIN]);
    expect(first.errors).toBeUndefined();
    // The invited admin has not set a password yet: the secretariat may still reset it or invite more people.
    expect((await gql(t.url, RESET, { id: first.data!.invitePerson.person.id }, root)).errors).toBeUndefined();
    expect((await invite('ES-BIP', 'officer@es.test')).errors).toBeUndefined();
    expect((await gql(t.url, ROLES, { input: { userId: f.people['liaison@es.test'], roles: [Role.LIAISON_OFFICER, Role.COORDINATOR] } }, root)).errors).toBeUndefined();
    // Once that admin can sign in (a password set), ES-BIP's people are its own.
    await t.db.query(`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'liaison@es.test') WHERE email = 'admin@es.test'`);
    expect(errorCode(await invite('ES-BIP', 'another@es.test'))).toBe('FORBIDDEN');
    // …unless the only admin is the one locked out: the secretariat may reset that admin's own password.
    expect((await gql(t.url, RESET, { id: first.data!.invitePerson.person.id }, root)).errors).toBeUndefined();
    expect(errorCode(await gql(t.url, RESET, { id: f.people['liaison@es.test'] }, root))).toBe('FORBIDDEN');
  });

  it('its own agency stays the secretariat’s to manage', async () => {
    expect((await invite('JTF-SEC', 'analyst@jtf.test')).errors).toBeUndefined();
  });
});
