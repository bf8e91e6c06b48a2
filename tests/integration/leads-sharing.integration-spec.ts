import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Sharing leads: preview (the engine's decision per recipient, now, from the stored agreements and rules), share,
 * approvals by the originating agency's liaison officers, revocation, acting on another agency's lead by id, and
 * potential victims' identities. Expected decisions are worked out by hand from the engine's README
 * (libs/domain/src/lib/sharing/README.md) and the agreements and rules built in `taskForce` below:
 *
 *   UN-TIP-PROTOCOL  BE ES NG NL RO TH; suspect, location, communications data; investigation, prosecution, prevention, analysis
 *   NL-RO-MLA        NL RO; all but health data; investigation, prosecution
 *   NLPOL-SPF-MOU    NL-POL + SPF; victim, health, location data; victim assistance
 *   NL-TH-PILOT      NL TH; expired 2023-12-31
 *   NL-1 WITHIN NL legal basis (Police Data Act) · NL-2 LEAVING NL: victim data only under a covering agreement,
 *   else REDACT · NL-3 LEAVING NL: health data → approval · NGO-1 ENTERING NGOs: suspect data → REDACT ·
 *   RO-1 LEAVING RO: victim and health data only under a covering agreement, else approval
 *
 * The recruiters lead is shared with RO-DIOC and BE-SIS, the organs lead with nobody.
 */

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia'; // NL-POL, AMBER, H2, victim+suspect+location, Danube
const ORGANS = 'Kidney sale offers to indebted workers, surgery arranged in Spain'; // RO-DIOC, RED named ES-BIP, H1+H3, victim+health+financial

const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL, COORDINATOR
  member: 'member@nl.test', // NL-POL, MEMBER
  nlLiaison: 'liaison@nl.test', // NL-POL, LIAISON_OFFICER
  liaison: 'liaison@ro.test', // RO-DIOC
  be: 'liaison@be.test', // BE-SIS
  iom: 'liaison@iom.test', // IOM
  analyst: 'analyst@europol.test', // Europol, ANALYST + LIAISON_OFFICER
  outsider: 'member@ng.test', // NG-NATA
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
} as const;
type Who = keyof typeof EMAIL;

const PREVIEW = `query($input: ShareLeadInput!) { previewLeadShare(input: $input) {
  recipientAgency { acronym } outcome redactedCategories legalBasis { kind id } reasons { code ref } conditions { code ref } summary existingShareStatus } }`;
const SHARE = 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id status outcome redactedCategories recipientAgency { acronym } } }';
const DECIDE = 'mutation($input: DecideLeadShareApprovalInput!) { decideLeadShareApproval(input: $input) { id status approvalReason } }';
const REVOKE = 'mutation($id: ID!) { revokeLeadShare(shareId: $id) { id status } }';

/** The task force: Danube Route and Coastal Harvest, the sharing law that decides the shares, and two leads (the sample task force). */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(...Object.values(AGENCIES));
  await f.person(PEOPLE[EMAIL.coordinator], PEOPLE[EMAIL.member], { ...PEOPLE[EMAIL.nlLiaison], name: 'Fleur Smit' }, PEOPLE[EMAIL.liaison], PEOPLE[EMAIL.be], PEOPLE[EMAIL.iom], PEOPLE[EMAIL.analyst], PEOPLE[EMAIL.outsider], PEOPLE[EMAIL.admin], PEOPLE['coordinator@th.test']);
  await f.operation(OPERATIONS.danube);
  await f.operation(OPERATIONS.coastal);
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU'], AGREEMENTS['NL-TH-PILOT']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead(LEADS.recruiters, LEADS.organs);
}

describe('leads: preview, share, approve, revoke', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const agencyId: Record<string, string> = {};
  let recruiters: string;
  let organs: string;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym] = a.id;
    const leads: Array<{ id: string; summary: string }> = await t.db.query('SELECT id, summary FROM leads');
    recruiters = leads.find((l) => l.summary === RECRUITERS)!.id;
    organs = leads.find((l) => l.summary === ORGANS)!.id;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  const byAcronym = (rows: any[]) => Object.fromEntries(rows.map((r) => [r.recipientAgency.acronym, r]));
  const codes = (reasons: Array<{ code: string; ref: string }>) => reasons.map((r) => `${r.code}:${r.ref}`);

  describe('previewLeadShare', () => {
    it('recruiters lead to every other agency of Danube Route, for investigation', async () => {
      const res = await as('coordinator', PREVIEW, { input: { leadId: recruiters, operationId: (await t.db.query(`SELECT id FROM operations WHERE name = 'Joint Operation Danube Route'`))[0].id, purpose: 'INVESTIGATION' } });
      expect(res.errors).toBeUndefined();
      const p = byAcronym(res.data!.previewLeadShare);
      expect(Object.keys(p).sort()).toEqual(['BE-SIS', 'ES-BIP', 'Europol', 'IOM', 'RO-DIOC', 'SPF']);
      // NL → RO: the bilateral MLA treaty covers victim data, so NL-2 is satisfied. Already shared (when built).
      expect(p['RO-DIOC']).toMatchObject({ outcome: 'ALLOW', redactedCategories: [], legalBasis: { kind: 'AGREEMENT', id: 'NL-RO-MLA' }, existingShareStatus: 'ACTIVE' });
      expect(codes(p['RO-DIOC'].reasons)).toEqual(expect.arrayContaining(['AGREEMENT_APPLIES:NL-RO-MLA', 'RULE_SATISFIED:NL-2']));
      // NL → BE / ES: only the UN protocol, which does not cover victim data → removed under NL-2.
      for (const acronym of ['BE-SIS', 'ES-BIP']) {
        expect(p[acronym]).toMatchObject({ outcome: 'ALLOW_REDACTED', redactedCategories: ['VICTIM_PERSONAL_DATA'], legalBasis: { kind: 'AGREEMENT', id: 'UN-TIP-PROTOCOL' } });
        expect(codes(p[acronym].reasons)).toEqual(expect.arrayContaining(['AGREEMENT_APPLIES:UN-TIP-PROTOCOL', 'RULE_REDACTS:NL-2']));
      }
      expect(p['BE-SIS'].existingShareStatus).toBe('ACTIVE');
      expect(p['ES-BIP'].existingShareStatus).toBeNull();
      // NL → international organisations: no agreement names them → approval; victim data removed regardless (NL-2).
      for (const acronym of ['Europol', 'IOM']) {
        expect(p[acronym]).toMatchObject({ outcome: 'REQUIRES_APPROVAL', redactedCategories: ['VICTIM_PERSONAL_DATA'], legalBasis: null });
        expect(codes(p[acronym].reasons)).toEqual(expect.arrayContaining(['NO_AGREEMENT:default:no-basis', 'RULE_REDACTS:NL-2']));
      }
      // NL-POL → SPF: domestic, basis NL-1; NGO-1 removes suspect data.
      expect(p['SPF']).toMatchObject({ outcome: 'ALLOW_REDACTED', redactedCategories: ['SUSPECT_PERSONAL_DATA'], legalBasis: { kind: 'NATIONAL_LAW', id: 'NL-1' } });
      expect(codes(p['SPF'].reasons)).toEqual(expect.arrayContaining(['RULE_LEGAL_BASIS:NL-1', 'RULE_REDACTS:NGO-1']));
      // H2 travels with the lead as a condition (first share: no approval needed for it).
      for (const acronym of ['BE-SIS', 'ES-BIP', 'RO-DIOC', 'SPF']) expect(codes(p[acronym].conditions)).toEqual(['H2_NO_ONWARD_SHARING:H2']);
    });

    it('recruiters lead to Thailand: the NL–TH pilot has expired, the UN protocol is the basis, victim data removed', async () => {
      const res = await as('coordinator', PREVIEW, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['TH-AHTD']], purpose: 'INVESTIGATION' } });
      const [p] = res.data!.previewLeadShare;
      expect(p).toMatchObject({ outcome: 'ALLOW_REDACTED', redactedCategories: ['VICTIM_PERSONAL_DATA'], legalBasis: { kind: 'AGREEMENT', id: 'UN-TIP-PROTOCOL' } });
      expect(codes(p.reasons)).toEqual(expect.arrayContaining(['RULE_REDACTS:NL-2']));
      expect(codes(p.reasons)).not.toContain('AGREEMENT_APPLIES:NL-TH-PILOT');
      expect(p.summary).toContain('victim personal data');
    });

    it('recruiters lead to the port authority (NL): domestic under NL-1, allowed as is', async () => {
      const res = await as('coordinator', PREVIEW, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['RPSA']], purpose: 'INVESTIGATION' } });
      expect(res.data!.previewLeadShare[0]).toMatchObject({ outcome: 'ALLOW', redactedCategories: [], legalBasis: { kind: 'NATIONAL_LAW', id: 'NL-1' } });
    });

    it('TLP:RED organ lead: DENY to an agency not named, approval to the named one (RO-1, financial data not covered)', async () => {
      const res = await as('liaison', PREVIEW, { input: { leadId: organs, recipientAgencyIds: [agencyId['BE-SIS'], agencyId['ES-BIP']], purpose: 'INVESTIGATION' } });
      const p = byAcronym(res.data!.previewLeadShare);
      expect(p['BE-SIS']).toMatchObject({ outcome: 'DENY', redactedCategories: [], legalBasis: null, conditions: [] });
      expect(codes(p['BE-SIS'].reasons)).toContain('TLP_RED_NOT_NAMED:TLP:RED');
      expect(p['ES-BIP']).toMatchObject({ outcome: 'REQUIRES_APPROVAL', redactedCategories: ['FINANCIAL_DATA'], legalBasis: { kind: 'AGREEMENT', id: 'UN-TIP-PROTOCOL' } });
      expect(codes(p['ES-BIP'].reasons)).toEqual(expect.arrayContaining(['TLP_RED_NAMED_RECIPIENT:TLP:RED', 'AGREEMENT_CATEGORY_NOT_COVERED:UN-TIP-PROTOCOL', 'RULE_REQUIRES_APPROVAL:RO-1']));
      expect(codes(p['ES-BIP'].conditions)).toEqual(['H1_NO_JUDICIAL_USE:H1', 'H3_CONDITION:H3']);
    });

    it('a DENY records nothing', async () => {
      const before = await t.db.query('SELECT count(*)::int AS n FROM lead_shares');
      const res = await as('liaison', SHARE, { input: { leadId: organs, recipientAgencyIds: [agencyId['BE-SIS']], purpose: 'INVESTIGATION' } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.shareLead).toEqual([]);
      expect(await t.db.query('SELECT count(*)::int AS n FROM lead_shares')).toEqual(before);
    });
  });

  describe('acting on another agency\'s lead by id', () => {
    const probes: Array<[string, string, (lead: string) => Record<string, unknown>]> = [
      ['previewLeadShare', PREVIEW, (lead) => ({ input: { leadId: lead, recipientAgencyIds: [randomUUID()], purpose: 'INVESTIGATION' } })],
      ['shareLead', SHARE, (lead) => ({ input: { leadId: lead, recipientAgencyIds: [randomUUID()], purpose: 'INVESTIGATION' } })],
    ];
    it.each(probes)('%s: unreadable lead = unknown id = NOT_FOUND (outsider, platform admin)', async (_name, query, vars) => {
      for (const who of ['outsider', 'admin'] as Who[]) {
        const forbidden = await as(who, query, vars(recruiters));
        const unknown = await as(who, query, vars(randomUUID()));
        expect(errorCode(forbidden)).toBe('NOT_FOUND');
        expect(forbidden.errors![0].message).toBe('Lead not found');
        expect(unknown.errors![0].message).toBe('Lead not found');
        expect(forbidden.data).toBeNull();
      }
    });

    // A recipient's writers may pass a lead on (onward share): see leads-onward.integration-spec.ts.
    it('a member may not share (FORBIDDEN)', async () => {
      const vars = { input: { leadId: recruiters, recipientAgencyIds: [agencyId['ES-BIP']], purpose: 'INVESTIGATION' } };
      expect(errorCode(await as('member', SHARE, vars))).toBe('FORBIDDEN');
    });

    it('shares of another agency\'s lead are NOT_FOUND for revocation and approval, recipients included', async () => {
      const [share] = await t.db.query(`SELECT s.id FROM lead_shares s JOIN agencies a ON a.id = s.recipient_agency_id WHERE a.acronym = 'RO-DIOC'`);
      for (const who of ['be', 'liaison', 'outsider', 'admin'] as Who[]) {
        const revoke = await as(who, REVOKE, { id: share.id });
        expect(errorCode(revoke)).toBe('NOT_FOUND');
        expect(revoke.errors![0].message).toBe('Lead share not found');
        const decide = await as(who, DECIDE, { input: { shareId: share.id, approve: true, reason: 'probe reason' } });
        expect(decide.errors![0].message).toBe('Lead share not found');
      }
      const unknown = await as('coordinator', REVOKE, { id: randomUUID() });
      expect(unknown.errors![0].message).toBe('Lead share not found');
    });
  });

  describe('approval by the originating agency\'s liaison officers', () => {
    it('REQUIRES_APPROVAL → pending (recipient reads nothing) → liaison notified live → approved → recipient reads the redacted lead; requester told', async () => {
      const liaisonSocket = await connectSocket(t.url, token.nlLiaison);
      sockets.push(liaisonSocket);
      const pushed = recordEvents(liaisonSocket, ['notification']);

      const shared = await as('coordinator', SHARE, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['IOM']], purpose: 'INVESTIGATION' } });
      expect(shared.errors).toBeUndefined();
      const [share] = shared.data!.shareLead;
      expect(share).toMatchObject({ status: 'PENDING_APPROVAL', outcome: 'REQUIRES_APPROVAL', redactedCategories: ['VICTIM_PERSONAL_DATA'], recipientAgency: { acronym: 'IOM' } });

      // Pending: IOM still reads nothing.
      expect((await as('iom', '{ leadCount }')).data!.leadCount).toBe(0);
      expect(errorCode(await as('iom', `{ lead(id: "${recruiters}") { id } }`))).toBe('NOT_FOUND');

      // The liaison officer is told — persisted and pushed — with no more than "a lead needs your attention" + a link.
      await waitFor(() => pushed.length > 0, 5000, 'approval notification');
      expect(pushed[0].payload).toMatchObject({ type: 'LEAD_APPROVAL_REQUESTED', title: 'A lead needs your attention', body: null, leadId: recruiters });
      const inbox = await as('nlLiaison', '{ notifications { type title body leadId } pendingLeadShareApprovals { id recipientAgency { acronym } } }');
      expect(inbox.data!.notifications).toEqual([{ type: 'LEAD_APPROVAL_REQUESTED', title: 'A lead needs your attention', body: null, leadId: recruiters }]);
      expect(inbox.data!.pendingLeadShareApprovals).toEqual([{ id: share.id, recipientAgency: { acronym: 'IOM' } }]);
      expect(JSON.stringify(pushed)).not.toContain('Romanian');

      // Only a liaison officer of the originating agency decides.
      expect(errorCode(await as('coordinator', DECIDE, { input: { shareId: share.id, approve: true, reason: 'self-approval' } }))).toBe('FORBIDDEN');
      expect(errorCode(await as('iom', DECIDE, { input: { shareId: share.id, approve: true, reason: 'self-approval' } }))).toBe('NOT_FOUND');
      expect(errorCode(await as('nlLiaison', DECIDE, { input: { shareId: share.id, approve: true, reason: '' } }))).toBe('BAD_USER_INPUT');

      const decided = await as('nlLiaison', DECIDE, { input: { shareId: share.id, approve: true, reason: 'IOM supports the return plan; derogation art. 38' } });
      expect(decided.data!.decideLeadShareApproval).toEqual({ id: share.id, status: 'ACTIVE', approvalReason: 'IOM supports the return plan; derogation art. 38' });
      expect(errorCode(await as('nlLiaison', DECIDE, { input: { shareId: share.id, approve: false, reason: 'second thoughts' } }))).toBe('BAD_USER_INPUT');

      // The recipient now reads the lead, victim data removed even after approval.
      expect((await as('iom', '{ leadCount }')).data!.leadCount).toBe(1);
      const lead = await as('iom', `{ lead(id: "${recruiters}") { details persons { role } redaction { categories } } }`);
      expect(lead.data!.lead).toEqual({ details: 'removed: victim personal data — rule NL-2', persons: [{ role: 'SUSPECT' }], redaction: { categories: ['VICTIM_PERSONAL_DATA'] } });

      // The requester is told, and the recipient's liaison officer too.
      const requester = await as('coordinator', '{ notifications { type title body leadId } }');
      expect(requester.data!.notifications.filter((n: any) => n.type.startsWith('LEAD_'))).toEqual([{ type: 'LEAD_APPROVAL_DECIDED', title: 'A lead needs your attention', body: null, leadId: recruiters }]);
      const recipient = await as('iom', '{ notifications { type } }');
      expect(recipient.data!.notifications.filter((n: any) => n.type.startsWith('LEAD_'))).toEqual([{ type: 'LEAD_SHARED' }]);
    });

    it('a refusal keeps the lead away from the recipient', async () => {
      const shared = await as('coordinator', SHARE, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['Europol']], purpose: 'INVESTIGATION' } });
      const [share] = shared.data!.shareLead;
      expect(share.status).toBe('PENDING_APPROVAL');
      const refused = await as('nlLiaison', DECIDE, { input: { shareId: share.id, approve: false, reason: 'No basis for Europol at this stage' } });
      expect(refused.data!.decideLeadShareApproval.status).toBe('REFUSED');
      expect((await as('analyst', '{ leadCount leads { id } }')).data).toEqual({ leadCount: 0, leads: [] });
      expect(errorCode(await as('analyst', `{ lead(id: "${recruiters}") { id } }`))).toBe('NOT_FOUND');
    });
  });

  describe('revocation', () => {
    it('takes effect at once: the next list, count and lead(id) no longer show the lead', async () => {
      expect((await as('be', '{ leadCount }')).data!.leadCount).toBe(1);
      const own = await as('coordinator', `{ lead(id: "${recruiters}") { shares { id status recipientAgency { acronym } } } }`);
      const beShare = own.data!.lead.shares.find((s: any) => s.recipientAgency.acronym === 'BE-SIS' && s.status === 'ACTIVE');
      expect(errorCode(await as('member', REVOKE, { id: beShare.id }))).toBe('FORBIDDEN');
      const revoked = await as('coordinator', REVOKE, { id: beShare.id });
      expect(revoked.data!.revokeLeadShare).toEqual({ id: beShare.id, status: 'REVOKED' });
      expect((await as('be', '{ leadCount leads { id } }')).data).toEqual({ leadCount: 0, leads: [] });
      const gone = await as('be', `{ lead(id: "${recruiters}") { id } }`);
      expect(errorCode(gone)).toBe('NOT_FOUND');
      expect(gone.errors![0].message).toBe('Lead not found');
      expect(errorCode(await as('coordinator', REVOKE, { id: beShare.id }))).toBe('BAD_USER_INPUT');
    });

    it('after revocation the originator can share again (a new decision is taken)', async () => {
      const again = await as('coordinator', SHARE, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['BE-SIS']], purpose: 'INVESTIGATION' } });
      expect(again.data!.shareLead).toEqual([expect.objectContaining({ status: 'ACTIVE', outcome: 'ALLOW_REDACTED' })]);
      expect((await as('be', '{ leadCount }')).data!.leadCount).toBe(1);
    });
  });
});
