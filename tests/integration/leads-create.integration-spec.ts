import { randomUUID } from 'node:crypto';
import { OperationStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Recording a lead and reading a potential victim's identity: who may create (analysts, liaison officers,
 * coordinators of their own agency), validation of markings, identity encrypted at rest (AES-256-GCM with a key id)
 * and readable only by the originating agency with a stated reason — never in errors or notifications.
 */

const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) {
  id summary status version tlp grade handlingCodes handlingCondition dataCategories viewerIsOriginator
  originatingAgency { acronym } operation { name } route { country role }
  persons { id role name pseudonym description hasIdentity } } }`;
const REVEAL = 'mutation($input: RevealPotentialVictimInput!) { revealPotentialVictim(input: $input) { personId pseudonym fullName dateOfBirth nationality } }';

const VICTIM_NAME = 'Maria Testescu-Fictiva';

function leadInput(extra: Record<string, unknown> = {}) {
  return {
    summary: 'Fictional test lead: debt bondage in a car wash',
    details: 'Workers pay a recruitment debt; passports held by the manager.',
    formOfExploitation: 'FORCED_LABOUR',
    route: [
      { country: 'RO', role: 'ORIGIN' },
      { country: 'NL', role: 'DESTINATION' },
    ],
    dataCategories: ['LOCATION_DATA', 'VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA'],
    tlp: 'AMBER_STRICT',
    sourceReliability: 'C',
    informationCredibility: 'POSSIBLY_TRUE',
    handlingCodes: ['H3', 'H1'],
    handlingCondition: 'Only after consulting Europol AP Phoenix.',
    persons: [
      { role: 'SUSPECT', name: 'Test Suspect (fictional)', description: 'car-wash manager' },
      { role: 'POTENTIAL_VICTIM', name: VICTIM_NAME, dateOfBirth: '1999-04-02', nationality: 'RO', description: 'woman, 25–29' },
    ],
    ...extra,
  };
}

describe('leads: createLead and potential victims', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  let created: any;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Danube Route of the NL police; Coastal Harvest of the Thai police and the Nigerian agency. Agencies and people
    // from the sample task force; the two operations written here in full (fewer parties than the sample ones). No lead
    // exists yet.
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['Europol'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA'], AGENCIES['JTF-SEC']);
    const people = {
      analyst: PEOPLE['analyst@europol.test'],
      coordinator: PEOPLE['coordinator@nl.test'],
      member: PEOPLE['member@nl.test'],
      outsider: PEOPLE['member@ng.test'],
      admin: PEOPLE['admin@jtf.test'],
      'ro-admin': PEOPLE['admin@ro.test'],
    };
    await f.person(...Object.values(people), PEOPLE['coordinator@th.test']);
    await f.operation({ name: 'Joint Operation Danube Route', lead: 'NL-POL', coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Joint Operation Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    for (const [who, p] of Object.entries(people)) token[who] = await login(t.url, p.email, FIXTURE_PASSWORD);
  });
  afterAll(() => t.close());

  it('an analyst records a lead of their agency; the victim appears only under a generated pseudonym', async () => {
    const res = await as('analyst', CREATE, { input: leadInput() });
    expect(res.errors).toBeUndefined();
    created = res.data!.createLead;
    expect(created).toMatchObject({
      status: 'NEW',
      version: 1,
      tlp: 'AMBER_STRICT',
      grade: 'C3',
      handlingCodes: ['H1', 'H3'],
      handlingCondition: 'Only after consulting Europol AP Phoenix.',
      dataCategories: ['VICTIM_PERSONAL_DATA', 'SUSPECT_PERSONAL_DATA', 'LOCATION_DATA'],
      viewerIsOriginator: true,
      originatingAgency: { acronym: 'Europol' },
      operation: null,
      route: [
        { country: 'RO', role: 'ORIGIN' },
        { country: 'NL', role: 'DESTINATION' },
      ],
    });
    expect(created.persons.map((p: any) => [p.role, p.name, p.hasIdentity])).toEqual([
      ['SUSPECT', 'Test Suspect (fictional)', false],
      ['POTENTIAL_VICTIM', null, true],
    ]);
    expect(created.persons[1].pseudonym).toMatch(/^PV-[0-9A-F]{6}$/);
    expect(JSON.stringify(res)).not.toContain('Testescu');
  });

  it('the identity is stored encrypted (AES-256-GCM, key id beside it), never in clear', async () => {
    const [row] = await t.db.query('SELECT name, identity_ciphertext, identity_key_id FROM lead_persons WHERE id = $1', [created.persons[1].id]);
    expect(row.name).toBeNull();
    expect(row.identity_key_id).toMatch(/^local-[0-9a-f]{8}$/);
    expect(row.identity_ciphertext.split('.')).toHaveLength(3);
    expect(row.identity_ciphertext).not.toContain('Testescu');
    expect(Buffer.from(row.identity_ciphertext.split('.')[2], 'base64url').toString('utf8')).not.toContain('Testescu');
  });

  it('only the originating agency reads it, with a stated reason', async () => {
    const personId = created.persons[1].id;
    const ok = await as('analyst', REVEAL, { input: { personId, reason: 'Victim referral to IOM assistance programme' } });
    expect(ok.data!.revealPotentialVictim).toEqual({ personId, pseudonym: created.persons[1].pseudonym, fullName: VICTIM_NAME, dateOfBirth: '1999-04-02', nationality: 'RO' });
    const reads = await t.db.query('SELECT r.reason, u.email FROM victim_identity_reads r JOIN users u ON u.id = r.reader_id WHERE r.person_id = $1', [personId]);
    expect(reads).toEqual([{ reason: 'Victim referral to IOM assistance programme', email: 'analyst@europol.test' }]);
    const noReason = await as('analyst', REVEAL, { input: { personId, reason: 'because' } });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    for (const who of ['coordinator', 'outsider', 'admin']) {
      const res = await as(who, REVEAL, { input: { personId, reason: 'Curious about this person, please' } });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors![0].message).toBe('Person not found');
      expect(JSON.stringify(res)).not.toContain('Testescu');
    }
    const unknown = await as('analyst', REVEAL, { input: { personId: randomUUID(), reason: 'Victim referral to IOM assistance programme' } });
    expect(unknown.errors![0].message).toBe('Person not found');
    const suspect = await as('analyst', REVEAL, { input: { personId: created.persons[0].id, reason: 'Victim referral to IOM assistance programme' } });
    expect(errorCode(suspect)).toBe('BAD_USER_INPUT');
    // Refused attempts read nothing and record nothing.
    expect(await t.db.query('SELECT count(*)::int AS n FROM victim_identity_reads')).toEqual([{ n: 1 }]);
  });

  it('the new lead is readable by its agency only', async () => {
    expect((await as('analyst', '{ leadCount }')).data!.leadCount).toBe(1);
    for (const who of ['coordinator', 'outsider', 'admin']) {
      const res = await as(who, `{ lead(id: "${created.id}") { id } }`);
      expect(res.errors![0].message).toBe('Lead not found');
    }
  });

  it('members and agency admins do not record leads (FORBIDDEN)', async () => {
    expect(errorCode(await as('member', CREATE, { input: leadInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await as('ro-admin', CREATE, { input: leadInput() }))).toBe('FORBIDDEN');
  });

  it('validates markings and persons, naming the field', async () => {
    const fields = async (input: Record<string, unknown>) => {
      const res = await as('coordinator', CREATE, { input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return (res.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field);
    };
    expect(await fields(leadInput({ handlingCondition: undefined }))).toEqual(['handlingCondition']);
    expect(await fields(leadInput({ handlingCodes: ['H2'] }))).toEqual(['handlingCondition']);
    expect(await fields(leadInput({ route: [{ country: 'nl', role: 'ORIGIN' }] }))).toEqual(['route.0.country']);
    expect(await fields(leadInput({ persons: [{ role: 'SUSPECT' }] }))).toEqual(['persons.0.name']);
    expect(await fields(leadInput({ summary: '  ' }))).toEqual(['summary']);
  });

  it('a coordinator links a lead to an operation they take part in; another agency\'s operation is NOT_FOUND', async () => {
    const [danube] = await t.db.query(`SELECT id FROM operations WHERE name = 'Joint Operation Danube Route'`);
    const [coastal] = await t.db.query(`SELECT id FROM operations WHERE name = 'Joint Operation Coastal Harvest'`);
    const ok = await as('coordinator', CREATE, { input: leadInput({ operationId: danube.id, persons: [] }) });
    expect(ok.data!.createLead.operation).toEqual({ name: 'Joint Operation Danube Route' });
    const hidden = await as('coordinator', CREATE, { input: leadInput({ operationId: coastal.id, persons: [] }) });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message).toBe('Operation not found');
  });
});
