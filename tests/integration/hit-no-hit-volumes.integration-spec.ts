import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, LEADS, PEOPLE } from '../support/sample-task-force';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Selector query volumes per agency for platform admins (docs/hit-no-hit.md, "Query volumes"). RO-DIOC holds two
 * phones: +40 712 345 678 on a GREEN lead (revealed) and +40 722 000 003 on a RED one (never revealed). Worked by hand:
 *
 *   NL-POL (analyst)  querySelector ×3: green (hit), red (a no-hit to NL), unused (no hit); a list of 2 valid lines
 *                     (green, unused) and 1 bad line                                   → queries 5, hits 2, refusals 0
 *   BE-SIS (liaison)  querySelector green (hit); then 500 queries inserted 40 days ago (outside 30 days, inside 60)
 *                     and 498 in the last hour (499 in 24 h); a list of 2 lines refused (1 left); one more single
 *                     query (hit, the 500th in 24 h)    → last 30 days: queries 500, hits 2, refusals 2;
 *                                                       last 60 days: queries 1000, hits 2, refusals 2
 *   RO-DIOC (liaison) recording its two phones matches them: 2 queries, nobody else holds them  → 2, 0, 0
 */
const QUERY_READ = 'query($phone: String!) { querySelector(input: { kind: PHONE, phone: $phone }) { hit } }';
const LIST = 'mutation($csv: String!) { querySelectorsCsv(csv: $csv) { queried } }';
const VOLUMES = 'query($days: Int) { selectorQueryVolumes(days: $days) { agency { acronym } queries hits refusals } }';
const EMAIL = { nl: 'analyst@nl.test', ro: 'liaison@ro.test', be: 'liaison@be.test', admin: 'admin@jtf.test', roAdmin: 'admin@ro.test' } as const;
type Who = keyof typeof EMAIL;
const ROUTE = [{ country: 'RO', role: LEADS.organs.route[0].role }];
const GREEN = '+40 712 345 678';
const RED = '+40 722 000 003';
const UNUSED = '+40 722 000 099';

describe('hit/no-hit: query volumes per agency', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['JTF-SEC']);
    await f.person(PEOPLE['analyst@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['admin@jtf.test'], PEOPLE['admin@ro.test']);
    await f.lead(
      { summary: 'ro-green', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] },
      { summary: 'ro-red', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.RED, handlingCodes: [HandlingCode.H0] },
    );
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    const add = 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { id } } }';
    for (const [lead, phone] of [['ro-green', GREEN], ['ro-red', RED]]) {
      expect((await as('ro', add, { input: { leadId: f.leads[lead], kind: 'PHONE', phone } })).errors).toBeUndefined();
    }
    for (const phone of [GREEN, RED, UNUSED]) expect((await as('nl', QUERY_READ, { phone })).errors).toBeUndefined();
    expect((await as('nl', LIST, { csv: `kind,value\nPHONE,${GREEN}\nPHONE,${UNUSED}\nPHONE,12` })).data!.querySelectorsCsv.queried).toBe(2);
    expect((await as('be', QUERY_READ, { phone: GREEN })).data!.querySelector.hit).toBe(true);
    const be = (await t.db.query(`SELECT id, agency_id FROM users WHERE email = $1`, [EMAIL.be]))[0];
    await t.db.query(`INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind, created_at) SELECT $1, $2, 'PHONE', now() - interval '40 days' FROM generate_series(1, 500)`, [be.agency_id, be.id]);
    await t.db.query(`INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind, created_at) SELECT $1, $2, 'PHONE', now() - interval '1 hour' FROM generate_series(1, 498)`, [be.agency_id, be.id]);
    expect(errorCode(await as('be', LIST, { csv: `kind,value\nPHONE,${GREEN}\nPHONE,${UNUSED}` }))).toBe('QUERY_BUDGET_EXHAUSTED');
    expect((await as('be', QUERY_READ, { phone: GREEN })).data!.querySelector.hit).toBe(true);
  });
  afterAll(() => t?.close());

  it('gives a platform admin queries, hits and refusals per agency over the last 30 days', async () => {
    const res = await as('admin', VOLUMES);
    expect(res.errors).toBeUndefined();
    expect(res.data!.selectorQueryVolumes).toEqual([
      { agency: { acronym: 'BE-SIS' }, queries: 500, hits: 2, refusals: 2 },
      { agency: { acronym: 'NL-POL' }, queries: 5, hits: 2, refusals: 0 },
      { agency: { acronym: 'RO-DIOC' }, queries: 2, hits: 0, refusals: 0 },
    ]);
  });

  it('widens the window with days', async () => {
    const res = await as('admin', VOLUMES, { days: 60 });
    expect(res.data!.selectorQueryVolumes[0]).toEqual({ agency: { acronym: 'BE-SIS' }, queries: 1000, hits: 2, refusals: 2 });
  });

  it('refuses a window outside 1–366 days, naming days', async () => {
    const res = await as('admin', VOLUMES, { days: 0 });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('days');
  });

  it.each([['nl'], ['ro'], ['roAdmin']] as Array<[Who]>)('is FORBIDDEN to %s, who is not a platform admin', async (who) => {
    const res = await as(who, VOLUMES);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data?.selectorQueryVolumes ?? null).toBeNull();
  });
});
