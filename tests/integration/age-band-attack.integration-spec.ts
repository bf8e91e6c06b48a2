import { Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES } from '../support/sample-task-force';
import { gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Age bands add up to age groups: against the real API, the exact age-group table with the sex × age-band table
 * must not give a small band back (docs/disclosure-control.md, "Age bands"). Fixture (CONVICTION, outside joint
 * operations): RO-DIOC 20 female aged 9–17, BE-SIS 3 male aged 0–8, ES-BIP 15 male aged 30–38; the Nigerian
 * agency, which recorded none, reads. Without the group relation: FEMALE × 9–17 = 20 beside exact zeros,
 * MALE × 9–17 = 0, MINOR = 23, so 0–8 = 23 − 20 = 3.
 */
/** Convictions recorded outside joint operations: `n` records of one agency with these values (null: not recorded). */
interface Convictions {
  agency: 'RO-DIOC' | 'BE-SIS' | 'ES-BIP';
  n: number;
  sex: string;
  citizenship?: string | null;
  group?: string | null;
  band?: string | null;
}

/**
 * A fresh database with the three recording agencies, the Nigerian agency's analyst (who recorded none and reads),
 * and the records of `rows`.
 */
async function withConvictions(rows: readonly Convictions[]): Promise<TestApp> {
  const t = await startTestApp({}, { demoData: false });
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['NG-NATA']);
  await f.person({ email: 'analyst@ng.test', agency: 'NG-NATA', roles: [Role.ANALYST] });
  for (const r of rows) {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, indicator, sex, citizenship, age_group, age_band)
       SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, 'CONVICTION', $2, $3, $4, $5 FROM generate_series(1, $6)`,
      [f.agencies[r.agency], r.sex, r.citizenship ?? null, r.group ?? null, r.band ?? null, r.n],
    );
  }
  return t;
}

describe('age bands and age groups read together', () => {
  let t: TestApp;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
    categories cells { key count suppressed perturbed } rowTotals { count } columnTotals { count suppressed perturbed } total { count } } }`;

  beforeAll(async () => {
    t = await withConvictions([
      { agency: 'RO-DIOC', n: 20, sex: 'FEMALE', band: '9-17' },
      { agency: 'BE-SIS', n: 3, sex: 'MALE', band: '0-8' },
      { agency: 'ES-BIP', n: 15, sex: 'MALE', band: '30-38' },
    ]);
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

/**
 * The same attack when some records carry an age group but no band. Fixture (CONVICTION, outside joint operations):
 * RO-DIOC 20 female aged 9–17, BE-SIS 3 male aged 0–8, ES-BIP 15 male adults of unknown band; the Nigerian agency
 * reads. The attacker's arithmetic: 0–8 = MINOR − (FEMALE × 9–17 + MALE × 9–17) − (minors of unknown band, the
 * cell MINOR × that band of the age group × age band table, or 0 when it lists none). Every figure it needs must be
 * exact for the attack to work; the protection must leave at least one of them suppressed or perturbed.
 */
describe('age bands and age groups read together when adults have no band', () => {
  let t: TestApp;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
    categories cells { key count suppressed perturbed } rowTotals { count suppressed perturbed } columnTotals { count suppressed perturbed } total { count } } }`;
  type Figure = { key?: string[]; count: number | null; suppressed: boolean; perturbed?: boolean | null };

  beforeAll(async () => {
    t = await withConvictions([
      { agency: 'RO-DIOC', n: 20, sex: 'FEMALE', band: '9-17' },
      { agency: 'BE-SIS', n: 3, sex: 'MALE', band: '0-8' },
      { agency: 'ES-BIP', n: 15, sex: 'MALE', group: 'ADULT' },
    ]);
  });
  afterAll(() => t?.close());

  it('the minors of unknown band, the 9–17 figures and the MINOR figure never all come out exact', async () => {
    const token = await signIn(t.url, 'analyst@ng.test', FIXTURE_PASSWORD);
    const ask = async (dimensions: string[]) => {
      const res = await gql(t.url, TABLE, { input: { source: 'agency', indicator: 'CONVICTION', dimensions } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.indicatorTable as { categories: string[][]; cells: Figure[] };
    };
    const exact = (f: Figure | undefined): number | null => (f === undefined ? 0 : f.suppressed || f.perturbed ? null : f.count);
    const groups = await ask(['AGE_GROUP']);
    const minor = exact(groups.cells.find((c) => c.key![0] === 'MINOR'));
    expect(minor).toBe(23); // 20 + 3: a one-way figure of others' records over k, shown exact
    const bySexBand = await ask(['SEX', 'AGE_BAND']);
    const nineToSeventeen = ['FEMALE', 'MALE'].map((sex) => exact(bySexBand.cells.find((c) => c.key![0] === sex && c.key![1] === '9-17')));
    const groupByBand = await ask(['AGE_GROUP', 'AGE_BAND']);
    // The band the minors without one fall in: its own value, or UNKNOWN where the band dimension has no such value.
    const unknownBandOfMinors = groupByBand.categories[1].includes('MINOR_AGE_UNKNOWN') ? 'MINOR_AGE_UNKNOWN' : 'UNKNOWN';
    const minorsWithoutBand = exact(groupByBand.cells.find((c) => c.key![0] === 'MINOR' && c.key![1] === unknownBandOfMinors));
    const needed = [minor, ...nineToSeventeen, minorsWithoutBand];
    const attack = needed.some((v) => v === null) ? null : (minor as number) - (nineToSeventeen[0] as number) - (nineToSeventeen[1] as number) - (minorsWithoutBand as number);
    expect(attack).toBeNull();
  });

  it('the band dimension keeps the adults of unknown band among the adults', async () => {
    const token = await signIn(t.url, 'analyst@ng.test', FIXTURE_PASSWORD);
    const res = await gql(t.url, TABLE, { input: { source: 'agency', indicator: 'CONVICTION', dimensions: ['AGE_BAND'] } }, token);
    expect(res.errors).toBeUndefined();
    // Values seen: 0–8 (3), 9–17 (20), adults of unknown band (15); none of unknown group.
    expect(res.data!.indicatorTable.categories).toEqual([['0-8', '9-17', 'ADULT_AGE_UNKNOWN']]);
  });
});

/**
 * A three-way figure no table publishes, from exact one-way figures and the zeros of three two-way tables. Fixture
 * (CONVICTION, outside joint operations): RO-DIOC 15 female Nigerian adults of unknown band, BE-SIS 20 female
 * Romanian aged 0–8, ES-BIP 20 male Romanian aged 30–38, RO-DIOC 2 female Romanian aged 48+; the Nigerian agency,
 * which recorded none, reads. The attacker's arithmetic: with MALE × MINOR = 0, NG × MINOR = 0 and MALE × NG = 0 all
 * shown, FEMALE × RO × MINOR = MINOR = 20, FEMALE × NG × ADULT = NG = 15, and FEMALE × RO × ADULT = FEMALE − 20 − 15
 * = 37 − 35 = 2. Each two-way table hides its zero that takes part (docs/disclosure-control.md, "Three-way figures
 * behind two-way tables").
 */
/** The design document's three-way fixture: the others' FEMALE × RO × ADULT is 2, and no table publishes it. */
const THREE_WAY_FIXTURE: readonly Convictions[] = [
  { agency: 'RO-DIOC', n: 15, sex: 'FEMALE', citizenship: 'NG', group: 'ADULT' },
  { agency: 'BE-SIS', n: 20, sex: 'FEMALE', citizenship: 'RO', band: '0-8' },
  { agency: 'ES-BIP', n: 20, sex: 'MALE', citizenship: 'RO', band: '30-38' },
  { agency: 'RO-DIOC', n: 2, sex: 'FEMALE', citizenship: 'RO', band: '48+' },
];

describe('three-way figures from exact one-way figures and two-way zeros', () => {
  let t: TestApp;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
    categories cells { key count suppressed perturbed } rowTotals { count suppressed } columnTotals { count suppressed } total { count } } }`;
  type Figure = { key: string[]; count: number | null; suppressed: boolean; perturbed?: boolean | null };

  beforeAll(async () => {
    t = await withConvictions(THREE_WAY_FIXTURE);
  });
  afterAll(() => t?.close());

  it('the one-way figures are exact, but the zeros the arithmetic needs are not all shown', async () => {
    const token = await signIn(t.url, 'analyst@ng.test', FIXTURE_PASSWORD);
    const ask = async (dimensions: string[]) => {
      const res = await gql(t.url, TABLE, { input: { source: 'agency', indicator: 'CONVICTION', dimensions } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.indicatorTable as { cells: Figure[] };
    };
    const oneWay = async (d: string) => Object.fromEntries((await ask([d])).cells.map((c) => [c.key[0], c.count]));
    expect(await oneWay('SEX')).toEqual({ FEMALE: 37, MALE: 20 });
    expect(await oneWay('CITIZENSHIP')).toEqual({ NG: 15, RO: 42 });
    expect(await oneWay('AGE_GROUP')).toEqual({ ADULT: 37, MINOR: 20 });
    const cell = async (dimensions: string[], key: string[]) => (await ask(dimensions)).cells.find((c) => c.key.join() === key.join());
    const zeros = [await cell(['SEX', 'CITIZENSHIP'], ['MALE', 'NG']), await cell(['CITIZENSHIP', 'AGE_GROUP'], ['NG', 'MINOR']), await cell(['SEX', 'AGE_GROUP'], ['MALE', 'MINOR'])];
    // Each table judges alone (assuming the others show all their zeros), so each hides its own.
    expect(zeros.map((z) => z?.suppressed)).toEqual([true, true, true]);
    // Asked the other way round, the same zero is hidden.
    expect(await cell(['CITIZENSHIP', 'SEX'], ['NG', 'MALE'])).toMatchObject({ count: null, suppressed: true });
    // Without them: FEMALE × RO × ADULT = 37 − MINOR − NG only if MALE × MINOR, NG × MINOR and MALE × NG are known 0.
    const attack = zeros.every((z) => z?.count === 0) ? 37 - 20 - 15 : null;
    expect(attack).toBeNull();
  });
});

describe('three-way figures when the reader pads the zeros with its own records', () => {
  let t: TestApp;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) { cells { key count suppressed perturbed ownCount } } }`;
  type Figure = { key: string[]; count: number | null; suppressed: boolean; perturbed?: boolean | null; ownCount: number | null };

  beforeAll(async () => {
    t = await withConvictions(THREE_WAY_FIXTURE);
  });
  afterAll(() => t?.close());

  it('one conviction of its own in each of the three zeros does not give FEMALE × RO × ADULT = 2 back', async () => {
    const token = await signIn(t.url, 'analyst@ng.test', FIXTURE_PASSWORD);
    const recorded = await gql(
      t.url,
      'mutation($input: RecordCaseInput!) { recordCase(input: $input) { id } }',
      { input: { indicator: 'CONVICTION', sex: 'MALE', citizenship: 'NG', ageBand: '9-17' } },
      token,
    );
    expect(recorded.errors).toBeUndefined();
    const cell = async (dimensions: string[], key: string[]) => {
      const res = await gql(t.url, TABLE, { input: { source: 'agency', indicator: 'CONVICTION', dimensions } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return (res.data!.indicatorTable as { cells: Figure[] }).cells.find((c) => c.key.join() === key.join());
    };
    // Each of the three cells holds the reader's one record. Shown as an exact 1, it says the others have none there,
    // and then (RO 42 − MALE 20) − MINOR 20 = 2 pins the others' FEMALE × RO × ADULT.
    const padded = [await cell(['SEX', 'CITIZENSHIP'], ['MALE', 'NG']), await cell(['CITIZENSHIP', 'AGE_GROUP'], ['NG', 'MINOR']), await cell(['SEX', 'AGE_GROUP'], ['MALE', 'MINOR'])];
    const known = padded.filter((c) => c && !c.suppressed && !c.perturbed && c.count === 1);
    expect(known.length).toBeLessThan(3);
    // Whether hidden or not, each cell tells the reader its own one record there; a cell without any tells none.
    expect(padded.map((c) => c?.ownCount)).toEqual([1, 1, 1]);
    expect((await cell(['SEX', 'CITIZENSHIP'], ['FEMALE', 'RO']))?.ownCount).toBeNull();
  });
});
