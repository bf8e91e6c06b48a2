import { secretOfUri, totp } from '../support/rfc6238';
import { AgencyKind, DataCategory, Role, RuleFlow } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Step-up: sensitive actions (revealing a potential victim's identity, roles, invitations, agreements and rules,
 * imports, audit verification) need the password or a TOTP code given in the last 5 minutes — signing in counts;
 * `reauthenticate` renews it. Refused otherwise with REAUTHENTICATION_REQUIRED, before anything is read or written.
 * Admins (and people of an agency that requires it) who must have a second factor cannot use those actions until
 * they enrol.
 */
const REVEAL = 'mutation($input: RevealPotentialVictimInput!) { revealPotentialVictim(input: $input) { fullName } }';
const REAUTH = 'mutation($input: ReauthenticateInput!) { reauthenticate(input: $input) { reauthenticatedAt validUntil } }';
const ME = '{ me { id } }';
const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

describe('step-up for sensitive actions', () => {
  let t: TestApp;
  let victimId: string;
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'Europol', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
      { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'analyst@nl.test', name: 'Sanne Mulder', agency: 'NL-POL', roles: [Role.ANALYST] },
      { email: 'liaison@nl.test', name: 'Daan Meijer', agency: 'NL-POL', roles: [Role.LIAISON_OFFICER, Role.AGENCY_ADMIN] },
      { email: 'member@ro.test', name: 'Andrei Ionescu', agency: 'RO-DIOC' },
      { email: 'admin@ro.test', name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
      { email: 'analyst@europol.test', name: 'Marek Nowak', agency: 'Europol', roles: [Role.ANALYST, Role.LIAISON_OFFICER] },
      { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
    );
    // A rule for a platform admin to retire.
    await f.rule({
      id: 'NL-2',
      version: 1,
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
      scope: { kind: 'COUNTRY', country: 'NL' },
      flows: [RuleFlow.LEAVING],
      when: null,
      condition: { kind: 'REQUIRES_AGREEMENT', categories: [DataCategory.VICTIM_PERSONAL_DATA], otherwise: 'REDACT' },
      text: "Victims' personal data leaves the Netherlands only under an agreement covering it; otherwise it is removed — Directive (EU) 2016/680 art. 35–37.",
    });
    const created = await gql(
      t.url,
      'mutation($input: CreateLeadInput!) { createLead(input: $input) { id persons { id role } } }',
      {
        input: {
          summary: 'Fictional step-up test lead: forced labour on farms',
          details: 'Workers held on a farm.',
          formOfExploitation: 'FORCED_LABOUR',
          route: [
            { country: 'RO', role: 'ORIGIN' },
            { country: 'NL', role: 'DESTINATION' },
          ],
          dataCategories: ['VICTIM_PERSONAL_DATA'],
          tlp: 'AMBER',
          sourceReliability: 'B',
          informationCredibility: 'PROBABLY_TRUE',
          handlingCodes: ['H1'],
          persons: [{ role: 'POTENTIAL_VICTIM', name: 'Ana Stepupescu-Fictiva', dateOfBirth: '2000-01-02', nationality: 'RO', description: 'woman, 25–29' }],
        },
      },
      await login(t.url, 'coordinator@nl.test'),
    );
    expect(created.errors).toBeUndefined();
    victimId = created.data!.createLead.persons[0].id;
  });
  afterAll(() => t.close());

  const sessionIdOf = async (token: string): Promise<string> => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid;
  const age = (token: string, seconds: number) =>
    sessionIdOf(token).then((sid) => t.db.query(`UPDATE sessions SET reauthenticated_at = now() - make_interval(secs => $2) WHERE id = $1`, [sid, seconds]));
  const reads = async () => (await t.db.query('SELECT count(*)::int AS n FROM victim_identity_reads'))[0].n as number;
  const auditCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_entries'))[0].n as number;

  it('signing in counts as a recent authentication: the reveal is allowed and its audit entry says step-up was done', async () => {
    const token = await login(t.url, 'analyst@nl.test');
    const res = await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'victim referral follow-up' } }, token);
    expect(res.errors).toBeUndefined();
    const [entry] = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'VICTIM_IDENTITY_READ' ORDER BY seq DESC LIMIT 1`);
    expect(entry.details).toMatchObject({ steppedUp: true });
  });

  it('with the step-up older than 5 minutes the reveal is refused, nothing is revealed or written; reauthenticate allows it again, for 5 minutes', async () => {
    const token = await login(t.url, 'analyst@nl.test');
    await age(token, 301);
    const readsBefore = await reads();
    const auditBefore = await auditCount();
    const refused = await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'victim referral follow-up' } }, token);
    expect(errorCode(refused)).toBe('REAUTHENTICATION_REQUIRED');
    expect(refused.data?.revealPotentialVictim ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toMatch(/fullName"\s*:\s*"/);
    expect(await reads()).toBe(readsBefore);
    expect(await auditCount()).toBe(auditBefore);

    expect(errorCode(await gql(t.url, REAUTH, { input: { password: 'not-the-password' } }, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'victim referral follow-up' } }, token))).toBe('REAUTHENTICATION_REQUIRED');

    const re = await gql(t.url, REAUTH, { input: { password: FIXTURE_PASSWORD } }, token);
    expect(re.errors).toBeUndefined();
    const { reauthenticatedAt, validUntil } = re.data!.reauthenticate;
    expect(new Date(validUntil).getTime() - new Date(reauthenticatedAt).getTime()).toBe(300_000);
    const allowed = await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'victim referral follow-up' } }, token);
    expect(allowed.errors).toBeUndefined();
    expect(await reads()).toBe(readsBefore + 1);

    await age(token, 299);
    expect((await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'still within five minutes' } }, token)).errors).toBeUndefined();
    await age(token, 300);
    expect(errorCode(await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'five minutes have passed' } }, token))).toBe('REAUTHENTICATION_REQUIRED');
    expect(await reads()).toBe(readsBefore + 2);
  });

  it('refreshing the session does not renew the step-up', async () => {
    const res = await gql(t.url, 'mutation($input: LoginInput!) { login(input: $input) { refreshToken accessToken } }', { input: { email: 'analyst@nl.test', password: FIXTURE_PASSWORD } });
    await age(res.data!.login.accessToken, 600);
    const refreshed = await gql(t.url, 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: res.data!.login.refreshToken });
    const token = refreshed.data!.refreshSession.accessToken;
    expect(errorCode(await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'after refresh' } }, token))).toBe('REAUTHENTICATION_REQUIRED');
  });

  /** Enrols TOTP for the session's person with the tests' own RFC 6238 codes. */
  const enrolTotp = async (token: string): Promise<string> => {
    const secret = secretOfUri((await gql(t.url, 'mutation { beginTotpEnrolment { otpauthUri } }', {}, token)).data!.beginTotpEnrolment.otpauthUri);
    expect((await gql(t.url, 'mutation($code: String!) { confirmTotpEnrolment(code: $code) }', { code: totp(secret) }, token)).errors).toBeUndefined();
    return secret;
  };

  it('roles, invitations, agreements, rules, imports and audit verification ask for the step-up too, and write nothing', async () => {
    const roAdmin = await login(t.url, 'admin@ro.test');
    const admin = await login(t.url, 'admin@jtf.test');
    const [member] = await t.db.query("SELECT id FROM users WHERE email = 'member@ro.test'");
    await age(roAdmin, 400);
    await age(admin, 400);
    const auditBefore = await auditCount();
    const usersBefore = (await t.db.query('SELECT count(*)::int AS n FROM users'))[0].n;
    const attempts: Array<[string, string, Record<string, unknown>, string]> = [
      ['changePersonRoles', 'mutation($input: ChangePersonRolesInput!) { changePersonRoles(input: $input) { id } }', { input: { userId: member.id, roles: ['ANALYST'] } }, roAdmin],
      ['invitePerson', 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { link } }', { input: { email: 'stepup.new@ro.test', displayName: 'Step Up', roles: ['MEMBER'] } }, roAdmin],
      ['retireJurisdictionRule', 'mutation { retireJurisdictionRule(id: "NL-2", expectedVersion: 1) { id } }', {}, admin],
      ['importDataset', 'mutation { importDataset(kind: PALERMO) { __typename } }', {}, admin],
      ['auditChainStatus', '{ auditChainStatus { ok } }', {}, admin],
    ];
    for (const [name, query, vars, token] of attempts) {
      const res = await gql(t.url, query, vars, token);
      expect([name, errorCode(res)]).toEqual([name, 'REAUTHENTICATION_REQUIRED']);
    }
    expect(errorCode(await gql(t.url, attempts[0][1], attempts[0][2], roAdmin))).toBe('REAUTHENTICATION_REQUIRED');
    expect(errorCode(await gql(t.url, attempts[1][1], attempts[1][2], roAdmin))).toBe('REAUTHENTICATION_REQUIRED');
        expect(await auditCount()).toBe(auditBefore);
    expect((await t.db.query('SELECT count(*)::int AS n FROM users'))[0].n).toBe(usersBefore);
    const [roles] = await t.db.query("SELECT roles::text AS r FROM users WHERE email = 'member@ro.test'");
    expect(roles.r).toBe('{MEMBER}');

    expect((await gql(t.url, REAUTH, { input: { password: FIXTURE_PASSWORD } }, roAdmin)).errors).toBeUndefined();
    const changed = await gql(t.url, attempts[0][1], attempts[0][2], roAdmin);
    expect(changed.errors).toBeUndefined();
    const [entry] = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'PERSON_ROLES_CHANGED' ORDER BY seq DESC LIMIT 1`);
    expect(entry.details).toMatchObject({ steppedUp: true });
    await gql(t.url, attempts[0][1], { input: { userId: member.id, roles: ['MEMBER'] } }, roAdmin);
  });

  it('reauthenticate accepts a TOTP code instead of the password (once per code)', async () => {
    const token = await login(t.url, 'analyst@europol.test');
    const secret = secretOfUri((await gql(t.url, 'mutation { beginTotpEnrolment { otpauthUri } }', {}, token)).data!.beginTotpEnrolment.otpauthUri);
    expect((await gql(t.url, 'mutation($code: String!) { confirmTotpEnrolment(code: $code) }', { code: totp(secret) }, token)).errors).toBeUndefined();
    await age(token, 400);
    const code = totp(secret, Date.now() + 30_000);
    expect((await gql(t.url, REAUTH, { input: { code } }, token)).errors).toBeUndefined();
    await age(token, 400);
    expect(errorCode(await gql(t.url, REAUTH, { input: { code } }, token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, '{ mySecondFactor { enabled } }', {}, token))).toBeUndefined();
  });

  it('when platform admins require a second factor of admins, an admin without one is told at sign-in and cannot use admin actions until enrolled', async () => {
    const admin = await login(t.url, 'admin@jtf.test');
    const SET_ADMINS = 'mutation($r: Boolean!) { setAdminSecondFactorRequired(required: $r) }';
    expect(errorCode(await gql(t.url, SET_ADMINS, { r: true }, await login(t.url, 'admin@ro.test')))).toBe('FORBIDDEN');
    // requiring it without a factor of one's own would lock oneself out
    expect(errorCode(await gql(t.url, SET_ADMINS, { r: true }, admin))).toBe('FAILED_PRECONDITION');
    await enrolTotp(admin);
    expect((await gql(t.url, SET_ADMINS, { r: true }, admin)).errors).toBeUndefined();
    try {
      const res = await gql(t.url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken secondFactorEnrolmentRequired } }', { input: { email: 'admin@ro.test', password: FIXTURE_PASSWORD } });
      expect(res.data!.login.secondFactorEnrolmentRequired).toBe(true);
      const roAdmin = res.data!.login.accessToken;
      expect((await gql(t.url, '{ mySecondFactor { enrolmentRequired } }', {}, roAdmin)).data!.mySecondFactor.enrolmentRequired).toBe(true);
      const usersBefore = (await t.db.query('SELECT count(*)::int AS n FROM users'))[0].n;
      const invite = await gql(t.url, 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { link } }', { input: { email: 'not.yet@ro.test', displayName: 'Not Yet', roles: ['MEMBER'] } }, roAdmin);
      expect(errorCode(invite)).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
      expect((await t.db.query('SELECT count(*)::int AS n FROM users'))[0].n).toBe(usersBefore);
      // a member of the same agency is not concerned
      const member = await gql(t.url, 'mutation($input: LoginInput!) { login(input: $input) { secondFactorEnrolmentRequired } }', { input: { email: 'member@ro.test', password: FIXTURE_PASSWORD } });
      expect(member.data!.login.secondFactorEnrolmentRequired).toBe(false);

      await enrolTotp(roAdmin);
      expect((await gql(t.url, 'mutation($input: InvitePersonInput!) { invitePerson(input: $input) { link } }', { input: { email: 'now.ok@ro.test', displayName: 'Now Okay', roles: ['MEMBER'] } }, roAdmin)).errors).toBeUndefined();
    } finally {
      expect((await gql(t.url, SET_ADMINS, { r: false }, admin)).errors).toBeUndefined();
    }
  });

  it('an agency admin requires a second factor of their agency: its people are told at sign-in and cannot reveal identities until enrolled', async () => {
    const SET = 'mutation($r: Boolean!) { setAgencySecondFactorRequired(required: $r) }';
    expect(errorCode(await gql(t.url, SET, { r: true }, await login(t.url, 'analyst@nl.test')))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, SET, { r: true }, await login(t.url, 'coordinator@nl.test')))).toBe('FORBIDDEN');
    // NL-POL's agency admin is its liaison officer
    const nlAdmin = await login(t.url, 'liaison@nl.test');
    await enrolTotp(nlAdmin);
    expect((await gql(t.url, SET, { r: true }, nlAdmin)).errors).toBeUndefined();
    const analyst = await gql(t.url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken secondFactorEnrolmentRequired } }', { input: { email: 'analyst@nl.test', password: FIXTURE_PASSWORD } });
    expect(analyst.data!.login.secondFactorEnrolmentRequired).toBe(true);
    const readsBefore = await reads();
    expect(errorCode(await gql(t.url, REVEAL, { input: { personId: victimId, reason: 'agency requires a factor' } }, analyst.data!.login.accessToken))).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    expect(await reads()).toBe(readsBefore);
    expect((await gql(t.url, ME, {}, analyst.data!.login.accessToken)).errors).toBeUndefined();
    const [entry] = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'AGENCY_SECOND_FACTOR_REQUIREMENT_CHANGED' ORDER BY seq DESC LIMIT 1`);
    expect(entry.details).toMatchObject({ required: true, steppedUp: true });
    expect((await gql(t.url, SET, { r: false }, nlAdmin)).errors).toBeUndefined();
    const after = await gql(t.url, 'mutation($input: LoginInput!) { login(input: $input) { secondFactorEnrolmentRequired } }', { input: { email: 'analyst@nl.test', password: FIXTURE_PASSWORD } });
    expect(after.data!.login.secondFactorEnrolmentRequired).toBe(false);
  });
});
