import { expectUtcBetween, headerValues, readCsvExport } from '../support/csv-export';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * indicatorTable / indicatorTableCsv on hand-made case records; every expected figure is worked out by hand below
 * (k = 11 unless said otherwise: counts 1–10 are suppressed for anyone but the recording agency).
 * Joint Operation Danube Route joins the NL police and the Romanian prosecutors; the Nigerian agency and the
 * platform admin's secretariat are in no operation.
 */
describe('indicators: protected indicator tables', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  let danube: string;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
    source indicator dimensions categories k viewerIsOwner citation
    cells { key count suppressed label } rowTotals { count suppressed label } columnTotals { count suppressed label }
    total { count suppressed label } percentages { rows { category count percent } denominator unknown note } } }`;
  const CSV = `query($input: IndicatorTableInput!) { indicatorTableCsv(input: $input) }`;

  /** Inserts `n` records of a source with the given fields. */
  const add = async (source: string, n: number, f: { agency?: string | null; operation?: string | null; indicator?: string; sex?: string | null; ageGroup?: string | null; year?: string | null }) => {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, sex, age_group, year)
       SELECT $1, $1 || ':' || gen_random_uuid()::text, $2, $3, $4, $5, $6, $7 FROM generate_series(1, $8)`,
      [source, f.agency ?? null, f.operation ?? null, f.indicator ?? 'VICTIM_REFERRED', f.sex ?? null, f.ageGroup ?? null, f.year ?? null, n],
    );
  };
  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
  const table = async (email: string, input: Record<string, unknown>) => {
    const res = await gql(t.url, TABLE, { input }, await login(t.url, email));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.indicatorTable;
  };
  const S = 'suppressed (< 11)';
  const hidden = { count: null, suppressed: true, label: S };
  const shown = (n: number) => ({ count: n, suppressed: false, label: String(n) });

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
      { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'member@ro.test', name: 'Andrei Ionescu', agency: 'RO-DIOC' },
      { email: 'member@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
      { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
    );
    await f.operation({ name: 'Joint Operation Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
    agency = f.agencies;
    danube = f.operations['Joint Operation Danube Route'];

    // 1-D, recorded by NL police only: FEMALE 30, MALE 14, unknown 4 → total 48.
    await add('agency', 30, { agency: agency['NL-POL'], sex: 'FEMALE' });
    await add('agency', 14, { agency: agency['NL-POL'], sex: 'MALE' });
    await add('agency', 4, { agency: agency['NL-POL'] });
    await add('agency', 7, { agency: agency['NL-POL'], indicator: 'CONVICTION', sex: 'MALE' }); // another indicator: not counted

    // 2-D public data set (no recording agency): FEMALE×ADULT 20, FEMALE×MINOR 15, MALE×ADULT 12, MALE×MINOR 2.
    await add('ctdc', 20, { sex: 'FEMALE', ageGroup: 'ADULT', indicator: 'VICTIM_IDENTIFIED' });
    await add('ctdc', 15, { sex: 'FEMALE', ageGroup: 'MINOR', indicator: 'VICTIM_IDENTIFIED' });
    await add('ctdc', 12, { sex: 'MALE', ageGroup: 'ADULT', indicator: 'VICTIM_IDENTIFIED' });
    await add('ctdc', 2, { sex: 'MALE', ageGroup: 'MINOR', indicator: 'VICTIM_IDENTIFIED' });

    // Mixed agencies within Joint Operation Danube Route (counted as INVESTIGATION_OPENED, apart from the above): NL police 25 FEMALE, Romanian prosecutors 3 FEMALE.
    await add('agency', 25, { agency: agency['NL-POL'], operation: danube, indicator: 'INVESTIGATION_OPENED', sex: 'FEMALE' });
    await add('agency', 3, { agency: agency['RO-DIOC'], operation: danube, indicator: 'INVESTIGATION_OPENED', sex: 'FEMALE' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the recording agency sees exact counts, with percentages over the known values', async () => {
    const owner = await table('member@nl.test', { source: 'agency', indicator: 'VICTIM_REFERRED', dimensions: ['SEX'] });
    expect(owner).toMatchObject({ viewerIsOwner: true, k: 11, categories: [['FEMALE', 'MALE', 'UNKNOWN']], total: shown(48) });
    expect(owner.cells).toEqual([
      { key: ['FEMALE'], ...shown(30) },
      { key: ['MALE'], ...shown(14) },
      { key: ['UNKNOWN'], ...shown(4) },
    ]);
    // Denominator 48 − 4 = 44: 30/44 = 68.2 %, 14/44 = 31.8 %.
    expect(owner.percentages).toEqual({
      rows: [
        { category: 'FEMALE', count: 30, percent: 68.2 },
        { category: 'MALE', count: 14, percent: 31.8 },
      ],
      denominator: 44,
      unknown: 4,
      note: 'Percentages of the 44 records where sex is known (4 unknown).',
    });
  });

  it('another agency sees the small cell and its complementary cell suppressed', async () => {
    // Primary: UNKNOWN 4 (< 11). With the total shown, one hidden cell would be 48 − 30 − 14: the smallest shown
    // non-zero cell (MALE 14) is hidden too (4 + 14 = 18 ≥ 11). FEMALE 30 and the total 48 stay.
    const other = await table('member@ng.test', { source: 'agency', indicator: 'VICTIM_REFERRED', dimensions: ['SEX'] });
    expect(other.viewerIsOwner).toBe(false);
    expect(other.cells).toEqual([
      { key: ['FEMALE'], ...shown(30) },
      { key: ['MALE'], ...hidden },
      { key: ['UNKNOWN'], ...hidden },
    ]);
    expect(other.total).toEqual(shown(48));
    expect(other.percentages.denominator).toBeNull();
    expect(other.percentages.note).toMatch(/withheld/);

    const before = new Date();
    const csv = await gql(t.url, CSV, { input: { source: 'agency', indicator: 'VICTIM_REFERRED', dimensions: ['SEX'] } }, await login(t.url, 'member@ng.test'));
    const exported = readCsvExport(csv.data?.indicatorTableCsv);
    expect(exported.table).toBe(`sex,value\r\nFEMALE,30\r\nMALE,${S}\r\nUNKNOWN,${S}\r\nTotal,48\r\n`);
    // The header block: the outsider (Nigerian agency NG-NATA) sees the task force as NG-NATA may; k = 11
    // (SMALL_CELL_K's default, nothing asked); agency-entered records are cited as such; no operation id line.
    expect(exported.header.map(([name]) => name)).toEqual(['scope', 'small-cell threshold k', 'source', 'generated at']);
    expect(headerValues(exported, 'scope')).toEqual(['Task force as NG-NATA may see it (records outside joint operations and in those NG-NATA takes part in)']);
    expect(headerValues(exported, 'small-cell threshold k')).toEqual(['11']);
    expect(headerValues(exported, 'source')).toEqual(['Case records entered by task-force agencies (source "agency")']);
    expectUtcBetween(headerValues(exported, 'generated at')[0], before, new Date());
    // A reader with a comment option gets the table alone.
    expect(exported.rows).toEqual([['sex', 'value'], ['FEMALE', '30'], ['MALE', S], ['UNKNOWN', S], ['Total', '48']]);
    const ownerCsv = await gql(t.url, CSV, { input: { source: 'agency', indicator: 'VICTIM_REFERRED', dimensions: ['SEX'] } }, await login(t.url, 'member@nl.test'));
    const owner = readCsvExport(ownerCsv.data?.indicatorTableCsv);
    expect(owner.table).toBe('sex,value\r\nFEMALE,30\r\nMALE,14\r\nUNKNOWN,4\r\nTotal,48\r\n');
    expect(headerValues(owner, 'scope')).toEqual(['Task force as NL-POL may see it (records outside joint operations and in those NL-POL takes part in)']);
  });

  it("an operation's CSV names the joint operation and its id, and the k applied", async () => {
    const csv = await gql(t.url, CSV, { input: { source: 'agency', indicator: 'INVESTIGATION_OPENED', dimensions: ['SEX'], operationId: danube } }, await login(t.url, 'liaison@ro.test'));
    expect(csv.errors).toBeUndefined();
    const exported = readCsvExport(csv.data?.indicatorTableCsv);
    expect(exported.header.map(([name]) => name)).toEqual(['scope', 'operation id', 'small-cell threshold k', 'source', 'generated at']);
    expect(headerValues(exported, 'scope')).toEqual(['Joint Operation Danube Route']);
    expect(headerValues(exported, 'operation id')).toEqual([danube]);
    // FEMALE 25 + 3 = 28: the others' part (NL police's 25) is ≥ 11, so RO-DIOC sees it (one-way figures are exact).
    expect(headerValues(exported, 'small-cell threshold k')).toEqual(['11']);
    expect(exported.rows).toEqual([['sex', 'value'], ['FEMALE', '28'], ['Total', '28']]);
  });

  it('a public data set is protected for every viewer, in two dimensions', async () => {
    // Primary: MALE×MINOR 2. Row MALE (12, 2 → 14) then hides 12; column MINOR (15, 2 → 17) hides 15; column ADULT
    // (20, 12 → 32) now has one hidden cell, so it hides 20. Every cell is hidden; every marginal (35, 14 / 32, 17)
    // and the total 49 are ≥ 11 and stay shown, each row and column having two hidden cells summing to ≥ 11.
    for (const email of ['admin@jtf.test', 'coordinator@nl.test']) {
      const pub = await table(email, { source: 'ctdc', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX', 'AGE_GROUP'] });
      expect(pub).toMatchObject({ viewerIsOwner: false, categories: [['FEMALE', 'MALE'], ['ADULT', 'MINOR']], percentages: null });
      expect(pub.cells).toEqual([
        { key: ['FEMALE', 'ADULT'], ...hidden },
        { key: ['FEMALE', 'MINOR'], ...hidden },
        { key: ['MALE', 'ADULT'], ...hidden },
        { key: ['MALE', 'MINOR'], ...hidden },
      ]);
      expect(pub.rowTotals).toEqual([shown(35), shown(14)]);
      expect(pub.columnTotals).toEqual([shown(32), shown(17)]);
      expect(pub.total).toEqual(shown(49));
    }
    // Asking for k = 2 (where nothing would be below the threshold: 20, 15, 12, 2) does not lower the protection:
    // a request may raise k, never lower it below the configured 11.
    const low = await table('admin@jtf.test', { source: 'ctdc', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX', 'AGE_GROUP'], k: 2 });
    expect(low).toMatchObject({ k: 11, viewerIsOwner: false });
    expect(low.cells.map((c: { count: number | null }) => c.count)).toEqual([null, null, null, null]);
    // A higher k is honoured: with k = 50 even the grand total of 49 is suppressed.
    const high = await table('admin@jtf.test', { source: 'ctdc', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX', 'AGE_GROUP'], k: 50 });
    expect(high).toMatchObject({ k: 50, total: { count: null, suppressed: true, label: 'suppressed (< 50)' } });
    // Its threshold comes as a number, from which clients write the label in their reader's language; none when shown.
    const THRESHOLDS = 'query($input: IndicatorTableInput!) { indicatorTable(input: $input) { total { threshold } rowTotals { threshold } } }';
    const input = { source: 'ctdc', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX', 'AGE_GROUP'] };
    const withK = await gql(t.url, THRESHOLDS, { input: { ...input, k: 50 } }, await login(t.url, 'admin@jtf.test'));
    expect(withK.data?.indicatorTable.total).toEqual({ threshold: 50 });
    const shownTotals = await gql(t.url, THRESHOLDS, { input }, await login(t.url, 'admin@jtf.test'));
    expect(shownTotals.data?.indicatorTable).toEqual({ total: { threshold: null }, rowTotals: [{ threshold: null }, { threshold: null }] });
  });

  it("a table mixing agencies is judged, for a member of one of them, on the other agencies' part; need-to-know on the operation", async () => {
    // FEMALE 28 = 25 NL + 3 RO. For the NL coordinator the others' part is RO's 3 (< 11): the cell and the total are
    // suppressed, or 28 − 25 would give RO's 3 away.
    const coordinator = await table('coordinator@nl.test', { source: 'agency', indicator: 'INVESTIGATION_OPENED', dimensions: ['SEX'], operationId: danube });
    expect(coordinator).toMatchObject({ viewerIsOwner: false, total: hidden, cells: [{ key: ['FEMALE'], ...hidden }] });

    // An operation the viewer may not see, an unknown one, a malformed id and an empty one: the same answer, in the
    // table, its CSV and the forms-named table.
    const outsiderToken = await login(t.url, 'member@ng.test');
    const answers = [];
    for (const query of [TABLE, CSV, `query($input: IndicatorScopeInput!) { formsNamedTable(input: $input) { k } }`]) {
      for (const operationId of [danube, '00000000-0000-4000-8000-000000000000', 'not-an-id', '']) {
        const res = await gql(t.url, query, { input: { source: 'agency', ...(query === TABLE || query === CSV ? { dimensions: ['SEX'] } : {}), operationId } }, outsiderToken);
        answers.push([errorCode(res), res.errors?.[0]?.message]);
      }
    }
    expect(answers).toEqual(Array.from({ length: 12 }, () => ['NOT_FOUND', 'Operation not found']));
    // Without the operation filter, records of operations the viewer's agency is not in are left out.
    const outsiderAll = await table('member@ng.test', { source: 'agency', indicator: 'INVESTIGATION_OPENED', dimensions: ['SEX'] });
    expect(outsiderAll.total).toEqual({ count: 0, suppressed: false, label: '0' });
  });

  it('counts in SQL as the domain does: several forms are MULTIPLE, repeated forms one, none and blanks UNKNOWN', async () => {
    // RO-DIOC records, outside any operation (source agency, VICTIM_ASSISTED):
    //   [SEXUAL_EXPLOITATION] × 2023: 12        [FORCED_LABOUR, FORCED_LABOUR] × 2023: 3  (a repeated form is one form)
    //   [FORCED_LABOUR, SEXUAL_EXPLOITATION] × 2024: 5    [FORCED_BEGGING, FORCED_LABOUR, SEXUAL_EXPLOITATION] × 2024: 2
    //   [] × year '' (blank): 4                  [SEXUAL_EXPLOITATION] × no year: 1
    const rows: Array<[number, string[], string | null]> = [
      [12, ['SEXUAL_EXPLOITATION'], '2023'],
      [3, ['FORCED_LABOUR', 'FORCED_LABOUR'], '2023'],
      [5, ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'], '2024'],
      [2, ['FORCED_BEGGING', 'FORCED_LABOUR', 'SEXUAL_EXPLOITATION'], '2024'],
      [4, [], ''],
      [1, ['SEXUAL_EXPLOITATION'], null],
    ];
    for (const [n, forms, year] of rows) {
      await t.db.query(
        `INSERT INTO case_records (source, key, agency_id, indicator, forms_of_exploitation, year)
         SELECT 'agency', 'fixture_forms:' || gen_random_uuid()::text, $1, 'VICTIM_ASSISTED', $2::text[], $3 FROM generate_series(1, $4)`,
        [agency['RO-DIOC'], forms, year, n],
      );
    }
    const input = { source: 'agency', indicator: 'VICTIM_ASSISTED', dimensions: ['FORM_OF_EXPLOITATION', 'YEAR'] };
    // Owner (member@ro): exact. Forms: FORCED_LABOUR 3 (2023); MULTIPLE 5 + 2 = 7 (2024); SEXUAL 12 (2023) + 1
    // (unknown year); UNKNOWN 4 (unknown year). Categories sorted, UNKNOWN last: FORCED_LABOUR, MULTIPLE,
    // SEXUAL_EXPLOITATION, UNKNOWN × 2023, 2024, UNKNOWN. Total 12 + 3 + 5 + 2 + 4 + 1 = 27.
    const own = await table('member@ro.test', input);
    expect(own).toMatchObject({ viewerIsOwner: true, categories: [['FORCED_LABOUR', 'MULTIPLE', 'SEXUAL_EXPLOITATION', 'UNKNOWN'], ['2023', '2024', 'UNKNOWN']], total: shown(27) });
    expect(own.cells.map((c: { count: number }) => c.count)).toEqual([3, 0, 0, 0, 7, 0, 12, 0, 1, 0, 0, 4]);
    expect(own.rowTotals).toEqual([shown(3), shown(7), shown(13), shown(4)]);
    expect(own.columnTotals).toEqual([shown(15), shown(7), shown(5)]);

    // Another agency (NL police), one dimension: FORCED_LABOUR 3, MULTIPLE 7, SEXUAL 13, UNKNOWN 4 → 27.
    // Primary: 3, 7 and 4 (< 11); three suppressed summing to 14 ≥ 11, so SEXUAL 13 and the total 27 stay.
    const other = await table('member@nl.test', { ...input, dimensions: ['FORM_OF_EXPLOITATION'] });
    expect(other.viewerIsOwner).toBe(false);
    expect(other.cells).toEqual([
      { key: ['FORCED_LABOUR'], ...hidden },
      { key: ['MULTIPLE'], ...hidden },
      { key: ['SEXUAL_EXPLOITATION'], ...shown(13) },
      { key: ['UNKNOWN'], ...hidden },
    ]);
    expect(other.total).toEqual(shown(27));
  });

  it('rejects three dimensions or a repeated one', async () => {
    const token = await login(t.url, 'member@nl.test');
    for (const dimensions of [['SEX', 'YEAR', 'AGE_GROUP'], ['SEX', 'SEX'], []]) {
      const res = await gql(t.url, TABLE, { input: { source: 'agency', dimensions } }, token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });
});
