import { SelectorHitSweepService } from '@taskforce/api-matching';
import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder, LeadSpec } from '../support/fixture-builder';
import { AGENCIES, LEADS, PEOPLE } from '../support/sample-task-force';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * A hit hidden from the querier must not be told apart from a no-hit by the work its request does: the API counts
 * each request's SQL statements (`X-SQL-Statements`), and a query (single, list, or recording on a lead) whose
 * selector is held on a lead that does not reveal its holder must run exactly the statements of a selector nobody
 * holds, whether a list comes through GraphQL or as an uploaded CSV file (`POST /selectors/query.csv`). The hidden
 * hit's case, audit entry and the holder's notice come afterwards, from the sweep, once.
 *
 *   lead         agency    markings            in force   selector
 *   ro-red       RO-DIOC   RED, H0             NOTIFY     phone +40 722 000 003, e-mail hidden@example.ro
 *   ro-notify    RO-DIOC   AMBER, H0, chosen   NOTIFY     phone +40 722 000 005
 *   ro-h3        RO-DIOC   GREEN, H3           NOTIFY     phone +40 722 000 004
 *   ro-green     RO-DIOC   GREEN, H0           REVEAL     phone +40 712 345 678
 *
 * RO-DIOC has two liaison officers (liaison@ro.test and a second one), so one notice is two notification rows.
 */
const HIDDEN = { 'ro-red': '+40 722 000 003', 'ro-notify': '+40 722 000 005', 'ro-h3': '+40 722 000 004' } as const;
const REVEALED = '+40 712 345 678';
const UNHELD = ['+40 722 000 091', '+40 722 000 092', '+40 722 000 093', '+40 722 000 094', '+40 722 000 095', '+40 722 000 096'];
const ROUTE = [{ country: 'RO', role: LEADS.organs.route[0].role }];
const EMAIL = { nl: 'analyst@nl.test', nlLiaison: 'liaison@nl.test', ro: 'liaison@ro.test', be: 'liaison@be.test' } as const;
type Who = keyof typeof EMAIL;

const QUERY = 'query($input: QuerySelectorInput!) { querySelector(input: $input) { kind hit holders { acronym } } }';
const ADD = 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { kind } match { kind hit holders { acronym } } } }';
const LISTS = 'mutation($csv: String!) { querySelectorsCsv(csv: $csv) { queried hits rejected lines { line kind hit holders { acronym } errors { field } } } }';

describe('hit/no-hit: a hidden hit does the work of a no-hit; its case and notice come from the sweep', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId: Record<string, string> = {};
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const phone = (who: Who, value: string) => as(who, QUERY, { input: { kind: 'PHONE', phone: value } });
  const sweep = (now?: Date) => t.app.get(SelectorHitSweepService).sweep(now);
  const count = async (sql: string, params: unknown[] = []) => Number((await t.db.query(sql, params))[0].n);
  const noticesTo = (lead: string) => count(`SELECT count(*)::int AS n FROM notifications WHERE type = 'SELECTOR_QUERIED' AND lead_id = $1`, [leadId[lead]]);
  const casesOn = (lead: string) => t.db.query(`SELECT querier_agency_id, hits, holder_revealed FROM deconfliction_cases WHERE holder_lead_id = $1`, [leadId[lead]]);

  beforeAll(async () => {
    t = await startTestApp({ SQL_STATEMENT_HEADER: 'true' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS']);
    await f.person(PEOPLE['analyst@nl.test'], PEOPLE['liaison@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@be.test'], { email: 'liaison2@ro.test', name: 'Ioana Radu', agency: 'RO-DIOC', roles: PEOPLE['liaison@ro.test'].roles });
    const leads: LeadSpec[] = [
      { summary: 'ro-red', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.RED, handlingCodes: [HandlingCode.H0] },
      { summary: 'ro-notify', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.AMBER, handlingCodes: [HandlingCode.H0] },
      { summary: 'ro-h3', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H3], handlingCondition: 'Contact RO-DIOC first.' },
      { summary: 'ro-green', by: 'liaison@ro.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] },
      { summary: 'nl-own', by: 'analyst@nl.test', route: ROUTE, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] },
    ];
    await f.lead(...leads);
    Object.assign(leadId, f.leads);
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    const mode = await as('ro', 'mutation($input: SetLeadHitModeInput!) { setLeadHitMode(input: $input) { id } }', { input: { leadId: leadId['ro-notify'], mode: 'NOTIFY_HOLDER_ONLY' } });
    expect(mode.errors).toBeUndefined();
    const recordings: Array<[string, Record<string, string>]> = [
      ...Object.entries(HIDDEN).map(([lead, value]): [string, Record<string, string>] => [lead, { kind: 'PHONE', phone: value }]),
      ['ro-red', { kind: 'EMAIL', email: 'hidden@example.ro' }],
      ['ro-green', { kind: 'PHONE', phone: REVEALED }],
    ];
    for (const [lead, input] of recordings) expect((await as('ro', ADD, { input: { leadId: leadId[lead], ...input } })).errors).toBeUndefined();
    await sweep();
  });
  afterAll(() => t?.close());

  it.each(Object.keys(HIDDEN) as Array<keyof typeof HIDDEN>)('a query held on %s runs the statements of a no-hit and answers the same', async (lead) => {
    const none = await phone('be', UNHELD[0]);
    const hidden = await phone('be', HIDDEN[lead]);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data).toEqual(none.data);
    expect(hidden.data!.querySelector).toEqual({ kind: 'PHONE', hit: false, holders: [] });
    expect(typeof none.statements).toBe('number');
    expect(hidden.statements).toBe(none.statements);
  });

  it('a list holding hidden hits runs the statements of a list of no-hits of the same length', async () => {
    const none = await as('be', LISTS, { csv: ['kind,value', `PHONE,${UNHELD[1]}`, `PHONE,${UNHELD[2]}`, `PHONE,${UNHELD[3]}`].join('\n') });
    const hidden = await as('be', LISTS, { csv: ['kind,value', `PHONE,${HIDDEN['ro-red']}`, `PHONE,${HIDDEN['ro-h3']}`, 'EMAIL,hidden@example.ro'].join('\n') });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.querySelectorsCsv).toEqual({ ...none.data!.querySelectorsCsv, lines: none.data!.querySelectorsCsv.lines.map((l: { kind: string; line: number }) => ({ ...l, kind: l.line === 4 ? 'EMAIL' : l.kind })) });
    expect(hidden.data!.querySelectorsCsv).toMatchObject({ queried: 3, hits: 0, rejected: 0 });
    expect(hidden.statements).toBe(none.statements);
  });

  it('a list uploaded as a CSV file holding hidden hits runs the statements of an uploaded list of no-hits of the same length', async () => {
    const upload = async (csv: string) => {
      const res = await fetch(`${t.url}/selectors/query.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token.be}` }, body: csv });
      return { status: res.status, body: await res.json(), statements: res.headers.get('x-sql-statements') };
    };
    const none = await upload(['kind,value', `PHONE,${UNHELD[1]}`, `PHONE,${UNHELD[2]}`, `EMAIL,unheld@example.ro`].join('\n'));
    const hidden = await upload(['kind,value', `PHONE,${HIDDEN['ro-red']}`, `PHONE,${HIDDEN['ro-h3']}`, 'EMAIL,hidden@example.ro'].join('\n'));
    expect(hidden.status).toBe(200);
    expect(hidden.body).toEqual(none.body);
    expect(hidden.body).toMatchObject({ queried: 3, hits: 0, rejected: 0 });
    expect(none.statements).toMatch(/^\d+$/);
    expect(hidden.statements).toBe(none.statements);
  });

  it('recording on a lead a selector held hidden elsewhere runs the statements of recording one nobody holds', async () => {
    const none = await as('nl', ADD, { input: { leadId: leadId['nl-own'], kind: 'PHONE', phone: UNHELD[4] } });
    const hidden = await as('nl', ADD, { input: { leadId: leadId['nl-own'], kind: 'PHONE', phone: HIDDEN['ro-notify'] } });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data).toEqual(none.data);
    expect(hidden.data!.addLeadSelector.match).toEqual({ kind: 'PHONE', hit: false, holders: [] });
    expect(hidden.statements).toBe(none.statements);
  });

  it('a revealed hit is still answered with its holder', async () => {
    const res = await phone('nl', REVEALED);
    expect(res.data!.querySelector).toEqual({ kind: 'PHONE', hit: true, holders: [{ acronym: 'RO-DIOC' }] });
  });

  it('the sweep opens the hidden case and tells the holder once; sweeping again changes nothing', async () => {
    const be = (await t.db.query(`SELECT agency_id FROM users WHERE email = $1`, [EMAIL.be]))[0].agency_id;
    const beforeNotices = await noticesTo('ro-notify');
    const beforeCases = await casesOn('ro-notify');
    const beforeHits = await count(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'SELECTOR_HIT' AND details->>'holderLeadId' = $1`, [leadId['ro-notify']]);
    expect(beforeCases).toEqual([]);
    expect(beforeNotices).toBe(0);
    expect(beforeHits).toBe(0);
    await sweep();
    // BE-SIS asked once (single query); NL-POL recorded it once on its lead: two cases, each hit once, neither revealed.
    const cases = await casesOn('ro-notify');
    expect(cases.map((c: { querier_agency_id: string; hits: number; holder_revealed: boolean }) => [c.querier_agency_id === be, c.hits, c.holder_revealed]).sort()).toEqual([
      [false, 1, false],
      [true, 1, false],
    ]);
    // Two querying agencies, two liaison officers of RO-DIOC each.
    expect(await noticesTo('ro-notify')).toBe(4);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'SELECTOR_HIT' AND details->>'holderLeadId' = $1`, [leadId['ro-notify']])).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM selector_queries WHERE match_keys IS NOT NULL`)).toBe(0);
    await sweep();
    expect(await casesOn('ro-notify')).toEqual(cases);
    expect(await noticesTo('ro-notify')).toBe(4);
  });

  it('the querier does not see a hidden case; the holder does; a selector recorded after a query is no hit of it', async () => {
    // NL-POL recorded ro-notify's phone on nl-own after BE-SIS had asked about it: BE-SIS's earlier query opens no case there.
    expect(await casesOn('nl-own')).toEqual([]);
    const nl = await as('nlLiaison', '{ deconflictionCases { holderAgency { acronym } ownLeadId } }');
    expect(nl.data!.deconflictionCases.filter((c: { ownLeadId: string }) => c.ownLeadId === leadId['nl-own'])).toEqual([]);
    const ro = await as('ro', '{ deconflictionCases { side ownLeadId } }');
    expect(ro.data!.deconflictionCases.filter((c: { ownLeadId: string }) => c.ownLeadId === leadId['ro-notify']).length).toBe(2);
  });

  it('repeated queries by one agency about one holder lead make one notice a UTC day, and every query counts as a hit of the case', async () => {
    const day = new Date('2026-12-07T10:00:00Z');
    const nextDay = new Date('2026-12-08T00:00:01Z');
    const before = await noticesTo('ro-h3');
    const hitsBefore = (await casesOn('ro-h3')).reduce((n: number, c: { hits: number }) => n + c.hits, 0);
    for (let i = 0; i < 5; i++) expect((await phone('nl', HIDDEN['ro-h3'])).errors).toBeUndefined();
    // Two sweeps at once, as on two API nodes: each query is swept by one of them.
    await Promise.all([sweep(day), sweep(day)]);
    for (let i = 0; i < 3; i++) expect((await phone('nl', HIDDEN['ro-h3'])).errors).toBeUndefined();
    await sweep(day);
    // NL-POL never asked about ro-h3 before: one notice (to each of the two liaison officers) for eight queries.
    expect(await noticesTo('ro-h3')).toBe(before + 2);
    const nl = (await t.db.query(`SELECT agency_id FROM users WHERE email = $1`, [EMAIL.nl]))[0].agency_id;
    const nlHits = async () => (await casesOn('ro-h3')).filter((c: { querier_agency_id: string }) => c.querier_agency_id === nl).map((c: { hits: number }) => c.hits);
    expect(await nlHits()).toEqual([8]);
    expect((await casesOn('ro-h3')).reduce((n: number, c: { hits: number }) => n + c.hits, 0)).toBe(hitsBefore + 8);
    // The next UTC day, the next query is told again, once.
    expect((await phone('nl', HIDDEN['ro-h3'])).errors).toBeUndefined();
    await sweep(nextDay);
    expect(await noticesTo('ro-h3')).toBe(before + 4);
    expect(await nlHits()).toEqual([9]);
  });

  it('the same selector recorded twice on a lead is refused naming value, writes nothing and spends no query', async () => {
    const nl = (await t.db.query(`SELECT id FROM users WHERE email = $1`, [EMAIL.nl]))[0].id;
    const first = await as('nl', ADD, { input: { leadId: leadId['nl-own'], kind: 'PHONE', phone: UNHELD[5] } });
    expect(first.errors).toBeUndefined();
    const selectors = await count(`SELECT count(*)::int AS n FROM lead_selectors WHERE lead_id = $1`, [leadId['nl-own']]);
    const queries = await count(`SELECT count(*)::int AS n FROM selector_queries WHERE querier_user_id = $1`, [nl]);
    const audit = await count(`SELECT count(*)::int AS n FROM audit_entries`);
    // The same number written nationally (region RO): the same selector once normalised.
    const again = await as('nl', ADD, { input: { leadId: leadId['nl-own'], kind: 'PHONE', phone: '0722 000 096', region: 'RO' } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions!['fields']).toEqual([{ field: 'value', message: 'already recorded on this lead' }]);
    expect(await count(`SELECT count(*)::int AS n FROM lead_selectors WHERE lead_id = $1`, [leadId['nl-own']])).toBe(selectors);
    expect(await count(`SELECT count(*)::int AS n FROM selector_queries WHERE querier_user_id = $1`, [nl])).toBe(queries);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entries`)).toBe(audit);
  });
});
