import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * leadRoutes: the legs of the routes of the leads a viewer may read, per (from, to) country pair. Every expected
 * leg below is worked out by hand from the leads built in `taskForce` below (never by asking the API) — the sample
 * task force of tests/support/sample-task-force.ts, its operations named Danube Route and Coastal Harvest:
 *
 *   recruiters — NL-POL's, TLP:AMBER,        route RO → NL → ES  : legs RO→NL, NL→ES
 *                ACTIVE shares RO-DIOC, BE-SIS
 *   brokers    — TH-AHTD's, TLP:GREEN,       route NG → TH       : leg NG→TH; ACTIVE share NG-NATA
 *   organs     — RO-DIOC's, TLP:RED,         route RO → ES       : leg RO→ES; no share
 *   barge      — NL-POL's, TLP:AMBER+STRICT, route NG → ES → NL  : legs NG→ES, ES→NL; ACTIVE share SPF
 *                (suspect data redacted for the NGO; the route travels with the lead, so SPF's map shows it)
 *
 * Nobody but the originating agency and ACTIVE share holders sees a lead's legs — platform admins included.
 */

const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL
  member: 'member@nl.test', // NL-POL
  liaison: 'liaison@ro.test', // RO-DIOC
  roAdmin: 'admin@ro.test', // RO-DIOC
  be: 'liaison@be.test', // BE-SIS
  es: 'liaison@es.test', // ES-BIP (named on the RED lead, never sent it)
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

const SUMMARY = {
  recruiters: 'Recruiters moving Romanian women through Rotterdam to Valencia',
  brokers: 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels',
  organs: 'Kidney sale offers to indebted workers, surgery arranged in Spain',
  barge: 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria',
} as const;
type LeadKey = keyof typeof SUMMARY;

/** Expected legs per viewer: [from, to, leads, worst TLP, the leads], sorted by count desc, then from, then to. */
type Leg = [string, string, number, string, LeadKey[]];
const NL_POL: Leg[] = [
  ['ES', 'NL', 1, 'AMBER_STRICT', ['barge']],
  ['NG', 'ES', 1, 'AMBER_STRICT', ['barge']],
  ['NL', 'ES', 1, 'AMBER', ['recruiters']],
  ['RO', 'NL', 1, 'AMBER', ['recruiters']],
];
const RO_DIOC: Leg[] = [
  ['NL', 'ES', 1, 'AMBER', ['recruiters']],
  ['RO', 'ES', 1, 'RED', ['organs']],
  ['RO', 'NL', 1, 'AMBER', ['recruiters']],
];
const BROKERS: Leg[] = [['NG', 'TH', 1, 'GREEN', ['brokers']]];
const EXPECTED: Record<Who, Leg[]> = {
  coordinator: NL_POL,
  member: NL_POL,
  liaison: RO_DIOC,
  roAdmin: RO_DIOC,
  be: [
    ['NL', 'ES', 1, 'AMBER', ['recruiters']],
    ['RO', 'NL', 1, 'AMBER', ['recruiters']],
  ],
  es: [],
  ngo: [
    ['ES', 'NL', 1, 'AMBER_STRICT', ['barge']],
    ['NG', 'ES', 1, 'AMBER_STRICT', ['barge']],
  ],
  iom: [],
  analyst: [],
  outsider: BROKERS,
  th: BROKERS,
  port: [],
  admin: [],
};

const ROUTES = '{ leadRoutes { from to leads tlp leadIds } }';

/** The task force: Danube Route and Coastal Harvest, the sharing law that decides the shares, and the four leads. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(...Object.values(AGENCIES));
  await f.person(...Object.values(EMAIL).map((email) => PEOPLE[email]));
  await f.operation({ ...OPERATIONS.danube, name: 'Danube Route' });
  await f.operation({ ...OPERATIONS.coastal, name: 'Coastal Harvest' });
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead({ ...LEADS.recruiters, operation: 'Danube Route' }, { ...LEADS.brokers, operation: 'Coastal Harvest' }, LEADS.organs, LEADS.barge);
}

describe('leadRoutes: the map shows exactly the legs of the leads each viewer may read', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId = {} as Record<LeadKey, string>;
  const routes = async (who: Who) => {
    const res = await gql(t.url, ROUTES, {}, token[who]);
    expect(res.errors).toBeUndefined();
    return res.data!.leadRoutes as Array<{ from: string; to: string; leads: number; tlp: string; leadIds: string[] }>;
  };
  const expected = (legs: Leg[]) =>
    legs.map(([from, to, leads, tlp, keys]) => ({ from, to, leads, tlp, leadIds: keys.map((k) => leadId[k]).sort() }));

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    for (const who of WHO) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    const rows: Array<{ id: string; summary: string }> = await t.db.query('SELECT id::text AS id, summary FROM leads');
    for (const key of Object.keys(SUMMARY) as LeadKey[]) leadId[key] = rows.find((r) => r.summary === SUMMARY[key])!.id;
  });
  afterAll(() => t?.close());

  it.each(WHO)('%s sees exactly the legs of the leads it may read', async (who) => {
    expect(await routes(who)).toEqual(expected(EXPECTED[who]));
  });

  it('every leg shown is a leg of the route as the viewer’s own lead projection shows it', async () => {
    for (const who of WHO) {
      const res = await gql(t.url, '{ leads { id route { country } } }', {}, token[who]);
      const fromProjection = new Set<string>();
      for (const lead of res.data!.leads as Array<{ id: string; route: Array<{ country: string }> }>) {
        for (let i = 1; i < lead.route.length; i++) fromProjection.add(`${lead.route[i - 1].country}>${lead.route[i].country}`);
      }
      expect(new Set((await routes(who)).map((l) => `${l.from}>${l.to}`))).toEqual(fromProjection);
    }
  });

  it('without a token: UNAUTHENTICATED', async () => {
    const res = await gql(t.url, ROUTES);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('aggregates a leg shared by two leads: count 2, the worst TLP, both lead ids', async () => {
    const created = await gql(
      t.url,
      `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      {
        input: {
          summary: 'Second recruitment route through Rotterdam (test)',
          details: 'Test lead for the route map.',
          formOfExploitation: 'SEXUAL_EXPLOITATION',
          route: [
            { country: 'RO', role: 'ORIGIN' },
            { country: 'NL', role: 'TRANSIT' },
            { country: 'BE', role: 'DESTINATION' },
          ],
          dataCategories: ['LOCATION_DATA'],
          tlp: 'RED',
          namedRecipientAgencyIds: [],
          sourceReliability: 'B',
          informationCredibility: 'PROBABLY_TRUE',
          handlingCodes: [],
        },
      },
      token.coordinator,
    );
    expect(created.errors).toBeUndefined();
    const id: string = created.data!.createLead.id;
    // By hand: RO→NL now has recruiters (AMBER) and the new lead (RED) → 2 leads, RED; NL→BE is new, 1 lead, RED.
    expect(await routes('coordinator')).toEqual([
      { from: 'RO', to: 'NL', leads: 2, tlp: 'RED', leadIds: [leadId.recruiters, id].sort() },
      ...expected([
        ['ES', 'NL', 1, 'AMBER_STRICT', ['barge']],
        ['NG', 'ES', 1, 'AMBER_STRICT', ['barge']],
        ['NL', 'ES', 1, 'AMBER', ['recruiters']],
      ]),
      { from: 'NL', to: 'BE', leads: 1, tlp: 'RED', leadIds: [id] },
    ].sort((a, b) => b.leads - a.leads || (a.from + a.to < b.from + b.to ? -1 : 1)));
    // Nobody else reads the new lead: the Belgian map is unchanged.
    expect(await routes('be')).toEqual(expected(EXPECTED.be));
  });

  it('a revoked share removes the legs at once', async () => {
    const lead = await gql(t.url, 'query($id: ID!) { lead(id: $id) { shares { id status recipientAgency { acronym } } } }', { id: leadId.recruiters }, token.coordinator);
    const share = (lead.data!.lead.shares as Array<{ id: string; status: string; recipientAgency: { acronym: string } }>).find((s) => s.recipientAgency.acronym === 'BE-SIS')!;
    expect(share.status).toBe('ACTIVE');
    const revoked = await gql(t.url, 'mutation($id: ID!) { revokeLeadShare(shareId: $id) { status } }', { id: share.id }, token.coordinator);
    expect(revoked.data!.revokeLeadShare.status).toBe('REVOKED');
    expect(await routes('be')).toEqual([]);
    // The Romanian share is untouched.
    expect(await routes('liaison')).toEqual(expected(RO_DIOC));
  });
});
