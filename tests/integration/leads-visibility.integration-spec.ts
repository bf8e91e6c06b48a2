import { randomUUID } from 'node:crypto';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Need-to-know for leads as a matrix of users × leads × paths. Every expected value is written by hand from the
 * task force, sharing law and leads built in `taskForce` below (never computed by asking the API) — the sample task
 * force of tests/support/sample-task-force.ts:
 *
 *   recruiters — NL-POL's, Danube Route, TLP:AMBER, H2, VICTIM+SUSPECT+LOCATION;
 *                ACTIVE shares: RO-DIOC (ALLOW, NL-RO-MLA covers all), BE-SIS (ALLOW_REDACTED: victim data, rule NL-2 —
 *                UN-TIP-PROTOCOL does not cover victim data)
 *   brokers    — TH-AHTD's, Coastal Harvest, TLP:GREEN, H0; ACTIVE share: NG-NATA (ALLOW, UN-TIP-PROTOCOL)
 *   organs     — RO-DIOC's, TLP:RED named ES-BIP, H1+H3; no share (ES-BIP is named but has not been sent it)
 *   barge      — NL-POL's, TLP:AMBER+STRICT; ACTIVE share: SPF (ALLOW_REDACTED: suspect data, rule NGO-1; basis NL-1)
 *
 * A lead is readable by its originating agency and by agencies with an ACTIVE share — nobody else, platform admins
 * included (admin@jtf.test, JTF-SEC).
 */

const LEAD = {
  recruiters: 'Recruiters moving Romanian women through Rotterdam to Valencia',
  brokers: 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels',
  organs: 'Kidney sale offers to indebted workers, surgery arranged in Spain',
  barge: "Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria",
} as const;
type LeadKey = keyof typeof LEAD;
const LEAD_KEYS = Object.keys(LEAD) as LeadKey[];

const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL, COORDINATOR
  member: 'member@nl.test', // NL-POL, MEMBER
  liaison: 'liaison@ro.test', // RO-DIOC
  roAdmin: 'admin@ro.test', // RO-DIOC, AGENCY_ADMIN
  be: 'liaison@be.test', // BE-SIS
  es: 'liaison@es.test', // ES-BIP (named on the RED lead, not shared)
  ngo: 'liaison@spf.test', // SPF
  iom: 'liaison@iom.test', // IOM
  analyst: 'analyst@europol.test', // Europol
  outsider: 'member@ng.test', // NG-NATA
  th: 'coordinator@th.test', // TH-AHTD
  port: 'liaison@rpsa.test', // RPSA
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
} as const;
type Who = keyof typeof EMAIL;
const WHO = Object.keys(EMAIL) as Who[];

const READS: Record<Who, LeadKey[]> = {
  coordinator: ['recruiters', 'barge'],
  member: ['recruiters', 'barge'],
  liaison: ['recruiters', 'organs'],
  roAdmin: ['recruiters', 'organs'],
  be: ['recruiters'],
  es: [],
  ngo: ['barge'],
  iom: [],
  analyst: [],
  outsider: ['brokers'],
  th: ['brokers'],
  port: [],
  admin: [],
};

/** The task force: Danube Route and Coastal Harvest, the sharing law that decides the shares, and the four leads. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(...Object.values(AGENCIES));
  await f.person(...Object.values(EMAIL).map((email) => PEOPLE[email]));
  await f.operation(OPERATIONS.danube);
  await f.operation(OPERATIONS.coastal);
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead(LEADS.recruiters, LEADS.brokers, LEADS.organs, LEADS.barge);
}

describe('leads: need-to-know matrix (users × leads × paths)', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId = {} as Record<LeadKey, string>;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    for (const who of WHO) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    const rows: Array<{ id: string; summary: string }> = await t.db.query('SELECT id, summary FROM leads');
    for (const key of LEAD_KEYS) leadId[key] = rows.find((r) => r.summary === LEAD[key])!.id;
  });
  afterAll(() => t.close());

  it.each(WHO)('%s: query leads lists exactly the readable leads', async (who) => {
    const res = await as(who, '{ leads { id summary } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.leads.map((l: { summary: string }) => l.summary).sort()).toEqual(READS[who].map((k) => LEAD[k]).sort());
  });

  it.each(WHO)('%s: leadCount counts the same set', async (who) => {
    const res = await as(who, '{ leadCount }');
    expect(res.data!.leadCount).toBe(READS[who].length);
  });

  const cells = WHO.flatMap((who) => LEAD_KEYS.map((lead) => [who, lead] as [Who, LeadKey]));
  it.each(cells)('%s × %s: lead(id) with nested fields, or NOT_FOUND like an unknown id', async (who, lead) => {
    const query = '{ lead(id: "ID") { id summary originatingAgency { acronym } persons { role } shares { status recipientAgency { acronym } } } }';
    const res = await as(who, query.replace('ID', leadId[lead]));
    if (READS[who].includes(lead)) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.lead.summary).toBe(LEAD[lead]);
      return;
    }
    const unknown = await as(who, query.replace('ID', randomUUID()));
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toBe('Lead not found');
    expect(res.data).toBeNull();
    expect({ ...res, errors: res.errors!.map((e) => ({ ...e, locations: undefined })) }).toEqual({ ...unknown, errors: unknown.errors!.map((e) => ({ ...e, locations: undefined })) });
  });

  it('a malformed id is NOT_FOUND too', async () => {
    const res = await as('coordinator', '{ lead(id: "abc") { id } }');
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toBe('Lead not found');
  });

  it('nested shares: the originator sees every share, a recipient only its own', async () => {
    const q = `{ lead(id: "${'$'}ID") { shares { status outcome redactedCategories recipientAgency { acronym } legalBasis { kind id } } } }`;
    const nl = await as('coordinator', q.replace('$ID', leadId.recruiters));
    expect(
      nl.data!.lead.shares.map((s: any) => [s.recipientAgency.acronym, s.status, s.outcome, s.redactedCategories, s.legalBasis?.id]).sort(),
    ).toEqual([
      ['BE-SIS', 'ACTIVE', 'ALLOW_REDACTED', ['VICTIM_PERSONAL_DATA'], 'UN-TIP-PROTOCOL'],
      ['RO-DIOC', 'ACTIVE', 'ALLOW', [], 'NL-RO-MLA'],
    ]);
    const be = await as('be', q.replace('$ID', leadId.recruiters));
    expect(be.data!.lead.shares.map((s: any) => s.recipientAgency.acronym)).toEqual(['BE-SIS']);
    const spf = await as('coordinator', q.replace('$ID', leadId.barge));
    expect(spf.data!.lead.shares.map((s: any) => [s.recipientAgency.acronym, s.outcome, s.redactedCategories, s.legalBasis])).toEqual([
      ['SPF', 'ALLOW_REDACTED', ['SUSPECT_PERSONAL_DATA'], { kind: 'NATIONAL_LAW', id: 'NL-1' }],
    ]);
  });

  it('nested operation: shown only to agencies taking part in it', async () => {
    const q = `{ lead(id: "${leadId.recruiters}") { operation { name } } }`;
    expect((await as('coordinator', q)).data!.lead.operation).toEqual({ name: 'Joint Operation Danube Route' });
    expect((await as('be', q)).data!.lead.operation).toEqual({ name: 'Joint Operation Danube Route' });
    const brokers = `{ lead(id: "${leadId.brokers}") { operation { name } } }`;
    expect((await as('outsider', brokers)).data!.lead.operation).toEqual({ name: 'Joint Operation Coastal Harvest' });
  });

  it('TLP:RED named recipients are shown to the originator only; markings as stored', async () => {
    const res = await as('liaison', `{ lead(id: "${leadId.organs}") { tlp grade handlingCodes handlingCondition namedRecipients { acronym } route { country role } } }`);
    expect(res.data!.lead).toEqual({
      tlp: 'RED',
      grade: 'A1',
      handlingCodes: ['H1', 'H3'],
      handlingCondition: 'Not to be acted on before the joint action day; contact RO-DIOC first.',
      namedRecipients: [{ acronym: 'ES-BIP' }],
      route: [
        { country: 'RO', role: 'ORIGIN' },
        { country: 'ES', role: 'DESTINATION' },
      ],
    });
  });

  describe('a recipient reads the server-side projection its share allows', () => {
    const full = '{ lead(id: "ID") { details dataCategories persons { role name pseudonym description } redaction { categories notice reasons { code ref } } viewerIsOriginator } }';

    it('BE-SIS gets the recruiters lead without victim data, and the raw JSON holds none of it', async () => {
      const raw = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.be}` },
        body: JSON.stringify({ query: full.replace('ID', leadId.recruiters) }),
      }).then((r) => r.text());
      const lead = JSON.parse(raw).data.lead;
      expect(lead.details).toBe('removed: victim personal data — rule NL-2');
      expect(lead.dataCategories).toEqual(['SUSPECT_PERSONAL_DATA', 'LOCATION_DATA']);
      expect(lead.persons).toEqual([{ role: 'SUSPECT', name: 'Dorin Vlasic (fictional)', pseudonym: null, description: 'recruiter, Constanța' }]);
      expect(lead.redaction).toEqual({ categories: ['VICTIM_PERSONAL_DATA'], notice: 'removed: victim personal data — rule NL-2', reasons: [{ code: 'RULE_REDACTS', ref: 'NL-2' }] });
      expect(lead.viewerIsOriginator).toBe(false);
      expect(raw).not.toContain('POTENTIAL_VICTIM');
      expect(raw).not.toContain('PV-');
      expect(raw).not.toContain('woman, 20');
      expect(raw).not.toContain('hotline');
    });

    it('RO-DIOC gets it whole (the MLA treaty covers every category), victims under a pseudonym only', async () => {
      const res = await as('liaison', full.replace('ID', leadId.recruiters));
      expect(res.data!.lead.redaction).toBeNull();
      expect(res.data!.lead.details).toContain('hotline');
      expect(res.data!.lead.persons.map((p: any) => p.role)).toEqual(['SUSPECT', 'POTENTIAL_VICTIM']);
      const victim = res.data!.lead.persons[1];
      expect(victim.name).toBeNull();
      expect(victim.pseudonym).toMatch(/^PV-[0-9A-F]{6}$/);
    });

    it('SPF gets the barge lead without suspect data (rule NGO-1)', async () => {
      const raw = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.ngo}` },
        body: JSON.stringify({ query: full.replace('ID', leadId.barge) }),
      }).then((r) => r.text());
      const lead = JSON.parse(raw).data.lead;
      expect(lead.details).toBe('removed: suspect personal data — rule NGO-1');
      expect(lead.persons.map((p: any) => p.role)).toEqual(['POTENTIAL_VICTIM']);
      expect(lead.dataCategories).toEqual(['VICTIM_PERSONAL_DATA', 'LOCATION_DATA']);
      expect(raw).not.toContain('Dekkers');
      expect(raw).not.toContain('skipper');
    });

    it('the originator reads its lead whole', async () => {
      const res = await as('member', full.replace('ID', leadId.barge));
      expect(res.data!.lead.redaction).toBeNull();
      expect(res.data!.lead.viewerIsOriginator).toBe(true);
      expect(res.data!.lead.persons.map((p: any) => p.role)).toEqual(['SUSPECT', 'POTENTIAL_VICTIM']);
    });
  });

  it.each(WHO)('%s: no notification mentions a lead stored before the tests', async (who) => {
    const res = await as(who, '{ notifications(take: 200) { type title body } }');
    expect(res.data!.notifications.filter((n: any) => n.type.startsWith('LEAD_'))).toEqual([]);
  });
});
