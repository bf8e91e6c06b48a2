import { ShareLapseService } from '@taskforce/api-leads';
import { Socket } from 'socket.io-client';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Onward sharing: a recipient holding an ACTIVE share passes the lead on. Expected decisions are worked out by hand
 * from the engine's README (libs/domain/src/lib/sharing/README.md) and the task force, sharing law and leads built in
 * `taskForce` below:
 *
 *   recruiters — NL-POL's, Danube Route (NL-POL RO-DIOC BE-SIS ES-BIP SPF Europol IOM), TLP:AMBER, H2,
 *                VICTIM+SUSPECT+LOCATION. BE-SIS holds it without victim data (rule NL-2: UN-TIP-PROTOCOL does not
 *                cover victim data); RO-DIOC holds it whole (NL-RO-MLA).
 *   BE-SIS → ES-BIP, investigation, on the lead as BE-SIS holds it (SUSPECT+LOCATION):
 *     TLP:AMBER onward to an agency of the lead's operation → passes; H2 on an onward share → REQUIRES_APPROVAL
 *     (H2_ONWARD_NEEDS_PERMISSION); BE–ES cross-border: UN-TIP-PROTOCOL covers suspect and location data and
 *     investigation → legal basis UN-TIP-PROTOCOL; no rule governs a BE → ES hop. So REQUIRES_APPROVAL, and the
 *     share keeps BE-SIS's removal of victim data.
 *   barge — NL-POL's, TLP:AMBER+STRICT, no operation; SPF holds it without suspect data (rule NGO-1).
 *     SPF → RPSA: AMBER+STRICT never leaves the recipient organisation → REQUIRES_APPROVAL
 *     (TLP_AMBER_STRICT_OUTSIDE_ORGANISATION).
 */

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia';
const BARGE = 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria';

const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL, COORDINATOR
  nlLiaison: 'liaison@nl.test', // NL-POL, LIAISON_OFFICER
  be: 'liaison@be.test', // BE-SIS, LIAISON_OFFICER (recipient, the requester)
  es: 'liaison@es.test', // ES-BIP, LIAISON_OFFICER (onward recipient)
  liaison: 'liaison@ro.test', // RO-DIOC, LIAISON_OFFICER (another recipient)
  roMember: 'member@ro.test', // RO-DIOC, MEMBER
  ngo: 'liaison@spf.test', // SPF
  outsider: 'member@ng.test', // NG-NATA
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
} as const;
type Who = keyof typeof EMAIL;

const PREVIEW = `query($input: ShareLeadInput!) { previewLeadShare(input: $input) {
  recipientAgency { acronym } outcome redactedCategories legalBasis { id } reasons { code ref } existingShareStatus } }`;
const SHARE = 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id status outcome redactedCategories recipientAgency { acronym } senderAgency { acronym } } }';
const DECIDE = 'mutation($input: DecideLeadShareApprovalInput!) { decideLeadShareApproval(input: $input) { id status } }';
const REVOKE = 'mutation($id: ID!) { revokeLeadShare(shareId: $id) { id status } }';
const READ = '{ lead(id: "ID") { details dataCategories persons { role } redaction { categories notice } shares { recipientAgency { acronym } senderAgency { acronym } status } } }';

/** The task force: Danube Route, the sharing law that decides the shares, and the recruiters and barge leads (the sample task force). */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['IOM'], AGENCIES['Europol'], AGENCIES['NG-NATA'], AGENCIES['RPSA'], AGENCIES['JTF-SEC']);
  await f.person(...Object.values(EMAIL).map((email) => PEOPLE[email]));
  await f.operation({ ...OPERATIONS.danube, name: 'Danube Route' });
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead({ ...LEADS.recruiters, operation: 'Danube Route' }, LEADS.barge);
}

interface World {
  t: TestApp;
  as: (who: Who, query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<any>>;
  token: Record<Who, string>;
  agencyId: Record<string, string>;
  /** NL-POL's recruiters lead, held ACTIVE by RO-DIOC (whole) and BE-SIS (without victim data). */
  recruiters: string;
  /** NL-POL's barge lead, held ACTIVE by SPF (without suspect data). */
  barge: string;
}

/** Variables of SHARE and PREVIEW: `leadId` passed to the named agencies (by acronym), for investigation. */
function shareInput(agencyId: Record<string, string>, leadId: string, to: string[]) {
  return { input: { leadId, recipientAgencyIds: to.map((a) => agencyId[a]), purpose: 'INVESTIGATION' } };
}

/**
 * BE-SIS asks to pass the recruiters lead on to ES-BIP; H2 on an onward share needs the originator's approval, so
 * the share waits. Returns its id.
 */
async function onwardRequestBeToEs(w: World): Promise<string> {
  const shared = await w.as('be', SHARE, shareInput(w.agencyId, w.recruiters, ['ES-BIP']));
  expect(shared.errors).toBeUndefined();
  expect(shared.data!.shareLead).toEqual([expect.objectContaining({ status: 'PENDING_APPROVAL', senderAgency: { acronym: 'BE-SIS' } })]);
  return shared.data!.shareLead[0].id;
}

describe('leads: onward sharing by recipients', () => {
  let w: World | undefined;
  const sockets: Socket[] = [];
  const input = (leadId: string, to: string[]) => shareInput(w!.agencyId, leadId, to);

  /** A fresh database with the task force; every person signed in. Closed after the case. */
  async function world(): Promise<World> {
    const t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    const token = {} as Record<Who, string>;
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    const agencyId: Record<string, string> = {};
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym] = a.id;
    const leads: Array<{ id: string; summary: string }> = await t.db.query('SELECT id, summary FROM leads');
    const recruiters = leads.find((l) => l.summary === RECRUITERS)!.id;
    const barge = leads.find((l) => l.summary === BARGE)!.id;
    w = { t, as: (who, query, variables = {}) => gql(t.url, query, variables, token[who]), token, agencyId, recruiters, barge };
    return w;
  }
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await w?.t.close();
    w = undefined;
  });

  it('the recipient previews on the lead as it holds it; shares the originator made elsewhere are not revealed', async () => {
    const { as, recruiters } = await world();
    const res = await as('be', PREVIEW, input(recruiters, ['ES-BIP', 'RO-DIOC']));
    expect(res.errors).toBeUndefined();
    const byAcronym = Object.fromEntries(res.data!.previewLeadShare.map((p: any) => [p.recipientAgency.acronym, p]));
    expect(byAcronym['ES-BIP'].outcome).toBe('REQUIRES_APPROVAL');
    expect(byAcronym['ES-BIP'].legalBasis).toEqual({ id: 'UN-TIP-PROTOCOL' });
    expect(byAcronym['ES-BIP'].reasons.map((r: any) => `${r.code}:${r.ref}`)).toContain('H2_ONWARD_NEEDS_PERMISSION:H2');
    // Victim data is not in BE-SIS's copy: the preview shows it removed (inherited, with NL-2's reason), as the
    // share will record it.
    expect(byAcronym['ES-BIP'].redactedCategories).toEqual(['VICTIM_PERSONAL_DATA']);
    expect(byAcronym['ES-BIP'].reasons.map((r: any) => `${r.code}:${r.ref}`)).toContain('RULE_REDACTS:NL-2');
    // RO-DIOC already holds NL-POL's share: BE-SIS is not told.
    expect(byAcronym['RO-DIOC'].existingShareStatus).toBeNull();
  });

  it('a recipient member may not pass the lead on; an agency without the lead gets NOT_FOUND', async () => {
    const { as, recruiters } = await world();
    expect(errorCode(await as('roMember', SHARE, input(recruiters, ['ES-BIP'])))).toBe('FORBIDDEN');
    const outsider = await as('outsider', SHARE, input(recruiters, ['ES-BIP']));
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    expect(outsider.errors![0].message).toBe('Lead not found');
  });

  it('AMBER+STRICT stays in the recipient organisation: SPF → RPSA needs approval', async () => {
    const { as, barge } = await world();
    const res = await as('ngo', PREVIEW, input(barge, ['RPSA']));
    expect(res.data!.previewLeadShare[0].outcome).toBe('REQUIRES_APPROVAL');
    expect(res.data!.previewLeadShare[0].reasons.map((r: any) => r.code)).toContain('TLP_AMBER_STRICT_OUTSIDE_ORGANISATION');
  });

  it('request → the originator\'s liaison officers approve live → the onward recipient gets at most what the sender held → revocation cascades', async () => {
    const { t, as, token, agencyId, recruiters } = await world();
    const beSocket = await connectSocket(t.url, token.be);
    const esSocket = await connectSocket(t.url, token.es);
    const nlSocket = await connectSocket(t.url, token.nlLiaison);
    sockets.push(beSocket, esSocket, nlSocket);
    const beSeen = recordEvents(beSocket, ['notification', 'lead.changed']);
    const esSeen = recordEvents(esSocket, ['notification', 'lead.changed']);
    const nlSeen = recordEvents(nlSocket, ['notification', 'lead.changed']);

    // BE-SIS asks; the share waits, keeping BE-SIS's removal of victim data.
    const shared = await as('be', SHARE, input(recruiters, ['ES-BIP', 'RO-DIOC']));
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareLead).toEqual([
      { id: expect.any(String), status: 'PENDING_APPROVAL', outcome: 'REQUIRES_APPROVAL', redactedCategories: ['VICTIM_PERSONAL_DATA'], recipientAgency: { acronym: 'ES-BIP' }, senderAgency: { acronym: 'BE-SIS' } },
    ]);
    const shareId = shared.data!.shareLead[0].id;
    expect(errorCode(await as('es', READ.replace('ID', recruiters)))).toBe('NOT_FOUND');

    // NL-POL's liaison officer is told live, with nothing but the fixed title and a link.
    await waitFor(() => nlSeen.some((e) => e.name === 'notification'), 5000, 'approval request notification');
    expect(nlSeen.find((e) => e.name === 'notification')!.payload).toMatchObject({ type: 'LEAD_APPROVAL_REQUESTED', title: 'A lead needs your attention', body: null, leadId: recruiters });
    await waitFor(() => nlSeen.some((e) => e.name === 'lead.changed'), 5000, 'lead.changed to the originator');
    expect(nlSeen.find((e) => e.name === 'lead.changed')!.payload).toEqual({ leadId: recruiters, change: 'SHARED', readable: true });
    expect(esSeen).toEqual([]);
    const inbox = await as('nlLiaison', '{ pendingLeadShareApprovals { id recipientAgency { acronym } senderAgency { acronym } } }');
    expect(inbox.data!.pendingLeadShareApprovals).toEqual([{ id: shareId, recipientAgency: { acronym: 'ES-BIP' }, senderAgency: { acronym: 'BE-SIS' } }]);

    // The sender sees its own share and the onward share it made — not RO-DIOC's; RO-DIOC does not see BE-SIS's request.
    const beView = await as('be', READ.replace('ID', recruiters));
    expect(beView.data!.lead.shares.map((s: any) => [s.recipientAgency.acronym, s.senderAgency.acronym, s.status]).sort()).toEqual([
      ['BE-SIS', 'NL-POL', 'ACTIVE'],
      ['ES-BIP', 'BE-SIS', 'PENDING_APPROVAL'],
    ]);
    const roView = await as('liaison', READ.replace('ID', recruiters));
    expect(roView.data!.lead.shares.map((s: any) => s.recipientAgency.acronym)).toEqual(['RO-DIOC']);

    // Neither the sender nor another recipient decides; the originator's liaison officer does.
    for (const who of ['be', 'liaison'] as Who[]) {
      const refused = await as(who, DECIDE, { input: { shareId, approve: true, reason: 'self-approval' } });
      expect(refused.errors![0].message).toBe('Lead share not found');
    }
    const approved = await as('nlLiaison', DECIDE, { input: { shareId, approve: true, reason: 'Spanish border police need it for the action day.' } });
    expect(approved.data!.decideLeadShareApproval).toEqual({ id: shareId, status: 'ACTIVE' });

    // The requester is told (title + link only), and both sides hear lead.changed.
    await waitFor(() => beSeen.some((e) => e.name === 'notification' && e.payload.type === 'LEAD_APPROVAL_DECIDED'), 5000, 'decision notification');
    expect(beSeen.find((e) => e.payload.type === 'LEAD_APPROVAL_DECIDED')!.payload).toMatchObject({ title: 'A lead needs your attention', body: null, leadId: recruiters });
    await waitFor(() => esSeen.some((e) => e.name === 'lead.changed'), 5000, 'lead.changed to the onward recipient');
    expect(esSeen.find((e) => e.name === 'lead.changed')!.payload).toEqual({ leadId: recruiters, change: 'APPROVAL_DECIDED', readable: true });
    // Each socket hears it on its own schedule: wait for the sender's copy too.
    await waitFor(() => beSeen.some((e) => e.name === 'lead.changed' && e.payload.change === 'APPROVAL_DECIDED'), 5000, 'lead.changed to the sender');
    expect(beSeen.filter((e) => e.name === 'lead.changed').map((e) => e.payload)).toContainEqual({ leadId: recruiters, change: 'APPROVAL_DECIDED', readable: true });

    // ES-BIP reads what BE-SIS held: no victim data, the notice says why.
    const raw = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.es}` },
      body: JSON.stringify({ query: READ.replace('ID', recruiters) }),
    }).then((r) => r.text());
    const esLead = JSON.parse(raw).data.lead;
    expect(esLead.redaction).toEqual({ categories: ['VICTIM_PERSONAL_DATA'], notice: 'removed: victim personal data — rule NL-2' });
    expect(esLead.dataCategories).toEqual(['SUSPECT_PERSONAL_DATA', 'LOCATION_DATA']);
    expect(esLead.persons).toEqual([{ role: 'SUSPECT' }]);
    expect(esLead.shares.map((s: any) => s.recipientAgency.acronym)).toEqual(['ES-BIP']);
    expect(raw).not.toContain('hotline');
    expect(raw).not.toContain('woman, 20');

    // NL-POL revokes BE-SIS's share: ES-BIP's onward share goes with it, and both hear readable:false.
    const [beShare] = await t.db.query(`SELECT id FROM lead_shares WHERE lead_id = $1 AND recipient_agency_id = $2 AND status = 'ACTIVE'`, [recruiters, agencyId['BE-SIS']]);
    const revoked = await as('coordinator', REVOKE, { id: beShare.id });
    expect(revoked.data!.revokeLeadShare.status).toBe('REVOKED');
    await waitFor(() => esSeen.some((e) => e.payload.change === 'REVOKED'), 5000, 'revocation to the onward recipient');
    await waitFor(() => beSeen.some((e) => e.payload.change === 'REVOKED'), 5000, 'revocation to the recipient');
    expect(esSeen.find((e) => e.payload.change === 'REVOKED')!.payload).toEqual({ leadId: recruiters, change: 'REVOKED', readable: false });
    expect(beSeen.find((e) => e.payload.change === 'REVOKED')!.payload).toEqual({ leadId: recruiters, change: 'REVOKED', readable: false });
    expect(errorCode(await as('es', READ.replace('ID', recruiters)))).toBe('NOT_FOUND');
    expect((await as('es', '{ leadCount }')).data!.leadCount).toBe(0);
    const [onward] = await t.db.query('SELECT status FROM lead_shares WHERE id = $1', [shareId]);
    expect(onward.status).toBe('REVOKED');
    // Nothing in any push names the lead's content.
    expect(JSON.stringify([beSeen, esSeen, nlSeen])).not.toMatch(/Recruiters|Rotterdam|Vlasic/);
  });

  it('the sender may revoke the onward share it made, not the originator\'s shares', async () => {
    const { t, as, recruiters, barge } = await world();
    const shared = await as('liaison', SHARE, input(recruiters, ['ES-BIP']));
    expect(shared.errors).toBeUndefined();
    const [pending] = shared.data!.shareLead;
    expect(pending).toMatchObject({ status: 'PENDING_APPROVAL', senderAgency: { acronym: 'RO-DIOC' }, redactedCategories: [] });
    const [spf] = await t.db.query(`SELECT s.id FROM lead_shares s WHERE s.lead_id = $1 AND s.status = 'ACTIVE'`, [barge]);
    const other = await as('liaison', REVOKE, { id: spf.id });
    expect(other.errors![0].message).toBe('Lead share not found');
    const own = await as('liaison', REVOKE, { id: pending.id });
    expect(own.data!.revokeLeadShare).toEqual({ id: pending.id, status: 'REVOKED' });
  });

  it("an onward share ends with the sender's: it cannot outlive it, and lapses with it", async () => {
    const { t, as, agencyId, recruiters } = await world();
    // RO-DIOC (holding NL-POL's share) passes the lead on to ES-BIP; NL-POL's liaison officer approves.
    const shared = await as('liaison', SHARE, input(recruiters, ['ES-BIP']));
    const onwardId = shared.data!.shareLead[0].id;
    expect((await as('nlLiaison', DECIDE, { input: { shareId: onwardId, approve: true, reason: 'Needed for the joint action day.' } })).data!.decideLeadShareApproval.status).toBe('ACTIVE');
    expect((await as('es', '{ leadCount }')).data!.leadCount).toBe(1);

    // RO-DIOC's own share's basis runs out (moved into the past: no test waits for a clock). Its onward share has
    // a basis of its own (UN-TIP-PROTOCOL, in force), so only the sender's end can take it away.
    const [ro] = await t.db.query(`SELECT id FROM lead_shares WHERE lead_id = $1 AND recipient_agency_id = $2 AND status = 'ACTIVE'`, [recruiters, agencyId['RO-DIOC']]);
    await t.db.query(`UPDATE lead_shares SET basis_valid_until = '2025-07-01T00:00:00Z' WHERE id = $1`, [ro.id]);
    expect(errorCode(await as('liaison', READ.replace('ID', recruiters)))).toBe('NOT_FOUND');

    const lapsed = await t.app.get(ShareLapseService).lapseExpired(new Date());
    expect(lapsed).toEqual([ro.id, onwardId]);
    const rows: Array<{ id: string; status: string }> = await t.db.query('SELECT id, status FROM lead_shares WHERE id = ANY($1::uuid[]) ORDER BY id', [[ro.id, onwardId]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [ro.id]: 'LAPSED', [onwardId]: 'LAPSED' });
    expect(errorCode(await as('es', READ.replace('ID', recruiters)))).toBe('NOT_FOUND');
    expect((await as('es', '{ leadCount }')).data!.leadCount).toBe(0);
  });

  it("a new onward share's basis ends no later than the sender's", async () => {
    const { t, as, agencyId, recruiters } = await world();
    // BE-SIS's share from NL-POL gets its basis ending on a chosen instant; BE-SIS then passes the lead on.
    const [be] = await t.db.query(`SELECT id FROM lead_shares WHERE lead_id = $1 AND recipient_agency_id = $2 AND status = 'ACTIVE'`, [recruiters, agencyId['BE-SIS']]);
    await t.db.query(`UPDATE lead_shares SET basis_valid_until = '2099-01-01T00:00:00Z' WHERE id = $1`, [be.id]);
    const onward = await as('be', SHARE, input(recruiters, ['ES-BIP']));
    expect(onward.errors).toBeUndefined();
    const [row] = await t.db.query('SELECT basis_valid_until FROM lead_shares WHERE id = $1', [onward.data!.shareLead[0].id]);
    // UN-TIP-PROTOCOL, the onward hop's own basis, has no end in the sharing law built here: the sender's end is the share's end.
    expect(row.basis_valid_until).toEqual(new Date('2099-01-01T00:00:00Z'));
  });

  it("a liaison officer's approval stands when the law changes elsewhere: the approved share does not lapse", async () => {
    const { t, as } = await world();
    // BE-SIS's onward share to ES-BIP needs approval (H2); NL-POL's liaison officer approves.
    const pending = { id: await onwardRequestBeToEs(w!) };
    expect((await as('nlLiaison', DECIDE, { input: { shareId: pending.id, approve: true, reason: 'Needed for the action day.' } })).data!.decideLeadShareApproval.status).toBe('ACTIVE');
    expect((await as('es', '{ leadCount }')).data!.leadCount).toBe(1);
    // An admin records an unrelated agreement; every live share is decided again. The approved one still needs
    // approval (H2 on an onward share) — which it has: it stays ACTIVE and readable.
    const created = await as(
      'admin',
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`,
      { input: { id: 'BE-TH-TEST', kind: 'BILATERAL', title: 'Unrelated test treaty', parties: [{ kind: 'COUNTRY', country: 'BE' }, { kind: 'COUNTRY', country: 'TH' }], dataCategories: ['SUSPECT_PERSONAL_DATA'], purposes: ['PREVENTION'], inForceFrom: '2020-01-01' } },
    );
    expect(created.errors).toBeUndefined();
    const [row] = await t.db.query('SELECT status FROM lead_shares WHERE id = $1', [pending.id]);
    expect(row.status).toBe('ACTIVE');
    expect((await as('es', '{ leadCount }')).data!.leadCount).toBe(1);
  });
});
