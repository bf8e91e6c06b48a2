import { Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * STIX 2.1 import of a lead (importStixBundle, docs/stix.md). Round trip: NL-POL's recruiters lead (TLP:AMBER, H2,
 * B/2, route RO → NL → ES, three selectors) exported by RO-DIOC's liaison officer (RO-DIOC holds a full share), then
 * imported by RO-DIOC's analyst: a new lead of RO-DIOC whose fields are the ones RO-DIOC could read, worked out by hand below.
 */
const TLP_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const IMPORT = `mutation($bundle: String!) { importStixBundle(bundle: $bundle) {
  lead { id summary details formOfExploitation route { country role } dataCategories tlp sourceReliability informationCredibility handlingCodes handlingCondition status originatingAgency { acronym } selectors { kind display } }
  skipped { id type reason } } }`;
const LEAD_COUNT = 'SELECT count(*)::int AS n FROM leads';

describe('STIX 2.1 import of a lead (importStixBundle)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  let leadId: string;
  const as = (who: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const importAs = (who: string, bundle: unknown) => as(who, IMPORT, { bundle: typeof bundle === 'string' ? bundle : JSON.stringify(bundle) });
  const exported = async (who: string) => JSON.parse((await as(who, 'query($id: ID!) { leadStix(id: $id) }', { id: leadId })).data!.leadStix) as { type: string; objects: Array<Record<string, any>> };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES.SPF, AGENCIES.Europol, AGENCIES.IOM);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], { email: 'analyst@ro.test', name: 'Radu Stan', agency: 'RO-DIOC', roles: [Role.ANALYST] });
    await f.operation(OPERATIONS.danube);
    await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA']);
    await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3']);
    await f.lead(LEADS.recruiters);
    leadId = f.leads[LEADS.recruiters.summary];
    for (const who of ['coordinator@nl.test', 'liaison@ro.test', 'member@ro.test', 'analyst@ro.test']) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
    for (const selector of [
      { kind: 'EMAIL', email: 'Ana.Pop@Example.RO' },
      { kind: 'ONLINE_HANDLE', platform: 'TELEGRAM', handle: '@Anna_M' },
      { kind: 'PHONE', phone: '+40 712 345 678' },
    ]) {
      const res = await as('coordinator@nl.test', 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { id } } }', { input: { leadId, ...selector } });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => t?.close());

  it("round trip: an RO-DIOC analyst's import of RO-DIOC's export is a new RO-DIOC lead with the fields it could read", async () => {
    const bundle = await exported('liaison@ro.test');
    const res = await importAs('analyst@ro.test', bundle);
    expect(res.errors).toBeUndefined();
    const { lead, skipped } = res.data!.importStixBundle;
    expect(lead.id).not.toBe(leadId);
    expect({ ...lead, id: undefined, selectors: [...lead.selectors].sort((a: { kind: string }, b: { kind: string }) => a.kind.localeCompare(b.kind)) }).toEqual({
      id: undefined,
      summary: LEADS.recruiters.summary,
      details: LEADS.recruiters.details,
      formOfExploitation: 'SEXUAL_EXPLOITATION',
      route: [
        { country: 'RO', role: 'ORIGIN' },
        { country: 'NL', role: 'TRANSIT' },
        { country: 'ES', role: 'DESTINATION' },
      ],
      dataCategories: ['VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'],
      tlp: 'AMBER',
      sourceReliability: 'B',
      informationCredibility: 'PROBABLY_TRUE',
      handlingCodes: ['H2'],
      handlingCondition: null,
      status: 'NEW',
      originatingAgency: { acronym: 'RO-DIOC' },
      selectors: [
        { kind: 'EMAIL', display: 'ana.pop@example.ro' },
        { kind: 'ONLINE_HANDLE', display: '@anna_m (TELEGRAM)' },
        { kind: 'PHONE', display: '+40 712 345 678' },
      ],
    });
    // NL-POL's identity is not imported: the new lead is RO-DIOC's (the workspace's identity belongs to the extension).
    const identities = bundle.objects.filter((o) => o['type'] === 'identity' && o['identity_class'] === 'organization').map((o) => o['id']);
    expect(skipped.map((s: { id: string }) => s.id)).toEqual(identities);
    expect(skipped.every((s: { type: string; reason: string }) => s.type === 'identity' && s.reason.length > 0)).toBe(true);
  });

  it('reports each object it cannot map, and marks the lead TLP:RED for a marking it does not know', async () => {
    const bundle = await exported('liaison@ro.test');
    const report = bundle.objects.find((o) => o['type'] === 'report')!;
    const statement = { type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--1f6e5ae4-4cf8-4a6b-8d0c-2f5f3e2c7a10', created: '2026-01-01T00:00:00.000Z', definition_type: 'statement', definition: { statement: 'Copyright 2026 Example' } };
    const malware = { type: 'malware', spec_version: '2.1', id: 'malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: 'x', is_family: false };
    const ipv4 = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd', value: '198.51.100.3' };
    const badEmail = { type: 'email-addr', spec_version: '2.1', id: 'email-addr--3a3a6d4b-1c7e-5d0f-9d55-0c2a8f3c1a11', value: 'not-an-address' };
    // TLP:AMBER replaced by TLP:GREEN, the handling marking (H2) kept, a statement marking added.
    report['object_marking_refs'] = [TLP_GREEN, ...report['object_marking_refs'].slice(1), statement.id];
    report['object_refs'] = [...report['object_refs'], malware.id, ipv4.id, badEmail.id];
    const res = await importAs('liaison@ro.test', { ...bundle, objects: [...bundle.objects, statement, malware, ipv4, badEmail] });
    expect(res.errors).toBeUndefined();
    const { lead, skipped } = res.data!.importStixBundle;
    expect(lead.tlp).toBe('RED');
    expect(lead.handlingCodes).toEqual(['H2']);
    const notIdentity = skipped.filter((s: { type: string }) => s.type !== 'identity');
    expect(notIdentity.map((s: { id: string; type: string }) => [s.id, s.type]).sort()).toEqual(
      [
        [statement.id, 'marking-definition'],
        [malware.id, 'malware'],
        [ipv4.id, 'ipv4-addr'],
        [badEmail.id, 'email-addr'],
      ].sort(),
    );
    expect(notIdentity.find((s: { id: string }) => s.id === statement.id).reason).toContain('TLP:RED');
    expect(notIdentity.find((s: { id: string }) => s.id === badEmail.id).reason).toContain('EMAIL');
    expect(JSON.stringify(skipped)).not.toContain('not-an-address');
    expect(lead.selectors).toHaveLength(3);
  });

  it.each([
    ['not JSON', 'bundle', '{"type": "bundle", '],
    ['not a bundle', 'bundle.type', { type: 'report' }],
    ['objects missing', 'bundle.objects', { type: 'bundle', id: 'bundle--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061' }],
    ['no report or grouping', 'bundle.objects', { type: 'bundle', id: 'bundle--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', objects: [{ type: 'identity', id: 'identity--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', name: 'x' }] }],
  ])('refuses %s with BAD_USER_INPUT naming %s, creating nothing', async (_what, field, bundle) => {
    const before = await t.db.query(LEAD_COUNT);
    const res = await importAs('liaison@ro.test', bundle);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field })]);
    expect(await t.db.query(LEAD_COUNT)).toEqual(before);
  });

  it('refuses objects whose id is not <type>--<RFC 4122 UUID> of their own type, and a repeated id, each by index; creating nothing', async () => {
    const bundle = await exported('liaison@ro.test');
    const n = bundle.objects.length;
    const reportId = bundle.objects.find((o) => o['type'] === 'report')!['id'] as string;
    const faulty = [
      { type: 'malware', spec_version: '2.1', id: 'malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd006', name: 'x', is_family: false }, // a digit too few
      { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv6-addr--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', value: '198.51.100.7' }, // another type
      { type: 'malware', spec_version: '2.1', id: 'malware--0c7b5b88-8ff7-4a4d-7a9d-feb398cd0061', name: 'y', is_family: false }, // variant 0 (NCS), not RFC 4122
      { type: 'report', spec_version: '2.1', id: reportId, name: 'a second copy of the report' }, // the id of the report
    ];
    const before = await t.db.query(LEAD_COUNT);
    const selectorsBefore = await t.db.query('SELECT count(*)::int AS n FROM lead_selectors');
    const res = await importAs('liaison@ro.test', { ...bundle, objects: [...bundle.objects, ...faulty] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const reportIndex = bundle.objects.findIndex((o) => o['type'] === 'report');
    expect(res.errors![0].extensions!['fields']).toEqual([
      { field: `bundle.objects[${n}].id`, message: expect.stringContaining('RFC 4122') },
      { field: `bundle.objects[${n + 1}].id`, message: expect.stringContaining('"ipv4-addr--"') },
      { field: `bundle.objects[${n + 2}].id`, message: expect.stringContaining('RFC 4122') },
      { field: `bundle.objects[${n + 3}].id`, message: expect.stringContaining(`bundle.objects[${reportIndex}]`) },
    ]);
    expect(await t.db.query(LEAD_COUNT)).toEqual(before);
    expect(await t.db.query('SELECT count(*)::int AS n FROM lead_selectors')).toEqual(selectorsBefore);
  });

  it('refuses a report without a usable name, naming report.name, creating nothing', async () => {
    const bundle = await exported('liaison@ro.test');
    bundle.objects.find((o) => o['type'] === 'report')!['name'] = 'x';
    const before = await t.db.query(LEAD_COUNT);
    const res = await importAs('liaison@ro.test', bundle);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([expect.objectContaining({ field: 'report.name' })]);
    expect(await t.db.query(LEAD_COUNT)).toEqual(before);
  });

  it('writes nothing when recording a selector fails inside the import (a used-up selector budget)', async () => {
    const bundle = await exported('liaison@ro.test');
    const before = await t.db.query(LEAD_COUNT);
    const selectorsBefore = await t.db.query('SELECT count(*)::int AS n FROM lead_selectors');
    await t.db.query(`INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind, refused)
      SELECT u.agency_id, u.id, 'PHONE', false FROM users u, generate_series(1, 1000) WHERE u.email = 'liaison@ro.test'`);
    const res = await importAs('liaison@ro.test', bundle);
    await t.db.query(`DELETE FROM selector_queries WHERE querier_user_id = (SELECT id FROM users WHERE email = 'liaison@ro.test')`);
    expect(errorCode(res)).toBe('QUERY_BUDGET_EXHAUSTED');
    expect(await t.db.query(LEAD_COUNT)).toEqual(before);
    expect(await t.db.query('SELECT count(*)::int AS n FROM lead_selectors')).toEqual(selectorsBefore);
  });

  it('is for those who record leads: a member is FORBIDDEN', async () => {
    const res = await importAs('member@ro.test', await exported('liaison@ro.test'));
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
