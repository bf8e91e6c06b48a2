import { SelectorHitSweepService } from '@taskforce/api-matching';
import { HandlingCode, SharingPurpose, TlpLabel } from '@taskforce/domain';
import { randomUUID } from 'node:crypto';
import { FIXTURE_PASSWORD, FixtureBuilder, LeadSpec } from '../support/fixture-builder';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * Hit/no-hit matching of selectors, on the sample task force (tests/support/sample-task-force.ts) plus six leads of
 * RO-DIOC and one of ES-BIP, each carrying one phone number. Expected answers are computed by hand from the markings
 * and the holder's chosen mode (libs/domain matching README, "What a hit reveals"):
 *
 *   lead            markings        chosen mode          in force     a querier learns
 *   ro-green        GREEN, H0       (default REVEAL)     REVEAL       RO-DIOC
 *   ro-amber-h2     AMBER, H2       (default NOTIFY)     NOTIFY       nothing
 *   ro-red          RED             REVEAL_HOLDER        NOTIFY       nothing (TLP:RED never reveals)
 *   ro-green-h3     GREEN, H3       REVEAL_HOLDER        NOTIFY       nothing (H3 never reveals)
 *   ro-amber-notify AMBER, H0       NOTIFY_HOLDER_ONLY   NOTIFY       nothing
 *   ro-strict       AMBER+STRICT    REVEAL_HOLDER        REVEAL       RO-DIOC
 *   es-green        GREEN, H0       (default REVEAL)     REVEAL       ES-BIP (same phone as ro-green)
 */
const PHONE = {
  'ro-green': '+40 712 345 678',
  'ro-amber-h2': '+40 722 000 002',
  'ro-red': '+40 722 000 003',
  'ro-green-h3': '+40 722 000 004',
  'ro-amber-notify': '+40 722 000 005',
  'ro-strict': '+40 722 000 006',
} as const;
type Holder = keyof typeof PHONE;
const UNUSED_PHONE = '+40 722 000 099';
const ROUTE = [{ country: 'RO', role: LEADS.organs.route[0].role }];

const lead = (summary: Holder | 'es-green', spec: Partial<LeadSpec>): LeadSpec => ({ summary, by: summary === 'es-green' ? 'liaison@es.test' : 'liaison@ro.test', route: ROUTE, ...spec });
const HOLDER_LEADS: LeadSpec[] = [
  lead('ro-green', { tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] }),
  lead('ro-amber-h2', { tlp: TlpLabel.AMBER, handlingCodes: [HandlingCode.H2] }),
  lead('ro-red', { tlp: TlpLabel.RED, handlingCodes: [HandlingCode.H0] }),
  lead('ro-green-h3', { tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H3], handlingCondition: 'Contact RO-DIOC first.' }),
  lead('ro-amber-notify', { tlp: TlpLabel.AMBER, handlingCodes: [HandlingCode.H0] }),
  lead('ro-strict', { tlp: TlpLabel.AMBER_STRICT, handlingCodes: [] }),
  lead('es-green', { tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] }),
];
const CHOSEN: Partial<Record<Holder, string>> = { 'ro-red': 'REVEAL_HOLDER', 'ro-green-h3': 'REVEAL_HOLDER', 'ro-amber-notify': 'NOTIFY_HOLDER_ONLY', 'ro-strict': 'REVEAL_HOLDER' };
const EXPECTED_HOLDERS: Record<Holder, string[]> = {
  'ro-green': ['ES-BIP', 'RO-DIOC'],
  'ro-amber-h2': [],
  'ro-red': [],
  'ro-green-h3': [],
  'ro-amber-notify': [],
  'ro-strict': ['RO-DIOC'],
};

const EMAIL = { nl: 'analyst@nl.test', nlLiaison: 'liaison@nl.test', ro: 'liaison@ro.test', roMember: 'member@ro.test', be: 'liaison@be.test', es: 'liaison@es.test', esMember: 'member@es.test' } as const;
type Who = keyof typeof EMAIL;

const QUERY = 'query($input: QuerySelectorInput!) { querySelector(input: $input) { kind hit holders { acronym } } }';
const ADD = 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { id kind display personId } match { kind hit holders { acronym } } } }';

describe('hit/no-hit matching of selectors', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId: Record<string, string> = {};
  const logs: string[] = [];
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const phoneQuery = (who: Who, phone: string, region?: string) => as(who, QUERY, { input: { kind: 'PHONE', phone, ...(region ? { region } : {}) } });
  /** Opens the cases and sends the notices of the queries answered so far (the API does it on an interval). */
  const sweep = () => t.app.get(SelectorHitSweepService).sweep();

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        logs.push(String(chunk));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
    }
    t = await startTestApp({}, { demoData: false, logLevels: ['log', 'warn', 'error', 'debug', 'verbose'] });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES.SPF, AGENCIES.Europol, AGENCIES.IOM);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['analyst@nl.test'], PEOPLE['liaison@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test'], { email: EMAIL.esMember, name: 'Lucía Ortega', agency: 'ES-BIP' });
    await f.operation(OPERATIONS.danube);
    await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA']);
    await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3']);
    await f.lead(...HOLDER_LEADS, { ...LEADS.recruiters, shares: [{ to: 'RO-DIOC', purpose: SharingPurpose.INVESTIGATION }, { to: 'BE-SIS', purpose: SharingPurpose.INVESTIGATION }] });
    Object.assign(leadId, f.leads);
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    for (const [holder, mode] of Object.entries(CHOSEN)) {
      const res = await as('ro', 'mutation($input: SetLeadHitModeInput!) { setLeadHitMode(input: $input) { id } }', { input: { leadId: leadId[holder], mode } });
      expect(res.errors).toBeUndefined();
    }
    for (const [holder, phone] of Object.entries(PHONE)) {
      const res = await as('ro', ADD, { input: { leadId: leadId[holder], kind: 'PHONE', phone } });
      expect(res.errors).toBeUndefined();
    }
    const es = await as('es', ADD, { input: { leadId: leadId['es-green'], kind: 'PHONE', phone: '0040712345678' } });
    expect(es.errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it.each(Object.keys(PHONE) as Holder[])('NL-POL asks about the phone of %s: exactly the holders in force, else a no-hit', async (holder) => {
    const res = await phoneQuery('nl', PHONE[holder]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.querySelector).toEqual({ kind: 'PHONE', hit: EXPECTED_HOLDERS[holder].length > 0, holders: EXPECTED_HOLDERS[holder].map((acronym) => ({ acronym })) });
  });

  it('a hit that reveals nobody is the same answer as a selector nobody holds', async () => {
    const notify = await phoneQuery('be', PHONE['ro-red']);
    const none = await phoneQuery('be', UNUSED_PHONE);
    expect(notify).toEqual(none);
    expect(none.data!.querySelector).toEqual({ kind: 'PHONE', hit: false, holders: [] });
  });

  it.each([['+40 712 345 678'], ['0040712345678'], ['0712 345 678']])('the same phone written %s (region RO) hits', async (phone) => {
    const res = await phoneQuery('be', phone, 'RO');
    expect(res.data!.querySelector.holders.map((h: { acronym: string }) => h.acronym)).toEqual(['ES-BIP', 'RO-DIOC']);
  });

  it("an agency's own selectors never hit: RO-DIOC asking about its own phone learns only of ES-BIP", async () => {
    expect((await phoneQuery('roMember', PHONE['ro-green'])).data!.querySelector).toEqual({ kind: 'PHONE', hit: true, holders: [{ acronym: 'ES-BIP' }] });
    expect((await phoneQuery('roMember', PHONE['ro-strict'])).data!.querySelector).toEqual({ kind: 'PHONE', hit: false, holders: [] });
  });

  it.each([['XX'], ['ROU'], ['4']])('a region that is not an ISO 3166-1 alpha-2 country (%s) is a field error naming region', async (region) => {
    const res = await phoneQuery('be', '0712 345 678', region);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field: 'region' })]);
  });

  it('names the field of a malformed selector, without echoing it', async () => {
    const res = await phoneQuery('nl', '12');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field: 'phone' })]);
    expect(JSON.stringify(res.errors)).not.toContain('"12"');
  });

  it('recording on an unknown or unreadable lead is NOT_FOUND alike; on a read-only copy FORBIDDEN', async () => {
    const unknown = await as('nl', ADD, { input: { leadId: randomUUID(), kind: 'PHONE', phone: UNUSED_PHONE } });
    const unreadable = await as('nl', ADD, { input: { leadId: leadId['ro-green'], kind: 'PHONE', phone: UNUSED_PHONE } });
    expect([errorCode(unknown), unknown.errors![0].message]).toEqual(['NOT_FOUND', 'Lead not found']);
    expect([errorCode(unreadable), unreadable.errors![0].message]).toEqual(['NOT_FOUND', 'Lead not found']);
    const copy = await as('ro', ADD, { input: { leadId: leadId[LEADS.recruiters.summary], kind: 'PHONE', phone: UNUSED_PHONE } });
    expect(errorCode(copy)).toBe('FORBIDDEN');
  });

  it('recording a selector matches too, and opens a case the recorder sees with its own lead only', async () => {
    const res = await as('nl', ADD, { input: { leadId: leadId[LEADS.recruiters.summary], kind: 'PHONE', phone: '0712345678', region: 'RO' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addLeadSelector.match).toEqual({ kind: 'PHONE', hit: true, holders: [{ acronym: 'ES-BIP' }, { acronym: 'RO-DIOC' }] });
    expect(res.data!.addLeadSelector.selector).toMatchObject({ kind: 'PHONE', display: expect.stringContaining('712'), personId: null });
    await sweep();
    const cases = await as('nlLiaison', '{ deconflictionCases { side selectorKind queryingAgency { acronym } holderAgency { acronym } ownLeadId } }');
    const recorded = cases.data!.deconflictionCases
      .filter((c: { ownLeadId: string | null }) => c.ownLeadId !== null)
      .sort((a: { holderAgency: { acronym: string } }, b: { holderAgency: { acronym: string } }) => a.holderAgency.acronym.localeCompare(b.holderAgency.acronym));
    expect(recorded).toEqual(
      ['ES-BIP', 'RO-DIOC'].map((acronym) => expect.objectContaining({ side: 'QUERIER', selectorKind: 'PHONE', holderAgency: { acronym }, ownLeadId: leadId[LEADS.recruiters.summary] })),
    );
    const sides = new Set(cases.data!.deconflictionCases.map((c: { holderAgency: { acronym: string } }) => c.holderAgency.acronym));
    expect(sides).toEqual(new Set(['ES-BIP', 'RO-DIOC']));
  });

  it("the holder's liaison officers see every case on their leads, NOTIFY ones included, with their own lead", async () => {
    await sweep();
    const res = await as('ro', '{ deconflictionCases { side queryingAgency { acronym } holderAgency { acronym } ownLeadId } }');
    const own = new Set(Object.keys(PHONE).map((h) => leadId[h]));
    const holderCases = res.data!.deconflictionCases.filter((c: { side: string }) => c.side === 'HOLDER');
    expect(holderCases.every((c: { ownLeadId: string }) => own.has(c.ownLeadId))).toBe(true);
    expect(new Set(holderCases.map((c: { ownLeadId: string }) => c.ownLeadId))).toEqual(own);
    const members = await as('roMember', '{ deconflictionCases { id } }');
    expect(errorCode(members)).toBe('FORBIDDEN');
  });

  it("a query tells the holder's liaison officers live, naming the asking agency and their lead, never the selector", async () => {
    const socket = await connectSocket(t.url, token.ro);
    const seen = recordEvents(socket, ['notification']);
    try {
      await phoneQuery('be', PHONE['ro-amber-notify']);
      await sweep();
      await waitFor(() => seen.length > 0, 5000, 'notification');
      expect(seen[0].payload).toMatchObject({ type: 'SELECTOR_QUERIED', leadId: leadId['ro-amber-notify'], title: 'BE-SIS asked about a phone number of one of your leads' });
      // What the client writes the notice from: the asking agency, the kind and the case; never the selector.
      const [{ id: caseId }] = await t.db.query(
        `SELECT c.id FROM deconfliction_cases c JOIN agencies a ON a.id = c.querier_agency_id WHERE c.holder_lead_id = $1 AND a.acronym = 'BE-SIS'`,
        [leadId['ro-amber-notify']],
      );
      expect(seen[0].payload.textValues).toEqual([
        { name: 'agency', value: 'BE-SIS' },
        { name: 'case', value: caseId },
        { name: 'kind', value: 'PHONE' },
      ]);
      expect(JSON.stringify(seen[0].payload)).not.toMatch(/722 ?000 ?005|722000005/);
    } finally {
      socket.close();
    }
  });

  it('a share recipient with a redaction gets no selectors; the originator and an unredacted recipient do', async () => {
    const q = `{ lead(id: "${leadId[LEADS.recruiters.summary]}") { selectors { kind } } }`;
    expect((await as('nl', q)).data!.lead.selectors).toEqual([{ kind: 'PHONE' }]);
    expect((await as('ro', q)).data!.lead.selectors).toEqual([{ kind: 'PHONE' }]);
    expect((await as('be', q)).data!.lead.selectors).toEqual([]);
  });

  it("the lead's hit mode is its originator's: chosen or default, in force and explained", async () => {
    const q = (id: string) => `{ lead(id: "${id}") { hitMode { mode isDefault effectiveMode reason } } }`;
    expect((await as('ro', q(leadId['ro-red']))).data!.lead.hitMode).toEqual({ mode: 'REVEAL_HOLDER', isDefault: false, effectiveMode: 'NOTIFY_HOLDER_ONLY', reason: 'TLP_RED_NEVER_REVEALS' });
    expect((await as('ro', q(leadId['ro-green']))).data!.lead.hitMode).toEqual({ mode: 'REVEAL_HOLDER', isDefault: true, effectiveMode: 'REVEAL_HOLDER', reason: 'HOLDER_CHOSE_REVEAL' });
    expect((await as('ro', q(leadId[LEADS.recruiters.summary]))).data!.lead.hitMode).toBeNull();
  });

  it('a person past the daily budget (500) is refused with QUERY_BUDGET_EXHAUSTED, and the refusal is audited', async () => {
    const be = (await t.db.query(`SELECT id, agency_id FROM users WHERE email = $1`, [EMAIL.be]))[0];
    await t.db.query(`INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind) SELECT $1, $2, 'PHONE' FROM generate_series(1, 500)`, [be.agency_id, be.id]);
    const res = await phoneQuery('be', PHONE['ro-green']);
    expect(errorCode(res)).toBe('QUERY_BUDGET_EXHAUSTED');
    expect(res.errors![0].extensions).toMatchObject({ budget: 'PERSON', limit: 500 });
    const audited = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'SELECTOR_QUERY_REFUSED' AND actor_user_id = $1`, [be.id]);
    expect(audited.map((r: { details: Record<string, unknown> }) => [r.details['budget'], r.details['limit']])).toEqual([['PERSON', 500]]);
  });

  it("an agency past its daily budget (5,000) is refused for every person of it", async () => {
    const es = (await t.db.query(`SELECT id, agency_id FROM users WHERE email = $1`, [EMAIL.es]))[0];
    await t.db.query(`INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind, created_at) SELECT $1, $2, 'PHONE', now() - interval '1 hour' FROM generate_series(1, 5000)`, [es.agency_id, es.id]);
    const res = await phoneQuery('esMember', PHONE['ro-green']);
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_BUDGET_EXHAUSTED', budget: 'AGENCY', limit: 5000 });
  });

  it('every query and hit is in the audit chain, naming ids and kinds only', async () => {
    await sweep();
    const rows = await t.db.query(`SELECT action, details FROM audit_entries WHERE action IN ('SELECTOR_QUERIED', 'SELECTOR_HIT')`);
    expect(rows.filter((r: { action: string }) => r.action === 'SELECTOR_HIT').length).toBeGreaterThan(0);
    expect(rows.every((r: { details: Record<string, unknown> }) => r.details['kind'] === 'PHONE')).toBe(true);
  });

  it('after the run no table and no log line holds a plain selector value', async () => {
    const tables: Array<{ table_name: string }> = await t.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    let dump = '';
    for (const { table_name } of tables) {
      const rows: Array<{ j: string }> = await t.db.query(`SELECT row_to_json(x)::text AS j FROM "${table_name}" x`);
      dump += rows.map((r) => r.j).join('\n');
    }
    const text = `${dump}\n${logs.join('')}`;
    expect(dump.length).toBeGreaterThan(1000);
    for (const phone of [...Object.values(PHONE), UNUSED_PHONE, '0040712345678', '0712 345 678', '0712345678']) {
      const digits = phone.replace(/\D/g, '').slice(-9);
      expect(text).not.toContain(phone);
      expect(text).not.toContain(digits);
      expect(text).not.toContain(`+40${digits}`);
    }
  });
});
