import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Tasks done on time and median time from a lead to its first action, on a fixture of operations, tasks and leads
 * with instants chosen here, on a task force of two agencies and nothing else. The viewer is a member of the Nigerian
 * agency NG-NATA. Expected figures are worked out by hand below.
 */
describe('indicators: timing (tasks on time, lead to first action)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const TIMING = `query($id: ID) { timingIndicators(operationId: $id) { operationId
    tasksOnTime { onTime late denominator excluded rate } leadToAction { medianMs measured withoutAction } } }`;
  const INDICATORS = `query($id: ID!) { operationIndicators(operationId: $id) {
    timing { operationId tasksOnTime { onTime late rate } leadToAction { medianMs measured } }
    taskForceTiming { operationId tasksOnTime { onTime late rate } leadToAction { medianMs measured } } } }`;

  const operation = async (name: string, agencies: string[]) => {
    const [{ id }] = await t.db.query(`INSERT INTO operations (name, status, lead_agency_id) VALUES ($1, 'ACTIVE', $2) RETURNING id::text AS id`, [name, ids[agencies[0]]]);
    for (const a of agencies) await t.db.query(`INSERT INTO operation_agencies (operation_id, agency_id) VALUES ($1, $2)`, [id, ids[a]]);
    return id as string;
  };
  /** A task; `doneAt` adds an IN_PROGRESS event an hour earlier and the DONE event at that instant. */
  const task = async (operationId: string, f: { status?: string; dueAt?: string | null; doneAt?: string; leadId?: string; createdAt?: string }) => {
    const [{ id }] = await t.db.query(
      `INSERT INTO tasks (operation_id, title, status, version, priority, pillar, due_at, assignee_agency_id, created_by_id, created_at, lead_id)
       VALUES ($1, 'fixture', $2, 1, 'MEDIUM', 'PROSECUTION', $3, $4, $5, $6, $7) RETURNING id::text AS id`,
      [operationId, f.status ?? (f.doneAt ? 'DONE' : 'OPEN'), f.dueAt ?? null, ids['NG-NATA'], ids.user, f.createdAt ?? '2026-04-01T00:00:00Z', f.leadId ?? null],
    );
    if (f.doneAt) {
      await t.db.query(
        `INSERT INTO task_events (task_id, actor_id, action, from_status, to_status, at) VALUES
           ($1, $2, 'STATUS_CHANGED', 'OPEN', 'IN_PROGRESS', $3::timestamptz - interval '1 hour'),
           ($1, $2, 'STATUS_CHANGED', 'IN_PROGRESS', 'DONE', $3::timestamptz)`,
        [id, ids.user, f.doneAt],
      );
    }
  };
  const lead = async (agencyKey: string, operationId: string, createdAt: string) => {
    const [{ id }] = await t.db.query(
      `INSERT INTO leads (summary, details, operation_id, originating_agency_id, form_of_exploitation, tlp, source_reliability, information_credibility, created_by_id, created_at)
       VALUES ('fixture', 'fixture', $1, $2, 'FORCED_LABOUR', 'AMBER', 'B', '2', $3, $4) RETURNING id::text AS id`,
      [operationId, ids[agencyKey], agencyKey === 'NG-NATA' ? ids.user : ids.beUser, createdAt],
    );
    return id as string;
  };
  const timing = async (id: string | null) => {
    const res = await gql(t.url, TIMING, { id }, await login(t.url, 'member@ng.test', FIXTURE_PASSWORD));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.timingIndicators;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' }, { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' });
    await f.person({ email: 'member@ng.test', agency: 'NG-NATA' }, { email: 'liaison@be.test', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] });
    Object.assign(ids, f.agencies);
    ids.user = f.people['member@ng.test'];
    ids.beUser = f.people['liaison@be.test'];
    const opA = (ids.opA = await operation('Fixture A', ['NG-NATA', 'BE-SIS']));
    const opB = (ids.opB = await operation('Fixture B', ['NG-NATA']));
    const opC = (ids.opC = await operation('Fixture C', ['BE-SIS']));

    // Operation A, due 2026-05-10 12:00 UTC: done 11:00 (on time), done 12:00 exactly (on time), done next day
    // 09:00 (late); in progress with a due date and done without one are left out.
    const due = '2026-05-10T12:00:00Z';
    await task(opA, { dueAt: due, doneAt: '2026-05-10T11:00:00Z' });
    await task(opA, { dueAt: due, doneAt: '2026-05-10T12:00:00Z' });
    await task(opA, { dueAt: due, doneAt: '2026-05-11T09:00:00Z' });
    await task(opA, { status: 'IN_PROGRESS', dueAt: due });
    await task(opA, { doneAt: '2026-05-10T11:00:00Z' });
    // Operation B: done a day late; cancelled (left out).
    await task(opB, { dueAt: '2026-04-30T00:00:00Z', doneAt: '2026-05-01T00:00:00Z' });
    await task(opB, { status: 'CANCELLED', dueAt: '2026-04-30T00:00:00Z' });
    // Operation C (NG-NATA not in it): on time, never counted for NG-NATA.
    await task(opC, { dueAt: due, doneAt: '2026-05-09T00:00:00Z' });

    // Leads and their actions (linked tasks are OPEN without a due date: left out of the on-time rate).
    // L1 (NG, A) 08:00 → tasks at 10:00 and 09:00: first action after 1 h.
    const l1 = await lead('NG-NATA', opA, '2026-05-01T08:00:00Z');
    await task(opA, { leadId: l1, createdAt: '2026-05-01T10:00:00Z' });
    await task(opA, { leadId: l1, createdAt: '2026-05-01T09:00:00Z' });
    // L2 (NG, A) 08:00 → task in A at 11:00 (3 h); a task in C at 08:30 is not visible to NG-NATA, so ignored.
    const l2 = await lead('NG-NATA', opA, '2026-05-01T08:00:00Z');
    await task(opA, { leadId: l2, createdAt: '2026-05-01T11:00:00Z' });
    await task(opC, { leadId: l2, createdAt: '2026-05-01T08:30:00Z' });
    // L3 (BE, A, not shared): unreadable for NG-NATA, not counted.
    const l3 = await lead('BE-SIS', opA, '2026-05-01T08:00:00Z');
    await task(opA, { leadId: l3, createdAt: '2026-05-01T08:01:00Z' });
    // L4 (BE, A, actively shared with NG-NATA) 2026-05-02 00:00 → task 06:00: 6 h.
    const l4 = await lead('BE-SIS', opA, '2026-05-02T00:00:00Z');
    await t.db.query(
      `INSERT INTO lead_shares (lead_id, recipient_agency_id, purpose, outcome, reasons, conditions, summary, decided_at, status, shared_by_id, sender_agency_id)
       VALUES ($1, $2, 'ANALYSIS', 'ALLOW', '[]', '[]', 'fixture', now(), 'ACTIVE', $3, $4)`,
      [l4, ids['NG-NATA'], ids.beUser, ids['BE-SIS']],
    );
    await task(opA, { leadId: l4, createdAt: '2026-05-02T06:00:00Z' });
    // L5 (NG, A): no action yet.
    await lead('NG-NATA', opA, '2026-05-05T00:00:00Z');
    // L6 (NG, B) 2026-05-03 00:00 → task 00:20: 20 min.
    const l6 = await lead('NG-NATA', opB, '2026-05-03T00:00:00Z');
    await task(opB, { leadId: l6, createdAt: '2026-05-03T00:20:00Z' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('one operation: on-time rate over DONE tasks with a due date, median over readable leads', async () => {
    const a = await timing(ids.opA);
    // On time 2, late 1 → 2/3. Excluded: in progress, done without due date, 5 lead tasks (L1 ×2, L2, L3, L4) = 7.
    expect(a.operationId).toBe(ids.opA);
    expect(a.tasksOnTime).toEqual({ onTime: 2, late: 1, denominator: 3, excluded: 7, rate: 2 / 3 });
    // L1 1 h, L2 3 h, L4 6 h → median 3 h = 10,800,000 ms; L5 without action; L3 unreadable.
    expect(a.leadToAction).toEqual({ medianMs: 10_800_000, measured: 3, withoutAction: 1 });

    const b = await timing(ids.opB);
    // Late 1 → 0; excluded: cancelled + L6's task = 2. L6: 20 min = 1,200,000 ms.
    expect(b.tasksOnTime).toEqual({ onTime: 0, late: 1, denominator: 1, excluded: 2, rate: 0 });
    expect(b.leadToAction).toEqual({ medianMs: 1_200_000, measured: 1, withoutAction: 0 });
  });

  it('across every operation of the agency, and beside the operation in operationIndicators', async () => {
    const all = await timing(null);
    // A + B: on time 2, late 2 → 0.5; excluded 7 + 2 = 9. Leads 20 min, 1 h, 3 h, 6 h → median (1 h + 3 h) / 2 = 2 h.
    expect(all).toEqual({
      operationId: null,
      tasksOnTime: { onTime: 2, late: 2, denominator: 4, excluded: 9, rate: 0.5 },
      leadToAction: { medianMs: 7_200_000, measured: 4, withoutAction: 1 },
    });
    const res = await gql(t.url, INDICATORS, { id: ids.opB }, await login(t.url, 'member@ng.test', FIXTURE_PASSWORD));
    expect(res.data?.operationIndicators).toEqual({
      timing: { operationId: ids.opB, tasksOnTime: { onTime: 0, late: 1, rate: 0 }, leadToAction: { medianMs: 1_200_000, measured: 1 } },
      taskForceTiming: { operationId: null, tasksOnTime: { onTime: 2, late: 2, rate: 0.5 }, leadToAction: { medianMs: 7_200_000, measured: 4 } },
    });
  });

  it('an operation the agency is not in is NOT_FOUND', async () => {
    const token = await login(t.url, 'member@ng.test', FIXTURE_PASSWORD);
    for (const id of [ids.opC, '00000000-0000-4000-8000-000000000000', 'bad']) {
      expect(errorCode(await gql(t.url, TIMING, { id }, token))).toBe('NOT_FOUND');
    }
  });
});
