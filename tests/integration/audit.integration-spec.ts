import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Audit: lead actions append hash-chained entries (who, agency, what, when, from where, why); the chain
 * verifies; the database refuses UPDATE and DELETE of audit rows; a row edited with the trigger disabled is
 * named by auditChainStatus; only platform admins verify; a lead's trail is for its originating agency only.
 *
 * Every case starts from its own database (`world`), so the cases hold in any order and each counts only the
 * entries it made itself.
 */

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia'; // NL-POL
const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL, COORDINATOR
  nlLiaison: 'liaison@nl.test', // NL-POL, LIAISON_OFFICER
  iom: 'liaison@iom.test', // IOM
  outsider: 'member@ng.test', // NG-NATA
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
} as const;
type Who = keyof typeof EMAIL;

const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id persons { id role } } }';
const PREVIEW = 'query($input: ShareLeadInput!) { previewLeadShare(input: $input) { outcome } }';
const SHARE = 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id status } }';
const DECIDE = 'mutation($input: DecideLeadShareApprovalInput!) { decideLeadShareApproval(input: $input) { id status } }';
const REVOKE = 'mutation($id: ID!) { revokeLeadShare(shareId: $id) { id status } }';
const REVEAL = 'mutation($input: RevealPotentialVictimInput!) { revealPotentialVictim(input: $input) { personId } }';
const STATUS = '{ auditChainStatus { ok entries firstBrokenSeq reason } }';
const TRAIL = 'query($id: ID!) { leadAuditTrail(leadId: $id) { seq action actorUserId actorAgencyId subjectType subjectId reason clientAddress details at } }';

const VICTIM_NAME = 'Ioana Auditescu-Fictiva';
const SUMMARY = 'Fictional audit test lead: forced begging ring';

/** Danube Route (IOM and Europol as participants), the sharing law, and NL-POL's recruiters lead, from the sample task force. No audit entry exists yet. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['IOM'], AGENCIES['Europol'], AGENCIES['NG-NATA'], AGENCIES['JTF-SEC']);
  await f.person(PEOPLE[EMAIL.coordinator], { ...PEOPLE[EMAIL.nlLiaison], name: 'Fleur Smit' }, PEOPLE[EMAIL.iom], PEOPLE[EMAIL.outsider], PEOPLE[EMAIL.admin]);
  await f.operation({ ...OPERATIONS.danube, name: 'Danube Route' });
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU'], AGREEMENTS['NL-TH-PILOT']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead({ ...LEADS.recruiters, operation: 'Danube Route' });
}

interface World {
  t: TestApp;
  as: (who: Who, query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<any>>;
  agencyId: Record<string, string>;
  userId: Record<string, string>;
  /** NL-POL's recruiters lead, built by the fixture (no audit entry yet). */
  recruiters: string;
}

/** What `actions` did: the lead it created and the two shares of the recruiters lead. */
interface Actions {
  created: { id: string; persons: Array<{ id: string; role: string }> };
  pending: { id: string };
}

/** The ten lead actions whose entries the first case reads, in this order (one entry each). */
async function actions(w: World): Promise<Actions> {
  const { as, agencyId, recruiters } = w;
  const res = await as('coordinator', CREATE, {
    input: {
      summary: SUMMARY,
      details: 'Children made to beg at railway stations.',
      formOfExploitation: 'FORCED_LABOUR',
      route: [
        { country: 'RO', role: 'ORIGIN' },
        { country: 'NL', role: 'DESTINATION' },
      ],
      dataCategories: ['LOCATION_DATA', 'VICTIM_PERSONAL_DATA'],
      tlp: 'AMBER',
      sourceReliability: 'B',
      informationCredibility: 'PROBABLY_TRUE',
      handlingCodes: ['H1'],
      persons: [{ role: 'POTENTIAL_VICTIM', name: VICTIM_NAME, dateOfBirth: '2001-02-03', nationality: 'RO', description: 'girl, 15–19' }],
    },
  });
  expect(res.errors).toBeUndefined();
  const created = res.data!.createLead;
  expect((await as('coordinator', `{ lead(id: "${created.id}") { id } }`)).errors).toBeUndefined();
  const reveal = await as('coordinator', REVEAL, { input: { personId: created.persons[0].id, reason: 'Referral to victim assistance, case 2026-17' } });
  expect(reveal.errors).toBeUndefined();

  expect((await as('coordinator', PREVIEW, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['IOM']], purpose: 'INVESTIGATION' } })).errors).toBeUndefined();
  const [pending] = (await as('coordinator', SHARE, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['IOM']], purpose: 'INVESTIGATION' } })).data!.shareLead;
  expect(pending.status).toBe('PENDING_APPROVAL');
  expect((await as('nlLiaison', DECIDE, { input: { shareId: pending.id, approve: true, reason: 'IOM supports the return plan' } })).data!.decideLeadShareApproval.status).toBe('ACTIVE');
  const [europol] = (await as('coordinator', SHARE, { input: { leadId: recruiters, recipientAgencyIds: [agencyId['Europol']], purpose: 'INVESTIGATION' } })).data!.shareLead;
  expect((await as('nlLiaison', DECIDE, { input: { shareId: europol.id, approve: false, reason: 'No basis for Europol yet' } })).data!.decideLeadShareApproval.status).toBe('REFUSED');
  expect((await as('iom', `{ lead(id: "${recruiters}") { id } }`)).errors).toBeUndefined();
  expect((await as('coordinator', REVOKE, { id: pending.id })).data!.revokeLeadShare.status).toBe('REVOKED');
  return { created, pending };
}

describe('audit: tamper-evident log of lead actions', () => {
  let w: World | undefined;

  /** A fresh database with the task force and no audit entry; closed after the case. */
  async function world(): Promise<World> {
    const t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    const token = {} as Record<Who, string>;
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    const agencyId: Record<string, string> = {};
    const userId: Record<string, string> = {};
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym] = a.id;
    for (const u of await t.db.query('SELECT id, email FROM users')) userId[u.email] = u.id;
    const recruiters = (await t.db.query('SELECT id FROM leads WHERE summary = $1', [RECRUITERS]))[0].id;
    w = { t, as: (who, query, variables = {}) => gql(t.url, query, variables, token[who]), agencyId, userId, recruiters };
    return w;
  }
  afterEach(async () => {
    await w?.t.close();
    w = undefined;
  });

  const entries = async (t: TestApp): Promise<any[]> => t.db.query('SELECT seq::int AS seq, action, actor_user_id, actor_agency_id, subject_type, subject_id, reason, client_address, details FROM audit_entries ORDER BY seq');
  const count = async (t: TestApp): Promise<number> => (await t.db.query('SELECT count(*)::int AS n FROM audit_entries'))[0].n;

  it('records create, read, preview, share, approval, refusal, revocation and victim reveal with who, agency, why', async () => {
    const { t, agencyId, userId, recruiters } = await world();
    expect(await entries(t)).toEqual([]);
    const { created, pending } = await actions(w!);

    const rows = await entries(t);
    const nl = agencyId['NL-POL'];
    const coordinator = userId[EMAIL.coordinator];
    const liaison = userId[EMAIL.nlLiaison];
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.map((r) => [r.action, r.actor_user_id, r.actor_agency_id])).toEqual([
      ['LEAD_CREATED', coordinator, nl],
      ['LEAD_READ', coordinator, nl],
      ['VICTIM_IDENTITY_READ', coordinator, nl],
      ['LEAD_SHARE_PREVIEWED', coordinator, nl],
      ['LEAD_SHARED', coordinator, nl],
      ['LEAD_SHARE_APPROVED', liaison, nl],
      ['LEAD_SHARED', coordinator, nl],
      ['LEAD_SHARE_REFUSED', liaison, nl],
      ['LEAD_READ', userId[EMAIL.iom], agencyId['IOM']],
      ['LEAD_SHARE_REVOKED', coordinator, nl],
    ]);
    expect(rows[0]).toMatchObject({ subject_type: 'LEAD', subject_id: created.id });
    expect(rows[2]).toMatchObject({ subject_type: 'LEAD_PERSON', subject_id: created.persons[0].id, reason: 'Referral to victim assistance, case 2026-17', details: { leadId: created.id, personId: created.persons[0].id } });
    expect(rows[3].details).toEqual({ leadId: recruiters, purpose: 'INVESTIGATION', decisions: [{ recipientAgencyId: agencyId['IOM'], outcome: 'REQUIRES_APPROVAL' }] });
    expect(rows[4]).toMatchObject({ subject_type: 'LEAD_SHARE', subject_id: pending.id, details: { leadId: recruiters, shareId: pending.id, outcome: 'REQUIRES_APPROVAL', status: 'PENDING_APPROVAL' } });
    expect(rows[5].reason).toBe('IOM supports the return plan');
    expect(rows[7].reason).toBe('No basis for Europol yet');
    // From where: the GraphQL request's address (loopback here).
    expect(rows.every((r) => typeof r.client_address === 'string' && r.client_address.includes('127.0.0.1'))).toBe(true);
    // Ids and codes only: neither the victim's identity nor the lead's text.
    const all = JSON.stringify(await t.db.query('SELECT * FROM audit_entries'));
    expect(all).not.toContain(VICTIM_NAME);
    expect(all).not.toContain(SUMMARY);
    expect(all).not.toContain('Romanian');
  });

  it('the chain verifies, and the platform admin alone may ask', async () => {
    const { as } = await world();
    expect((await as('admin', STATUS)).data!.auditChainStatus).toEqual({ ok: true, entries: 0, firstBrokenSeq: null, reason: null });
    await actions(w!);
    expect((await as('admin', STATUS)).data!.auditChainStatus).toEqual({ ok: true, entries: 10, firstBrokenSeq: null, reason: null });
    for (const who of ['coordinator', 'nlLiaison', 'outsider'] as Who[]) expect(errorCode(await as(who, STATUS))).toBe('FORBIDDEN');
  });

  it('concurrent appends queue on audit_head and do not fork the chain', async () => {
    const { t, as, recruiters } = await world();
    const reads = await Promise.all(Array.from({ length: 20 }, (_, i) => as(i % 2 ? 'coordinator' : 'nlLiaison', `{ lead(id: "${recruiters}") { id } }`)));
    expect(reads.every((r) => !r.errors)).toBe(true);
    expect((await as('admin', STATUS)).data!.auditChainStatus).toEqual({ ok: true, entries: 20, firstBrokenSeq: null, reason: null });
    expect((await t.db.query('SELECT count(DISTINCT prev_hash)::int AS n FROM audit_entries'))[0].n).toBe(20);
  });

  it("a lead's trail is for its originating agency; others (recipients included) get NOT_FOUND", async () => {
    const { t, as, recruiters } = await world();
    const { created } = await actions(w!);
    await as('nlLiaison', `{ lead(id: "${recruiters}") { id } }`);
    const trail = await as('coordinator', TRAIL, { id: recruiters });
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.leadAuditTrail.map((e: any) => e.action)).toEqual([
      'LEAD_SHARE_PREVIEWED',
      'LEAD_SHARED',
      'LEAD_SHARE_APPROVED',
      'LEAD_SHARED',
      'LEAD_SHARE_REFUSED',
      'LEAD_READ',
      'LEAD_SHARE_REVOKED',
      'LEAD_READ',
    ]);
    const own = await as('coordinator', TRAIL, { id: created.id });
    expect(own.data!.leadAuditTrail.map((e: any) => e.action)).toEqual(['LEAD_CREATED', 'LEAD_READ', 'VICTIM_IDENTITY_READ']);
    const [creator] = await t.db.query(
      `SELECT u.display_name AS name, a.acronym FROM audit_entries e JOIN users u ON u.id = e.actor_user_id JOIN agencies a ON a.id = e.actor_agency_id
        WHERE e.action = 'LEAD_CREATED' AND e.subject_id = $1`,
      [created.id],
    );
    const labelled = await as('coordinator', 'query($id: ID!) { leadAuditTrail(leadId: $id) { action actorName actorAgencyAcronym } }', { id: created.id });
    expect(labelled.data!.leadAuditTrail[0]).toEqual({ action: 'LEAD_CREATED', actorName: creator.name, actorAgencyAcronym: creator.acronym });
    for (const who of ['outsider', 'iom', 'admin'] as Who[]) {
      const res = await as(who, TRAIL, { id: recruiters });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors![0].message).toBe('Lead not found');
    }
    expect(errorCode(await as('coordinator', TRAIL, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of audit rows, even for this superuser connection', async () => {
    const { t } = await world();
    await actions(w!);
    await expect(t.db.query(`UPDATE audit_entries SET reason = 'edited' WHERE seq = 3`)).rejects.toThrow(/audit_entries is append-only: UPDATE refused/);
    await expect(t.db.query('DELETE FROM audit_entries WHERE seq = 10')).rejects.toThrow(/audit_entries is append-only: DELETE refused/);
    await expect(t.db.query('TRUNCATE audit_entries')).rejects.toThrow(/audit_entries is append-only: TRUNCATE refused/);
    expect(await count(t)).toBe(10);
  });

  it('a row edited with the trigger disabled is detected and named', async () => {
    const { t, as, recruiters } = await world();
    await actions(w!);
    expect((await as('admin', STATUS)).data!.auditChainStatus.ok).toBe(true);
    await t.db.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
    await t.db.query(`UPDATE audit_entries SET reason = 'Routine check' WHERE seq = 3`);
    await t.db.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
    const status = (await as('admin', STATUS)).data!.auditChainStatus;
    expect(status).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    expect(status.reason).toContain('entry 3');
    // New entries still append after the broken one; verification keeps naming the first break.
    expect((await as('coordinator', `{ lead(id: "${recruiters}") { id } }`)).errors).toBeUndefined();
    expect(await count(t)).toBe(11);
    expect((await as('admin', STATUS)).data!.auditChainStatus.firstBrokenSeq).toBe(3);
  });
});
