import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * Approval of shares decided again on what holds at approval time, and lead input refused naming the field, on the
 * task force, sharing law and lead built in `taskForce` below. Expected values are worked out by hand from the
 * engine's README (libs/domain/src/lib/sharing/README.md) and that fixture:
 *
 *   recruiters — NL-POL's, Danube Route (NL-POL RO-DIOC BE-SIS ES-BIP SPF Europol IOM), TLP:AMBER, H2,
 *     VICTIM+SUSPECT+LOCATION. RO-DIOC holds it whole (NL-RO-MLA covers all three); BE-SIS without victim data
 *     (NL → BE only UN-TIP-PROTOCOL, which covers suspect and location data; NL-2 removes victim data: RULE_REDACTS).
 *   RO-DIOC → ES-BIP (investigation, onward): AMBER to an agency of the lead's operation passes; H2 onward →
 *     REQUIRES_APPROVAL; RO–ES: only UN-TIP-PROTOCOL (no victim data) → RO-1 "victim data leaves Romania only
 *     under an agreement covering it, otherwise approval" takes over the removal → nothing removed.
 *   RO-DIOC → SPF (NL NGO): H2 → REQUIRES_APPROVAL; RO–NL: NL-RO-MLA covers all → legal basis NL-RO-MLA; NGO-1
 *     removes suspect data.
 *   NL-RO-MLA ends yesterday: RO-DIOC's own share is decided again: NL → RO only UN-TIP-PROTOCOL, NL-2 removes
 *     victim data → RO-DIOC now holds SUSPECT+LOCATION. Decided again on that copy at approval:
 *     ES-BIP: REQUIRES_APPROVAL on UN-TIP-PROTOCOL, removals = RO-DIOC's (victim data) → reads SUSPECT+LOCATION.
 *     SPF: RO–NL now only UN-TIP-PROTOCOL (suspect, location; investigation) → basis UN-TIP-PROTOCOL; NGO-1 removes
 *     suspect data; plus RO-DIOC's removal of victim data → reads LOCATION only.
 */

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia';

const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL, COORDINATOR
  nlLiaison: 'liaison@nl.test', // NL-POL, LIAISON_OFFICER (approves)
  liaison: 'liaison@ro.test', // RO-DIOC, LIAISON_OFFICER (onward sender)
  be: 'liaison@be.test', // BE-SIS, LIAISON_OFFICER
  es: 'liaison@es.test', // ES-BIP
  ngo: 'liaison@spf.test', // SPF
  analyst: 'analyst@europol.test', // Europol
  admin: 'admin@jtf.test', // PLATFORM_ADMIN
} as const;
type Who = keyof typeof EMAIL;

const PREVIEW = `query($input: ShareLeadInput!) { previewLeadShare(input: $input) {
  recipientAgency { acronym } outcome redactedCategories reasons { code ref } } }`;
const SHARE = 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id status outcome redactedCategories reasons { code ref } recipientAgency { acronym } } }';
const DECIDE = 'mutation($input: DecideLeadShareApprovalInput!) { decideLeadShareApproval(input: $input) { id status lapseReason redactedCategories legalBasis { id } } }';
const UPDATE_AGREEMENT = 'mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id version status } }';
const READ = 'query($id: ID!) { lead(id: $id) { dataCategories redaction { categories } } }';
const CREATE = 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id summary } }';
const UPDATE = 'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id summary version } }';

/** The task force: Danube Route (not NG-NATA), the sharing law that decides the shares, and the recruiters lead (the sample task force). */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['IOM'], AGENCIES['Europol'], AGENCIES['NG-NATA'], AGENCIES['JTF-SEC']);
  await f.person(...Object.values(EMAIL).map((email) => PEOPLE[email]));
  await f.operation({ ...OPERATIONS.danube, name: 'Danube Route' });
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead({ ...LEADS.recruiters, operation: 'Danube Route' });
}

describe('leads: approval decides again on what holds now; lead input is validated', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const agencyId: Record<string, string> = {};
  let recruiters: string;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const shareInput = (to: string[], purpose = 'INVESTIGATION') => ({ input: { leadId: recruiters, recipientAgencyIds: to.map((a) => agencyId[a]), purpose } });
  const stored = async (acronym: string) =>
    (
      await t.db.query(
        `SELECT id, status, redacted_categories::text[] AS redacted, legal_basis->>'id' AS basis, basis_valid_until, lapse_reason
           FROM lead_shares WHERE lead_id = $1 AND recipient_agency_id = $2 ORDER BY created_at DESC LIMIT 1`,
        [recruiters, agencyId[acronym]],
      )
    )[0];
  const approve = (shareId: string) => as('nlLiaison', DECIDE, { input: { shareId, approve: true, reason: 'Needed for the joint action day' } });

  beforeAll(async () => {
    t = await startTestApp({ LEAD_LAPSE_CHECK_SECONDS: '0' }, { demoData: false });
    await taskForce(t);
    for (const who of Object.keys(EMAIL) as Who[]) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym] = a.id;
    [{ id: recruiters }] = await t.db.query('SELECT id FROM leads WHERE summary = $1', [RECRUITERS]);
  });
  afterAll(() => t.close());

  it("an onward sender's preview shows the removals it inherits, exactly as the share records them", async () => {
    // BE-SIS → IOM: BE-SIS holds no victim data (NL-2), so the share carries none — the preview must say so.
    const preview = await as('be', PREVIEW, shareInput(['IOM']));
    expect(preview.errors).toBeUndefined();
    const [p] = preview.data!.previewLeadShare;
    expect(p.redactedCategories).toEqual(['VICTIM_PERSONAL_DATA']);
    expect(p.reasons.map((r: any) => `${r.code}:${r.ref}`)).toContain('RULE_REDACTS:NL-2');
    const shared = await as('be', SHARE, shareInput(['IOM']));
    expect(shared.errors).toBeUndefined();
    const [s] = shared.data!.shareLead;
    expect({ outcome: p.outcome, redactedCategories: p.redactedCategories, reasons: p.reasons }).toEqual({ outcome: s.outcome, redactedCategories: s.redactedCategories, reasons: s.reasons });
  });

  it('approving a stale onward share decides it again on what the sender holds now, under the law in force now', async () => {
    const shared = await as('liaison', SHARE, shareInput(['ES-BIP', 'SPF']));
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareLead.map((s: any) => [s.recipientAgency.acronym, s.status, s.redactedCategories])).toEqual([
      ['ES-BIP', 'PENDING_APPROVAL', []],
      ['SPF', 'PENDING_APPROVAL', ['SUSPECT_PERSONAL_DATA']],
    ]);
    expect((await stored('SPF')).basis).toBe('NL-RO-MLA');

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const ended = await as('admin', UPDATE_AGREEMENT, { input: { id: 'NL-RO-MLA', expectedVersion: 1, inForceTo: yesterday } });
    expect(ended.errors).toBeUndefined();
    // RO-DIOC's own copy is narrowed: victim data removed, now on UN-TIP-PROTOCOL.
    expect(await stored('RO-DIOC')).toMatchObject({ status: 'ACTIVE', redacted: ['VICTIM_PERSONAL_DATA'], basis: 'UN-TIP-PROTOCOL' });
    // The pending onward shares keep waiting, but never carry more than RO-DIOC now holds.
    expect(await stored('ES-BIP')).toMatchObject({ status: 'PENDING_APPROVAL', redacted: ['VICTIM_PERSONAL_DATA'] });
    expect(await stored('SPF')).toMatchObject({ status: 'PENDING_APPROVAL', redacted: ['VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA'] });

    const es = await approve((await stored('ES-BIP')).id);
    expect(es.errors).toBeUndefined();
    expect(es.data!.decideLeadShareApproval).toMatchObject({ status: 'ACTIVE', redactedCategories: ['VICTIM_PERSONAL_DATA'], legalBasis: { id: 'UN-TIP-PROTOCOL' } });
    const esRead = await as('es', READ, { id: recruiters });
    expect(esRead.errors).toBeUndefined();
    expect(esRead.data!.lead.dataCategories).toEqual(['SUSPECT_PERSONAL_DATA', 'LOCATION_DATA']);

    const spf = await approve((await stored('SPF')).id);
    expect(spf.errors).toBeUndefined();
    expect(spf.data!.decideLeadShareApproval).toMatchObject({
      status: 'ACTIVE',
      redactedCategories: ['VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA'],
      legalBasis: { id: 'UN-TIP-PROTOCOL' },
    });
    expect(await stored('SPF')).toMatchObject({ basis: 'UN-TIP-PROTOCOL', basis_valid_until: null });
    const spfRead = await as('ngo', READ, { id: recruiters });
    expect(spfRead.errors).toBeUndefined();
    expect(spfRead.data!.lead.dataCategories).toEqual(['LOCATION_DATA']);
  });

  it('a first share the law now denies lapses at approval instead of becoming readable', async () => {
    // NL-POL → NG-NATA for victim assistance: UN-TIP-PROTOCOL does not cover that purpose → no agreement → approval.
    const shared = await as('coordinator', SHARE, shareInput(['NG-NATA'], 'VICTIM_ASSISTANCE'));
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareLead.map((s: any) => s.status)).toEqual(['PENDING_APPROVAL']);
    // A rule version that took effect before the sweep decided the share again: nothing may enter Nigeria.
    await t.db.query(
      `INSERT INTO jurisdiction_rules (id, version, effective_from, effective_to, scope, flows, when_filter, condition, text)
       VALUES ('NG-TEST', 1, '2020-01-01', NULL, '{"kind":"COUNTRY","country":"NG"}', '{ENTERING}', NULL, '{"kind":"RESTRICT_FLOW","effect":"DENY"}', 'Test rule: no lead data enters Nigeria.')`,
    );
    const res = await approve((await stored('NG-NATA')).id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.decideLeadShareApproval).toMatchObject({ status: 'LAPSED', lapseReason: 'LAW_CHANGED' });
    expect(await stored('NG-NATA')).toMatchObject({ status: 'LAPSED', lapse_reason: 'LAW_CHANGED' });
    await t.db.query(`DELETE FROM jurisdiction_rules WHERE id = 'NG-TEST'`);
  });

  it('an onward share whose sender no longer holds the lead lapses at approval', async () => {
    // RO-DIOC → Europol (an international organisation: no agreement) → REQUIRES_APPROVAL.
    const shared = await as('liaison', SHARE, shareInput(['Europol']));
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.shareLead.map((s: any) => s.status)).toEqual(['PENDING_APPROVAL']);
    // RO-DIOC's basis ended a minute ago and the sweep has not run yet: RO-DIOC no longer reads the lead.
    await t.db.query(`UPDATE lead_shares SET basis_valid_until = now() - interval '1 minute' WHERE id = $1`, [(await stored('RO-DIOC')).id]);
    const res = await approve((await stored('Europol')).id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.decideLeadShareApproval).toMatchObject({ status: 'LAPSED', lapseReason: 'LAW_CHANGED' });
    const read = await as('analyst', READ, { id: recruiters });
    expect(errorCode(read)).toBe('NOT_FOUND');
  });

  describe('createLead and updateLead refuse invalid input, naming the field', () => {
    const base = (extra: Record<string, unknown> = {}) => ({
      summary: 'Fictional test lead: recruiters at a bus station',
      details: 'Line one.\nLine two: details may span several lines.',
      formOfExploitation: 'FORCED_LABOUR',
      route: [{ country: 'RO', role: 'ORIGIN' }],
      dataCategories: ['LOCATION_DATA'],
      tlp: 'GREEN',
      sourceReliability: 'C',
      informationCredibility: 'POSSIBLY_TRUE',
      handlingCodes: [],
      ...extra,
    });
    const fields = async (input: Record<string, unknown>): Promise<string[]> => {
      const res = await as('coordinator', CREATE, { input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return (res.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field);
    };
    const victim = (extra: Record<string, unknown>) => ({ persons: [{ role: 'SUSPECT', name: 'Test Suspect (fictional)' }, { role: 'POTENTIAL_VICTIM', ...extra }] });

    it('route countries must exist in ISO 3166-1 and a route needs a stop', async () => {
      expect(await fields(base({ route: [{ country: 'RO', role: 'ORIGIN' }, { country: 'ZZ', role: 'DESTINATION' }] }))).toEqual(['route.1.country']);
      expect(await fields(base({ route: [] }))).toEqual(['route']);
    });

    it("a potential victim's date of birth is a real date not in the future; nationality an ISO code", async () => {
      expect(await fields(base(victim({ dateOfBirth: '2001-02-30' })))).toEqual(['persons.1.dateOfBirth']);
      expect(await fields(base(victim({ dateOfBirth: `${new Date().getUTCFullYear() + 1}-01-01` })))).toEqual(['persons.1.dateOfBirth']);
      expect(await fields(base(victim({ nationality: 'XX' })))).toEqual(['persons.1.nationality']);
    });

    it('a date of birth is from 1900-01-01 to today (UTC), and the message says so', async () => {
      const problems = async (dateOfBirth: string) => {
        const res = await as('coordinator', CREATE, { input: base(victim({ dateOfBirth })) });
        return res.errors?.[0].extensions?.['fields'];
      };
      const range = [{ field: 'persons.1.dateOfBirth', message: 'dateOfBirth must be from 1900-01-01 to today (UTC)', code: 'dateRangeToToday', values: { from: '1900-01-01' } }];
      expect(await problems('0999-01-01')).toEqual(range);
      expect(await problems('1899-12-31')).toEqual(range);
      expect(await problems('0001-01-01')).toEqual([expect.objectContaining({ field: 'persons.1.dateOfBirth' })]);
      expect(await problems('1900-01-32')).toEqual([{ field: 'persons.1.dateOfBirth', message: 'dateOfBirth must be a real calendar date YYYY-MM-DD', code: 'isIsoDate' }]);
      expect(await problems('1900-01-01')).toBeUndefined();
    });

    it('a summary is one line: newlines and tabs are refused; details keep their line breaks', async () => {
      expect(await fields(base({ summary: 'Recruiters\nat the station' }))).toEqual(['summary']);
      expect(await fields(base({ summary: 'Recruiters\tat the station' }))).toEqual(['summary']);
      // Line breaks and controls outside ASCII too: NEL (U+0085), CSI (U+009B), line and paragraph separators.
      for (const odd of ['\u0085', '\u009b', '\u2028', '\u2029']) expect(await fields(base({ summary: `Recruiters${odd}at the station` }))).toEqual(['summary']);
      // Multi-line details keep line breaks, never C1 controls.
      expect(await fields(base({ details: 'Seen twice\u0085at the station' }))).toEqual(['details']);
      const ok = await as('coordinator', CREATE, { input: base(victim({ dateOfBirth: '2000-02-29', nationality: 'RO' })) });
      expect(ok.errors).toBeUndefined();
      const id = ok.data!.createLead.id;
      const update = await as('coordinator', UPDATE, { input: { id, expectedVersion: 1, summary: 'Recruiters\r\nat the station' } });
      expect(errorCode(update)).toBe('BAD_USER_INPUT');
      expect((update.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual(['summary']);
    });
  });
});
