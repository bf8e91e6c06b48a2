import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { stringifyCookie } from 'cookie';
import { COOKIE, cookieLogin } from '../support/cookie-session';
import { FIXTURE_PASSWORD, FixtureBuilder, LeadSpec } from '../support/fixture-builder';
import { AGENCIES, LEADS, PEOPLE } from '../support/sample-task-force';
import { gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * A list of selectors uploaded as a CSV file (`POST /selectors/query.csv`, docs/hit-no-hit.md, "Lists of selectors"):
 * the semantics of GraphQL `querySelectorsCsv`, without GraphQL's 100 KiB request body limit. The 10,000-line list is
 * generated here: line n (the header being line 1) carries value v = (n - 2) mod 5,000, of kind PHONE, IBAN or EMAIL by
 * v mod 3, so every value appears on two lines. Selectors recorded beforehand (values v = 0..3):
 *
 *   lead       agency    markings    selectors                                     in force   a querier learns
 *   ro-green   RO-DIOC   GREEN, H0   value 0 (phone, international), value 1 (IBAN)  REVEAL   RO-DIOC
 *   es-green   ES-BIP    GREEN, H0   value 0 (phone, written 0040…), value 2 (e-mail) REVEAL   ES-BIP
 *   ro-red     RO-DIOC   RED, H0     value 3 (phone)                                 NOTIFY     nothing
 */
const LINES = 10_000;
const KINDS = ['PHONE', 'IBAN', 'EMAIL'] as const;
const KIND_LIST = 'PHONE, EMAIL, IDENTITY_DOCUMENT, IBAN, ACCOUNT_NUMBER, VEHICLE_REGISTRATION, CRYPTO_ADDRESS, ONLINE_HANDLE, WEB_DOMAIN';

/** ISO 13616 check digits: 98 − (BBAN + country + "00", letters as 10..35) mod 97, two digits. */
function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

/** The kind and the CSV value of value number `v`: a Romanian mobile number, a Romanian IBAN or an e-mail address. */
function valueOf(v: number): { kind: (typeof KINDS)[number]; value: string } {
  const kind = KINDS[v % 3];
  if (kind === 'PHONE') return { kind, value: `+40 722 ${String(v).padStart(6, '0')}` };
  if (kind === 'IBAN') return { kind, value: iban('RO', `AAAA${String(v).padStart(16, '0')}`) };
  return { kind, value: `person.${v}@example.ro` };
}

/** Bad data lines by file line number (computed), with the exact errors each must get. */
const BAD: Record<number, { text: string; kind: string | null; errors: Array<{ field: string | null; message: string }> }> = {
  [2 + 1234]: { text: 'PHONE,', kind: 'PHONE', errors: [{ field: 'value', message: 'Enter a phone number.' }] },
  [2 + 4321]: { text: 'IBAN,', kind: 'IBAN', errors: [{ field: 'value', message: 'Enter an IBAN.' }] },
  [2 + 7777]: { text: 'PASSPORT,AB123456', kind: null, errors: [{ field: 'kind', message: `Not a selector kind; one of ${KIND_LIST}` }] },
  [2 + 9999]: { text: 'PHONE', kind: null, errors: [{ field: null, message: 'expected 2 fields, found 1' }] },
};

/** Revealed holders of each recorded value (the hidden one, 3, reveals nobody). */
const HOLDERS: Record<number, string[]> = { 0: ['ES-BIP', 'RO-DIOC'], 1: ['RO-DIOC'], 2: ['ES-BIP'] };

const list = (lines: number) => ['kind,value', ...Array.from({ length: lines }, (_, i) => BAD[i + 2]?.text ?? `${valueOf(i % 5000).kind},${valueOf(i % 5000).value}`)].join('\n');

/** The report expected for `list(LINES)`, line by line, worked out from the table above. */
function expectedReport() {
  const lines = Array.from({ length: LINES }, (_, i) => {
    const line = i + 2;
    const bad = BAD[line];
    if (bad) return { line, kind: bad.kind, hit: null, holders: [], errors: bad.errors };
    const v = i % 5000;
    const holders = HOLDERS[v] ?? [];
    return { line, kind: valueOf(v).kind, hit: holders.length > 0, holders, errors: [] };
  });
  return { queried: LINES - 4, hits: lines.filter((l) => l.hit).length, rejected: 4, lines };
}

const EMAIL = { nl: 'analyst@nl.test', nlLiaison: 'liaison@nl.test', ro: 'liaison@ro.test', be: 'liaison@be.test', es: 'liaison@es.test' } as const;
type Who = keyof typeof EMAIL;
const ROUTE = [{ country: 'RO', role: LEADS.organs.route[0].role }];
const LISTS = 'mutation($csv: String!) { querySelectorsCsv(csv: $csv) { queried hits rejected lines { line kind hit holders { id name acronym kind country countryName } errors { field message } } } }';

interface Upload {
  status: number;
  body: any;
  statements?: number;
}

describe('hit/no-hit: a list of selectors uploaded as a CSV file', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId: Record<string, string> = {};
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const userOf = async (who: Who) => (await t.db.query(`SELECT id, agency_id FROM users WHERE email = $1`, [EMAIL[who]]))[0] as { id: string; agency_id: string };
  const upload = async (csv: string | Buffer, headers: Record<string, string>): Promise<Upload> => {
    const res = await fetch(`${t.url}/selectors/query.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body: typeof csv === 'string' ? csv : new Uint8Array(csv) });
    const statements = res.headers.get('x-sql-statements');
    return { status: res.status, body: await res.json(), ...(statements === null ? {} : { statements: Number(statements) }) };
  };
  const uploadAs = (who: Who, csv: string | Buffer) => upload(csv, { authorization: `Bearer ${token[who]}` });
  const countQueries = async (who: Who) => Number((await t.db.query(`SELECT count(*)::int AS n FROM selector_queries WHERE querier_user_id = $1`, [(await userOf(who)).id]))[0].n);

  beforeAll(async () => {
    // A 10,000-line list needs as many queries: budgets above the defaults (500 a person, 5,000 an agency).
    t = await startTestApp({ SQL_STATEMENT_HEADER: 'true', SELECTOR_QUERIES_PER_PERSON_PER_DAY: '20000', SELECTOR_QUERIES_PER_AGENCY_PER_DAY: '100000' }, { demoData: false });
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
      ['ro', 'ro-green', { kind: 'PHONE', phone: valueOf(0).value }],
      ['ro', 'ro-green', { kind: 'IBAN', iban: valueOf(1).value }],
      ['es', 'es-green', { kind: 'PHONE', phone: `0040${valueOf(0).value.replace(/\D/g, '').slice(2)}` }],
      ['es', 'es-green', { kind: 'EMAIL', email: valueOf(2).value.toUpperCase() }],
      ['ro', 'ro-red', { kind: 'PHONE', phone: valueOf(3).value }],
    ];
    for (const [who, lead, input] of selectors) expect((await as(who, add, { input: { leadId: leadId[lead], ...input } })).errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('the 10,000-line list is over what one GraphQL request carries', async () => {
    const res = await as('nl', LISTS, { csv: list(LINES) });
    expect(res.status).toBe(413);
  });

  it('answers all 10,000 lines: hits with the revealed holders, the hidden hit as a no-hit, the bad lines with their errors', async () => {
    const before = await countQueries('nl');
    const res = await uploadAs('nl', list(LINES));
    expect(res.status).toBe(200);
    const expected = expectedReport();
    expect(expected.hits).toBe(6);
    const acronyms = { ...res.body, lines: res.body.lines.map((l: { holders: Array<{ acronym: string }> }) => ({ ...l, holders: l.holders.map((h) => h.acronym) })) };
    expect(acronyms).toEqual(expected);
    const [ro] = await t.db.query(`SELECT id, name FROM agencies WHERE acronym = 'RO-DIOC'`);
    expect(res.body.lines[0].holders[1]).toEqual({ id: ro.id, name: ro.name, acronym: 'RO-DIOC', kind: AGENCIES['RO-DIOC'].kind, country: 'RO', countryName: 'Romania' });
    // One query per valid line, one SELECTOR_QUERIED entry for the list.
    expect(await countQueries('nl')).toBe(before + LINES - 4);
    const audited = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'SELECTOR_QUERIED' AND actor_user_id = $1`, [(await userOf('nl')).id]);
    const kinds: Record<string, number> = {};
    for (const l of expected.lines) if (l.hit !== null) kinds[l.kind!] = (kinds[l.kind!] ?? 0) + 1;
    expect(audited.map((r: { details: Record<string, unknown> }) => r.details)).toEqual([expect.objectContaining({ list: true, queries: LINES - 4, kinds })]);
  });

  it('answers what querySelectorsCsv answers for the same list, to another agency too', async () => {
    const csv = list(40);
    for (const who of ['be', 'ro'] as const) {
      const viaGraphql = await as(who, LISTS, { csv });
      const viaUpload = await uploadAs(who, csv);
      expect(viaUpload.status).toBe(200);
      expect(viaUpload.body).toEqual(viaGraphql.data!.querySelectorsCsv);
    }
    // RO-DIOC never matches its own selectors: of the holders, it learns only ES-BIP.
    const ro = await uploadAs('ro', csv);
    const expected = Object.entries(HOLDERS).map(([v, holders]) => [Number(v) + 2, holders.filter((h) => h !== 'RO-DIOC')]).filter(([, holders]) => (holders as string[]).length);
    expect(expected).toEqual([[2, ['ES-BIP']], [4, ['ES-BIP']]]);
    expect(ro.body.lines.filter((l: { hit: boolean }) => l.hit).map((l: { line: number; holders: Array<{ acronym: string }> }) => [l.line, l.holders.map((h) => h.acronym)])).toEqual(expected);
  });

  it('refuses 10,001 lines naming the limit, and counts nothing', async () => {
    const before = await countQueries('nl');
    const res = await uploadAs('nl', ['kind,value', ...Array.from({ length: LINES + 1 }, () => 'PHONE,1')].join('\n'));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('10,000'), fields: [{ field: 'csv', message: 'A list holds at most 10,000 lines; this one has 10,001' }] });
    expect(await countQueries('nl')).toBe(before);
  });

  it('refuses a body over the byte limit with 413 naming it, and counts nothing', async () => {
    const before = await countQueries('nl');
    const limit = 2 * 1024 * 1024;
    const body = Buffer.alloc(limit + 1, 'a');
    body.write('kind,value\n');
    const res = await uploadAs('nl', body);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: `The CSV file is larger than the 2 MiB (${limit} bytes) a list may have` });
    // Without a Content-Length (chunked), judged as the bytes arrive.
    const stream = new ReadableStream({
      start(controller) {
        for (let sent = 0; sent <= limit; sent += 64 * 1024) controller.enqueue(body.subarray(sent, sent + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await fetch(`${t.url}/selectors/query.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token.nl}` }, body: stream, duplex: 'half' } as RequestInit);
    expect([chunked.status, await chunked.json()]).toEqual([413, res.body]);
    expect(await countQueries('nl')).toBe(before);
  });

  it('refuses a caller who is not signed in with 401, before reading the list', async () => {
    const res = await upload(list(3), {});
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    const bad = await upload(list(3), { authorization: 'Bearer not-a-token' });
    expect(bad.status).toBe(401);
  });

  it('takes the web client’s cookie session with its CSRF token, and refuses it without', async () => {
    const { jar } = await cookieLogin(t.url, EMAIL.be, FIXTURE_PASSWORD);
    const without = await upload(list(3), { cookie: stringifyCookie(jar) });
    expect(without.status).toBe(403);
    expect(without.body).toMatchObject({ code: 'FORBIDDEN' });
    const withToken = await upload(list(3), { cookie: stringifyCookie(jar), 'x-csrf-token': jar[COOKIE.csrf] });
    expect(withToken.status).toBe(200);
    expect(withToken.body).toMatchObject({ queried: 3, rejected: 0 });
  });

  it('refuses a body that is not text/csv with 415', async () => {
    const res = await upload(JSON.stringify({ csv: list(3) }), { authorization: `Bearer ${token.be}`, 'content-type': 'application/json' });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('refuses a header without the kind and value columns, naming them', async () => {
    const res = await uploadAs('be', 'type,selector\nPHONE,+40 712 345 678');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'csv', message: expect.stringMatching(/kind.*value/) }] });
  });

  it('refuses a whole list the remaining budget cannot cover with 429, before matching any line, and audits the refusal', async () => {
    const nlLiaison = await userOf('nlLiaison');
    await t.db.query(`INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind) SELECT $1, $2, 'PHONE' FROM generate_series(1, 19997)`, [nlLiaison.agency_id, nlLiaison.id]);
    const cases = await t.db.query(`SELECT count(*)::int AS n FROM deconfliction_cases`);
    const res = await uploadAs('nlLiaison', list(6));
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ code: 'QUERY_BUDGET_EXHAUSTED', message: expect.stringContaining('6 lines'), budget: 'PERSON', limit: 20000, lines: 6, remaining: 3 });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM deconfliction_cases`)).toEqual(cases);
    const answered = await t.db.query(`SELECT count(*)::int AS n FROM selector_queries WHERE querier_user_id = $1 AND NOT refused`, [nlLiaison.id]);
    expect(answered[0].n).toBe(19997);
    const audited = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'SELECTOR_QUERY_REFUSED' AND actor_user_id = $1`, [nlLiaison.id]);
    expect(audited.map((r: { details: Record<string, unknown> }) => r.details)).toEqual([expect.objectContaining({ list: true, budget: 'PERSON', limit: 20000, lines: 6, remaining: 3 })]);
  });

  it('charges each upload what querySelectorsCsv costs to the per-minute cost budget, and refuses past it with 429 and Retry-After', async () => {
    // GRAPHQL_COST_PER_MINUTE 120,000; an upload 10 + 2,000 + 2 × 200 = 2,410: at most 49 fit in a minute.
    const perUpload = 10 + 2000 + 2 * 200;
    const fit = Math.floor(120_000 / perUpload);
    const answers: Array<{ status: number; retryAfter: string | null; body: any }> = [];
    for (let i = 0; i <= fit; i++) {
      const res = await fetch(`${t.url}/selectors/query.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token.es}` }, body: 'kind,value\n' });
      answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() });
    }
    const refused = answers.findIndex((a) => a.status === 429);
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThanOrEqual(fit);
    expect(answers.slice(0, refused).every((a) => a.status === 200)).toBe(true);
    expect(answers[refused].body).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.stringContaining(`estimated at ${perUpload}`), retryAfterSeconds: Number(answers[refused].retryAfter) });
    expect(Number(answers[refused].retryAfter)).toBeGreaterThanOrEqual(1);
  });
});
