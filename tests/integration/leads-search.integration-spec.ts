import { createHmac } from 'node:crypto';
import { AgreementKind, DataCategory, InformationCredibility, OperationStatus, RuleFlow, SharingPurpose, SourceReliability } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, PEOPLE } from '../support/sample-task-force';

/**
 * searchLeads / searchLeadCount: only leads the caller may read, matched only against what the caller's copy shows.
 * Expected sets are written by hand from the leads built in `taskForce` below (the sample leads of
 * tests/support/sample-task-force.ts, in operations named Danube Route and Coastal Harvest), shared as the sharing law built
 * there decides (RO-DIOC under the NL–RO treaty, which covers victim data; BE-SIS under the Palermo Protocol,
 * which does not, and rule NL-2 removes it; SPF under the MoU, rule NGO-1 removing suspect data):
 *
 *   recruiters — summary "Recruiters moving Romanian women through Rotterdam to Valencia"; details mention the
 *                "shelter hotline"; suspect "Dorin Vlasic (fictional)", potential victim "woman, 20–24".
 *                Read by NL-POL (originator), RO-DIOC (whole), BE-SIS (victim data removed: details replaced by
 *                the notice, no potential victim).
 *   brokers    — summary "Brokers recruiting Nigerian deckhands…"; details "Captain Sunny", "Songkhla". TH-AHTD, NG-NATA.
 *   organs     — summary "Kidney sale offers…"; H3 condition "…contact RO-DIOC first." RO-DIOC only.
 *   barge      — summary "Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria"; details
 *                "…the skipper keeps their papers…"; suspect "Hendrik Dekkers (fictional)", description "skipper".
 *                NL-POL, SPF (suspect data removed: details replaced by the notice, no suspect).
 */

const LEAD = {
  recruiters: 'Recruiters moving Romanian women through Rotterdam to Valencia',
  brokers: 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels',
  organs: 'Kidney sale offers to indebted workers, surgery arranged in Spain',
  barge: 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria',
} as const;
type LeadKey = keyof typeof LEAD;

const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL
  liaison: 'liaison@ro.test', // RO-DIOC
  be: 'liaison@be.test', // BE-SIS
  ngo: 'liaison@spf.test', // SPF
  outsider: 'member@ng.test', // NG-NATA
  th: 'coordinator@th.test', // TH-AHTD
  es: 'liaison@es.test', // ES-BIP (named on the RED lead, never sent it)
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
} as const;
type Who = keyof typeof EMAIL;
const WHO = Object.keys(EMAIL) as Who[];

/** text → who → the leads found. Words removed from a recipient's copy must not find the lead for that recipient. */
const EXPECTED: Record<string, Partial<Record<Who, LeadKey[]>>> = {
  rotterdam: { coordinator: ['recruiters', 'barge'], liaison: ['recruiters'], be: ['recruiters'], ngo: ['barge'] },
  ROTTERDAM: { coordinator: ['recruiters', 'barge'], liaison: ['recruiters'], be: ['recruiters'], ngo: ['barge'] },
  hotline: { coordinator: ['recruiters'], liaison: ['recruiters'] }, // BE-SIS: details replaced (victim data removed)
  'woman, 20': { coordinator: ['recruiters'], liaison: ['recruiters'] }, // the potential victim: not in BE-SIS's copy
  Vlasic: { coordinator: ['recruiters'], liaison: ['recruiters'], be: ['recruiters'] },
  skipper: { coordinator: ['barge'] }, // SPF: suspect data removed from its copy
  Dekkers: { coordinator: ['barge'] },
  'two crew members': { coordinator: ['barge'] }, // in details, which SPF's copy replaces by the notice
  'Captain Sunny': { outsider: ['brokers'], th: ['brokers'] },
  'contact RO-DIOC first': { liaison: ['organs'] }, // H3 condition; ES-BIP is named but holds no share
  Kidney: { liaison: ['organs'] },
  '%%': {}, // LIKE wildcards are matched literally
  '_a': {},
  'a\\b': {},
};

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, LOCATION_DATA: LOCATION, COMMUNICATIONS_DATA: COMMS } = DataCategory;

/** Danube Route and Coastal Harvest, the sharing law that decides the shares, and the four leads above. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['NG-NATA'], AGENCIES['TH-AHTD'], AGENCIES['JTF-SEC']);
  await f.person(...Object.values(EMAIL).map((email) => PEOPLE[email]));
  await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF'], coordinators: [EMAIL.coordinator] });
  await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: [EMAIL.th], status: OperationStatus.PLANNED });
  await f.agreement(
    { id: 'UN-TIP-PROTOCOL', kind: AgreementKind.MULTILATERAL, countries: ['BE', 'ES', 'NG', 'NL', 'RO', 'TH'], dataCategories: [SUSPECT, LOCATION, COMMS], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION], inForceFrom: '2013-01-01' },
    AGREEMENTS['NL-RO-MLA'],
    AGREEMENTS['NLPOL-SPF-MOU'],
  );
  await f.rule(
    { id: 'NL-2', version: 1, effectiveFrom: '2025-01-01', effectiveTo: null, scope: { kind: 'COUNTRY', country: 'NL' }, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REDACT' }, text: "Victims' personal data leaves the Netherlands only under an agreement covering it; otherwise it is removed." },
    RULES['NGO-1'],
  );
  // Every lead here is graded B / probably true (the builder's default), the brokers, organs and barge leads included.
  await f.lead(
    { ...LEADS.recruiters, operation: 'Danube Route' },
    { ...LEADS.brokers, operation: 'Coastal Harvest', sourceReliability: SourceReliability.B, informationCredibility: InformationCredibility.PROBABLY_TRUE },
    { ...LEADS.organs, sourceReliability: SourceReliability.B, informationCredibility: InformationCredibility.PROBABLY_TRUE },
    { ...LEADS.barge, informationCredibility: InformationCredibility.PROBABLY_TRUE },
  );
}

const SEARCH = 'query($text: String!) { searchLeads(text: $text) { summary } searchLeadCount(text: $text) }';

describe('leads: search over what the caller may read, as the caller may read it', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    for (const who of WHO) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
  });
  afterAll(() => t.close());

  const cells = Object.keys(EXPECTED).flatMap((text) => WHO.map((who) => [text, who] as [string, Who]));
  it.each(cells)('"%s" as %s', async (text, who) => {
    const res = await as(who, SEARCH, { text });
    expect(res.errors).toBeUndefined();
    const expected = (EXPECTED[text][who] ?? []).map((k) => LEAD[k]).sort();
    expect(res.data!.searchLeads.map((l: { summary: string }) => l.summary).sort()).toEqual(expected);
    expect(res.data!.searchLeadCount).toBe(expected.length);
  });

  it.each([
    ['a', 'text must be at least 2 characters'],
    ['   a  ', 'text must be at least 2 characters'],
    ['x'.repeat(201), 'text must be at most 200 characters'],
  ])('refuses %j naming the field', async (text, message) => {
    for (const query of ['query($text: String!) { searchLeads(text: $text) { id } }', 'query($text: String!) { searchLeadCount(text: $text) }']) {
      const res = await as('coordinator', query, { text });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'text', message }] });
    }
  });

  it('text pasted with invisible controls (zero-width, bidi, byte-order mark) finds what the plain text finds', async () => {
    const res = await as('coordinator', SEARCH, { text: '\ufeffRotter\u200bdam\u2066' });
    expect(res.errors).toBeUndefined();
    const expected = (EXPECTED['rotterdam'].coordinator ?? []).map((k) => LEAD[k]).sort();
    expect(res.data!.searchLeads.map((l: { summary: string }) => l.summary).sort()).toEqual(expected);
    expect(res.data!.searchLeadCount).toBe(expected.length);
  });

  it('200 characters are accepted', async () => {
    const res = await as('coordinator', SEARCH, { text: 'y'.repeat(200) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.searchLeadCount).toBe(0);
  });

  it('each search writes one LEAD_LIST_READ entry with the ids returned, never the text searched', async () => {
    const before: Array<{ seq: string }> = await t.db.query('SELECT max(seq)::text AS seq FROM audit_entries');
    const res = await as('be', 'query($text: String!) { searchLeads(text: $text) { id } }', { text: 'Vlasic' });
    const entries = await t.db.query(`SELECT action, subject_type, subject_id, actor_agency_id::text AS agency, details FROM audit_entries WHERE seq > $1 ORDER BY seq`, [before[0].seq]);
    const [be] = await t.db.query(`SELECT id FROM agencies WHERE acronym = 'BE-SIS'`);
    // The fingerprint: HMAC-SHA-256 under the database's key of the canonical JSON of the query and its arguments
    // (the search text in lower case), so the same search is recognisable without being stored.
    const [{ key }] = await t.db.query('SELECT fingerprint_key AS key FROM audit_head');
    const fingerprint = createHmac('sha256', key).update('{"args":{"text":"vlasic"},"query":"searchLeads"}').digest('hex');
    expect(entries).toEqual([
      { action: 'LEAD_LIST_READ', subject_type: 'LEAD_LIST', subject_id: be.id, agency: be.id, details: { query: 'searchLeads', count: 1, fingerprint, leadIds: [res.data!.searchLeads[0].id] } },
    ]);
    expect(JSON.stringify(entries)).not.toContain('Vlasic');
    expect(JSON.stringify(entries).toLowerCase()).not.toContain('vlasic');
  });
});
