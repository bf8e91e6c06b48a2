import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Target figures read over time as a coordinator adds periods (docs/disclosure-control.md, "Targets"): a period's
 * figure, once shown, stays shown, and a period set later that would give a small count back by difference with it
 * is the one hidden. The attack: read Jan–May, then set Jan–Jun and subtract. Expected counts come from the fixture.
 */
describe('operation targets read as periods are added one by one', () => {
  let t: TestApp;
  let operation: string;
  let agencies: Record<string, string>;
  const SET = `mutation($input: SetOperationTargetInput!) { setOperationTarget(input: $input) {
    periodStart periodEnd achieved { count suppressed } } }`;
  const READ = `query($id: ID!) { operationIndicators(operationId: $id) { targets { periodStart periodEnd achieved { count suppressed } } } }`;
  const login = (email: string) => signIn(t.url, email, FIXTURE_PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
    );
    await f.person(
      { email: 'coordinator@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'member@nl.test', agency: 'NL-POL', roles: [Role.MEMBER] },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['ES-BIP', 'RO-DIOC'], coordinators: ['coordinator@nl.test'] });
    operation = f.operations['Danube Route'];
    agencies = f.agencies;
    // Victims assisted: the Spanish border police 20 on 10 Mar and 15 on 10 Sep, the Romanian prosecutors 5 on
    // 15 Jun (2026, UTC). The Dutch police, who read, recorded none. June holds RO-DIOC's 5 alone.
    for (const [acronym, n, at] of [['ES-BIP', 20, '2026-03-10T09:00:00Z'], ['RO-DIOC', 5, '2026-06-15T09:00:00Z'], ['ES-BIP', 15, '2026-09-10T09:00:00Z']] as const) {
      await t.db.query(
        `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, created_at)
         SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, 'VICTIM_ASSISTED', $3 FROM generate_series(1, $4)`,
        [f.agencies[acronym], operation, at, n],
      );
    }
  });
  afterAll(() => t?.close());

  it('Jan–May read first, then Jan–Jun set: Jan–May stays 20 and Jan–Jun is hidden, so June’s 5 never comes out', async () => {
    const coordinator = await login('coordinator@nl.test');
    const set = async (periodStart: string, periodEnd: string) => {
      const res = await gql(t.url, SET, { input: { operationId: operation, indicator: 'VICTIM_ASSISTED', periodStart, periodEnd, target: 50 } }, coordinator);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.setOperationTarget.achieved;
    };
    const read = async (email: string) => {
      const res = await gql(t.url, READ, { id: operation }, await login(email));
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.operationIndicators.targets.map((x: { periodStart: string; periodEnd: string; achieved: { count: number | null } }) => [x.periodStart, x.periodEnd, x.achieved.count]);
    };
    // Jan–May: ES-BIP's 20 (≥ 11, and the 20 outside it too): shown.
    expect(await set('2026-01-01', '2026-05-31')).toEqual({ count: 20, suppressed: false });
    // Jan–Jun would be 25, and 25 − 20 = RO-DIOC's 5: the later period gives way.
    expect(await set('2026-01-01', '2026-06-30')).toEqual({ count: null, suppressed: true });
    const expected = [
      ['2026-01-01', '2026-05-31', 20],
      ['2026-01-01', '2026-06-30', null],
    ];
    expect(await read('coordinator@nl.test')).toEqual(expected);
    expect(await read('member@nl.test')).toEqual(expected);
    // Jun–Dec (20: 5 + 15) would give 20 − 15 … only with Jul–Dec, which is not set; alone it is shown and pins nothing:
    // 40 (total) − 20 (Jan–May) = 20 = Jun–Dec, already known from the two.
    expect(await set('2026-06-01', '2026-12-31')).toEqual({ count: 20, suppressed: false });
    // Then Jul–Dec (15) would give June's 5 by difference with Jun–Dec: hidden; the earlier figures do not move.
    expect(await set('2026-07-01', '2026-12-31')).toEqual({ count: null, suppressed: true });
    expect(await read('coordinator@nl.test')).toEqual([
      ['2026-01-01', '2026-05-31', 20],
      ['2026-01-01', '2026-06-30', null],
      ['2026-06-01', '2026-12-31', 20],
      ['2026-07-01', '2026-12-31', null],
    ]);
  });

  it('a period inside another: Jan–Mar shown, then February set: February is hidden, or Jan–Mar minus it would give Jan + Mar', async () => {
    // Other agencies' records of VICTIM_REFERRED: ES-BIP 15 on 10 Dec 2025, RO-DIOC 3 on 10 Jan, ES-BIP 25 on 10 Feb,
    // RO-DIOC 2 on 10 Mar 2026 (total 45, shown in the operation's tables). Jan–Mar = 30; February = 25; 30 − 25 = 5.
    for (const [acronym, n, at] of [['ES-BIP', 15, '2025-12-10T09:00:00Z'], ['RO-DIOC', 3, '2026-01-10T09:00:00Z'], ['ES-BIP', 25, '2026-02-10T09:00:00Z'], ['RO-DIOC', 2, '2026-03-10T09:00:00Z']] as const) {
      await t.db.query(
        `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, created_at)
         SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, 'VICTIM_REFERRED', $3 FROM generate_series(1, $4)`,
        [agencies[acronym], operation, at, n],
      );
    }
    const coordinator = await login('coordinator@nl.test');
    const set = async (periodStart: string, periodEnd: string) => {
      const res = await gql(t.url, SET, { input: { operationId: operation, indicator: 'VICTIM_REFERRED', periodStart, periodEnd, target: 50 } }, coordinator);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.setOperationTarget.achieved;
    };
    expect(await set('2026-01-01', '2026-03-31')).toEqual({ count: 30, suppressed: false });
    expect(await set('2026-02-01', '2026-02-28')).toEqual({ count: null, suppressed: true });
  });
});
