import { secretOfUri, totp } from '../support/rfc6238';
import { SoftAuthenticator } from '../support/soft-authenticator';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login as signIn, startTestApp, TestApp } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Passkeys (W3C WebAuthn) as a second factor: registration, two-step sign-in with a passkey, step-up, and the attacks —
 * a replayed assertion, a cloned authenticator (signature counter going backwards), another person's passkey, answers
 * from another origin or for another session's challenge. The answers come from the tests' own software authenticator
 * (tests/support/soft-authenticator.ts: node:crypto ES256 keys, CBOR by @levischuck/tiny-cbor), not from the product.
 */
const RP_ID = 'taskforce.test';
const ORIGIN = 'https://taskforce.test';
const BEGIN = 'mutation { beginPasskeyRegistration { optionsJson expiresAt } }';
const FINISH = 'mutation($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { id name createdAt lastUsedAt transports backedUp } }';
const REMOVE = 'mutation($id: ID!) { removePasskey(id: $id) }';
const STATUS = '{ mySecondFactor { enabled totpEnabled enrolmentRequired recoveryCodesLeft passkeys { id name createdAt lastUsedAt transports } } }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  secondFactorRequired secondFactorMethods passkeyOptions challengeToken accessToken secondFactorEnrolmentRequired } }`;
const SECOND = 'mutation($input: LoginSecondFactorInput!) { loginSecondFactor(input: $input) { accessToken user { email } } }';
const REAUTH = 'mutation($input: ReauthenticateInput!) { reauthenticate(input: $input) { reauthenticatedAt validUntil } }';
const BEGIN_REAUTH = 'mutation { beginPasskeyReauthentication { optionsJson expiresAt } }';
const AUDIT_STATUS = '{ auditChainStatus { ok } }';
const ME = '{ me { email } }';
const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
const WRONG_CODE_MESSAGE = 'Wrong or expired code: sign in again if it keeps failing';

/** Each test registers factors for people no other test uses, so that their factors and counters stay its own. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['IOM'], AGENCIES['Europol'], AGENCIES['RPSA'], AGENCIES['NG-NATA'], AGENCIES['JTF-SEC']);
  await f.person(
    PEOPLE['coordinator@nl.test'],
    PEOPLE['member@nl.test'],
    PEOPLE['analyst@nl.test'],
    PEOPLE['liaison@ro.test'],
    PEOPLE['member@ro.test'],
    PEOPLE['admin@ro.test'],
    PEOPLE['liaison@be.test'],
    PEOPLE['liaison@es.test'],
    PEOPLE['liaison@iom.test'],
    PEOPLE['analyst@europol.test'],
    PEOPLE['liaison@rpsa.test'],
    PEOPLE['member@ng.test'],
    PEOPLE['admin@jtf.test'],
  );
}

describe('passkeys: registration, two-step sign-in, step-up and the attacks on them', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEBAUTHN_RP_ID: RP_ID, WEBAUTHN_ORIGINS: ORIGIN }, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  const sessionIdOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid;
  const age = (token: string, seconds: number) => t.db.query('UPDATE sessions SET reauthenticated_at = now() - make_interval(secs => $2) WHERE id = $1', [sessionIdOf(token), seconds]);
  const sessionsOf = async (email: string): Promise<number> =>
    (await t.db.query('SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1', [email]))[0].n;
  const auditOf = (action: string) => t.db.query('SELECT actor_user_id, subject_id, details FROM audit_entries WHERE action = $1 ORDER BY seq', [action]);
  const fields = (res: GqlResponse) => (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((f) => f.field);

  /** Signs `email` in (password only: no factor yet) and registers a passkey of `authenticator` under `name`. */
  const register = async (email: string, authenticator: SoftAuthenticator, name = 'Work laptop') => {
    const token = await login(t.url, email);
    const begun = await gql(t.url, BEGIN, {}, token);
    expect(begun.errors).toBeUndefined();
    const { credential, response } = authenticator.create(begun.data!.beginPasskeyRegistration.optionsJson);
    const finished = await gql(t.url, FINISH, { input: { name, response: JSON.stringify(response) } }, token);
    expect(finished.errors).toBeUndefined();
    return { token, credential, passkey: finished.data!.finishPasskeyRegistration };
  };

  /** The first sign-in step of a person with a factor. */
  const firstStep = async (email: string) => {
    const res = await gql(t.url, LOGIN, { input: { email, password: FIXTURE_PASSWORD } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.secondFactorRequired).toBe(true);
    return res.data!.login as { challengeToken: string; passkeyOptions: string; secondFactorMethods: string[] };
  };

  /** Signs in with the passkey and returns the access token. */
  const signInWithPasskey = async (email: string, authenticator: SoftAuthenticator): Promise<string> => {
    const first = await firstStep(email);
    const res = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: JSON.stringify(authenticator.get(first.passkeyOptions)) } });
    expect(res.errors).toBeUndefined();
    return res.data!.loginSecondFactor.accessToken;
  };

  it('registers a passkey: options for this site and person, the public key stored as the authenticator made it, listed by name, a second factor at once', async () => {
    const authenticator = new SoftAuthenticator(ORIGIN);
    const token = await login(t.url, 'member@nl.test');
    const begun = (await gql(t.url, BEGIN, {}, token)).data!.beginPasskeyRegistration;
    const options = JSON.parse(begun.optionsJson);
    const [member] = await t.db.query("SELECT id, display_name FROM users WHERE email = 'member@nl.test'");
    expect(options).toMatchObject({ rp: { id: RP_ID }, user: { name: 'member@nl.test', displayName: member.display_name }, attestation: 'none', excludeCredentials: [] });
    // the user handle is the person's id (16 bytes), no personal data
    expect(Buffer.from(options.user.id, 'base64url').toString('hex')).toBe(member.id.replace(/-/g, ''));
    expect(Buffer.from(options.challenge, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(new Date(begun.expiresAt).getTime() - Date.now()).toBeGreaterThan(290_000);
    expect(new Date(begun.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(300_000);

    const { credential, response } = authenticator.create(begun.optionsJson);
    const finished = await gql(t.url, FINISH, { input: { name: '  Work laptop ', response: JSON.stringify(response) } }, token);
    expect(finished.errors).toBeUndefined();
    expect(finished.data!.finishPasskeyRegistration).toMatchObject({ name: 'Work laptop', lastUsedAt: null, transports: ['internal'], backedUp: false });

    const [row] = await t.db.query("SELECT p.credential_id, p.public_key, p.counter::int AS counter, p.transports FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = 'member@nl.test'");
    expect(row.credential_id).toBe(credential.id.toString('base64url'));
    expect(Buffer.compare(row.public_key, Buffer.from(credential.cosePublicKey))).toBe(0);
    expect(row.counter).toBe(0);
    expect(row.transports).toEqual(['internal']);

    const status = (await gql(t.url, STATUS, {}, token)).data!.mySecondFactor;
    expect(status).toMatchObject({ enabled: true, totpEnabled: false, enrolmentRequired: false, recoveryCodesLeft: 0 });
    expect(status.passkeys.map((p: { name: string }) => p.name)).toEqual(['Work laptop']);

    // the challenge was spent: the same answer again adds nothing
    const again = await gql(t.url, FINISH, { input: { name: 'Copy', response: JSON.stringify(response) } }, token);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(fields(again)).toEqual(['response']);
    // a second registration excludes the authenticator already registered
    const next = JSON.parse((await gql(t.url, BEGIN, {}, token)).data!.beginPasskeyRegistration.optionsJson);
    expect(next.excludeCredentials.map((c: { id: string }) => c.id)).toEqual([credential.id.toString('base64url')]);
    const [entry] = await auditOf('PASSKEY_REGISTERED');
    expect(entry).toMatchObject({ actor_user_id: member.id, subject_id: member.id, details: { passkeyId: finished.data!.finishPasskeyRegistration.id, transports: ['internal'] } });
  });

  it('refuses registrations that are malformed, from another origin, for another session, badly named, or without a recent step-up — storing nothing', async () => {
    const authenticator = new SoftAuthenticator(ORIGIN);
    const token = await login(t.url, 'coordinator@nl.test');
    const count = async () => (await t.db.query("SELECT count(*)::int AS n FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = 'coordinator@nl.test'"))[0].n;
    const options = () => gql(t.url, BEGIN, {}, token).then((r) => r.data!.beginPasskeyRegistration.optionsJson as string);

    for (const bad of ['not json', '{}', JSON.stringify({ id: 'abc', rawId: 'abc', type: 'public-key', response: { clientDataJSON: 'a+b' } })]) {
      const res = await gql(t.url, FINISH, { input: { name: 'Key', response: bad } }, token);
      expect([bad, errorCode(res), fields(res)]).toEqual([bad, 'BAD_USER_INPUT', ['response']]);
    }
    const named = async (name: string) => gql(t.url, FINISH, { input: { name, response: JSON.stringify(authenticator.create(await options()).response) } }, token);
    for (const name of ['   ', 'two\nlines', 'x'.repeat(61)]) expect(fields(await named(name))).toEqual(['name']);

    const foreign = await gql(t.url, FINISH, { input: { name: 'Key', response: JSON.stringify(authenticator.create(await options(), { origin: 'https://evil.example' }).response) } }, token);
    expect([errorCode(foreign), fields(foreign)]).toEqual(['BAD_USER_INPUT', ['response']]);

    // a challenge given to one session does not serve another session of the same person
    const otherSession = await login(t.url, 'coordinator@nl.test');
    const elsewhere = await gql(t.url, FINISH, { input: { name: 'Key', response: JSON.stringify(authenticator.create(await options()).response) } }, otherSession);
    expect([errorCode(elsewhere), fields(elsewhere)]).toEqual(['BAD_USER_INPUT', ['response']]);

    await age(token, 301);
    expect(errorCode(await gql(t.url, BEGIN, {}, token))).toBe('REAUTHENTICATION_REQUIRED');
    expect(await count()).toBe(0);
  });

  it('signs in with a passkey: login offers it with a challenge bound to the sign-in, the assertion opens the session, the counter and last use are kept', async () => {
    const authenticator = new SoftAuthenticator(ORIGIN, 7);
    const { credential } = await register('analyst@nl.test', authenticator);
    const before = await sessionsOf('analyst@nl.test');
    const first = await firstStep('analyst@nl.test');
    expect(first.secondFactorMethods).toEqual(['PASSKEY']);
    const options = JSON.parse(first.passkeyOptions);
    expect(options.rpId).toBe(RP_ID);
    expect(options.allowCredentials.map((c: { id: string }) => c.id)).toEqual([credential.id.toString('base64url')]);
    const [stored] = await t.db.query('SELECT webauthn_challenge FROM login_challenges ORDER BY created_at DESC LIMIT 1');
    expect(stored.webauthn_challenge).toBe(options.challenge);
    expect(await sessionsOf('analyst@nl.test')).toBe(before);

    const done = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: JSON.stringify(authenticator.get(first.passkeyOptions)) } });
    expect(done.errors).toBeUndefined();
    expect((await gql(t.url, ME, {}, done.data!.loginSecondFactor.accessToken)).data!.me.email).toBe('analyst@nl.test');
    expect(await sessionsOf('analyst@nl.test')).toBe(before + 1);
    const [row] = await t.db.query("SELECT p.counter::int AS counter, p.last_used_at FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = 'analyst@nl.test'");
    expect(row.counter).toBe(8);
    expect(Date.now() - new Date(row.last_used_at).getTime()).toBeLessThan(60_000);

    const malformed = await gql(t.url, SECOND, { input: { challengeToken: (await firstStep('analyst@nl.test')).challengeToken, passkeyResponse: '{"id":1}' } });
    expect([errorCode(malformed), fields(malformed)]).toEqual(['BAD_USER_INPUT', ['passkeyResponse']]);
  });

  it('a replayed assertion is refused with the message of a wrong code — for its own challenge and for a new one — and opens nothing', async () => {
    const authenticator = new SoftAuthenticator(ORIGIN);
    await register('liaison@rpsa.test', authenticator);
    const first = await firstStep('liaison@rpsa.test');
    const assertion = JSON.stringify(authenticator.get(first.passkeyOptions));
    expect((await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: assertion } })).errors).toBeUndefined();
    const before = await sessionsOf('liaison@rpsa.test');

    const sameChallenge = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: assertion } });
    const second = await firstStep('liaison@rpsa.test');
    const newChallenge = await gql(t.url, SECOND, { input: { challengeToken: second.challengeToken, passkeyResponse: assertion } });
    const wrongCode = await gql(t.url, SECOND, { input: { challengeToken: second.challengeToken, code: '000000' } });
    for (const res of [sameChallenge, newChallenge, wrongCode]) expect([errorCode(res), res.errors?.[0]?.message]).toEqual(['UNAUTHENTICATED', WRONG_CODE_MESSAGE]);
    expect(await sessionsOf('liaison@rpsa.test')).toBe(before);
    // a replay is no sign of a clone: its challenge does not match, so the signature is never trusted
    expect(await auditOf('PASSKEY_COUNTER_REGRESSED')).toEqual([]);
    // the person's own passkey still works for the (unspent) second challenge
    expect((await gql(t.url, SECOND, { input: { challengeToken: second.challengeToken, passkeyResponse: JSON.stringify(authenticator.get(second.passkeyOptions)) } })).errors).toBeUndefined();
  });

  it('an assertion from another origin, or with the right signature for another person, is refused the same way', async () => {
    const mine = new SoftAuthenticator(ORIGIN);
    const theirs = new SoftAuthenticator(ORIGIN);
    const { credential: myCredential } = await register('liaison@es.test', mine);
    const { credential: theirCredential } = await register('liaison@be.test', theirs);
    const before = await sessionsOf('liaison@es.test');
    const first = await firstStep('liaison@es.test');
    const attempts = [
      mine.get(first.passkeyOptions, { origin: 'https://evil.example' }),
      // the other person's passkey, signing this sign-in's challenge correctly
      theirs.get(first.passkeyOptions, { credential: theirCredential }),
      // ... and claiming this person's user handle
      theirs.get(first.passkeyOptions, { credential: theirCredential, userHandle: myCredential.userHandle }),
      // this person's credential id with a signature by another key
      { ...theirs.get(first.passkeyOptions, { credential: theirCredential, userHandle: myCredential.userHandle }), id: myCredential.id.toString('base64url'), rawId: myCredential.id.toString('base64url') },
      // the right passkey with another person's user handle
      mine.get(first.passkeyOptions, { userHandle: theirCredential.userHandle }),
    ];
    for (const attempt of attempts) {
      const res = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: JSON.stringify(attempt) } });
      expect([errorCode(res), res.errors?.[0]?.message]).toEqual(['UNAUTHENTICATED', WRONG_CODE_MESSAGE]);
    }
    expect(await sessionsOf('liaison@es.test')).toBe(before);
  });

  it('a correctly signed assertion whose counter goes backwards, or stays, is refused and audited as a possible clone; the authenticator going on forward still works', async () => {
    const authenticator = new SoftAuthenticator(ORIGIN, 40);
    const { credential, passkey } = await register('liaison@iom.test', authenticator);
    await signInWithPasskey('liaison@iom.test', authenticator); // counter now 41
    const [person] = await t.db.query("SELECT id FROM users WHERE email = 'liaison@iom.test'");
    const before = await sessionsOf('liaison@iom.test');
    const first = await firstStep('liaison@iom.test');
    for (const counter of [39, 41]) {
      const res = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: JSON.stringify(authenticator.get(first.passkeyOptions, { counter })) } });
      expect([errorCode(res), res.errors?.[0]?.message]).toEqual(['UNAUTHENTICATED', WRONG_CODE_MESSAGE]);
    }
    expect(await sessionsOf('liaison@iom.test')).toBe(before);
    const entries = await auditOf('PASSKEY_COUNTER_REGRESSED');
    expect(entries.map((e: { actor_user_id: string; subject_id: string; details: unknown }) => [e.actor_user_id, e.subject_id, e.details])).toEqual([
      [person.id, person.id, { passkeyId: passkey.id, storedCounter: 41, receivedCounter: 39, purpose: 'SIGN_IN' }],
      [person.id, person.id, { passkeyId: passkey.id, storedCounter: 41, receivedCounter: 41, purpose: 'SIGN_IN' }],
    ]);
    const [row] = await t.db.query('SELECT counter::int AS counter FROM passkeys WHERE credential_id = $1', [credential.id.toString('base64url')]);
    expect(row.counter).toBe(41);
    expect((await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: JSON.stringify(authenticator.get(first.passkeyOptions)) } })).errors).toBeUndefined();
  });

  it('steps up with a passkey: a challenge bound to the session, once; a replay, another session or a backwards counter is refused', async () => {
    const authenticator = new SoftAuthenticator(ORIGIN, 3);
    await register('admin@jtf.test', authenticator);
    const token = await signInWithPasskey('admin@jtf.test', authenticator);
    await age(token, 400);
    expect(errorCode(await gql(t.url, AUDIT_STATUS, {}, token))).toBe('REAUTHENTICATION_REQUIRED');

    const begun = (await gql(t.url, BEGIN_REAUTH, {}, token)).data!.beginPasskeyReauthentication;
    expect(JSON.parse(begun.optionsJson)).toMatchObject({ rpId: RP_ID, allowCredentials: [{ id: authenticator.credentials[0].id.toString('base64url') }] });
    const assertion = JSON.stringify(authenticator.get(begun.optionsJson));
    const re = await gql(t.url, REAUTH, { input: { passkeyResponse: assertion } }, token);
    expect(re.errors).toBeUndefined();
    expect(new Date(re.data!.reauthenticate.validUntil).getTime() - new Date(re.data!.reauthenticate.reauthenticatedAt).getTime()).toBe(300_000);
    expect((await gql(t.url, AUDIT_STATUS, {}, token)).errors).toBeUndefined();

    await age(token, 400);
    const replay = await gql(t.url, REAUTH, { input: { passkeyResponse: assertion } }, token);
    expect([errorCode(replay), replay.errors?.[0]?.message]).toEqual(['UNAUTHENTICATED', 'Wrong password or code']);
    // a challenge given to another session of the same person
    const other = await signInWithPasskey('admin@jtf.test', authenticator);
    const othersOptions = (await gql(t.url, BEGIN_REAUTH, {}, other)).data!.beginPasskeyReauthentication.optionsJson;
    expect(errorCode(await gql(t.url, REAUTH, { input: { passkeyResponse: JSON.stringify(authenticator.get(othersOptions)) } }, token))).toBe('UNAUTHENTICATED');
    // a clone's counter
    const stored = (await t.db.query("SELECT p.counter::int AS c FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = 'admin@jtf.test'"))[0].c;
    const cloneOptions = (await gql(t.url, BEGIN_REAUTH, {}, token)).data!.beginPasskeyReauthentication.optionsJson;
    expect(errorCode(await gql(t.url, REAUTH, { input: { passkeyResponse: JSON.stringify(authenticator.get(cloneOptions, { counter: stored - 2 })) } }, token))).toBe('UNAUTHENTICATED');
    const [entry] = (await auditOf('PASSKEY_COUNTER_REGRESSED')).slice(-1);
    expect(entry.details).toMatchObject({ storedCounter: stored, receivedCounter: stored - 2, purpose: 'REAUTHENTICATE' });
    expect(errorCode(await gql(t.url, AUDIT_STATUS, {}, token))).toBe('REAUTHENTICATION_REQUIRED');

    const malformed = await gql(t.url, REAUTH, { input: { passkeyResponse: 'null' } }, token);
    expect([errorCode(malformed), fields(malformed)]).toEqual(['BAD_USER_INPUT', ['passkeyResponse']]);
    // without a passkey there is nothing to begin
    expect(errorCode(await gql(t.url, BEGIN_REAUTH, {}, await login(t.url, 'liaison@ro.test')))).toBe('FAILED_PRECONDITION');
  });

  it('a passkey satisfies the agency requirement; the last factor cannot be removed while it applies; TOTP can go while a passkey stays', async () => {
    const SET = 'mutation($r: Boolean!) { setAgencySecondFactorRequired(required: $r) }';
    const roAdmin = await login(t.url, 'admin@ro.test');
    // requiring it without a factor of one's own is refused; a passkey is a factor
    expect(errorCode(await gql(t.url, SET, { r: true }, roAdmin))).toBe('FAILED_PRECONDITION');
    const adminKey = new SoftAuthenticator(ORIGIN);
    const { token: adminToken } = await register('admin@ro.test', adminKey);
    expect((await gql(t.url, SET, { r: true }, adminToken)).errors).toBeUndefined();

    const memberLogin = await gql(t.url, LOGIN, { input: { email: 'member@ro.test', password: FIXTURE_PASSWORD } });
    expect(memberLogin.data!.login.secondFactorEnrolmentRequired).toBe(true);
    const member = memberLogin.data!.login.accessToken;
    expect((await gql(t.url, STATUS, {}, member)).data!.mySecondFactor.enrolmentRequired).toBe(true);
    const memberKey = new SoftAuthenticator(ORIGIN);
    const begun = await gql(t.url, BEGIN, {}, member);
    const first = await gql(t.url, FINISH, { input: { name: 'Phone', response: JSON.stringify(memberKey.create(begun.data!.beginPasskeyRegistration.optionsJson).response) } }, member);
    expect(first.errors).toBeUndefined();
    expect((await gql(t.url, STATUS, {}, member)).data!.mySecondFactor).toMatchObject({ enabled: true, enrolmentRequired: false });
    expect((await firstStep('member@ro.test')).secondFactorMethods).toEqual(['PASSKEY']);

    const passkeysLeft = async () => (await t.db.query("SELECT count(*)::int AS n FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = 'member@ro.test'"))[0].n;
    expect(errorCode(await gql(t.url, REMOVE, { id: first.data!.finishPasskeyRegistration.id }, member))).toBe('FAILED_PRECONDITION');
    expect(await passkeysLeft()).toBe(1);
    // someone else's passkey and a malformed id look the same: not found
    const [adminPasskey] = await t.db.query("SELECT p.id FROM passkeys p JOIN users u ON u.id = p.user_id WHERE u.email = 'admin@ro.test'");
    expect(errorCode(await gql(t.url, REMOVE, { id: adminPasskey.id }, member))).toBe('NOT_FOUND');
    expect(errorCode(await gql(t.url, REMOVE, { id: 'not-an-id' }, member))).toBe('NOT_FOUND');

    // with TOTP as well, the passkey may go; then TOTP cannot
    const secret = secretOfUri((await gql(t.url, 'mutation { beginTotpEnrolment { otpauthUri } }', {}, member)).data!.beginTotpEnrolment.otpauthUri);
    expect((await gql(t.url, 'mutation($code: String!) { confirmTotpEnrolment(code: $code) }', { code: totp(secret) }, member)).errors).toBeUndefined();
    expect((await firstStep('member@ro.test')).secondFactorMethods).toEqual(['TOTP', 'RECOVERY_CODE', 'PASSKEY']);
    expect((await gql(t.url, REMOVE, { id: first.data!.finishPasskeyRegistration.id }, member)).errors).toBeUndefined();
    expect(await passkeysLeft()).toBe(0);
    const DISABLE = 'mutation($input: DisableTotpInput!) { disableTotp(input: $input) }';
    expect(errorCode(await gql(t.url, DISABLE, { input: { password: FIXTURE_PASSWORD, code: totp(secret, Date.now() + 30_000) } }, member))).toBe('FAILED_PRECONDITION');
    // a new passkey, and TOTP may go
    const again = await gql(t.url, FINISH, { input: { name: 'Phone 2', response: JSON.stringify(memberKey.create((await gql(t.url, BEGIN, {}, member)).data!.beginPasskeyRegistration.optionsJson).response) } }, member);
    expect(again.errors).toBeUndefined();
    expect((await gql(t.url, DISABLE, { input: { password: FIXTURE_PASSWORD, code: totp(secret, Date.now() + 30_000) } }, member)).errors).toBeUndefined();
    expect((await gql(t.url, STATUS, {}, member)).data!.mySecondFactor).toMatchObject({ enabled: true, totpEnabled: false, enrolmentRequired: false });

    // removal needs a recent step-up
    await age(member, 301);
    expect(errorCode(await gql(t.url, REMOVE, { id: again.data!.finishPasskeyRegistration.id }, member))).toBe('REAUTHENTICATION_REQUIRED');
    const removed = await auditOf('PASSKEY_REMOVED');
    expect(removed.map((e: { details: unknown }) => e.details)).toEqual([{ passkeyId: first.data!.finishPasskeyRegistration.id, passkeysLeft: 0, totpEnabled: true }]);
    expect((await gql(t.url, SET, { r: false }, adminToken)).errors).toBeUndefined();
  });
  it('the migration goes down with a passkey stored and up again; the passkeys go with it, so the password alone signs in', async () => {
    const token = await login(t.url, 'member@ng.test');
    const options = (await gql(t.url, BEGIN, {}, token)).data!.beginPasskeyRegistration.optionsJson;
    const registered = await gql(t.url, FINISH, { input: { name: 'Laptop', response: JSON.stringify(new SoftAuthenticator(ORIGIN).create(options).response) } }, token);
    expect(registered.errors).toBeUndefined();
    expect((await gql(t.url, LOGIN, { input: { email: 'member@ng.test', password: FIXTURE_PASSWORD } })).data!.login.secondFactorRequired).toBe(true);
    // Undo the migrations that landed after it, then the passkeys migration itself.
    for (let i = 0; i < 100; i++) {
      const [last] = await t.db.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
      await t.db.undoLastMigration({ transaction: 'each' });
      if (last.name === 'Passkeys1765600000000') break;
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM migrations WHERE name = 'Passkeys1765600000000'`))[0].n).toBe(0);
    const tables = async () => (await t.db.query("SELECT table_name FROM information_schema.tables WHERE table_name IN ('passkeys', 'webauthn_challenges') ORDER BY 1")).map((r: { table_name: string }) => r.table_name);
    expect(await tables()).toEqual([]);
    expect(await t.db.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'login_challenges' AND column_name = 'webauthn_challenge'")).toEqual([]);
    await t.db.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(['passkeys', 'webauthn_challenges']);
    // the passkeys went with the table: the password alone signs in again
    const after = await gql(t.url, LOGIN, { input: { email: 'member@ng.test', password: FIXTURE_PASSWORD } });
    expect(after.data!.login).toMatchObject({ secondFactorRequired: false, secondFactorMethods: [] });
  });
});

describe('passkeys: the admin requirement, the failed-login budgets, and the default site', () => {
  let t: TestApp;
  beforeAll(async () => {
    // defaults: RP id localhost, origins http://localhost:<PORT> (3000 in tests) and the Vite servers
    t = await startTestApp({ ADMIN_SECOND_FACTOR_REQUIRED: 'true', LOGIN_ADDRESS_RATE_LIMIT: '3' }, { demoData: false });
    await taskForce(t);
  });
  afterAll(() => t.close());

  it('an admin who must have a second factor is let through admin actions once a passkey is registered', async () => {
    const res = await gql(t.url, LOGIN, { input: { email: 'admin@jtf.test', password: FIXTURE_PASSWORD } });
    expect(res.data!.login.secondFactorEnrolmentRequired).toBe(true);
    const token = res.data!.login.accessToken;
    expect(errorCode(await gql(t.url, AUDIT_STATUS, {}, token))).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');
    const options = JSON.parse((await gql(t.url, BEGIN, {}, token)).data!.beginPasskeyRegistration.optionsJson);
    expect(options.rp.id).toBe('localhost');
    const authenticator = new SoftAuthenticator('http://localhost:4200');
    const finished = await gql(t.url, FINISH, { input: { name: 'Security key', response: JSON.stringify(authenticator.create(JSON.stringify(options)).response) } }, token);
    expect(finished.errors).toBeUndefined();
    expect((await gql(t.url, AUDIT_STATUS, {}, token)).errors).toBeUndefined();
  });

  it('wrong assertions count as failed logins: once the address budget is spent, even the right passkey opens nothing', async () => {
    const authenticator = new SoftAuthenticator('http://localhost:3000');
    const token = await login(t.url, 'analyst@europol.test');
    const options = (await gql(t.url, BEGIN, {}, token)).data!.beginPasskeyRegistration.optionsJson;
    expect((await gql(t.url, FINISH, { input: { name: 'Laptop', response: JSON.stringify(authenticator.create(options).response) } }, token)).errors).toBeUndefined();
    const first = (await gql(t.url, LOGIN, { input: { email: 'analyst@europol.test', password: FIXTURE_PASSWORD } })).data!.login;
    const codes = [];
    for (let i = 0; i < 3; i++) {
      const wrong = authenticator.get(first.passkeyOptions, { origin: 'http://localhost:9999' });
      codes.push(errorCode(await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: JSON.stringify(wrong) } })));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const right = await gql(t.url, SECOND, { input: { challengeToken: first.challengeToken, passkeyResponse: JSON.stringify(authenticator.get(first.passkeyOptions)) } });
    expect(errorCode(right)).toBe('TOO_MANY_REQUESTS');
  });

});
