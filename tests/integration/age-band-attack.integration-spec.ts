import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Age bands add up to age groups: against the real API, the exact age-group table with the sex × age-band table
 * must not give a small band back (docs/disclosure-control.md, "Age bands"). Fixture (CONVICTION, outside joint
 * operations): RO-DIOC 20 female aged 9–17, BE-SIS 3 male aged 0–8, ES-BIP 15 male aged 30–38; the Nigerian
 * agency, which recorded none, reads. Without the group relation: FEMALE × 9–17 = 20 beside exact zeros,
 * MALE × 9–17 = 0, MINOR = 23, so 0–8 = 23 − 20 = 3.
 */
describe('age bands and age groups read together', () => {
  let t: TestApp;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
    categories cells { key count suppressed perturbed } rowTotals { count } columnTotals { count suppressed perturbed } total { count } } }`;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
    );
    await f.person({ email: 'analyst@ng.test', agency: 'NG-NATA', roles: [Role.ANALYST] });
    for (const [acronym, n, sex, band] of [['RO-DIOC', 20, 'FEMALE', '9-17'], ['BE-SIS', 3, 'MALE', '0-8'], ['ES-BIP', 15, 'MALE', '30-38']] as const) {
      await t.db.query(
        `INSERT INTO case_records (source, key, agency_id, indicator, sex, age_band)
         SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, 'CONVICTION', $2, $3 FROM generate_series(1, $4)`,
        [f.agencies[acronym], sex, band, n],
      );
    }
  });
  afterAll(() => t?.close());

  it('the 9–17 figures are hidden wherever they would give 0–8 by difference with the exact MINOR figure', async () => {
    const token = await signIn(t.url, 'analyst@ng.test', FIXTURE_PASSWORD);
    const ask = async (dimensions: string[]) => {
      const res = await gql(t.url, TABLE, { input: { source: 'agency', indicator: 'CONVICTION', dimensions } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.indicatorTable;
    };
    const groups = await ask(['AGE_GROUP']);
    expect(groups.cells.map((c: { key: string[]; count: number | null }) => [c.key[0], c.count])).toEqual([['ADULT', 15], ['MINOR', 23]]);
    const bands = await ask(['AGE_BAND']);
    const band = (b: string) => bands.cells.find((c: { key: string[] }) => c.key[0] === b);
    // 0–8 (3) is small; 9–17 would give it by 23 − 9–17: both hidden. 30–38 is all of ADULT: shown.
    expect(band('0-8')).toMatchObject({ count: null, suppressed: true });
    expect(band('9-17')).toMatchObject({ count: null, suppressed: true });
    const bySexBand = await ask(['SEX', 'AGE_BAND']);
    const cell = (sex: string, b: string) => bySexBand.cells.find((c: { key: string[] }) => c.key[0] === sex && c.key[1] === b);
    // FEMALE × 9–17 is not given exactly any more: hidden, or a FEMALE zero beside it is.
    const female = ['0-8', '9-17', '30-38'].map((b) => cell('FEMALE', b)).filter(Boolean);
    expect(female.some((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
    expect(cell('FEMALE', '9-17')).toMatchObject({ count: null, suppressed: true });
  });
});
