import { OperationStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Operation targets: set / replace / remove by the operation's coordinators only, progress from case records
 * entered within the period (by created_at, UTC date, both ends included), small-cell protected (k = 11).
 * Danube Route: the NL police (coordinator and a member) and the Romanian prosecutors; Coastal Harvest: the Thai
 * police and the Nigerian agency; the platform admin's secretariat is in neither.
 */
describe('indicators: operation targets', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  let danube: string;
  let coastal: string;
  const SET = `mutation($input: SetOperationTargetInput!) { setOperationTarget(input: $input) {
    id indicator periodStart periodEnd target achieved { count suppressed label } progress } }`;
  const REMOVE = `mutation($id: ID!) { removeOperationTarget(id: $id) }`;
  const INDICATORS = `query($id: ID!) { operationIndicators(operationId: $id) { operationId k viewerIsCoordinator
    targets { id indicator periodStart periodEnd target achieved { count suppressed label } progress } } }`;
  const S = 'suppressed (< 11)';

  /** Inserts `n` case records of an agency in an operation, entered at the given instant. */
  const add = async (n: number, agencyAcronym: string, operationId: string, indicator: string, createdAt: string) => {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, created_at)
       SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, $3, $4 FROM generate_series(1, $5)`,
      [agency[agencyAcronym], operationId, indicator, createdAt, n],
    );
  };
  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
  const indicators = async (email: string, id = danube) => {
    const res = await gql(t.url, INDICATORS, { id }, await login(t.url, email));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.operationIndicators;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA'], AGENCIES['JTF-SEC']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['coordinator@th.test'], PEOPLE['member@ng.test'], PEOPLE['admin@jtf.test']);
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    agency = f.agencies;
    danube = f.operations['Danube Route'];
    coastal = f.operations['Coastal Harvest'];

    // VICTIM_REFERRED in Danube by NL police: 10 mid-February + both ends of Q1 2026 = 12 inside 2026-01-01 … 03-31;
    // one a second before and one at the start of the next day after the period (outside).
    await add(10, 'NL-POL', danube, 'VICTIM_REFERRED', '2026-02-15T10:00:00Z');
    await add(1, 'NL-POL', danube, 'VICTIM_REFERRED', '2026-01-01T00:00:00Z');
    await add(1, 'NL-POL', danube, 'VICTIM_REFERRED', '2026-03-31T23:59:59Z');
    await add(1, 'NL-POL', danube, 'VICTIM_REFERRED', '2025-12-31T23:59:59Z');
    await add(1, 'NL-POL', danube, 'VICTIM_REFERRED', '2026-04-01T00:00:00Z');
    // Not counted: another indicator in the period; the same indicator in another operation.
    await add(4, 'NL-POL', danube, 'VICTIM_IDENTIFIED', '2026-02-15T10:00:00Z');
    await add(5, 'TH-AHTD', coastal, 'VICTIM_REFERRED', '2026-02-15T10:00:00Z');
    // INVESTIGATION_OPENED in 2026 by NL police: 3.
    await add(3, 'NL-POL', danube, 'INVESTIGATION_OPENED', '2026-06-01T12:00:00Z');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('only the coordinators set targets: FORBIDDEN for other participants, NOT_FOUND for outsiders', async () => {
    const input = { operationId: danube, indicator: 'VICTIM_REFERRED', periodStart: '2026-01-01', periodEnd: '2026-03-31', target: 20 };
    for (const email of ['member@nl.test', 'liaison@ro.test', 'admin@jtf.test']) {
      const res = await gql(t.url, SET, { input }, await login(t.url, email));
      expect(errorCode(res)).toBe(email === 'admin@jtf.test' ? 'NOT_FOUND' : 'FORBIDDEN'); // the admin's agency is not in Danube
    }
    const outsider = await gql(t.url, SET, { input }, await login(t.url, 'member@ng.test'));
    expect(errorCode(outsider)).toBe('NOT_FOUND');
    expect(errorCode(await gql(t.url, SET, { input: { ...input, operationId: 'nope' } }, await login(t.url, 'coordinator@nl.test')))).toBe('NOT_FOUND');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM operation_targets`))[0].n).toBe(0);
  });

  it('names the bad field', async () => {
    const token = await login(t.url, 'coordinator@nl.test');
    const base = { operationId: danube, indicator: 'VICTIM_REFERRED', periodStart: '2026-01-01', periodEnd: '2026-03-31', target: 20 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ target: 0 }, 'target'],
      [{ periodEnd: '2025-12-31' }, 'periodEnd'],
      [{ periodStart: '2026-02-30' }, 'periodStart'],
      [{ periodStart: '0999-01-01' }, 'periodStart'],
      [{ periodEnd: '2101-01-01' }, 'periodEnd'],
    ];
    for (const [change, field] of cases) {
      const res = await gql(t.url, SET, { input: { ...base, ...change } }, token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('shows progress; a figure below k is suppressed unless the viewer’s agency recorded all of it', async () => {
    const token = await login(t.url, 'coordinator@nl.test');
    const q1 = await gql(t.url, SET, { input: { operationId: danube, indicator: 'VICTIM_REFERRED', periodStart: '2026-01-01', periodEnd: '2026-03-31', target: 20 } }, token);
    // 12 inside the period; 12 / 20 = 0.6.
    expect(q1.data?.setOperationTarget).toMatchObject({ target: 20, achieved: { count: 12, suppressed: false }, progress: 0.6 });
    const inv = await gql(t.url, SET, { input: { operationId: danube, indicator: 'INVESTIGATION_OPENED', periodStart: '2026-01-01', periodEnd: '2026-12-31', target: 5 } }, token);
    // 3 / 5 = 0.6, exact for NL police who recorded all three.
    expect(inv.data?.setOperationTarget).toMatchObject({ achieved: { count: 3, suppressed: false }, progress: 0.6 });

    const nl = await indicators('member@nl.test');
    expect(nl).toMatchObject({ k: 11, viewerIsCoordinator: false });
    expect(nl.targets.map((x: { indicator: string }) => x.indicator)).toEqual(['INVESTIGATION_OPENED', 'VICTIM_REFERRED']);
    expect((await indicators('coordinator@nl.test')).viewerIsCoordinator).toBe(true);

    // Romanian prosecutors: 3 < 11 is not theirs → suppressed, no progress. Q1's 12 is not small, but the
    // operation's VICTIM_REFERRED total (14, shown in its tables) minus 12 would give the 2 records entered outside
    // Q1 (31 Dec and 1 Apr) → suppressed too.
    const ro = await indicators('liaison@ro.test');
    expect(ro.targets[1]).toMatchObject({ achieved: { count: null, suppressed: true, label: S }, progress: null });
    expect(ro.targets[0]).toMatchObject({ achieved: { count: null, suppressed: true, label: S }, progress: null });

    // Once the Romanian prosecutors record one too (4, mixed), NL police no longer own the figure either.
    await add(1, 'RO-DIOC', danube, 'INVESTIGATION_OPENED', '2026-07-01T00:00:00Z');
    expect((await indicators('member@nl.test')).targets[0]).toMatchObject({ achieved: { count: null, label: S }, progress: null });

    // Over target, progress stops at 1: set the Q1 target to 10 (replaces the figure, no second target).
    const again = await gql(t.url, SET, { input: { operationId: danube, indicator: 'VICTIM_REFERRED', periodStart: '2026-01-01', periodEnd: '2026-03-31', target: 10 } }, token);
    expect(again.data?.setOperationTarget).toMatchObject({ id: q1.data?.setOperationTarget.id, target: 10, progress: 1 });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM operation_targets`))[0].n).toBe(2);

    expect(errorCode(await gql(t.url, INDICATORS, { id: danube }, await login(t.url, 'member@ng.test')))).toBe('NOT_FOUND');
  });

  it('at most 24 periods per indicator, removed targets’ periods included; a period already set can be set again', async () => {
    const token = await login(t.url, 'coordinator@nl.test');
    // 24 monthly periods of CONVICTION targets set (and since removed) in 2024–2025.
    await t.db.query(
      `INSERT INTO operation_target_periods (operation_id, indicator, period_start, period_end)
       SELECT $1, 'CONVICTION', m::date, (m + interval '1 month' - interval '1 day')::date
         FROM generate_series('2024-01-01'::date, '2025-12-01'::date, interval '1 month') AS m`,
      [danube],
    );
    const input = { operationId: danube, indicator: 'CONVICTION', periodStart: '2026-01-01', periodEnd: '2026-01-31', target: 2 };
    const refused = await gql(t.url, SET, { input }, token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((refused.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual(['periodStart']);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM operation_targets WHERE indicator = 'CONVICTION'`))[0].n).toBe(0);
    const again = await gql(t.url, SET, { input: { ...input, periodStart: '2025-12-01', periodEnd: '2025-12-31' } }, token);
    expect(again.errors).toBeUndefined();
    await t.db.query(`DELETE FROM operation_targets WHERE indicator = 'CONVICTION'`);
  });

  it('overlapping periods: no difference of two targets gives a small count back, even after one is removed', async () => {
    // VICTIM_ASSISTED in Danube by NL police: 15 on 10 Jan, 12 on 10 Feb, 3 on 10 Mar 2026 (total 30, shown in the
    // operation's tables). For the Romanian prosecutors: Jan–Mar = 30 and Jan–Feb = 27 would give March's 3.
    await add(15, 'NL-POL', danube, 'VICTIM_ASSISTED', '2026-01-10T09:00:00Z');
    await add(12, 'NL-POL', danube, 'VICTIM_ASSISTED', '2026-02-10T09:00:00Z');
    await add(3, 'NL-POL', danube, 'VICTIM_ASSISTED', '2026-03-10T09:00:00Z');
    const token = await login(t.url, 'coordinator@nl.test');
    const set = async (periodStart: string, periodEnd: string) => {
      const res = await gql(t.url, SET, { input: { operationId: danube, indicator: 'VICTIM_ASSISTED', periodStart, periodEnd, target: 40 } }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.setOperationTarget as { id: string };
    };
    const assisted = async () =>
      (await indicators('liaison@ro.test')).targets
        .filter((x: { indicator: string }) => x.indicator === 'VICTIM_ASSISTED')
        .map((x: { periodStart: string; periodEnd: string; achieved: { count: number | null } }) => [x.periodStart, x.periodEnd, x.achieved.count]);

    await set('2026-01-01', '2026-03-31');
    expect(await assisted()).toEqual([['2026-01-01', '2026-03-31', 30]]);
    const janFeb = await set('2026-01-01', '2026-02-28');
    // One of the two is hidden: Jan–Feb, set after Jan–Mar had been shown.
    expect(await assisted()).toEqual([
      ['2026-01-01', '2026-02-28', null],
      ['2026-01-01', '2026-03-31', 30],
    ]);
    // Removing Jan–Feb does not make the difference available later: its period stays in the audit, and it was
    // never shown; setting it again shows it hidden still.
    expect((await gql(t.url, REMOVE, { id: janFeb.id }, token)).errors).toBeUndefined();
    expect(await assisted()).toEqual([['2026-01-01', '2026-03-31', 30]]);
    await set('2026-01-01', '2026-02-28');
    expect(await assisted()).toEqual([
      ['2026-01-01', '2026-02-28', null],
      ['2026-01-01', '2026-03-31', 30],
    ]);
    // The recording agency still sees every figure exactly.
    const nl = (await indicators('member@nl.test')).targets.filter((x: { indicator: string }) => x.indicator === 'VICTIM_ASSISTED');
    expect(nl.map((x: { achieved: { count: number | null } }) => x.achieved.count)).toEqual([27, 30]);
    await t.db.query(`DELETE FROM operation_targets WHERE indicator = 'VICTIM_ASSISTED'`);
  });

  it('removes a target: coordinators only, NOT_FOUND for outsiders and unknown ids', async () => {
    const [{ id }] = await t.db.query(`SELECT id::text AS id FROM operation_targets WHERE indicator = 'INVESTIGATION_OPENED'`);
    expect(errorCode(await gql(t.url, REMOVE, { id }, await login(t.url, 'member@nl.test')))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, REMOVE, { id }, await login(t.url, 'member@ng.test')))).toBe('NOT_FOUND');
    const token = await login(t.url, 'coordinator@nl.test');
    expect(errorCode(await gql(t.url, REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, token))).toBe('NOT_FOUND');
    expect((await gql(t.url, REMOVE, { id }, token)).data?.removeOperationTarget).toBe(id);
    // Setting and removing are audited, by the coordinator; the refused attempts above wrote nothing.
    const audited: Array<{ action: string; email: string }> = await t.db.query(
      `SELECT e.action, u.email FROM audit_entries e JOIN users u ON u.id = e.actor_user_id WHERE e.subject_type = 'OPERATION_TARGET' AND e.subject_id = $1 ORDER BY e.seq`,
      [id],
    );
    expect(audited.at(-1)).toEqual({ action: 'OPERATION_TARGET_REMOVED', email: 'coordinator@nl.test' });
    expect(audited.slice(0, -1).map((a) => a.action)).toEqual(audited.slice(0, -1).map(() => 'OPERATION_TARGET_SET'));
    expect(audited.length).toBeGreaterThanOrEqual(2);
    expect((await indicators('coordinator@nl.test')).targets.map((x: { indicator: string }) => x.indicator)).toEqual(['VICTIM_REFERRED']);
  });
});
