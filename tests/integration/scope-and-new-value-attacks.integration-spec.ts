import { Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES } from '../support/sample-task-force';
import { gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Two attacks an outside probe made against the real API, replayed here (docs/disclosure-control.md):
 * - **across scopes**: a joint operation's two-way tables hide the zeros that would pin a three-way figure, but the
 *   task-force tables (the operation plus the records outside operations) showed them as 0 — and a 0 of the task force
 *   is a 0 in the operation;
 * - **a value of one's own**: recording cases with a value no other agency has changed which of the others' cells the
 *   complementary suppression hid; a reading before and one after, combined, gave a small figure back.
 */
const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
  cells { key count suppressed perturbed } rowTotals { count suppressed } columnTotals { count suppressed } } }`;
type Table = { cells: Array<{ key: string[]; count: number | null; suppressed: boolean; perturbed?: boolean | null }>; rowTotals: Array<{ count: number | null }>; columnTotals: Array<{ count: number | null }> };

async function withRecords(rows: ReadonlyArray<{ agency: string; n: number; indicator: string; operation: boolean; sex: string; citizenship: string; group?: string }>) {
  const t = await startTestApp({}, { demoData: false });
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA']);
  await f.person({ email: 'liaison@ro.test', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] }, { email: 'analyst@ng.test', agency: 'NG-NATA', roles: [Role.ANALYST] }, { email: 'coordinator@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR] });
  await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
  const danube = f.operations['Danube Route'];
  for (const r of rows) {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, sex, citizenship, age_group)
       SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, $3, $4, $5, $6 FROM generate_series(1, $7)`,
      [f.agencies[r.agency], r.operation ? danube : null, r.indicator, r.sex, r.citizenship, r.group ?? null, r.n],
    );
  }
  return { t, danube };
}

describe('zeros an operation hides stay hidden in the task-force tables', () => {
  let t: TestApp;
  let danube: string;
  beforeAll(async () => {
    // Danube Route: NL-POL 15 F NG ADULT, 20 F RO MINOR, 20 M RO ADULT, 2 F RO ADULT; RO-DIOC (the reader) 2 M RO ADULT.
    // Outside operations: NL-POL 20 F RO ADULT.
    ({ t, danube } = await withRecords([
      { agency: 'NL-POL', n: 15, indicator: 'CONVICTION', operation: true, sex: 'FEMALE', citizenship: 'NG', group: 'ADULT' },
      { agency: 'NL-POL', n: 20, indicator: 'CONVICTION', operation: true, sex: 'FEMALE', citizenship: 'RO', group: 'MINOR' },
      { agency: 'NL-POL', n: 20, indicator: 'CONVICTION', operation: true, sex: 'MALE', citizenship: 'RO', group: 'ADULT' },
      { agency: 'NL-POL', n: 2, indicator: 'CONVICTION', operation: true, sex: 'FEMALE', citizenship: 'RO', group: 'ADULT' },
      { agency: 'RO-DIOC', n: 2, indicator: 'CONVICTION', operation: true, sex: 'MALE', citizenship: 'RO', group: 'ADULT' },
      { agency: 'NL-POL', n: 20, indicator: 'CONVICTION', operation: false, sex: 'FEMALE', citizenship: 'RO', group: 'ADULT' },
    ]));
  });
  afterAll(() => t?.close());

  it("the three zeros behind Danube Route's F RO ADULT = 2 are not all shown as 0 in the task force", async () => {
    const token = await login(t.url, 'liaison@ro.test', FIXTURE_PASSWORD);
    const cell = async (dimensions: string[], key: string[], operationId?: string) => {
      const res = await gql(t.url, TABLE, { input: { source: 'agency', indicator: 'CONVICTION', dimensions, ...(operationId ? { operationId } : {}) } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return (res.data!.indicatorTable as Table).cells.find((c) => c.key.join() === key.join());
    };
    const zeros: Array<[string[], string[]]> = [
      [['SEX', 'CITIZENSHIP'], ['MALE', 'NG']],
      [['CITIZENSHIP', 'AGE_GROUP'], ['NG', 'MINOR']],
      [['SEX', 'AGE_GROUP'], ['MALE', 'MINOR']],
    ];
    // Danube Route's own tables hide them (one scope).
    for (const [dimensions, key] of zeros) expect((await cell(dimensions, key, danube))?.suppressed).toBe(true);
    // The task force does not hand them back: were all three exact 0, RO 42 − MALE 20 − MINOR 20 = 2 in Danube Route.
    const known = [];
    for (const [dimensions, key] of zeros) {
      const c = await cell(dimensions, key);
      if (c && !c.suppressed && c.count === 0) known.push(key.join(' × '));
    }
    expect(known.length).toBeLessThan(3);
  });
});

describe('a value only the reader recorded changes nothing of what the others show', () => {
  let t: TestApp;
  beforeAll(async () => {
    // TH-AHTD, outside operations, victims assisted: 5 F MD, 19 M BG, 32 OTHER MD. NG-NATA reads and records.
    ({ t } = await withRecords([
      { agency: 'TH-AHTD', n: 5, indicator: 'VICTIM_ASSISTED', operation: false, sex: 'FEMALE', citizenship: 'MD' },
      { agency: 'TH-AHTD', n: 19, indicator: 'VICTIM_ASSISTED', operation: false, sex: 'MALE', citizenship: 'BG' },
      { agency: 'TH-AHTD', n: 32, indicator: 'VICTIM_ASSISTED', operation: false, sex: 'OTHER', citizenship: 'MD' },
    ]));
  });
  afterAll(() => t?.close());

  it('recording 2 MALE of a citizenship nobody else has does not let two readings give FEMALE × MD = 5', async () => {
    const token = await login(t.url, 'analyst@ng.test', FIXTURE_PASSWORD);
    const read = async () => {
      const res = await gql(t.url, TABLE, { input: { source: 'agency', indicator: 'VICTIM_ASSISTED', dimensions: ['SEX', 'CITIZENSHIP'] } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.indicatorTable as Table;
    };
    const pattern = (table: Table) => Object.fromEntries(table.cells.filter((c) => c.key[1] !== 'AD').map((c) => [c.key.join(' × '), c.suppressed ? 'hidden' : 'shown']));
    const before = await read();
    const recorded = await gql(t.url, 'mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id } }', { inputs: [1, 2].map(() => ({ indicator: 'VICTIM_ASSISTED', sex: 'MALE', citizenship: 'AD' })) }, token);
    expect(recorded.errors).toBeUndefined();
    const after = await read();
    // What is hidden of the others' cells does not move.
    expect(pattern(after)).toEqual(pattern(before));
    // And the two zeros the attack needed are never both known: MALE × MD exact 0 in one reading, OTHER × BG in the other.
    const zero = (table: Table, key: string) => table.cells.some((c) => c.key.join(' × ') === key && !c.suppressed && c.count === 0);
    expect((zero(before, 'MALE × MD') || zero(after, 'MALE × MD')) && (zero(before, 'OTHER × BG') || zero(after, 'OTHER × BG'))).toBe(false);
  });
});
