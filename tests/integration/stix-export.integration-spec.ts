import { randomUUID } from 'node:crypto';
// The uuid package (a transitive dependency, not the product's own code) computes the expected UUIDv5 values
// independently of the API's RFC 9562 §5.5 implementation.
import { v5 as uuidv5 } from 'uuid';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * STIX 2.1 export of a lead (docs/stix.md), checked against the OASIS STIX 2.1 specification by hand, since the
 * OASIS stix2-validator cannot be installed here. Fixture: the sample task force's recruiters lead of NL-POL
 * (TLP:AMBER, H2, grading B/2, route RO → NL → ES), shared with RO-DIOC in full and with BE-SIS without victim
 * personal data, carrying five selectors recorded by NL-POL:
 *
 *   input                              normalised value            STIX object
 *   e-mail  Ana.Pop@Example.RO         ana.pop@example.ro          email-addr  { value }
 *   domain  https://jobs.example.ro/x  example.ro                  domain-name { value }
 *   handle  TELEGRAM @Anna_M           TELEGRAM|anna_m             user-account { account_login anna_m, account_type telegram }
 *   phone   +40 712 345 678            +40712345678                taskforce-selector { selector_kind PHONE }
 *   IBAN    RO49 AAAA 1B31 0075 ...    RO49AAAA1B31007593840000    taskforce-selector { selector_kind IBAN }
 */
const PROJECT_NAMESPACE = 'bfedfb4e-582b-4607-9709-b68e50ea21a4';
/** STIX 2.1 (Identifier data type): the namespace of deterministic SCO identifiers. */
const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
const EXTENSION = 'extension-definition--b5afe0f3-9469-4bef-9d4f-a721ba6daf48';
const WORKSPACE_IDENTITY = 'identity--6d109436-2bd0-4361-ba67-363ee40e9c23';
const TLP_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
/** ../shared/data/README.md, "Codes worth knowing". */
const TLP_IDS = {
  CLEAR: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  GREEN: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  AMBER: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  RED: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
const RFC3339_MS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const STIX_ID = /^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const project = (type: string, name: string) => `${type}--${uuidv5(name, PROJECT_NAMESPACE)}`;
/** RFC 8785 canonical JSON of flat string properties: keys in code-point order, no white space. */
const canonical = (props: Record<string, string>) => JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1))));
const sco = (type: string, props: Record<string, string>) => `${type}--${uuidv5(canonical(props), SCO_NAMESPACE)}`;

const STIX = 'query($id: ID!) { leadStix(id: $id) }';
const SELECTORS = [
  { kind: 'EMAIL', email: 'Ana.Pop@Example.RO' },
  { kind: 'WEB_DOMAIN', domain: 'https://jobs.example.ro/x' },
  { kind: 'ONLINE_HANDLE', platform: 'TELEGRAM', handle: '@Anna_M' },
  { kind: 'PHONE', phone: '+40 712 345 678' },
  { kind: 'IBAN', iban: 'RO49 AAAA 1B31 0075 9384 0000' },
];

describe('STIX 2.1 export of a lead (leadStix)', () => {
  let t: TestApp;
  let f: FixtureBuilder;
  const token: Record<string, string> = {};
  let leadId: string;
  const as = (who: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const bundleFor = async (who: string, id = leadId) => {
    const res = await as(who, STIX, { id });
    expect(res.errors).toBeUndefined();
    return JSON.parse(res.data!.leadStix as string) as { type: string; id: string; objects: Array<Record<string, any>> };
  };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES.SPF, AGENCIES.Europol, AGENCIES.IOM);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test']);
    await f.operation(OPERATIONS.danube);
    await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA']);
    await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3']);
    await f.lead(LEADS.recruiters, LEADS.organs);
    leadId = f.leads[LEADS.recruiters.summary];
    for (const who of ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test', 'liaison@es.test']) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
    for (const selector of SELECTORS) {
      const res = await as('coordinator@nl.test', 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { id } } }', { input: { leadId, ...selector } });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => t?.close());

  /** The bundle the originating agency (and a recipient of a full share) must get, computed by hand. */
  async function expectedFullBundle() {
    const [lead] = await t.db.query(`SELECT created_at, updated_at FROM leads WHERE id = $1`, [leadId]);
    const [agency] = await t.db.query(`SELECT id, created_at FROM agencies WHERE acronym = 'NL-POL'`);
    const created = new Date(lead.created_at).toISOString();
    const modified = new Date(lead.updated_at).toISOString();
    const identity = project('identity', `identity/${agency.id}`);
    const handling = project('marking-definition', `handling/${leadId}`);
    const markings = [TLP_IDS.AMBER, handling];
    const route = [
      ['RO', 'ORIGIN'],
      ['NL', 'TRANSIT'],
      ['ES', 'DESTINATION'],
    ];
    const locations = route.map(([country, role], i) => ({
      type: 'location',
      spec_version: '2.1',
      id: project('location', `location/${leadId}/${i}`),
      created,
      modified,
      created_by_ref: identity,
      country,
      object_marking_refs: markings,
      extensions: { [EXTENSION]: { extension_type: 'property-extension', route_role: role } },
    }));
    const scos = [
      { type: 'email-addr', spec_version: '2.1', id: sco('email-addr', { value: 'ana.pop@example.ro' }), value: 'ana.pop@example.ro', object_marking_refs: markings },
      { type: 'domain-name', spec_version: '2.1', id: sco('domain-name', { value: 'example.ro' }), value: 'example.ro', object_marking_refs: markings },
      {
        type: 'user-account',
        spec_version: '2.1',
        id: sco('user-account', { account_login: 'anna_m', account_type: 'telegram' }),
        account_login: 'anna_m',
        account_type: 'telegram',
        object_marking_refs: markings,
      },
      ...[
        ['PHONE', '+40712345678'],
        ['IBAN', 'RO49AAAA1B31007593840000'],
      ].map(([kind, value]) => ({
        type: 'taskforce-selector',
        spec_version: '2.1',
        id: sco('taskforce-selector', { selector_kind: kind, value }),
        selector_kind: kind,
        value,
        object_marking_refs: markings,
        extensions: { [EXTENSION]: { extension_type: 'new-sco' } },
      })),
    ].sort((a, b) => (a.id < b.id ? -1 : 1));
    const report = {
      type: 'report',
      spec_version: '2.1',
      id: project('report', `report/${leadId}`),
      created,
      modified,
      created_by_ref: identity,
      name: LEADS.recruiters.summary,
      description: LEADS.recruiters.details,
      report_types: ['threat-report'],
      published: created,
      // STIX 2.1 appendix A, Admiralty Credibility scale: 2 "Probably True" → 70.
      confidence: 70,
      labels: ['sexual-exploitation'],
      object_refs: [identity, ...locations.map((l) => l.id), ...scos.map((s) => s.id)],
      object_marking_refs: markings,
      extensions: { [EXTENSION]: { extension_type: 'property-extension', form_of_exploitation: 'SEXUAL_EXPLOITATION', source_reliability: 'B', information_credibility: '2', data_categories: ['VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'] } },
    };
    const agencyCreated = new Date(agency.created_at).toISOString();
    return {
      type: 'bundle',
      id: project('bundle', `bundle/${report.id}`),
      objects: [
        TLP_AMBER_DEFINITION,
        {
          type: 'marking-definition',
          spec_version: '2.1',
          id: handling,
          created,
          created_by_ref: identity,
          name: 'Handling codes: H2',
          definition_type: 'statement',
          definition: { statement: "Europol handling codes (Europol Regulation art. 29): H2 — not to be passed on without the provider's permission" },
          extensions: { [EXTENSION]: { extension_type: 'property-extension', handling_codes: ['H2'] } },
        },
        EXTENSION_DEFINITION,
        WORKSPACE_IDENTITY_OBJECT,
        { type: 'identity', spec_version: '2.1', id: identity, created: agencyCreated, modified: agencyCreated, created_by_ref: identity, name: 'NL-POL (test agency)', identity_class: 'organization', sectors: ['government-national'], object_marking_refs: markings },
        report,
        ...locations,
        ...scos,
      ],
    };
  }

  it('gives the originating agency the whole lead as a bundle computed by hand', async () => {
    expect(await bundleFor('coordinator@nl.test')).toEqual(await expectedFullBundle());
  });

  it('is stable: a second export is identical', async () => {
    expect(await bundleFor('coordinator@nl.test')).toEqual(await bundleFor('coordinator@nl.test'));
  });

  it('gives a recipient of a full share (RO-DIOC) the same bundle', async () => {
    expect(await bundleFor('liaison@ro.test')).toEqual(await expectedFullBundle());
  });

  it('meets the common-property rules of STIX 2.1 on every object', async () => {
    const bundle = await bundleFor('coordinator@nl.test');
    expect(bundle.id).toMatch(STIX_ID);
    for (const o of bundle.objects) {
      expect(o['spec_version']).toBe('2.1');
      expect(o['id'].startsWith(`${o['type']}--`)).toBe(true);
      expect(o['id']).toMatch(STIX_ID);
      const isSco = ['email-addr', 'domain-name', 'user-account', 'taskforce-selector'].includes(o['type']);
      if (!isSco) expect(o['created']).toMatch(RFC3339_MS_UTC);
      if (isSco) expect(o['created']).toBeUndefined();
      if (o['modified'] !== undefined) expect(o['modified']).toMatch(RFC3339_MS_UTC);
      if (o['type'] !== 'marking-definition' && o['id'] !== WORKSPACE_IDENTITY && o['type'] !== 'extension-definition') expect(o['object_marking_refs']).toContain(TLP_IDS.AMBER);
    }
    const ids = new Set(bundle.objects.map((o) => o['id']));
    expect(ids.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) for (const ref of [...(o['object_refs'] ?? []), ...(o['object_marking_refs'] ?? []), ...(o['created_by_ref'] ? [o['created_by_ref']] : [])]) expect(ids.has(ref)).toBe(true);
  });

  it('gives a recipient whose share removed victim personal data (BE-SIS) exactly what the lead query shows it, and no selectors', async () => {
    const shown = await as('liaison@be.test', 'query($id: ID!) { lead(id: $id) { details redaction { categories } selectors { id } } }', { id: leadId });
    expect(shown.data!.lead.redaction.categories).toEqual(['VICTIM_PERSONAL_DATA']);
    expect(shown.data!.lead.selectors).toEqual([]);
    const bundle = await bundleFor('liaison@be.test');
    const full = await expectedFullBundle();
    const report = bundle.objects.find((o) => o['type'] === 'report')!;
    expect(report['description']).toBe(shown.data!.lead.details);
    expect(report['description']).not.toBe(LEADS.recruiters.details);
    expect(report['id']).toBe(project('report', `report/${leadId}/without/VICTIM_PERSONAL_DATA`));
    expect(bundle.id).toBe(project('bundle', `bundle/${report['id']}`));
    const fullReport = full.objects.find((o) => o['type'] === 'report') as Record<string, any>;
    const scoTypes = ['email-addr', 'domain-name', 'user-account', 'taskforce-selector'];
    // Everything else is the full bundle minus the selectors.
    const withoutVictimData = { ...fullReport['extensions'][EXTENSION], data_categories: ['SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'] };
    expect({ ...report, id: fullReport['id'], description: fullReport['description'] }).toEqual({
      ...fullReport,
      object_refs: fullReport['object_refs'].filter((r: string) => !scoTypes.some((type) => r.startsWith(`${type}--`))),
      extensions: { [EXTENSION]: withoutVictimData },
    });
    expect(bundle.objects.filter((o) => scoTypes.includes(o['type']))).toEqual([]);
    expect(bundle.objects.filter((o) => o['type'] !== 'report')).toEqual(full.objects.filter((o) => o['type'] !== 'report' && !scoTypes.includes(o['type'] as string)));
    expect(JSON.stringify(bundle)).not.toContain('ana.pop');
  });

  const READERS = ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test', 'liaison@es.test'];
  const MATRIX = READERS.flatMap((who) => [LEADS.recruiters.summary, LEADS.organs.summary].map((summary) => [who, summary]));
  it.each(MATRIX)('%s × %s: exported exactly when the lead query answers, with its name, description and markings', async (who, summary) => {
    const id = f.leads[summary];
    const shown = await as(who, 'query($id: ID!) { lead(id: $id) { summary details tlp handlingCodes handlingCondition } }', { id });
    const res = await as(who, STIX, { id });
    expect(errorCode(res)).toBe(errorCode(shown));
    expect(res.errors?.[0]?.message).toBe(shown.errors?.[0]?.message);
    if (!shown.data?.lead) return;
    const objects = (JSON.parse(res.data!.leadStix) as { objects: Array<Record<string, any>> }).objects;
    const report = objects.find((o) => o['type'] === 'report')!;
    expect([report['name'], report['description']]).toEqual([shown.data.lead.summary, shown.data.lead.details]);
    expect(report['object_marking_refs'][0]).toBe(TLP_IDS[shown.data.lead.tlp === 'AMBER_STRICT' ? 'AMBER+STRICT' : (shown.data.lead.tlp as 'RED')]);
    const handling = objects.find((o) => o['type'] === 'marking-definition' && o['definition_type'] === 'statement');
    expect(handling?.['extensions'][EXTENSION]).toEqual(
      shown.data.lead.handlingCodes.length
        ? { extension_type: 'property-extension', handling_codes: shown.data.lead.handlingCodes, ...(shown.data.lead.handlingCondition ? { handling_condition: shown.data.lead.handlingCondition } : {}) }
        : undefined,
    );
  });

  it('answers NOT_FOUND alike for an unreadable lead (ES-BIP holds no share) and an unknown id', async () => {
    const unreadable = await as('liaison@es.test', STIX, { id: leadId });
    const unknown = await as('liaison@es.test', STIX, { id: randomUUID() });
    expect([errorCode(unreadable), unreadable.errors![0].message]).toEqual(['NOT_FOUND', 'Lead not found']);
    expect([errorCode(unknown), unknown.errors![0].message]).toEqual(['NOT_FOUND', 'Lead not found']);
  });

  it('marks with exactly the TLP 2.0 marking-definition ids of the OASIS extension', async () => {
    const [lead] = await t.db.query(`SELECT tlp FROM leads WHERE id = $1`, [leadId]);
    expect(lead.tlp).toBe('AMBER');
    for (const [label, id] of Object.entries(TLP_IDS)) {
      await t.db.query(`UPDATE leads SET tlp = $2 WHERE id = $1`, [leadId, label === 'AMBER+STRICT' ? 'AMBER_STRICT' : label]);
      const bundle = await bundleFor('coordinator@nl.test');
      const tlp = bundle.objects.filter((o) => o['type'] === 'marking-definition' && o['extensions']?.[TLP_EXTENSION]);
      expect(tlp).toEqual([{ type: 'marking-definition', spec_version: '2.1', id, created: '2022-10-01T00:00:00.000Z', name: `TLP:${label}`, extensions: { [TLP_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: label.toLowerCase() } } }]);
      expect(bundle.objects.find((o) => o['type'] === 'report')!['object_marking_refs'][0]).toBe(id);
    }
    await t.db.query(`UPDATE leads SET tlp = 'AMBER' WHERE id = $1`, [leadId]);
  });

  it('records each export as a read of the lead in the audit chain', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'LEAD_READ' AND subject_id = $1 AND details->>'format' = 'STIX_2_1'`, [leadId]);
    await bundleFor('liaison@ro.test');
    const after = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'LEAD_READ' AND subject_id = $1 AND details->>'format' = 'STIX_2_1'`, [leadId]);
    expect(after[0].n).toBe(before[0].n + 1);
  });
});

const TLP_AMBER_DEFINITION = {
  type: 'marking-definition',
  spec_version: '2.1',
  id: TLP_IDS.AMBER,
  created: '2022-10-01T00:00:00.000Z',
  name: 'TLP:AMBER',
  extensions: { [TLP_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: 'amber' } },
};

const WORKSPACE_IDENTITY_OBJECT = {
  type: 'identity',
  spec_version: '2.1',
  id: WORKSPACE_IDENTITY,
  created: '2026-12-07T00:00:00.000Z',
  modified: '2026-12-07T00:00:00.000Z',
  name: 'Task-force workspace',
  identity_class: 'system',
};

const EXTENSION_DEFINITION = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: EXTENSION,
  created: '2026-12-07T00:00:00.000Z',
  modified: '2026-12-07T00:00:00.000Z',
  created_by_ref: WORKSPACE_IDENTITY,
  name: 'Task-force workspace leads',
  description: expect.any(String),
  schema: expect.stringContaining('taskforce-selector'),
  version: '1.0.0',
  extension_types: ['new-sco', 'property-extension'],
};
