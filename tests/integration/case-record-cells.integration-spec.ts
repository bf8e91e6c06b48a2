import { migrations } from '@taskforce/api-database';
import { DatasetKind, importDataset } from '@taskforce/api-indicators';
import { DATA_FILES } from '@taskforce/data-import';
import { CaseRecord, DimensionKey, IndicatorKind, valueOf } from '@taskforce/domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { itWithData } from '../support/data-files';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * The roll-up `case_record_cells` stays exact: after concurrent batches of several agencies (two people of the same
 * agency among them, writing to the same cells), concurrent deletions (cells emptied while others add to them), CTDC
 * imports and re-imports, updates, and the migration's down and up, it equals a recount of `case_records` done here:
 * every record's values mapped by the domain's `valueOf` (not by the SQL of the triggers), counted per grouping the
 * roll-up keeps, with every key column, `n` and `key_sum` (sum of the record keys, as a big integer) compared.
 */

/** The real CTDC file: ../shared/data beside the repository, or PUBLIC_DATA_DIR (as for the API) when set. */
const CTDC = join(process.env['PUBLIC_DATA_DIR'] ? resolve(process.env['PUBLIC_DATA_DIR']) : resolve(__dirname, '../../../shared/data'), DATA_FILES.ctdc);

/** Dimension columns of the roll-up and the domain's dimension each one holds (the roll-up's contract). */
const PAIRED: ReadonlyArray<[column: string, dimension: DimensionKey]> = [
  ['year', 'year'],
  ['sex', 'sex'],
  ['age_group', 'ageGroup'],
  ['age_band', 'ageBand'],
  ['citizenship', 'citizenship'],
  ['country_of_exploitation', 'countryOfExploitation'],
  ['citizenship_region', 'citizenshipRegion'],
  ['exploitation_region', 'exploitationRegion'],
  ['form_of_exploitation', 'formOfExploitation'],
];
const COLUMNS = [...PAIRED.map(([c]) => c), 'forms_named'];

/** Every grouping the roll-up keeps: each dimension alone, each pair, and the forms named. */
const GROUPINGS: string[][] = [
  ...PAIRED.map(([c]) => [c]),
  ...PAIRED.flatMap(([a], i) => PAIRED.slice(i + 1).map(([b]) => [a, b])),
  ['forms_named'],
];

interface StoredRecord {
  source: string;
  indicator: IndicatorKind;
  operation_id: string | null;
  agency_id: string | null;
  year: string | null;
  sex: string | null;
  age_group: string | null;
  age_band: string | null;
  citizenship: string | null;
  country_of_exploitation: string | null;
  citizenship_region: string | null;
  exploitation_region: string | null;
  forms_of_exploitation: string[];
  record_key: string;
}

const blankToNull = (v: string | null) => (v === '' ? null : v);

/** One record's value in each roll-up column, as the domain maps it (`valueOf`), unknown as null. */
function valuesOf(r: StoredRecord): Record<string, string | null> {
  const record = {
    id: '',
    agencyId: r.agency_id ?? '',
    indicator: r.indicator,
    year: blankToNull(r.year),
    sex: blankToNull(r.sex),
    ageGroup: blankToNull(r.age_group),
    ageBand: blankToNull(r.age_band),
    citizenship: blankToNull(r.citizenship),
    countryOfExploitation: blankToNull(r.country_of_exploitation),
    citizenshipRegion: blankToNull(r.citizenship_region),
    exploitationRegion: blankToNull(r.exploitation_region),
    formsOfExploitation: r.forms_of_exploitation,
  } as CaseRecord;
  const values: Record<string, string | null> = {};
  for (const [column, dimension] of PAIRED) {
    const v = valueOf(record, dimension);
    values[column] = v === 'UNKNOWN' ? null : v;
  }
  values['forms_named'] = JSON.stringify([...new Set(r.forms_of_exploitation)].sort());
  return values;
}

type Cells = Map<string, { n: number; keySum: bigint }>;

const cellKey = (groupedBy: string, scope: Array<string | null>, values: Record<string, string | null>) =>
  JSON.stringify([groupedBy, ...scope, ...COLUMNS.map((c) => values[c] ?? null)]);

/** The roll-up recounted from `case_records`: records mapped in TypeScript, counted per grouping. */
async function recount(t: TestApp): Promise<Cells> {
  const records: StoredRecord[] = await t.db.query(
    `SELECT source, indicator, operation_id::text AS operation_id, agency_id::text AS agency_id, year, sex, age_group, age_band, citizenship,
            country_of_exploitation, citizenship_region, exploitation_region, forms_of_exploitation, record_key::text AS record_key
       FROM case_records`,
  );
  const cells: Cells = new Map();
  for (const r of records) {
    const values = valuesOf(r);
    for (const grouping of GROUPINGS) {
      const kept = Object.fromEntries(grouping.map((c) => [c, values[c]]));
      const key = cellKey([...grouping].sort().join('+'), [r.source, r.indicator, r.operation_id, r.agency_id], kept);
      const cell = cells.get(key) ?? { n: 0, keySum: 0n };
      cell.n += 1;
      cell.keySum += BigInt(r.record_key);
      cells.set(key, cell);
    }
  }
  return cells;
}

/** The roll-up as stored (forms named as the same JSON as the recount). */
async function stored(t: TestApp): Promise<Cells> {
  const rows: Array<Record<string, any>> = await t.db.query(
    `SELECT grouped_by, source, indicator, operation_id::text AS operation_id, agency_id::text AS agency_id, ${COLUMNS.join(', ')}, n, key_sum::text AS key_sum
       FROM case_record_cells`,
  );
  const cells: Cells = new Map();
  for (const row of rows) {
    const values = { ...row, forms_named: row['forms_named'] === null ? null : JSON.stringify(row['forms_named']) };
    const key = cellKey(row['grouped_by'], [row['source'], row['indicator'], row['operation_id'], row['agency_id']], values);
    expect(cells.has(key)).toBe(false);
    cells.set(key, { n: row['n'], keySum: BigInt(row['key_sum']) });
  }
  return cells;
}

/** Both maps as sorted entries, so that a difference prints the cells that differ. */
const entries = (cells: Cells) => [...cells.entries()].map(([k, v]) => `${k} n=${v.n} key_sum=${v.keySum}`).sort();

async function expectExact(t: TestApp): Promise<number> {
  const expected = await recount(t);
  expect(entries(await stored(t))).toEqual(entries(expected));
  expect(await t.db.query(`SELECT count(*)::int AS n FROM case_record_cells WHERE n <= 0`)).toEqual([{ n: 0 }]);
  return expected.size;
}

/** A small deterministic generator (mulberry32), so every run writes the same records. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

/** A record input drawn from few values, so that batches of different people hit the same cells. */
function caseInput(r: () => number, operationId: string | null): Record<string, unknown> {
  const band = pick(r, [null, '0-8', '9-17', '18-20', '30-38'] as const);
  return {
    indicator: pick(r, ['VICTIM_IDENTIFIED', 'VICTIM_REFERRED']),
    year: pick(r, [2023, 2024, null]),
    sex: pick(r, ['FEMALE', 'MALE', null]),
    ageBand: band,
    // A band implies its group; without a band the group is given or unknown.
    ageGroup: band ? null : pick(r, ['MINOR', 'ADULT', null]),
    citizenship: pick(r, ['RO', 'NG', null]),
    countryOfExploitation: pick(r, ['NL', 'BE', null]),
    formsOfExploitation: pick(r, [[], ['SEXUAL_EXPLOITATION'], ['FORCED_LABOUR'], ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'], ['FORCED_LABOUR', 'DOMESTIC_SERVITUDE']]),
    operationId,
  };
}

const CTDC_HEADER =
  'yearRegister,gender,majorityStatus,isForcedLabour,isSexualExploit,UN_COO_Region,UN_COE_Region,IP_Exploiter,IP_Gender,IP_ageBroad,IP_citizen_UNRegion,IP_Relation,IP_PayMoney,IP_RecruiterBroker,IP_TransactionProcess,IP_ControlAbuseKidnap';

/** CTDC lines drawn from few values (repeated lines are distinct victims in CTDC). */
function ctdcLines(r: () => number, count: number): string[] {
  return Array.from({ length: count }, () =>
    [
      pick(r, ['', '2019', '2014-2018']),
      pick(r, ['', 'Female', 'Male']),
      pick(r, ['', 'Adult', 'Minor']),
      pick(r, ['', '1']),
      pick(r, ['', '1']),
      pick(r, ['', 'Europe', 'Asia', 'Africa']),
      pick(r, ['', 'Europe', 'Asia']),
      ...Array.from({ length: 9 }, () => ''),
    ].join(','),
  );
}

describe('indicators: the roll-up of case records stays exact', () => {
  let t: TestApp;
  let danube: string;
  let dir: string;
  const RECORD_MANY = `mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id } }`;
  const DELETE = `mutation($id: ID!) { deleteCaseRecord(id: $id) }`;

  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Danube Route: the NL police, the Romanian prosecutors, the Belgian labour inspectors and the Spanish border
    // police; the Nigerian agency is not in it.
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' },
      { email: 'analyst@nl.test', name: 'Sanne Mulder', agency: 'NL-POL', roles: [Role.ANALYST] },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'member@ro.test', name: 'Andrei Ionescu', agency: 'RO-DIOC' },
      { email: 'liaison@be.test', name: 'Lucas Peeters', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
      { email: 'liaison@es.test', name: 'Carmen García', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
      { email: 'member@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS', 'ES-BIP'], coordinators: ['coordinator@nl.test'] });
    danube = f.operations['Danube Route'];
    dir = mkdtempSync(join(os.tmpdir(), 'taskforce-cells-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  async function recordCases(token: string, inputs: Array<Record<string, unknown>>): Promise<string[]> {
    const res = await gql(t.url, RECORD_MANY, { inputs }, token);
    expect(res.errors).toBeUndefined();
    return res.data?.recordCases.map((c: { id: string }) => c.id);
  }

  async function deleteCase(token: string, id: string): Promise<void> {
    const res = await gql(t.url, DELETE, { id }, token);
    expect(res.errors).toBeUndefined();
  }

  it('the migration counts the stored records (none yet), and the empty roll-up is exact', async () => {
    expect(await expectExact(t)).toBe(0);
  });

  it('concurrent batches and deletions of several agencies, two people of one agency on the same cells, leave it exact', async () => {
    // Seven people of five agencies; NL police and the Romanian prosecutors write with two people each at once.
    const writers: Array<{ email: string; inDanube: boolean }> = [
      { email: 'member@nl.test', inDanube: true },
      { email: 'analyst@nl.test', inDanube: true },
      { email: 'liaison@ro.test', inDanube: true },
      { email: 'member@ro.test', inDanube: true },
      { email: 'liaison@be.test', inDanube: true },
      { email: 'liaison@es.test', inDanube: true },
      { email: 'member@ng.test', inDanube: false },
    ];
    const tokens = await Promise.all(writers.map((w) => login(t.url, w.email)));
    const rounds = 4;
    await Promise.all(
      writers.map(async (w, i) => {
        const r = random(1000 + i);
        const mine: string[] = [];
        for (let round = 0; round < rounds; round++) {
          const batch = Array.from({ length: 30 }, () => caseInput(r, w.inDanube && r() < 0.5 ? danube : null));
          const [ids] = await Promise.all([
            recordCases(tokens[i], batch),
            // Meanwhile, delete a few of this person's earlier records, several at once.
            Promise.all(mine.splice(0, 6).map((id) => deleteCase(tokens[i], id))),
          ]);
          mine.push(...ids);
        }
      }),
    );
    const cells = await expectExact(t);
    expect(cells).toBeGreaterThan(500);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM case_records WHERE source = 'agency'`)).toEqual([{ n: 7 * (4 * 30 - 3 * 6) }]);
  });

  it('cells emptied by deletions while the same agency adds records to them are counted afresh', async () => {
    const [member, analyst] = await Promise.all([login(t.url, 'member@nl.test'), login(t.url, 'analyst@nl.test')]);
    // One cell of every grouping: a record unlike any other (year 2019, only written here).
    const lone = { indicator: 'CONVICTION', year: 2019, sex: 'MALE', ageBand: '48+', citizenship: 'AL', countryOfExploitation: 'ES', formsOfExploitation: ['FORCED_BEGGING'] };
    for (let round = 0; round < 5; round++) {
      const ids = await recordCases(member, Array.from({ length: 5 }, () => lone));
      // Both people delete the same five records at once (each goes once: the other is told NOT_FOUND) while the
      // analyst adds one more to the cell being emptied.
      const raced = (token: string) => ids.map((id) => gql(t.url, DELETE, { id }, token));
      const [deletions] = await Promise.all([Promise.all([...raced(member), ...raced(analyst)]), recordCases(analyst, [lone])]);
      expect(deletions.filter((d) => d.errors === undefined).map((d) => d.data?.deleteCaseRecord).sort()).toEqual([...ids].sort());
      expect(deletions.filter((d) => d.errors !== undefined).map(errorCode)).toEqual(ids.map(() => 'NOT_FOUND'));
    }
    await expectExact(t);
    // Five records of the analyst's (one per round) remain; every record of the member's in the cell is gone.
    const [{ n }] = await t.db.query(`SELECT n FROM case_record_cells WHERE grouped_by = 'year' AND year = '2019' AND source = 'agency' AND indicator = 'CONVICTION'`);
    expect(n).toBe(5);
    await Promise.all(
      (await t.db.query(`SELECT id::text AS id FROM case_records WHERE year = '2019' AND source = 'agency'`)).map((r: { id: string }) => deleteCase(analyst, r.id)),
    );
    await expectExact(t);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM case_record_cells WHERE year = '2019' AND source = 'agency'`)).toEqual([{ n: 0 }]);
  });

  it('a CTDC import and a re-import that adds and removes records leave it exact', async () => {
    const r = random(42);
    const lines = ctdcLines(r, 80);
    const first = join(dir, 'ctdc-first.csv');
    writeFileSync(first, `${CTDC_HEADER}\n${lines.join('\n')}\n`);
    const report = await importDataset(t.db, DatasetKind.CTDC, first);
    expect(report).toMatchObject({ applied: true, inserted: 80, rejected: [] });
    await expectExact(t);

    const second = join(dir, 'ctdc-second.csv');
    writeFileSync(second, `${CTDC_HEADER}\n${[...lines.slice(20), ...ctdcLines(r, 30)].join('\n')}\n`);
    const again = await importDataset(t.db, DatasetKind.CTDC, second, { confirm: true });
    expect(again.applied).toBe(true);
    expect(again.removed).toBeGreaterThan(0);
    expect(again.inserted).toBeGreaterThan(0);
    await expectExact(t);
  });

  it('updates of records (no API path updates one today) move them between cells; an update of no dimension changes nothing', async () => {
    await t.db.query(`UPDATE case_records SET sex = CASE sex WHEN 'FEMALE' THEN 'MALE' ELSE 'FEMALE' END WHERE source = 'ctdc' AND key LIKE 'ctdc:1%'`);
    await t.db.query(`UPDATE case_records SET operation_id = NULL, forms_of_exploitation = '{FORCED_LABOUR,SEXUAL_EXPLOITATION}' WHERE source = 'agency' AND operation_id IS NOT NULL AND record_key % 3 = 0`);
    // A form named twice is one form (the API refuses repeats; the count must not depend on it).
    await t.db.query(`UPDATE case_records SET forms_of_exploitation = '{FORCED_LABOUR,FORCED_LABOUR}', age_group = NULL WHERE source = 'agency' AND record_key % 7 = 0`);
    await t.db.query(`UPDATE case_records SET record_key = (record_key + 1) % 4294967296 WHERE source = 'agency' AND record_key % 5 = 0`);
    await expectExact(t);
    const before = await t.db.query(`SELECT xmin::text AS xmin, id FROM case_record_cells ORDER BY id`);
    await t.db.query(`UPDATE case_records SET source_line = 7 WHERE source = 'ctdc'`);
    expect(await t.db.query(`SELECT xmin::text AS xmin, id FROM case_record_cells ORDER BY id`)).toEqual(before);
  });

  itWithData([CTDC])(
    'the real CTDC file imported over the fixture leaves it exact',
    async () => {
      const report = await importDataset(t.db, DatasetKind.CTDC, CTDC, { confirm: true });
      expect(report.applied).toBe(true);
      await expectExact(t);
    },
    120_000,
  );

  it("the migrations' down and up on a database with records backfill the same roll-up", async () => {
    const before = entries(await stored(t));
    // The roll-up's migrations: the table and its triggers, then the age band kept within its group.
    const rollUp = ['CaseRecordCells1765750000000', 'AgeBandWithinGroup1765850000000'].map((name) => {
      const Migration = migrations.find((m) => m.name === name);
      if (!Migration) throw new Error(`migration ${name} is not listed`);
      return new Migration();
    });
    const runner = t.db.createQueryRunner();
    try {
      await runner.startTransaction();
      for (const migration of [...rollUp].reverse()) await migration.down(runner);
      for (const migration of rollUp) await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(entries(await stored(t))).toEqual(before);
    await expectExact(t);
    // The triggers are back: a new record is counted.
    await recordCases(await login(t.url, 'member@nl.test'), [{ indicator: 'PROSECUTION', sex: 'OTHER' }]);
    await expectExact(t);
  });

  it('TRUNCATE of the records empties it', async () => {
    await t.db.query(`TRUNCATE case_records`);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM case_record_cells`)).toEqual([{ n: 0 }]);
  });
});
