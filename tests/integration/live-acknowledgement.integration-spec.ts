import { TaskEscalationService } from '@taskforce/api-tasks';
import { Socket } from 'socket.io-client';
import { OperationStatus, Pillar, TaskPriority } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Acknowledgement and escalation of urgent tasks (docs/api-contract.md, "Live coordination that loses nothing"
 * → Acknowledgement and escalation). The task force built below:
 *   Danube Route: coordinator@nl.test (Anna de Vries, NL-POL) is its only coordinator; participants NL-POL,
 *   RO-DIOC, BE-SIS. RO-DIOC: liaison@ro.test (LIAISON_OFFICER), member@ro.test (MEMBER), admin@ro.test
 *   (AGENCY_ADMIN). liaison@be.test is BE-SIS's liaison officer.
 *   member@ng.test (NG-NATA) cannot see Danube; coordinator@th.test coordinates Coastal Harvest only.
 *   It holds one URGENT task, "Request bank records of the recruitment agency" (Danube, RO-DIOC, in person
 *   liaison@ro.test, OPEN), stored before the app's first request and never acknowledged.
 * The app runs with ESCALATION_CHECK_SECONDS=0: escalation happens only when a test calls
 * TaskEscalationService.escalateOverdue(now) with an injected instant.
 *
 * Timing note: created_at is stored with microseconds while the API shows milliseconds, so "createdAt + 15 min"
 * as seen by a client may lie up to 1 ms before the true deadline; the first whole millisecond certainly past
 * the deadline is createdAt + 15 min + 1 ms, which is what "at + N min" means below.
 */

const GRACE_MS = 300;
const MINUTE = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const BANK = 'Request bank records of the recruitment agency';
const TASK_FIELDS = 'id title status version priority requiresAcknowledgement acknowledgedAt acknowledgedBy { email } escalatedAt createdAt';
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const ACK = `mutation($id: ID!) { acknowledgeTask(taskId: $id) { ${TASK_FIELDS} } }`;
const TASK = `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} history { action actor { email } fromStatus toStatus detail at } } }`;
const UPDATE = 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id status version } }';
const SET_MINUTES = 'mutation($id: ID!, $minutes: Int!) { setOperationEscalationMinutes(operationId: $id, minutes: $minutes) { id escalationMinutes } }';
const NOTIFICATIONS = '{ notifications(take: 200) { id type title body operationId taskId urgent heldBack } }';

function fieldsOf(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
}

describe('urgent tasks: acknowledgement and escalation', () => {
  let t: TestApp;
  let escalation: TaskEscalationService;
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  const userId: Record<string, string> = {};
  let danubeId: string;
  let coordinatorSocket: Socket;
  let coordinatorSeen: Array<{ name: string; payload: any }>;
  const as = (email: string, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[email]);
  const create = async (title: string, priority: string, extra: Record<string, unknown> = {}) => {
    const res = await as('coordinator@nl.test', CREATE, {
      input: { operationId: danubeId, title, assigneeAgencyId: agencyId['RO-DIOC'], pillar: 'PROSECUTION', priority, ...extra },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createTask;
  };
  const getTask = async (id: string, email = 'coordinator@nl.test') => {
    const res = await as(email, TASK, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.task;
  };
  const notificationsOf = async (email: string, taskId: string, type?: string) => {
    const res = await as(email, NOTIFICATIONS);
    expect(res.errors).toBeUndefined();
    return (res.data!.notifications as Array<Record<string, unknown>>).filter((n) => n.taskId === taskId && (!type || n.type === type));
  };
  const seenFor = (name: string, taskId: string) => coordinatorSeen.filter((e) => e.name === name && e.payload.taskId === taskId);
  const after = (iso: string, minutes: number, extraMs = 0) => new Date(new Date(iso).getTime() + minutes * MINUTE + extraMs);

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    escalation = t.app.get(TaskEscalationService);
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], PEOPLE['admin@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['member@ng.test'], PEOPLE['coordinator@th.test']);
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    await f.task({ title: BANK, operation: 'Danube Route', by: 'coordinator@nl.test', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT });
    for (const email of ['coordinator@nl.test', 'liaison@ro.test', 'member@ro.test', 'admin@ro.test', 'liaison@be.test', 'member@ng.test', 'coordinator@th.test']) {
      token[email] = await login(t.url, email, FIXTURE_PASSWORD);
    }
    Object.assign(agencyId, f.agencies);
    Object.assign(userId, f.people);
    danubeId = f.operations['Danube Route'];
    coordinatorSocket = await connectSocket(t.url, token['coordinator@nl.test']);
    coordinatorSeen = recordEvents(coordinatorSocket, ['notification', 'task.changed']);
    expect(await coordinatorSocket.timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
  });
  afterAll(async () => {
    coordinatorSocket?.close();
    await t.close();
  });

  describe('acknowledgeTask', () => {
    let urgent: Record<string, any>;

    it('an URGENT task asks for an acknowledgement (none yet); a HIGH one does not; the stored URGENT task does', async () => {
      urgent = await create('Secure the Constanța port CCTV footage', 'URGENT');
      expect(urgent).toMatchObject({ status: 'OPEN', version: 1, priority: 'URGENT', requiresAcknowledgement: true, acknowledgedAt: null, acknowledgedBy: null, escalatedAt: null });
      const high = await create('Summarise the Constanța port interviews', 'HIGH');
      expect(high).toMatchObject({ requiresAcknowledgement: false, acknowledgedAt: null, acknowledgedBy: null, escalatedAt: null });
      const bankId = (await t.db.query('select id from tasks where title = $1', [BANK]))[0].id;
      expect(await getTask(bankId, 'liaison@ro.test')).toMatchObject({ priority: 'URGENT', requiresAcknowledgement: true, acknowledgedAt: null, escalatedAt: null });
    });

    it('nobody but a liaison officer of RO-DIOC or the assignee person may acknowledge: FORBIDDEN for those who see it, NOT_FOUND for those who do not', async () => {
      for (const email of ['member@ro.test', 'admin@ro.test', 'liaison@be.test', 'coordinator@nl.test']) {
        expect({ email, code: errorCode(await as(email, ACK, { id: urgent.id })) }).toEqual({ email, code: 'FORBIDDEN' });
      }
      for (const email of ['member@ng.test', 'coordinator@th.test']) {
        expect({ email, code: errorCode(await as(email, ACK, { id: urgent.id })) }).toEqual({ email, code: 'NOT_FOUND' });
      }
      expect(await t.db.query('select acknowledged_at, acknowledged_by_id from tasks where id = $1', [urgent.id])).toEqual([{ acknowledged_at: null, acknowledged_by_id: null }]);
      expect(await notificationsOf('coordinator@nl.test', urgent.id, 'TASK_ACKNOWLEDGED')).toEqual([]);
    });

    it('the liaison acknowledges: acknowledgedAt and acknowledgedBy are set; the coordinator gets one TASK_ACKNOWLEDGED and task.changed ACKNOWLEDGED; history records it', async () => {
      const res = await as('liaison@ro.test', ACK, { id: urgent.id });
      expect(res.errors).toBeUndefined();
      const acked = res.data!.acknowledgeTask;
      expect(acked).toMatchObject({ id: urgent.id, status: 'OPEN', version: 1, requiresAcknowledgement: true, acknowledgedBy: { email: 'liaison@ro.test' }, escalatedAt: null });
      expect(acked.acknowledgedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/));
      expect(new Date(acked.acknowledgedAt).getTime()).toBeGreaterThanOrEqual(new Date(urgent.createdAt).getTime());
      urgent = acked;

      await waitFor(() => seenFor('notification', urgent.id).length > 0, 5000, 'TASK_ACKNOWLEDGED pushed to the coordinator');
      await waitFor(() => seenFor('task.changed', urgent.id).some((e) => e.payload.change === 'ACKNOWLEDGED'), 5000, 'task.changed ACKNOWLEDGED');
      await sleep(GRACE_MS);

      const mine = await notificationsOf('coordinator@nl.test', urgent.id, 'TASK_ACKNOWLEDGED');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ type: 'TASK_ACKNOWLEDGED', operationId: danubeId, taskId: urgent.id, heldBack: false });
      expect(seenFor('notification', urgent.id).map((e) => e.payload.id)).toEqual([mine[0].id]);
      expect(seenFor('task.changed', urgent.id).map((e) => e.payload)).toEqual([
        { operationId: danubeId, taskId: urgent.id, change: 'CREATED', status: 'OPEN', version: 1 },
        { operationId: danubeId, taskId: urgent.id, change: 'ACKNOWLEDGED', status: 'OPEN', version: 1 },
      ]);
      // only coordinators are told: nobody else has a TASK_ACKNOWLEDGED row
      expect(await t.db.query(`select recipient_user_id from notifications where task_id = $1 and type = 'TASK_ACKNOWLEDGED'`, [urgent.id])).toEqual([
        { recipient_user_id: userId['coordinator@nl.test'] },
      ]);

      const history = (await getTask(urgent.id)).history;
      expect(history.map((h: any) => ({ action: h.action, actor: h.actor?.email ?? null }))).toEqual([
        { action: 'CREATED', actor: 'coordinator@nl.test' },
        { action: 'ACKNOWLEDGED', actor: 'liaison@ro.test' },
      ]);
    });

    it('a second acknowledgement keeps the first (same acknowledgedAt and by) and tells nobody again', async () => {
      const res = await as('liaison@ro.test', ACK, { id: urgent.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.acknowledgeTask).toEqual(urgent);
      expect(await getTask(urgent.id, 'liaison@ro.test')).toMatchObject({ acknowledgedAt: urgent.acknowledgedAt, acknowledgedBy: { email: 'liaison@ro.test' } });

      // an entitled receipt after it: the liaison comments, which the watching coordinator sees as COMMENTED
      const comment = await as('liaison@ro.test', 'mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id } }', {
        input: { taskId: urgent.id, body: 'Footage requested from the port authority' },
      });
      expect(comment.errors).toBeUndefined();
      await waitFor(() => seenFor('task.changed', urgent.id).some((e) => e.payload.change === 'COMMENTED'), 5000, 'task.changed COMMENTED');
      await sleep(GRACE_MS);
      expect(seenFor('task.changed', urgent.id).map((e) => e.payload.change)).toEqual(['CREATED', 'ACKNOWLEDGED', 'COMMENTED']);
      expect(await notificationsOf('coordinator@nl.test', urgent.id, 'TASK_ACKNOWLEDGED')).toHaveLength(1);
      expect((await getTask(urgent.id)).history.filter((h: any) => h.action === 'ACKNOWLEDGED')).toHaveLength(1);
    });

    it('the assignee person may acknowledge even without the liaison officer role', async () => {
      const task = await create('Collect the Constanța harbour master statement', 'URGENT', { assigneeUserId: userId['member@ro.test'] });
      const res = await as('member@ro.test', ACK, { id: task.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.acknowledgeTask).toMatchObject({ acknowledgedBy: { email: 'member@ro.test' }, acknowledgedAt: expect.any(String) });
    });

    it('acknowledging a task that is not urgent is BAD_USER_INPUT naming taskId', async () => {
      const high = await create('Translate the Constanța port interviews', 'HIGH');
      const res = await as('liaison@ro.test', ACK, { id: high.id });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['taskId']);
      expect(await t.db.query('select acknowledged_at from tasks where id = $1', [high.id])).toEqual([{ acknowledged_at: null }]);
    });
  });

  describe('escalation with an injected clock', () => {
    it('the stored URGENT task, never acknowledged, escalates once 15 minutes have passed (and is the only one pending so far)', async () => {
      const [bank] = await t.db.query('select id from tasks where title = $1', [BANK]);
      const bankTask = await getTask(bank.id);
      expect(await escalation.escalateOverdue(after(bankTask.createdAt, 14))).toEqual([]);
      expect(await escalation.escalateOverdue(after(bankTask.createdAt, 15, 1))).toEqual([bank.id]);
    });

    let urgent: Record<string, any>;
    it('a fresh URGENT task: nothing at +14 min; at +15 min it escalates; the coordinator gets one urgent TASK_ESCALATED naming RO-DIOC and 15 min', async () => {
      urgent = await create('Stop the Craiova minibus at the border', 'URGENT');
      expect(await escalation.escalateOverdue(after(urgent.createdAt, 14))).toEqual([]);
      expect(await getTask(urgent.id)).toMatchObject({ escalatedAt: null });

      const at = after(urgent.createdAt, 15, 1);
      expect(await escalation.escalateOverdue(at)).toEqual([urgent.id]);

      await waitFor(() => seenFor('notification', urgent.id).length > 0, 5000, 'TASK_ESCALATED pushed to the coordinator');
      await waitFor(() => seenFor('task.changed', urgent.id).some((e) => e.payload.change === 'ESCALATED'), 5000, 'task.changed ESCALATED');
      await sleep(GRACE_MS);

      const escalated = await notificationsOf('coordinator@nl.test', urgent.id, 'TASK_ESCALATED');
      expect(escalated).toHaveLength(1);
      expect(escalated[0]).toMatchObject({ type: 'TASK_ESCALATED', operationId: danubeId, taskId: urgent.id, urgent: true, heldBack: false });
      expect(escalated[0].title).toContain('RO-DIOC');
      expect(escalated[0].title).toContain('15 min');
      expect(seenFor('notification', urgent.id).map((e) => e.payload.id)).toEqual([escalated[0].id]);
      expect(seenFor('task.changed', urgent.id).map((e) => e.payload)).toEqual([
        { operationId: danubeId, taskId: urgent.id, change: 'CREATED', status: 'OPEN', version: 1 },
        { operationId: danubeId, taskId: urgent.id, change: 'ESCALATED', status: 'OPEN', version: 1 },
      ]);
      // the coordinators only
      expect(await t.db.query(`select recipient_user_id from notifications where task_id = $1 and type = 'TASK_ESCALATED'`, [urgent.id])).toEqual([
        { recipient_user_id: userId['coordinator@nl.test'] },
      ]);

      const task = await getTask(urgent.id);
      expect(task.escalatedAt).toBe(at.toISOString());
      expect(task.acknowledgedAt).toBeNull();
      expect(task.history.map((h: any) => ({ action: h.action, actor: h.actor }))).toEqual([
        { action: 'CREATED', actor: { email: 'coordinator@nl.test' } },
        { action: 'ESCALATED', actor: null },
      ]);
    });

    it('only once: later checks escalate nothing and send nothing more', async () => {
      expect(await escalation.escalateOverdue(after(urgent.createdAt, 60))).toEqual([]);
      expect(await escalation.escalateOverdue(after(urgent.createdAt, 24 * 60))).toEqual([]);
      expect(await notificationsOf('coordinator@nl.test', urgent.id, 'TASK_ESCALATED')).toHaveLength(1);
      expect((await getTask(urgent.id)).history.filter((h: any) => h.action === 'ESCALATED')).toHaveLength(1);
    });

    it('an escalated task can still be acknowledged late: acknowledgedAt set, escalatedAt kept, the coordinator told', async () => {
      const res = await as('liaison@ro.test', ACK, { id: urgent.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.acknowledgeTask).toMatchObject({ acknowledgedBy: { email: 'liaison@ro.test' }, acknowledgedAt: expect.any(String), escalatedAt: (await getTask(urgent.id)).escalatedAt });
      expect(await notificationsOf('coordinator@nl.test', urgent.id, 'TASK_ACKNOWLEDGED')).toHaveLength(1);
      expect((await getTask(urgent.id)).history.map((h: any) => h.action)).toEqual(['CREATED', 'ESCALATED', 'ACKNOWLEDGED']);
    });

    it('an acknowledged urgent task is never escalated', async () => {
      const task = await create('Seize the Craiova recruiter phones', 'URGENT');
      expect((await as('liaison@ro.test', ACK, { id: task.id })).errors).toBeUndefined();
      expect(await escalation.escalateOverdue(after(task.createdAt, 15, 1))).toEqual([]);
      expect(await escalation.escalateOverdue(after(task.createdAt, 24 * 60))).toEqual([]);
      expect((await getTask(task.id)).escalatedAt).toBeNull();
      expect(await notificationsOf('coordinator@nl.test', task.id, 'TASK_ESCALATED')).toEqual([]);
    });

    it('an urgent task finished (DONE) or CANCELLED before its deadline is never escalated', async () => {
      const done = await create('Warn the Craiova shelter', 'URGENT');
      expect((await as('liaison@ro.test', UPDATE, { input: { taskId: done.id, status: 'DONE', expectedVersion: 1 } })).data).toEqual({
        updateTaskStatus: { id: done.id, status: 'DONE', version: 2 },
      });
      const cancelled = await create('Warn the Iași shelter', 'URGENT');
      expect((await as('coordinator@nl.test', UPDATE, { input: { taskId: cancelled.id, status: 'CANCELLED', expectedVersion: 1 } })).errors).toBeUndefined();
      const latest = new Date(Math.max(new Date(done.createdAt).getTime(), new Date(cancelled.createdAt).getTime())).toISOString();
      expect(await escalation.escalateOverdue(after(latest, 15, 1))).toEqual([]);
      expect(await escalation.escalateOverdue(after(latest, 24 * 60))).toEqual([]);
      for (const id of [done.id, cancelled.id]) {
        expect((await getTask(id)).escalatedAt).toBeNull();
        expect(await notificationsOf('coordinator@nl.test', id, 'TASK_ESCALATED')).toEqual([]);
      }
    });

    it('setOperationEscalationMinutes: 15 by default; the coordinator sets 5, and a fresh urgent task escalates at +5 min but not +4', async () => {
      expect((await as('coordinator@nl.test', 'query($id: ID!) { operation(id: $id) { escalationMinutes } }', { id: danubeId })).data).toEqual({
        operation: { escalationMinutes: 15 },
      });
      const res = await as('coordinator@nl.test', SET_MINUTES, { id: danubeId, minutes: 5 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.setOperationEscalationMinutes).toEqual({ id: danubeId, escalationMinutes: 5 });
      expect((await as('liaison@ro.test', 'query($id: ID!) { operation(id: $id) { escalationMinutes } }', { id: danubeId })).data).toEqual({
        operation: { escalationMinutes: 5 },
      });

      const task = await create('Block the Cluj recruiter website', 'URGENT');
      expect(await escalation.escalateOverdue(after(task.createdAt, 4))).toEqual([]);
      expect(await escalation.escalateOverdue(after(task.createdAt, 5, 1))).toEqual([task.id]);
      const [escalated] = await notificationsOf('coordinator@nl.test', task.id, 'TASK_ESCALATED');
      expect(escalated.title).toContain('RO-DIOC');
      expect(escalated.title).toContain('5 min');
      expect(escalated.title).not.toContain('15 min');
    });

    it('setOperationEscalationMinutes by anyone but the coordinator: FORBIDDEN (or NOT_FOUND when they cannot see it); out of range: BAD_USER_INPUT naming minutes; nothing changes', async () => {
      for (const email of ['liaison@ro.test', 'admin@ro.test', 'liaison@be.test']) {
        expect({ email, code: errorCode(await as(email, SET_MINUTES, { id: danubeId, minutes: 30 })) }).toEqual({ email, code: 'FORBIDDEN' });
      }
      for (const email of ['member@ng.test', 'coordinator@th.test']) {
        expect({ email, code: errorCode(await as(email, SET_MINUTES, { id: danubeId, minutes: 30 })) }).toEqual({ email, code: 'NOT_FOUND' });
      }
      for (const minutes of [0, 1441, -5]) {
        const res = await as('coordinator@nl.test', SET_MINUTES, { id: danubeId, minutes });
        expect({ minutes, code: errorCode(res), fields: fieldsOf(res) }).toEqual({ minutes, code: 'BAD_USER_INPUT', fields: ['minutes'] });
      }
      for (const minutes of [1, 1440]) {
        const res = await as('coordinator@nl.test', SET_MINUTES, { id: danubeId, minutes });
        expect(res.data).toEqual({ setOperationEscalationMinutes: { id: danubeId, escalationMinutes: minutes } });
      }
      expect(await t.db.query('select escalation_minutes from operations where id = $1', [danubeId])).toEqual([{ escalation_minutes: 1440 }]);
    });
  });
});
