import { OperationStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

const RECORD = `mutation($input: RecordCaseInput!) { recordCase(input: $input) {
  id indicator year sex ageGroup ageBand citizenship countryOfExploitation formsOfExploitation operationId agencyId createdAt } }`;
const RECORD_MANY = `mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id indicator sex } }`;
const DELETE = `mutation($id: ID!) { deleteCaseRecord(id: $id) }`;
const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
  categories viewerIsOwner cells { key count label } total { count label } } }`;

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

/** Number of case records entered by agencies (source "agency"). */
const countAgency = async (t: TestApp) => Number((await t.db.query(`SELECT count(*) AS n FROM case_records WHERE source = 'agency'`))[0].n);

interface World {
  t: TestApp;
  /** Danube Route: NL-POL (lead) and RO-DIOC. */
  danube: string;
  /** Coastal Harvest (planned): TH-AHTD (lead) and NG-NATA. */
  coastal: string;
}

/** The agencies, people and two operations above, in a fresh database with no case record. */
async function build(t: TestApp): Promise<World> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA'], AGENCIES['JTF-SEC']);
  await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], PEOPLE['coordinator@th.test'], PEOPLE['admin@jtf.test']);
  await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
  await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
  return { t, danube: f.operations['Danube Route'], coastal: f.operations['Coastal Harvest'] };
}

/**
 * Case records entered by agencies: recordCase, the all-or-nothing recordCases batch, deleteCaseRecord.
 * Danube Route joins the NL police and the Romanian prosecutors; Coastal Harvest (Thai police, Nigerian agency)
 * has neither of them; the platform admin belongs to the task-force secretariat, in no operation. Every case starts
 * from its own database (`world`), so the cases hold in any order.
 */
describe('indicators: case records entered by agencies', () => {
  let app: TestApp | undefined;

  /** A fresh database with the agencies, people and operations; closed after the case. */
  async function world(): Promise<World> {
    app = await startTestApp({}, { demoData: false });
    return build(app);
  }
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('records one case for the caller’s agency, age group taken from the CTDC band', async () => {
    const { t, danube } = await world();
    const token = await login(t.url, 'member@nl.test');
    const res = await gql(
      t.url,
      RECORD,
      { input: { indicator: 'VICTIM_REFERRED', year: 2025, sex: 'FEMALE', ageBand: '9-17', citizenship: 'ro', countryOfExploitation: 'NL', formsOfExploitation: ['FORCED_LABOUR'], operationId: danube } },
      token,
    );
    expect(res.errors).toBeUndefined();
    const [{ id: nlPol }] = await t.db.query(`SELECT id::text AS id FROM agencies WHERE acronym = 'NL-POL'`);
    expect(res.data?.recordCase).toMatchObject({
      indicator: 'VICTIM_REFERRED',
      year: 2025,
      sex: 'FEMALE',
      ageGroup: 'MINOR', // 9–17 is a minor band
      ageBand: '9-17',
      citizenship: 'RO',
      countryOfExploitation: 'NL',
      formsOfExploitation: ['FORCED_LABOUR'],
      operationId: danube,
      agencyId: nlPol,
    });
    const [stored] = await t.db.query(`SELECT source, year, age_group, recorded_by::text AS recorded_by FROM case_records WHERE id = $1`, [res.data?.recordCase.id]);
    const [{ id: memberId }] = await t.db.query(`SELECT id::text AS id FROM users WHERE email = 'member@nl.test'`);
    expect(stored).toEqual({ source: 'agency', year: '2025', age_group: 'MINOR', recorded_by: memberId });
  });

  it('names the bad field; an operation the agency is not in is NOT_FOUND; a platform admin records for its own agency', async () => {
    const { t, coastal } = await world();
    const token = await login(t.url, 'member@nl.test');
    const bad = await gql(t.url, RECORD, { input: { indicator: 'CONVICTION', citizenship: 'QQ' } }, token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.citizenship', index: 0 })]);
    const contradiction = await gql(t.url, RECORD, { input: { indicator: 'CONVICTION', ageGroup: 'ADULT', ageBand: '0-8' } }, token);
    expect(errorCode(contradiction)).toBe('BAD_USER_INPUT');
    expect(contradiction.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.ageGroup' })]);
    // Errors class-validator finds (year out of range, unknown age band) are named `input.<field>` too, like the rest.
    const outOfRange = await gql(t.url, RECORD, { input: { indicator: 'CONVICTION', year: 1800, ageBand: '17-19', citizenship: 'QQ' } }, token);
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
    const named = (outOfRange.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect([...new Set(named)].sort()).toEqual(['input.ageBand', 'input.citizenship', 'input.year']);

    for (const operationId of [coastal, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await gql(t.url, RECORD, { input: { indicator: 'CONVICTION', operationId } }, token);
      expect(errorCode(res)).toBe('NOT_FOUND');
    }

    const admin = await gql(t.url, RECORD, { input: { indicator: 'PROSECUTION' } }, await login(t.url, 'admin@jtf.test'));
    const [{ id: jtf }] = await t.db.query(`SELECT a.id::text AS id FROM agencies a JOIN users u ON u.agency_id = a.id WHERE u.email = 'admin@jtf.test'`);
    expect(admin.data?.recordCase.agencyId).toBe(jtf);
  });

  it('a batch with bad rows names each row and field and inserts nothing; a good batch inserts every row', async () => {
    const { t, danube, coastal } = await world();
    const token = await login(t.url, 'liaison@ro.test');
    expect(await countAgency(t)).toBe(0);
    const res = await gql(
      t.url,
      RECORD_MANY,
      {
        inputs: [
          { indicator: 'VICTIM_IDENTIFIED', sex: 'MALE' },
          { indicator: 'VICTIM_IDENTIFIED', year: 1850 }, // row 1: year out of range
          { indicator: 'VICTIM_IDENTIFIED', sex: 'FEMALE' },
          { indicator: 'VICTIM_IDENTIFIED', countryOfExploitation: 'ZZ', ageBand: '17-19' }, // row 3: two bad fields
        ],
      },
      token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0].extensions?.fields as Array<{ index: number; field: string }>).map((f) => `${f.index}:${f.field}`).sort();
    expect(fields).toEqual(['1:inputs.1.year', '3:inputs.3.ageBand', '3:inputs.3.countryOfExploitation']);
    expect(await countAgency(t)).toBe(0);

    // An operation the agency is not in, on the last row only: NOT_FOUND, still nothing inserted.
    const hidden = await gql(t.url, RECORD_MANY, { inputs: [{ indicator: 'VICTIM_IDENTIFIED' }, { indicator: 'VICTIM_IDENTIFIED', operationId: coastal }] }, token);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(await countAgency(t)).toBe(0);

    const ok = await gql(
      t.url,
      RECORD_MANY,
      { inputs: [{ indicator: 'VICTIM_IDENTIFIED', sex: 'MALE' }, { indicator: 'VICTIM_IDENTIFIED', sex: 'FEMALE' }, { indicator: 'VICTIM_IDENTIFIED', sex: 'FEMALE', operationId: danube }] },
      token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.recordCases.map((r: { sex: string }) => r.sex)).toEqual(['MALE', 'FEMALE', 'FEMALE']);
    expect(await countAgency(t)).toBe(3);
    // One audit entry for the good batch (ids only), none for the refused ones.
    const audited: Array<{ details: { count: number; caseRecordIds: string[] } }> = await t.db.query(
      `SELECT e.details FROM audit_entries e JOIN users u ON u.id = e.actor_user_id WHERE e.action = 'CASE_RECORDS_CREATED' AND u.email = 'liaison@ro.test'`,
    );
    expect(audited).toHaveLength(1);
    expect(audited[0].details.count).toBe(3);
    expect([...audited[0].details.caseRecordIds].sort()).toEqual(ok.data?.recordCases.map((r: { id: string }) => r.id).sort());

    const empty = await gql(t.url, RECORD_MANY, { inputs: [] }, token);
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
  });

  it('entered records count in indicatorTable with source "agency", exact for the recording agency only', async () => {
    const { t, danube } = await world();
    // RO-DIOC (liaison@ro) records VICTIM_IDENTIFIED: MALE 1, FEMALE 2 (one of them in Danube Route); NL-POL records
    // a VICTIM_REFERRED case, which is not in the table.
    const recorded = await gql(
      t.url,
      RECORD_MANY,
      { inputs: [{ indicator: 'VICTIM_IDENTIFIED', sex: 'MALE' }, { indicator: 'VICTIM_IDENTIFIED', sex: 'FEMALE' }, { indicator: 'VICTIM_IDENTIFIED', sex: 'FEMALE', operationId: danube }] },
      await login(t.url, 'liaison@ro.test'),
    );
    expect(recorded.errors).toBeUndefined();
    expect((await gql(t.url, RECORD, { input: { indicator: 'VICTIM_REFERRED', sex: 'FEMALE' } }, await login(t.url, 'member@nl.test'))).errors).toBeUndefined();
    const input = { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX'] };
    const own = await gql(t.url, TABLE, { input }, await login(t.url, 'member@ro.test'));
    expect(own.data?.indicatorTable).toMatchObject({ viewerIsOwner: true, categories: [['FEMALE', 'MALE']], total: { count: 3 } });
    expect(own.data?.indicatorTable.cells.map((c: { count: number }) => c.count)).toEqual([2, 1]);
    // Another agency in Danube: every figure is below 11, so cells and total are suppressed.
    const other = await gql(t.url, TABLE, { input }, await login(t.url, 'coordinator@nl.test'));
    expect(other.data?.indicatorTable).toMatchObject({ viewerIsOwner: false, total: { count: null, label: 'suppressed (< 11)' } });
  });

  it('deletes only its own agency’s records; any other id is NOT_FOUND', async () => {
    const { t } = await world();
    const member = await login(t.url, 'member@nl.test');
    const created = await gql(t.url, RECORD, { input: { indicator: 'INVESTIGATION_OPENED' } }, member);
    const id = created.data?.recordCase.id as string;

    for (const email of ['liaison@ro.test', 'admin@jtf.test']) {
      const res = await gql(t.url, DELETE, { id }, await login(t.url, email));
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    for (const unknown of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(errorCode(await gql(t.url, DELETE, { id: unknown }, member))).toBe('NOT_FOUND');
    }
    expect((await t.db.query(`SELECT 1 FROM case_records WHERE id = $1`, [id])).length).toBe(1);

    // A colleague of the same agency may delete it.
    const colleague = await gql(t.url, DELETE, { id }, await login(t.url, 'coordinator@nl.test'));
    expect(colleague.data?.deleteCaseRecord).toBe(id);
    expect((await t.db.query(`SELECT 1 FROM case_records WHERE id = $1`, [id])).length).toBe(0);
    expect(errorCode(await gql(t.url, DELETE, { id }, member))).toBe('NOT_FOUND');
  });
});
