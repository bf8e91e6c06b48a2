import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * The language a person chose for the web client (docs/api-contract.md, "Language of the web client"): `me.language`
 * is null until `setMyLanguage` stores one of en, fr, es, ar; any other value is BAD_USER_INPUT naming the field
 * `language`, and leaves the stored choice as it was. Each person's choice is their own.
 */
const ME = '{ me { id language } }';
const SET = 'mutation($input: SetMyLanguageInput!) { setMyLanguage(input: $input) { id language } }';
const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

function fieldsOf(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
}

describe('a person’s language', () => {
  let t: TestApp;
  let anna: string;
  let andrei: string;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' });
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'member@ro.test', name: 'Andrei Ionescu', agency: 'RO-DIOC' },
    );
    anna = await login(t.url, 'coordinator@nl.test');
    andrei = await login(t.url, 'member@ro.test');
  }, 60_000);

  afterAll(() => t.close());

  it('is null until chosen', async () => {
    const res = await gql(t.url, ME, {}, anna);
    expect(res.errors).toBeUndefined();
    expect(res.data?.['me'].language).toBeNull();
  });

  it('is stored per person, answered by the mutation and by later `me` queries', async () => {
    const set = await gql(t.url, SET, { input: { language: 'ar' } }, anna);
    expect(set.errors).toBeUndefined();
    expect(set.data?.['setMyLanguage'].language).toBe('ar');
    expect((await gql(t.url, ME, {}, anna)).data?.['me'].language).toBe('ar');
    // A new session of the same person (another browser) finds it too; another person's stays unset.
    const again = await login(t.url, 'coordinator@nl.test');
    expect((await gql(t.url, ME, {}, again)).data?.['me'].language).toBe('ar');
    expect((await gql(t.url, ME, {}, andrei)).data?.['me'].language).toBeNull();
    const rows = await t.db.query(`SELECT language FROM users WHERE email = 'coordinator@nl.test'`);
    expect(rows).toEqual([{ language: 'ar' }]);
  });

  it('can be changed again', async () => {
    expect((await gql(t.url, SET, { input: { language: 'fr' } }, anna)).data?.['setMyLanguage'].language).toBe('fr');
    expect((await gql(t.url, ME, {}, anna)).data?.['me'].language).toBe('fr');
  });

  it.each(['de', 'FR', 'fr-CA', '', 'english'])('refuses %j with BAD_USER_INPUT naming `language`, keeping the choice', async (language) => {
    const res = await gql(t.url, SET, { input: { language } }, andrei);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['language']);
    expect((await gql(t.url, ME, {}, andrei)).data?.['me'].language).toBeNull();
  });

  it('needs a session', async () => {
    expect(errorCode(await gql(t.url, SET, { input: { language: 'es' } }))).toBe('UNAUTHENTICATED');
  });
});
