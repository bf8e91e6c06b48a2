import { SelectorHitSweepService } from '@taskforce/api-matching';
import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder, LeadSpec } from '../support/fixture-builder';
import { AGENCIES, LEADS, PEOPLE } from '../support/sample-task-force';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * A list of selectors queried as CSV (docs/hit-no-hit.md, "Lists of selectors"), on three leads:
 *
 *   lead       agency    markings    selectors                                 in force   a querier learns
 *   ro-green   RO-DIOC   GREEN, H0   phone +40 712 345 678, plate RO B123ABC   REVEAL     RO-DIOC
 *   ro-red     RO-DIOC   RED         phone +40 722 000 003                     NOTIFY     nothing
 *   es-green   ES-BIP    GREEN, H0   phone 0040712345678, ana.pop@example.ro   REVEAL     ES-BIP
 *
 * NL-POL's analyst uploads CSV; the expected report below is worked out by hand from that table.
 */
const CSV = [
  'kind,value,country,issuingCountry,documentType,network,platform',
  'PHONE,+40 712 345 678,,,,,', // 2: both holders reveal
  'PHONE,0712 345 678,RO,,,,', // 3: the same number, national, read in RO
  'PHONE,+40 722 000 003,,,,,', // 4: held on a TLP:RED lead: a no-hit to the querier
  'PHONE,+40 722 000 099,,,,,', // 5: nobody holds it
  'EMAIL,Ana.Pop@Example.RO,,,,,', // 6: e-mail, case folded
  'VEHICLE_REGISTRATION,B-123-ABC,RO,,,,', // 7
  'VEHICLE_REGISTRATION,B 123 ABC,,,,,', // 8: no country of registration
  'IBAN,RO49AAAA1B31007593840001,,,,,', // 9: bad ISO 7064 check digits
  'PASSPORT,AB123456,,RO,,,', // 10: not a selector kind
  'IDENTITY_DOCUMENT,AB123456,,RO,PASS,,', // 11: not a document type
  'PHONE,+40 712 345 678', // 12: two fields of seven
].join('\n');

const hit = (line: number, kind: string, holders: string[]) => ({ line, kind, hit: holders.length > 0, holders: holders.map((acronym) => ({ acronym })), errors: [] });
const bad = (line: number, kind: string | null, fields: Array<string | null>) => ({ line, kind, hit: null, holders: [], errors: fields.map((field) => ({ field, message: expect.any(String) })) });
const EXPECTED_LINES = [
  hit(2, 'PHONE', ['ES-BIP', 'RO-DIOC']),
  hit(3, 'PHONE', ['ES-BIP', 'RO-DIOC']),
  hit(4, 'PHONE', []),
  hit(5, 'PHONE', []),
  hit(6, 'EMAIL', ['ES-BIP']),
  hit(7, 'VEHICLE_REGISTRATION', ['RO-DIOC']),
  bad(8, 'VEHICLE_REGISTRATION', ['country']),
  bad(9, 'IBAN', ['value']),
  bad(10, null, ['kind']),
  bad(11, 'IDENTITY_DOCUMENT', ['documentType']),
  bad(12, null, [null]),
];

const LISTS = `mutation($csv: String!) { querySelectorsCsv(csv: $csv) { queried hits rejected lines { line kind hit holders { acronym } errors { field message } } } }`;
const EMAIL = { nl: 'analyst@nl.test', nlLiaison: 'liaison@nl.test', ro: 'liaison@ro.test', be: 'liaison@be.test', es: 'liaison@es.test' } as const;
type Who = keyof typeof EMAIL;
const ROUTE = [{ country: 'RO', role: LEADS.organs.route[0].role }];

describe('hit/no-hit: a list of selectors as CSV', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId: Record<string, string> = {};
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const userOf = async (who: Who) => (await t.db.query(`SELECT id, agency_id FROM users WHERE email = $1`, [EMAIL[who]]))[0] as { id: string; agency_id: string };

  const logs: string[] = [];

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        logs.push(String(chunk));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
    }
    t = await startTestApp({ SQL_STATEMENT_HEADER: 'true' }, { demoData: false, logLevels: ['log', 'warn', 'error', 'debug', 'verbose'] });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP']);
    await f.person(PEOPLE['analyst@nl.test'], PEOPLE['liaison@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test']);
    const leads: LeadSpec[] = [
      { summary: 'ro-green', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] },
      { summary: 'ro-red', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.RED, handlingCodes: [HandlingCode.H0] },
      { summary: 'es-green', by: 'liaison@es.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] },
    ];
    await f.lead(...leads);
    Object.assign(leadId, f.leads);
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    const add = 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { id } } }';
    const selectors: Array<[Who, string, Record<string, string>]> = [
      ['ro', 'ro-green', { kind: 'PHONE', phone: '+40 712 345 678' }],
      ['ro', 'ro-green', { kind: 'VEHICLE_REGISTRATION', country: 'RO', plate: 'B 123 ABC' }],
      ['ro', 'ro-red', { kind: 'PHONE', phone: '+40 722 000 003' }],
      ['es', 'es-green', { kind: 'PHONE', phone: '0040712345678' }],
      ['es', 'es-green', { kind: 'EMAIL', email: 'ana.pop@example.ro' }],
    ];
    for (const [who, lead, input] of selectors) expect((await as(who, add, { input: { leadId: leadId[lead], ...input } })).errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('answers per line: hit and revealed holders, a hidden hit exactly as a no-hit, field errors naming the column', async () => {
    const res = await as('nl', LISTS, { csv: CSV });
    expect(res.errors).toBeUndefined();
    expect(res.data!.querySelectorsCsv).toEqual({ queried: 6, hits: 4, rejected: 5, lines: EXPECTED_LINES });
    const [hidden, none] = [2, 3].map((i) => ({ ...res.data!.querySelectorsCsv.lines[i], line: 0 }));
    expect(hidden).toEqual(none);
  });

  it('counts one query per valid line against the budgets', async () => {
    const nl = await userOf('nl');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM selector_queries WHERE querier_user_id = $1 AND NOT refused`, [nl.id]);
    expect(n).toBe(6);
  });

  it('tells a person the queries left today, theirs and their agency’s', async () => {
    const res = await as('nl', '{ selectorQueryBudget { personRemaining agencyRemaining personLimit agencyLimit } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.selectorQueryBudget).toEqual({ personRemaining: 494, agencyRemaining: 4994, personLimit: 500, agencyLimit: 5000 });
  });

  it("tells the holder's liaison officers live, the hidden hit included", async () => {
    // The notices of the lists asked so far go out first, before the socket listens.
    await t.app.get(SelectorHitSweepService).sweep();
    const socket = await connectSocket(t.url, token.ro);
    const seen = recordEvents(socket, ['notification']);
    try {
      const res = await as('be', LISTS, { csv: 'kind,value\nPHONE,+40 722 000 003\nPHONE,+40 722 000 099' });
      expect(res.data!.querySelectorsCsv.lines.map((l: { hit: boolean }) => l.hit)).toEqual([false, false]);
      await t.app.get(SelectorHitSweepService).sweep();
      await waitFor(() => seen.length > 0, 5000, 'notification');
      expect(seen[0].payload).toMatchObject({ type: 'SELECTOR_QUERIED', leadId: leadId['ro-red'], title: 'BE-SIS asked about a phone number of one of your leads' });
    } finally {
      socket.close();
    }
  });

  it('matches the whole list in a constant number of SQL statements', async () => {
    const list = (n: number) => ['kind,value', ...Array.from({ length: n }, (_, i) => (i % 2 ? 'PHONE,+40 712 345 678' : `PHONE,+40 722 000 ${String(100 + i)}`))].join('\n');
    const small = await as('es', LISTS, { csv: list(2) });
    const large = await as('es', LISTS, { csv: list(40) });
    expect(small.errors).toBeUndefined();
    expect(large.data!.querySelectorsCsv).toMatchObject({ queried: 40, hits: 20 });
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('refuses a whole list the remaining budget cannot cover, before matching any line, and audits the refusal', async () => {
    const nlLiaison = await userOf('nlLiaison');
    await t.db.query(`INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind) SELECT $1, $2, 'PHONE' FROM generate_series(1, 497)`, [nlLiaison.agency_id, nlLiaison.id]);
    const casesBefore = await t.db.query(`SELECT count(*)::int AS n FROM deconfliction_cases`);
    const res = await as('nlLiaison', LISTS, { csv: CSV });
    expect(errorCode(res)).toBe('QUERY_BUDGET_EXHAUSTED');
    expect(res.errors![0].extensions).toMatchObject({ budget: 'PERSON', limit: 500, lines: 6, remaining: 3 });
    expect(res.errors![0].message).toContain('6 lines');
    expect(res.errors![0].message).toContain('3 left');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM deconfliction_cases`)).toEqual(casesBefore);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM selector_queries WHERE querier_user_id = $1 AND NOT refused`, [nlLiaison.id]);
    expect(n).toBe(497);
    const audited = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'SELECTOR_QUERY_REFUSED' AND actor_user_id = $1`, [nlLiaison.id]);
    expect(audited.map((r: { details: Record<string, unknown> }) => r.details)).toEqual([expect.objectContaining({ budget: 'PERSON', limit: 500, lines: 6, remaining: 3 })]);
  });

  it('refuses more than 10,000 lines, naming the csv argument, and counts nothing', async () => {
    const nl = await userOf('nl');
    const csv = ['kind,value', ...Array.from({ length: 10_001 }, () => 'PHONE,1')].join('\n');
    const res = await as('nl', LISTS, { csv });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([{ field: 'csv', message: expect.stringContaining('10,000') }]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM selector_queries WHERE querier_user_id = $1`, [nl.id]);
    expect(n).toBe(6);
  });

  it('refuses a header without the kind and value columns, naming them', async () => {
    const res = await as('nl', LISTS, { csv: 'type,selector\nPHONE,+40 712 345 678' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([{ field: 'csv', message: expect.stringMatching(/kind.*value/) }]);
  });

  it('after the run no table and no log line holds a value of the lists (audit details name kinds and counts only)', async () => {
    const tables: Array<{ table_name: string }> = await t.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    let dump = '';
    for (const { table_name } of tables) {
      const rows: Array<{ j: string }> = await t.db.query(`SELECT row_to_json(x)::text AS j FROM "${table_name}" x`);
      dump += rows.map((r) => r.j).join('\n');
    }
    const text = `${dump}\n${logs.join('')}`;
    expect(dump).toMatch(/"list": ?true/);
    for (const digits of ['712345678', '722000003', '722000099']) expect(text).not.toContain(digits);
    for (const value of ['Ana.Pop@Example.RO', 'ana.pop@example.ro', 'B123ABC', 'B-123-ABC', 'RO49AAAA1B31007593840001', 'AB123456']) expect(text).not.toContain(value);
  });
});
