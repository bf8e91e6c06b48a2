import { createHmac } from 'node:crypto';
import { gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * searchLeads / searchLeadCount: only leads the caller may read, matched only against what the caller's copy shows.
 * Expected sets are written by hand from libs/api/leads/src/lib/demo-leads.ts:
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
  coordinator: 'coordinator@demo.test', // NL-POL
  liaison: 'liaison@demo.test', // RO-DIOC
  be: 'be-liaison@demo.test', // BE-SIS
  ngo: 'ngo-liaison@demo.test', // SPF
  outsider: 'outsider@demo.test', // NG-NATA
  th: 'th-coordinator@demo.test', // TH-AHTD
  es: 'es-liaison@demo.test', // ES-BIP (named on the RED lead, never sent it)
  admin: 'admin@demo.test', // JTF-SEC, PLATFORM_ADMIN
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

const SEARCH = 'query($text: String!) { searchLeads(text: $text) { summary } searchLeadCount(text: $text) }';

describe('leads: search over what the caller may read, as the caller may read it', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);

  beforeAll(async () => {
    t = await startTestApp();
    for (const who of WHO) token[who] = await login(t.url, EMAIL[who]);
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
