import { LeadPersonRole, LeadStatus, RouteRole } from '@taskforce/api-leads';
import { AgencyKind, DataCategory, FormOfExploitation, HandlingCode, InformationCredibility, OperationStatus, Role, SharingPurpose, SourceReliability, TlpLabel } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';

/**
 * leadRoutes: the legs of the routes of the leads a viewer may read, per (from, to) country pair. Every expected
 * leg below is worked out by hand from the leads built in `taskForce` below (never by asking the API):
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

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, FINANCIAL_DATA: FINANCIAL, LOCATION_DATA: LOCATION, COMMUNICATIONS_DATA: COMMS } = DataCategory;

/** The task force: Danube Route and Coastal Harvest, the sharing law that decides the shares, and the four leads. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(
    { acronym: 'NL-POL', country: 'NL' },
    { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
    { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
    { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
    { acronym: 'SPF', kind: AgencyKind.NGO, country: 'NL' },
    { acronym: 'IOM', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
    { acronym: 'Europol', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
    { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
    { acronym: 'TH-AHTD', country: 'TH' },
    { acronym: 'RPSA', kind: AgencyKind.OTHER, country: 'NL' },
    { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
  );
  await f.person(
    { email: EMAIL.coordinator, name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
    { email: EMAIL.member, name: 'Pieter Jansen', agency: 'NL-POL' },
    { email: EMAIL.liaison, name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
    { email: EMAIL.roAdmin, name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
    { email: EMAIL.be, name: 'Lucas Peeters', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
    { email: EMAIL.es, name: 'Carmen García', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
    { email: EMAIL.ngo, name: 'Sophie Bakker', agency: 'SPF', roles: [Role.LIAISON_OFFICER] },
    { email: EMAIL.iom, name: 'Amina Yusuf', agency: 'IOM', roles: [Role.LIAISON_OFFICER] },
    { email: EMAIL.analyst, name: 'Marek Nowak', agency: 'Europol', roles: [Role.ANALYST, Role.LIAISON_OFFICER] },
    { email: EMAIL.outsider, name: 'Chinedu Okafor', agency: 'NG-NATA' },
    { email: EMAIL.th, name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
    { email: EMAIL.port, name: 'Jan Visser', agency: 'RPSA', roles: [Role.LIAISON_OFFICER] },
    { email: EMAIL.admin, name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
  );
  await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF'], participants: ['Europol', 'IOM'], coordinators: [EMAIL.coordinator], countries: ['NL', 'RO', 'BE', 'ES'] });
  await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], participants: ['IOM'], coordinators: [EMAIL.th], status: OperationStatus.PLANNED, countries: ['TH', 'NG'] });
  await f.agreement(
    AGREEMENTS['UN-TIP-PROTOCOL'],
    AGREEMENTS['NL-RO-MLA'],
    AGREEMENTS['NLPOL-SPF-MOU'],
  );
  await f.rule(
    RULES['NL-1'],
    RULES['NL-2'],
    RULES['NL-3'],
    RULES['NGO-1'],
    RULES['RO-1'],
  );
  await f.lead(
    {
      summary: SUMMARY.recruiters,
      by: EMAIL.coordinator,
      operation: 'Danube Route',
      details: 'Two recruiters advertise hospitality jobs in Constanța; the women travel by minibus via Rotterdam to Valencia. A potential victim called the shelter hotline.',
      formOfExploitation: FormOfExploitation.SEXUAL_EXPLOITATION,
      route: [{ country: 'RO', role: RouteRole.ORIGIN }, { country: 'NL', role: RouteRole.TRANSIT }, { country: 'ES', role: RouteRole.DESTINATION }],
      dataCategories: [VICTIM, SUSPECT, LOCATION],
      handlingCodes: [HandlingCode.H2],
      status: LeadStatus.UNDER_ASSESSMENT,
      persons: [{ role: LeadPersonRole.SUSPECT, name: 'Dorin Vlasic (fictional)', description: 'recruiter, Constanța' }, { role: LeadPersonRole.POTENTIAL_VICTIM, description: 'woman, 20–24' }],
      shares: [{ to: 'RO-DIOC', purpose: SharingPurpose.INVESTIGATION }, { to: 'BE-SIS', purpose: SharingPurpose.INVESTIGATION }],
    },
    {
      summary: SUMMARY.brokers,
      by: EMAIL.th,
      operation: 'Coastal Harvest',
      details: 'A broker known as "Captain Sunny" collects passports in Lagos; vessels sail from Songkhla. Phone numbers from recruitment chats attached.',
      route: [{ country: 'NG', role: RouteRole.ORIGIN }, { country: 'TH', role: RouteRole.DESTINATION }],
      dataCategories: [SUSPECT, LOCATION, COMMS],
      tlp: TlpLabel.GREEN,
      sourceReliability: SourceReliability.C,
      informationCredibility: InformationCredibility.POSSIBLY_TRUE,
      persons: [{ role: LeadPersonRole.SUSPECT, name: '"Captain Sunny" (fictional)', description: 'broker, Lagos' }],
      shares: [{ to: 'NG-NATA', purpose: SharingPurpose.INVESTIGATION }],
    },
    {
      summary: SUMMARY.organs,
      by: EMAIL.liaison,
      details: 'Debt collectors offer to clear debts against a kidney; medical screening in Bucharest, payments through a money-transfer shop.',
      formOfExploitation: FormOfExploitation.REMOVAL_OF_ORGANS,
      route: [{ country: 'RO', role: RouteRole.ORIGIN }, { country: 'ES', role: RouteRole.DESTINATION }],
      dataCategories: [VICTIM, HEALTH, FINANCIAL],
      tlp: TlpLabel.RED,
      sourceReliability: SourceReliability.A,
      informationCredibility: InformationCredibility.CONFIRMED,
      handlingCodes: [HandlingCode.H1, HandlingCode.H3],
      handlingCondition: 'Not to be acted on before the joint action day; contact RO-DIOC first.',
      named: ['ES-BIP'],
      persons: [{ role: LeadPersonRole.POTENTIAL_VICTIM, description: 'man, 30–34' }],
    },
    {
      summary: SUMMARY.barge,
      by: EMAIL.coordinator,
      details: 'Crew work 16-hour shifts without pay; the skipper keeps their papers. Two crew members were referred to the shelter.',
      route: [{ country: 'NG', role: RouteRole.ORIGIN }, { country: 'ES', role: RouteRole.TRANSIT }, { country: 'NL', role: RouteRole.DESTINATION }],
      dataCategories: [VICTIM, SUSPECT, LOCATION],
      tlp: TlpLabel.AMBER_STRICT,
      informationCredibility: InformationCredibility.POSSIBLY_TRUE,
      handlingCodes: [],
      status: LeadStatus.ACTIONED,
      persons: [{ role: LeadPersonRole.SUSPECT, name: 'Hendrik Dekkers (fictional)', description: 'skipper' }, { role: LeadPersonRole.POTENTIAL_VICTIM, description: 'man, 25–29' }],
      shares: [{ to: 'SPF', purpose: SharingPurpose.VICTIM_ASSISTANCE }],
    },
  );
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
