import { CELL_KEY_ADJUSTMENT, PERTURBATION_BOUND } from '@taskforce/domain';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Cell-key perturbation against the real API and PostgreSQL (docs/disclosure-control.md, method step 5): figures
 * of a two-way table that count other agencies' records carry noise fixed by those records' keys — the same in every
 * request and in the CSV, unchanged by the viewer's own records, within the published bound and never below k — while
 * one-way figures and totals stay exact. Expected true counts come from the fixture below.
 */
describe('cell-key perturbation of two-way figures', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  let danube: string;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
    categories cells { key count label perturbed } rowTotals { count perturbed } columnTotals { count perturbed } total { count perturbed } } }`;
  const CSV = `query($input: IndicatorTableInput!) { indicatorTableCsv(input: $input) }`;
  const input = () => ({ source: 'agency', indicator: 'VICTIM_ASSISTED', dimensions: ['SEX', 'CITIZENSHIP'], operationId: danube });
  const ask = async (token: string, query = TABLE) => {
    const res = await gql(t.url, query, { input: input() }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  type Cell = { key: string[]; count: number | null; label: string; perturbed: boolean };
  const cell = (table: { cells: Cell[] }, sex: string, citizenship: string) => table.cells.find((c) => c.key[0] === sex && c.key[1] === citizenship) as Cell;

  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // One joint operation of three agencies: the Dutch police record the cases; the Romanian prosecutors and the
    // Spanish border police see them as another agency's.
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' }, { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' });
    await f.person(
      { email: 'member@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR, Role.MEMBER] },
      { email: 'liaison@ro.test', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'liaison@es.test', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'ES-BIP'], coordinators: ['member@nl.test'] });
    agency = f.agencies;
    danube = f.operations['Danube Route'];
    // NL police in Danube Route, VICTIM_ASSISTED: FEMALE×RO 20, MALE×RO 14, FEMALE×MD 12 (46 in all).
    for (const [sex, citizenship, n] of [['FEMALE', 'RO', 20], ['MALE', 'RO', 14], ['FEMALE', 'MD', 12]] as const) {
      await t.db.query(
        `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, sex, citizenship)
         SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, 'VICTIM_ASSISTED', $3, $4 FROM generate_series(1, $5)`,
        [agency['NL-POL'], danube, sex, citizenship, n],
      );
    }
  });
  afterAll(() => t?.close());

  it('every stored record has its own random key in 0 … 2³² − 1', async () => {
    const [k] = await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT record_key)::int AS distinct_keys, min(record_key)::float8 AS lo, max(record_key)::float8 AS hi
         FROM case_records WHERE indicator = 'VICTIM_ASSISTED' AND operation_id = $1`,
      [danube],
    );
    expect(k.n).toBe(46);
    expect(k.distinct_keys).toBeGreaterThan(40); // 46 draws from 2³² values: repeats are all but impossible
    expect(k.lo).toBeGreaterThanOrEqual(0);
    expect(k.hi).toBeLessThan(2 ** 32);
  });

  it('another agency: cells carry noise within the bound and never below k; margins and total exact; the same every time', async () => {
    const ro = await login(t.url, 'liaison@ro.test');
    const first = (await ask(ro)).indicatorTable;
    const c = cell(first, 'FEMALE', 'RO');
    expect(c.perturbed).toBe(true);
    expect(Math.abs((c.count as number) - 20)).toBeLessThanOrEqual(PERTURBATION_BOUND);
    expect(c.count).toBeGreaterThanOrEqual(11);
    expect(c.label).toBe(String(c.count));
    // MALE×MD has no records: an exact zero. So MALE×RO is the whole MALE row (14) and FEMALE×MD the whole MD column
    // (12), both given by exact one-way figures: noise on them would hide nothing, and they are shown exact.
    expect(cell(first, 'MALE', 'MD')).toMatchObject({ count: 0, perturbed: false });
    expect(cell(first, 'MALE', 'RO')).toMatchObject({ count: 14, perturbed: false });
    expect(cell(first, 'FEMALE', 'MD')).toMatchObject({ count: 12, perturbed: false });
    // One-way figures exact: sex FEMALE 32, MALE 14; citizenship MD 12, RO 34; total 46.
    expect(first.rowTotals.map((f: { count: number }) => f.count)).toEqual([32, 14]);
    expect(first.columnTotals.map((f: { count: number }) => f.count)).toEqual([12, 34]);
    expect(first.total).toEqual({ count: 46, perturbed: false });
    expect([...first.rowTotals, ...first.columnTotals].every((f: { perturbed: boolean }) => !f.perturbed)).toBe(true);
    // Asked again, and by another person of another agency: the same figures (the noise belongs to the records).
    expect((await ask(ro)).indicatorTable).toEqual(first);
    expect((await ask(await login(t.url, 'liaison@es.test'))).indicatorTable).toEqual(first);
    // The CSV shows the same figures.
    const csv: string = (await ask(ro, CSV)).indicatorTableCsv;
    expect(csv).toContain(`FEMALE,RO,${cell(first, 'FEMALE', 'RO').count}`);
    // …and says so in its header, since its reader does not see the screen's note.
    expect(csv.split('\r\n').filter((l) => l.startsWith('# adjustment: '))).toEqual([`# adjustment: ${CELL_KEY_ADJUSTMENT}`]);
  });

  it('the viewer’s own records change a cell by exactly their number: no fresh noise to average away', async () => {
    const ro = await login(t.url, 'liaison@ro.test');
    const before = cell((await ask(ro)).indicatorTable, 'FEMALE', 'RO').count as number;
    for (let added = 1; added <= 3; added++) {
      const res = await gql(t.url, `mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id } }`, { inputs: [{ indicator: 'VICTIM_ASSISTED', operationId: danube, sex: 'FEMALE', citizenship: 'RO' }] }, ro);
      expect(res.errors).toBeUndefined();
      expect(cell((await ask(ro)).indicatorTable, 'FEMALE', 'RO').count).toBe(before + added);
    }
  });

  it('the recording agency sees its own records exactly', async () => {
    const nl = (await ask(await login(t.url, 'member@nl.test'))).indicatorTable;
    expect(cell(nl, 'FEMALE', 'MD')).toMatchObject({ count: 12, perturbed: false });
    expect(cell(nl, 'MALE', 'RO')).toMatchObject({ count: 14, perturbed: false });
    // Nothing adjusted: no adjustment line in its CSV.
    const csv: string = (await ask(await login(t.url, 'member@nl.test'), CSV)).indicatorTableCsv;
    expect(csv).toContain('FEMALE,MD,12');
    expect(csv).not.toContain('# adjustment');
  });
});
