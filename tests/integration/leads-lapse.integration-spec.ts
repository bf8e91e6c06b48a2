import { EventBus } from '@taskforce/api-core';
import { ShareLapseService } from '@taskforce/api-leads';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Shares that follow the law at once: an admin's change of a rule or agreement, an agreement's in-force
 * period running out, and an agency leaving a joint operation. Expected outcomes are worked out by hand from the
 * engine's README (libs/domain/src/lib/sharing/README.md) and the task force, sharing law and leads built in
 * `taskForce` below:
 *
 *   Shares built there (all first shares by the originator, for investigation unless said otherwise):
 *   - recruiters (NL-POL; victim, suspect, location data; AMBER, H2) → RO-DIOC: NL-RO-MLA covers all three → ALLOW.
 *   - recruiters → BE-SIS: only UN-TIP-PROTOCOL (suspect, location) → victim data removed by NL-2 → ALLOW_REDACTED.
 *   - coastal brokers (TH-AHTD; suspect, location, communications) → NG-NATA: UN-TIP-PROTOCOL covers all → ALLOW.
 *   - barge crew (NL-POL → SPF, victim assistance): domestic, NL-1 → suspect data removed by NGO-1 → ALLOW_REDACTED.
 *
 * The realtime gateway of this branch has no handler for `lead.changed` yet (another change adds it to
 * libs/api/realtime), so the pushes are checked on the EventBus, and the rest on the stored state and the API.
 */

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia';
const COASTAL = 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels';

const EMAIL = {
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
  coordinator: 'coordinator@nl.test', // NL-POL, coordinator of Danube Route
  nlLiaison: 'liaison@nl.test', // NL-POL, LIAISON_OFFICER
  liaison: 'liaison@ro.test', // RO-DIOC
  be: 'liaison@be.test', // BE-SIS
  es: 'liaison@es.test', // ES-BIP
  outsider: 'member@ng.test', // NG-NATA
  ngo: 'liaison@spf.test', // SPF
} as const;
type Who = keyof typeof EMAIL;

const LEAD = `query($id: ID!) { lead(id: $id) { id dataCategories persons { role name } redaction { categories notice } } }`;
const LIST = `{ leads { id } leadCount }`;
const UPDATE_AGREEMENT = 'mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id version status } }';
const CREATE_AGREEMENT = 'mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version } }';
const CREATE_RULE = 'mutation($input: CreateJurisdictionRuleInput!) { createJurisdictionRule(input: $input) { id currentVersion } }';
const RETIRE_RULE = 'mutation($id: String!, $v: Int!) { retireJurisdictionRule(id: $id, expectedVersion: $v) { id retired } }';
const SHARE = 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id status outcome recipientAgency { acronym } } }';

type LeadChanged = { leadId: string; change: string; agencyIds: string[] };

/** Danube Route and Coastal Harvest, the sharing law that decides the shares, and the four leads (the sample task force). */
async function taskForce(t: TestApp): Promise<FixtureBuilder> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['IOM'], AGENCIES['Europol'], AGENCIES['NG-NATA'], AGENCIES['TH-AHTD'], AGENCIES['JTF-SEC']);
  await f.person(PEOPLE[EMAIL.admin], PEOPLE[EMAIL.coordinator], { ...PEOPLE[EMAIL.nlLiaison], name: 'Fleur Smit' }, PEOPLE[EMAIL.liaison], PEOPLE[EMAIL.be], PEOPLE[EMAIL.es], PEOPLE[EMAIL.outsider], PEOPLE[EMAIL.ngo], PEOPLE['coordinator@th.test']);
  await f.operation(OPERATIONS.danube);
  await f.operation(OPERATIONS.coastal);
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU'], AGREEMENTS['NL-TH-PILOT']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead(LEADS.recruiters, LEADS.brokers, LEADS.organs, LEADS.barge);
  return f;
}

describe('leads: shares lapse or narrow when the law changes', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const agencyId: Record<string, string> = {};
  let recruiters: string;
  let coastal: string;
  let nlLiaisonId: string;
  let lapse: ShareLapseService;
  const events: LeadChanged[] = [];
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const visible = async (who: Who): Promise<{ ids: string[]; count: number }> => {
    const res = await as(who, LIST);
    expect(res.errors).toBeUndefined();
    return { ids: res.data!.leads.map((l: { id: string }) => l.id), count: res.data!.leadCount };
  };
  const share = async (leadId: string, acronym: string) =>
    (await t.db.query(`SELECT id, status, outcome, redacted_categories::text[] AS redacted_categories, lapse_reason, basis_valid_until, legal_basis->>'id' AS basis FROM lead_shares WHERE lead_id = $1 AND recipient_agency_id = $2 ORDER BY created_at DESC LIMIT 1`, [leadId, agencyId[acronym]]))[0];
  const sorted = (...acronyms: string[]) => acronyms.map((a) => agencyId[a]).sort();

  beforeAll(async () => {
    t = await startTestApp({ LEAD_LAPSE_CHECK_SECONDS: '0' }, { demoData: false });
    const f = await taskForce(t);
    nlLiaisonId = f.people[EMAIL.nlLiaison];
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym] = a.id;
    const leads: Array<{ id: string; summary: string }> = await t.db.query('SELECT id, summary FROM leads');
    recruiters = leads.find((l) => l.summary === RECRUITERS)!.id;
    coastal = leads.find((l) => l.summary === COASTAL)!.id;
    lapse = t.app.get(ShareLapseService);
    t.app.get(EventBus).on('lead.changed', (e) => {
      events.push(e);
    });
  });
  afterAll(() => t.close());

  it('the shares built here are as worked out by hand', async () => {
    expect(await share(recruiters, 'RO-DIOC')).toMatchObject({ status: 'ACTIVE', outcome: 'ALLOW', redacted_categories: [], basis: 'NL-RO-MLA', basis_valid_until: null });
    expect(await share(recruiters, 'BE-SIS')).toMatchObject({ status: 'ACTIVE', outcome: 'ALLOW_REDACTED', redacted_categories: ['VICTIM_PERSONAL_DATA'], basis: 'UN-TIP-PROTOCOL' });
    expect(await share(coastal, 'NG-NATA')).toMatchObject({ status: 'ACTIVE', outcome: 'ALLOW', basis: 'UN-TIP-PROTOCOL' });
  });

  describe('a rule change that adds a redaction', () => {
    it('the recipient sees the field removed at once, and retiring the rule does not give it back', async () => {
      const before = await as('liaison', LEAD, { id: recruiters });
      expect(before.data!.lead.persons.map((p: any) => p.role)).toEqual(['SUSPECT', 'POTENTIAL_VICTIM']);
      expect(before.data!.lead.redaction).toBeNull();
      events.length = 0;

      // NL-9: suspect personal data leaving the Netherlands is removed. RO-DIOC's ALLOW becomes ALLOW_REDACTED
      // (suspect); BE-SIS already lost victim data and now loses suspect data too; SPF is domestic (not LEAVING).
      const created = await as('admin', CREATE_RULE, {
        input: {
          id: 'NL-9',
          scopeJson: JSON.stringify({ kind: 'COUNTRY', country: 'NL' }),
          flows: ['LEAVING'],
          conditionJson: JSON.stringify({ kind: 'RESTRICT_CATEGORIES', categories: ['SUSPECT_PERSONAL_DATA'], effect: 'REDACT' }),
          text: 'Suspect personal data does not leave the Netherlands (test rule).',
        },
      });
      expect(created.errors).toBeUndefined();

      const after = await as('liaison', LEAD, { id: recruiters });
      expect(after.data!.lead.persons).toEqual([{ role: 'POTENTIAL_VICTIM', name: null }]);
      expect(after.data!.lead.dataCategories).toEqual(['VICTIM_PERSONAL_DATA', 'LOCATION_DATA']);
      expect(after.data!.lead.redaction.categories).toEqual(['SUSPECT_PERSONAL_DATA']);
      expect(after.data!.lead.redaction.notice).toContain('rule NL-9');
      const be = await as('be', LEAD, { id: recruiters });
      expect(be.data!.lead.persons).toEqual([]);
      expect(be.data!.lead.redaction.categories).toEqual(['VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA']);
      const ngo = await t.db.query(`SELECT redacted_categories::text[] AS redacted_categories FROM lead_shares WHERE recipient_agency_id = $1`, [agencyId['SPF']]);
      expect(ngo).toEqual([{ redacted_categories: ['SUSPECT_PERSONAL_DATA'] }]);

      await waitFor(() => events.length > 0, 5000, 'lead.changed');
      expect(events).toEqual([{ leadId: recruiters, change: 'UPDATED', agencyIds: sorted('NL-POL', 'RO-DIOC', 'BE-SIS') }]);
      expect(Number((await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'LEAD_SHARE_NARROWED'`))[0].n)).toBe(2);

      // Retiring NL-9 would allow more again, but an existing share is never widened silently.
      expect((await as('admin', RETIRE_RULE, { id: 'NL-9', v: 1 })).errors).toBeUndefined();
      const still = await as('liaison', LEAD, { id: recruiters });
      expect(still.data!.lead.persons).toEqual([{ role: 'POTENTIAL_VICTIM', name: null }]);
      expect(await share(recruiters, 'RO-DIOC')).toMatchObject({ status: 'ACTIVE', redacted_categories: ['SUSPECT_PERSONAL_DATA'], basis: 'NL-RO-MLA' });
    });
  });

  describe('an admin ends an agreement', () => {
    it('shares resting on it that have no other basis lapse: NOT_FOUND, list and count drop by one, lead.changed, originator told', async () => {
      const be0 = await visible('be');
      const ng0 = await visible('outsider');
      const ro0 = await visible('liaison');
      expect(be0.ids).toContain(recruiters);
      expect(ng0.ids).toContain(coastal);
      events.length = 0;
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

      const res = await as('admin', UPDATE_AGREEMENT, { input: { id: 'UN-TIP-PROTOCOL', expectedVersion: 1, inForceTo: yesterday } });
      expect(res.data!.updateAgreement).toEqual({ id: 'UN-TIP-PROTOCOL', version: 2, status: 'EXPIRED' });

      // NL → BE and TH → NG have no other agreement: NO_AGREEMENT → REQUIRES_APPROVAL → the shares lapse.
      expect(errorCode(await as('be', LEAD, { id: recruiters }))).toBe('NOT_FOUND');
      expect(errorCode(await as('outsider', LEAD, { id: coastal }))).toBe('NOT_FOUND');
      const be1 = await visible('be');
      const ng1 = await visible('outsider');
      expect(be1).toEqual({ ids: be0.ids.filter((id) => id !== recruiters), count: be0.count - 1 });
      expect(ng1).toEqual({ ids: ng0.ids.filter((id) => id !== coastal), count: ng0.count - 1 });
      // NL → RO still rests on NL-RO-MLA: unchanged.
      expect(await visible('liaison')).toEqual(ro0);

      expect(await share(recruiters, 'BE-SIS')).toMatchObject({ status: 'LAPSED', lapse_reason: 'LAW_CHANGED' });
      expect(await share(coastal, 'NG-NATA')).toMatchObject({ status: 'LAPSED', lapse_reason: 'LAW_CHANGED' });
      await waitFor(() => events.length >= 2, 5000, 'lead.changed');
      expect(events.sort((a, b) => a.leadId.localeCompare(b.leadId))).toEqual(
        [
          { leadId: recruiters, change: 'LAPSED', agencyIds: sorted('NL-POL', 'BE-SIS') },
          { leadId: coastal, change: 'LAPSED', agencyIds: sorted('TH-AHTD', 'NG-NATA') },
        ].sort((a, b) => a.leadId.localeCompare(b.leadId)),
      );
      const notes = await t.db.query(`SELECT type, title, body, lead_id::text AS "leadId" FROM notifications WHERE recipient_user_id = $1 AND type = 'LEAD_SHARE_LAPSED'`, [nlLiaisonId]);
      expect(notes).toEqual([{ type: 'LEAD_SHARE_LAPSED', title: 'A lead needs your attention', body: null, leadId: recruiters }]);
      const audit = await t.db.query(`SELECT subject_id, details->>'lapseReason' AS reason FROM audit_entries WHERE action = 'LEAD_SHARE_LAPSED' ORDER BY seq`);
      expect(audit.map((a: any) => a.reason)).toEqual(['LAW_CHANGED', 'LAW_CHANGED']);
    });
  });

  describe('an agreement runs out without anyone acting', () => {
    const year = new Date().getUTCFullYear() + 1;

    it('the share stores the end of its basis; it is unreadable from that instant, then the sweep marks it LAPSED', async () => {
      // NL-ES-TEST (bilateral, victim + suspect + location, investigation) is then the only NL–ES basis.
      const created = await as('admin', CREATE_AGREEMENT, {
        input: {
          id: 'NL-ES-TEST',
          kind: 'BILATERAL',
          title: 'Test treaty between the Netherlands and Spain',
          parties: [
            { kind: 'COUNTRY', country: 'NL' },
            { kind: 'COUNTRY', country: 'ES' },
          ],
          dataCategories: ['VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'],
          purposes: ['INVESTIGATION'],
          inForceFrom: '2020-01-01',
          inForceTo: `${year}-06-30`,
        },
      });
      expect(created.errors).toBeUndefined();
      const shared = await as('coordinator', SHARE, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['ES-BIP']], purpose: 'INVESTIGATION' } });
      expect(shared.data!.shareLead).toEqual([{ id: expect.any(String), status: 'ACTIVE', outcome: 'ALLOW', recipientAgency: { acronym: 'ES-BIP' } }]);
      const shareId = shared.data!.shareLead[0].id;
      // `${year}-06-30` covers that whole UTC day: the basis ends (exclusive) at the next midnight UTC.
      expect(await share(recruiters, 'ES-BIP')).toMatchObject({ basis: 'NL-ES-TEST', basis_valid_until: new Date(`${year}-07-01T00:00:00.000Z`) });
      const es0 = await visible('es');
      expect(es0.ids).toContain(recruiters);

      // The sweep with an injected clock: the last millisecond of 30 June is still in force, midnight is not.
      expect(await lapse.lapseExpired(new Date(`${year}-06-30T23:59:59.999Z`))).toEqual([]);

      // Time passes (the rows are moved into the past, as no test may wait for a clock): readable no more at once,
      // although no sweep has run and the share is still stored ACTIVE.
      await t.db.query(`UPDATE agreements SET in_force_to = '2025-06-30' WHERE id = 'NL-ES-TEST'`);
      await t.db.query(`UPDATE lead_shares SET basis_valid_until = '2025-07-01T00:00:00Z' WHERE id = $1`, [shareId]);
      expect(errorCode(await as('es', LEAD, { id: recruiters }))).toBe('NOT_FOUND');
      expect(await visible('es')).toEqual({ ids: es0.ids.filter((id) => id !== recruiters), count: es0.count - 1 });
      expect(await share(recruiters, 'ES-BIP')).toMatchObject({ status: 'ACTIVE' });

      events.length = 0;
      expect(await lapse.lapseExpired(new Date())).toEqual([shareId]);
      expect(await share(recruiters, 'ES-BIP')).toMatchObject({ status: 'LAPSED', lapse_reason: 'AGREEMENT_ENDED' });
      // The originating agency sees why and when, on the share itself.
      const seen = await as('coordinator', `{ lead(id: "${recruiters}") { shares { id status lapseReason lapsedAt } } }`);
      const mine = seen.data!.lead.shares.find((x: { id: string }) => x.id === shareId);
      expect(mine).toMatchObject({ status: 'LAPSED', lapseReason: 'AGREEMENT_ENDED' });
      expect(Number.isNaN(Date.parse(mine.lapsedAt))).toBe(false);
      await waitFor(() => events.length > 0, 5000, 'lead.changed');
      expect(events).toEqual([{ leadId: recruiters, change: 'LAPSED', agencyIds: sorted('NL-POL', 'ES-BIP') }]);
      const [audit] = await t.db.query(`SELECT actor_user_id, details->>'lapseReason' AS reason FROM audit_entries WHERE action = 'LEAD_SHARE_LAPSED' AND subject_id = $1`, [shareId]);
      expect(audit).toEqual({ actor_user_id: null, reason: 'AGREEMENT_ENDED' });
      expect(await lapse.lapseExpired(new Date())).toEqual([]);
    });
  });

  describe('an agency leaves a joint operation', () => {
    it('loses the shares made through that operation, keeps those made to it by name', async () => {
      const danube = (await t.db.query(`SELECT id FROM operations WHERE name = 'Joint Operation Danube Route'`))[0].id;
      const lead = await as('coordinator', 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
        input: {
          summary: 'Fictional test lead: minibus departures from Constanța',
          details: 'Departure times and pick-up points of the minibus.',
          formOfExploitation: 'SEXUAL_EXPLOITATION',
          route: [
            { country: 'RO', role: 'ORIGIN' },
            { country: 'NL', role: 'TRANSIT' },
          ],
          dataCategories: ['LOCATION_DATA'],
          tlp: 'GREEN',
          sourceReliability: 'B',
          informationCredibility: 'PROBABLY_TRUE',
          handlingCodes: [],
          operationId: danube,
        },
      });
      const leadId = lead.data!.createLead.id;
      // Through Danube Route, by hand: RO-DIOC under NL-RO-MLA (ALLOW); SPF domestic under NL-1 (ALLOW); BE-SIS,
      // ES-BIP (their agreements ended above), Europol and IOM (no agreement names them) → REQUIRES_APPROVAL.
      const shared = await as('coordinator', SHARE, { input: { leadId, operationId: danube, purpose: 'INVESTIGATION' } });
      expect(Object.fromEntries(shared.data!.shareLead.map((s: any) => [s.recipientAgency.acronym, s.status]))).toEqual({
        'BE-SIS': 'PENDING_APPROVAL',
        'ES-BIP': 'PENDING_APPROVAL',
        Europol: 'PENDING_APPROVAL',
        IOM: 'PENDING_APPROVAL',
        'RO-DIOC': 'ACTIVE',
        SPF: 'ACTIVE',
      });
      const ro0 = await visible('liaison');
      expect(ro0.ids).toEqual(expect.arrayContaining([leadId, recruiters]));
      events.length = 0;

      const removed = await as('coordinator', 'mutation($op: ID!, $a: ID!) { removeAgencyFromOperation(operationId: $op, agencyId: $a) { id } }', { op: danube, a: agencyId['RO-DIOC'] });
      expect(removed.errors).toBeUndefined();

      // At once: the share made through the operation no longer reads; the one made to RO-DIOC by name still does.
      expect(errorCode(await as('liaison', LEAD, { id: leadId }))).toBe('NOT_FOUND');
      expect((await as('liaison', LEAD, { id: recruiters })).errors).toBeUndefined();
      expect(await visible('liaison')).toEqual({ ids: ro0.ids.filter((id) => id !== leadId), count: ro0.count - 1 });
      expect((await as('ngo', LEAD, { id: leadId })).errors).toBeUndefined();

      await waitFor(() => events.some((e) => e.leadId === leadId), 5000, 'lead.changed after the agency left');
      expect(events).toEqual([{ leadId, change: 'LAPSED', agencyIds: sorted('NL-POL', 'RO-DIOC') }]);
      expect(await share(leadId, 'RO-DIOC')).toMatchObject({ status: 'LAPSED', lapse_reason: 'LEFT_OPERATION' });
      expect(await share(recruiters, 'RO-DIOC')).toMatchObject({ status: 'ACTIVE' });
      expect(await share(leadId, 'SPF')).toMatchObject({ status: 'ACTIVE' });
    });
  });
  describe('a rule version dated in the future', () => {
    const year = new Date().getUTCFullYear() + 1;

    it('changes nothing until its day, then the sweep decides the shares again', async () => {
      // NL-8 from 1 March next year: location data leaving the Netherlands is removed. By hand: RO-DIOC's share
      // of the recruiters lead (suspect data already removed) loses location data too; the four shares of the
      // operation lead still waiting for approval (BE-SIS, ES-BIP, Europol, IOM: location data only, nothing
      // removed so far) keep waiting but will no longer carry location data; SPF's shares are domestic.
      const created = await as('admin', CREATE_RULE, {
        input: {
          id: 'NL-8',
          effectiveFrom: `${year}-03-01`,
          scopeJson: JSON.stringify({ kind: 'COUNTRY', country: 'NL' }),
          flows: ['LEAVING'],
          conditionJson: JSON.stringify({ kind: 'RESTRICT_CATEGORIES', categories: ['LOCATION_DATA'], effect: 'REDACT' }),
          text: 'Location data does not leave the Netherlands from next March (test rule).',
        },
      });
      expect(created.errors).toBeUndefined();
      expect(await share(recruiters, 'RO-DIOC')).toMatchObject({ status: 'ACTIVE', redacted_categories: ['SUSPECT_PERSONAL_DATA'] });

      expect(await lapse.redecideAfterBoundaries(new Date(`${year}-02-28T23:59:59.999Z`))).toEqual({ lapsedShareIds: [], narrowedShareIds: [] });
      events.length = 0;
      const roShare = (await share(recruiters, 'RO-DIOC')).id;
      const pending: Array<{ id: string; acronym: string; redacted: string[] }> = await t.db.query(
        `SELECT s.id, a.acronym, s.redacted_categories::text[] AS redacted FROM lead_shares s JOIN agencies a ON a.id = s.recipient_agency_id WHERE s.status = 'PENDING_APPROVAL' ORDER BY a.acronym`,
      );
      expect(pending.map((p) => [p.acronym, p.redacted])).toEqual([
        ['BE-SIS', []],
        ['ES-BIP', []],
        ['Europol', []],
        ['IOM', []],
      ]);
      const result = await lapse.redecideAfterBoundaries(new Date(`${year}-03-01T00:00:00.000Z`));
      expect(result.lapsedShareIds).toEqual([]);
      expect([...result.narrowedShareIds].sort()).toEqual([roShare, ...pending.map((p) => p.id)].sort());
      const after: Array<{ status: string; redacted: string[] }> = await t.db.query(`SELECT status, redacted_categories::text[] AS redacted FROM lead_shares WHERE id = ANY($1::uuid[])`, [pending.map((p) => p.id)]);
      expect(after).toEqual(pending.map(() => ({ status: 'PENDING_APPROVAL', redacted: ['LOCATION_DATA'] })));
      expect(await share(recruiters, 'RO-DIOC')).toMatchObject({ status: 'ACTIVE', redacted_categories: ['SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'], basis: 'NL-RO-MLA' });
      const seen = await as('liaison', LEAD, { id: recruiters });
      expect(seen.data!.lead.dataCategories).toEqual(['VICTIM_PERSONAL_DATA']);
      await waitFor(() => events.length > 0, 5000, 'lead.changed');
      expect(events).toEqual([{ leadId: recruiters, change: 'UPDATED', agencyIds: sorted('NL-POL', 'RO-DIOC') }]);
      // Each share is decided again once per boundary.
      expect(await lapse.redecideAfterBoundaries(new Date(`${year}-03-01T00:00:00.000Z`))).toEqual({ lapsedShareIds: [], narrowedShareIds: [] });
    });
  });
});
