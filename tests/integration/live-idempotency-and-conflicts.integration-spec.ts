import { AgencyKind, OperationStatus, Pillar, Role, TaskPriority, TaskStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Idempotent creation and conflict details (docs/api-contract.md, "Live coordination that loses nothing" →
 * Idempotent creation, Conflicts). The task force built below:
 *   Danube Route (NL-POL, RO-DIOC, ES-BIP): coordinated by coordinator@nl.test (Anna de Vries, NL-POL); RO-DIOC's
 *   only liaison officer is liaison@ro.test (Ioana Popescu), so a Danube task for RO-DIOC without a person notifies
 *   exactly her.
 *   Coastal Harvest: coordinated by coordinator@th.test (TH-AHTD); IOM participates, with its only liaison
 *   officer liaison@iom.test. NG-NATA takes part in Coastal Harvest, not in Danube Route.
 *   "Awareness leaflets at the Madrid bus terminal": Danube, ES-BIP, DONE, version 2, moved to DONE by
 *   liaison@es.test (Carmen García).
 * A comment by the liaison notifies the task's followers other than her: the coordinator (who also created it).
 */

const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id title status version operation { name } assigneeAgency { acronym } createdBy { email } } }';
const COMMENT = 'mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id body author { email } } }';
const UPDATE = 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id status version } }';

function fieldsOf(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
}

describe('idempotency keys and conflict details', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  const userId: Record<string, string> = {};
  let danubeId: string;
  let coastalId: string;
  const as = (email: string, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[email]);
  const danubeTask = (title: string, extra: Record<string, unknown> = {}) => ({
    input: { operationId: danubeId, title, assigneeAgencyId: agencyId['RO-DIOC'], pillar: 'PROSECUTION', priority: 'HIGH', ...extra },
  });
  const rowsTitled = async (title: string) => (await t.db.query('select id from tasks where title = $1', [title])).map((r: { id: string }) => r.id);
  const notificationsAbout = (taskId: string) =>
    t.db.query('select u.email, n.type from notifications n join users u on u.id = n.recipient_user_id where n.task_id = $1 order by u.email, n.type', [taskId]);

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'TH-AHTD', country: 'TH' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
      { acronym: 'IOM', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'liaison@es.test', name: 'Carmen García', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
      { email: 'coordinator@th.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
      { email: 'liaison@iom.test', name: 'Amina Yusuf', agency: 'IOM', roles: [Role.LIAISON_OFFICER] },
    );
    await f.operation({ name: 'Joint Operation Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'ES-BIP'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Joint Operation Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA', 'IOM'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    await f.task({
      title: 'Awareness leaflets at the Madrid bus terminal',
      operation: 'Joint Operation Danube Route',
      by: 'coordinator@nl.test',
      to: 'ES-BIP',
      pillar: Pillar.PREVENTION,
      priority: TaskPriority.LOW,
      status: TaskStatus.DONE,
      movedBy: 'liaison@es.test',
    });
    for (const email of ['coordinator@nl.test', 'liaison@ro.test', 'coordinator@th.test', 'liaison@es.test']) {
      token[email] = await login(t.url, email, FIXTURE_PASSWORD);
    }
    Object.assign(agencyId, f.agencies);
    Object.assign(userId, f.people);
    danubeId = f.operations['Joint Operation Danube Route'];
    coastalId = f.operations['Joint Operation Coastal Harvest'];
  });
  afterAll(() => t.close());

  describe('createTask with idempotencyKey', () => {
    let firstId: string;

    it('the same key twice: the same task comes back, one row, one notification for the liaison', async () => {
      const title = 'Trace the Pitești recruiter payments';
      const first = await as('coordinator@nl.test', CREATE, danubeTask(title, { idempotencyKey: 'form-submission-1' }));
      expect(first.errors).toBeUndefined();
      firstId = first.data!.createTask.id;
      expect(first.data!.createTask).toEqual({
        id: firstId,
        title,
        status: 'OPEN',
        version: 1,
        operation: { name: 'Joint Operation Danube Route' },
        assigneeAgency: { acronym: 'RO-DIOC' },
        createdBy: { email: 'coordinator@nl.test' },
      });
      const second = await as('coordinator@nl.test', CREATE, danubeTask(title, { idempotencyKey: 'form-submission-1' }));
      expect(second.errors).toBeUndefined();
      expect(second.data!.createTask).toEqual(first.data!.createTask);

      expect(await rowsTitled(title)).toEqual([firstId]);
      expect(await notificationsAbout(firstId)).toEqual([{ email: 'liaison@ro.test', type: 'TASK_ASSIGNED_TO_AGENCY' }]);
      expect(await t.db.query(`select count(*)::int as n from task_events where task_id = $1 and action = 'CREATED'`, [firstId])).toEqual([{ n: 1 }]);
    });

    it('a repeat with the same key but other content returns the first task and creates nothing', async () => {
      const res = await as('coordinator@nl.test', CREATE, danubeTask('A different title typed on retry', { idempotencyKey: 'form-submission-1', priority: 'LOW' }));
      expect(res.errors).toBeUndefined();
      expect(res.data!.createTask).toMatchObject({ id: firstId, title: 'Trace the Pitești recruiter payments' });
      expect(await rowsTitled('A different title typed on retry')).toEqual([]);
      expect(await notificationsAbout(firstId)).toHaveLength(1);
    });

    it('five concurrent requests with one key: one id for all, one row, one notification', async () => {
      const title = 'Trace the Ploiești recruiter payments';
      const results = await Promise.all(Array.from({ length: 5 }, () => as('coordinator@nl.test', CREATE, danubeTask(title, { idempotencyKey: 'double-click-2' }))));
      for (const r of results) expect(r.errors).toBeUndefined();
      const ids = [...new Set(results.map((r) => r.data!.createTask.id))];
      expect(ids).toHaveLength(1);
      expect(await rowsTitled(title)).toEqual(ids);
      expect(await notificationsAbout(ids[0])).toEqual([{ email: 'liaison@ro.test', type: 'TASK_ASSIGNED_TO_AGENCY' }]);
    });

    it('different keys create different tasks', async () => {
      const title = 'Trace the Sibiu recruiter payments';
      const a = await as('coordinator@nl.test', CREATE, danubeTask(title, { idempotencyKey: 'key-a' }));
      const b = await as('coordinator@nl.test', CREATE, danubeTask(title, { idempotencyKey: 'key-b' }));
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(a.data!.createTask.id).not.toBe(b.data!.createTask.id);
      expect((await rowsTitled(title)).sort()).toEqual([a.data!.createTask.id, b.data!.createTask.id].sort());
    });

    it('keys belong to one person: th-coordinator using the same key gets a new task in Coastal Harvest; the first key still returns the first task', async () => {
      const title = 'Plan IOM return flights for the Songkhla crew';
      const res = await as('coordinator@th.test', CREATE, {
        input: { operationId: coastalId, title, assigneeAgencyId: agencyId['IOM'], pillar: 'PROTECTION', priority: 'MEDIUM', idempotencyKey: 'form-submission-1' },
      });
      expect(res.errors).toBeUndefined();
      const id = res.data!.createTask.id;
      expect(id).not.toBe(firstId);
      expect(res.data!.createTask).toMatchObject({ title, operation: { name: 'Joint Operation Coastal Harvest' }, assigneeAgency: { acronym: 'IOM' }, createdBy: { email: 'coordinator@th.test' } });
      expect(await rowsTitled(title)).toEqual([id]);
      expect(await notificationsAbout(id)).toEqual([{ email: 'liaison@iom.test', type: 'TASK_ASSIGNED_TO_AGENCY' }]);

      const again = await as('coordinator@nl.test', CREATE, danubeTask('Trace the Pitești recruiter payments', { idempotencyKey: 'form-submission-1' }));
      expect(again.data!.createTask.id).toBe(firstId);
    });

    it('a request that failed does not use up its key: the corrected retry creates the task', async () => {
      const title = 'Hear the Brăila witnesses';
      const failed = await as('coordinator@nl.test', CREATE, danubeTask(title, { idempotencyKey: 'retry-after-error', assigneeAgencyId: agencyId['NG-NATA'] }));
      expect(errorCode(failed)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(failed)).toEqual(['assigneeAgencyId']);
      expect(await rowsTitled(title)).toEqual([]);

      const retried = await as('coordinator@nl.test', CREATE, danubeTask(title, { idempotencyKey: 'retry-after-error' }));
      expect(retried.errors).toBeUndefined();
      expect(retried.data!.createTask).toMatchObject({ title, assigneeAgency: { acronym: 'RO-DIOC' } });
      expect(await rowsTitled(title)).toEqual([retried.data!.createTask.id]);
    });

    it('a key must be 1–100 characters: BAD_USER_INPUT naming idempotencyKey otherwise', async () => {
      for (const key of ['', 'k'.repeat(101)]) {
        const res = await as('coordinator@nl.test', CREATE, danubeTask('Hear the Tulcea witnesses', { idempotencyKey: key }));
        expect({ length: key.length, code: errorCode(res), fields: fieldsOf(res) }).toEqual({ length: key.length, code: 'BAD_USER_INPUT', fields: ['idempotencyKey'] });
      }
      expect(await rowsTitled('Hear the Tulcea witnesses')).toEqual([]);
      const ok = await as('coordinator@nl.test', CREATE, danubeTask('Hear the Tulcea witnesses', { idempotencyKey: 'k'.repeat(100) }));
      expect(ok.errors).toBeUndefined();
      expect(await rowsTitled('Hear the Tulcea witnesses')).toEqual([ok.data!.createTask.id]);
    });
  });

  describe('addTaskComment with idempotencyKey', () => {
    let taskId: string;
    const commentsOn = (id: string) => t.db.query('select id, body from task_comments where task_id = $1 order by created_at', [id]);

    beforeAll(async () => {
      const res = await as('coordinator@nl.test', CREATE, danubeTask('Question the Bacău bus company'));
      expect(res.errors).toBeUndefined();
      taskId = res.data!.createTask.id;
    });

    it('twice with one key: one comment, one history entry, one notification for the coordinator', async () => {
      const input = { taskId, body: 'The company owner agreed to an interview', idempotencyKey: 'comment-form-1' };
      const first = await as('liaison@ro.test', COMMENT, { input });
      const second = await as('liaison@ro.test', COMMENT, { input });
      expect(first.errors).toBeUndefined();
      expect(second.errors).toBeUndefined();
      expect(first.data!.addTaskComment).toEqual({ id: expect.any(String), body: 'The company owner agreed to an interview', author: { email: 'liaison@ro.test' } });
      expect(second.data!.addTaskComment).toEqual(first.data!.addTaskComment);
      expect(await commentsOn(taskId)).toEqual([{ id: first.data!.addTaskComment.id, body: 'The company owner agreed to an interview' }]);
      expect(await t.db.query(`select count(*)::int as n from task_events where task_id = $1 and action = 'COMMENTED'`, [taskId])).toEqual([{ n: 1 }]);
      expect(await t.db.query(`select u.email from notifications n join users u on u.id = n.recipient_user_id where n.task_id = $1 and n.type = 'TASK_COMMENTED'`, [taskId])).toEqual([
        { email: 'coordinator@nl.test' },
      ]);
    });

    it('concurrently with one key: one comment; a new key adds a second; the createTask key space is separate', async () => {
      const input = { taskId, body: 'Interview set for Monday', idempotencyKey: 'comment-form-2' };
      const results = await Promise.all(Array.from({ length: 4 }, () => as('liaison@ro.test', COMMENT, { input })));
      for (const r of results) expect(r.errors).toBeUndefined();
      const ids = [...new Set(results.map((r) => r.data!.addTaskComment.id))];
      expect(ids).toHaveLength(1);

      // 'form-submission-1' was used by the coordinator for createTask, and never by the liaison for anything
      const other = await as('liaison@ro.test', COMMENT, { input: { taskId, body: 'Interpreter booked', idempotencyKey: 'form-submission-1' } });
      expect(other.errors).toBeUndefined();
      const byCoordinator = await as('coordinator@nl.test', COMMENT, { input: { taskId, body: 'Thanks, noted', idempotencyKey: 'form-submission-1' } });
      expect(byCoordinator.errors).toBeUndefined();
      expect(byCoordinator.data!.addTaskComment).toMatchObject({ body: 'Thanks, noted', author: { email: 'coordinator@nl.test' } });

      expect((await commentsOn(taskId)).map((c: { body: string }) => c.body)).toEqual([
        'The company owner agreed to an interview',
        'Interview set for Monday',
        'Interpreter booked',
        'Thanks, noted',
      ]);
    });
  });

  describe('CONFLICT details', () => {
    const TASK_HISTORY = 'query($id: ID!) { task(id: $id) { status version history { action at actor { email } } } }';

    it('after the liaison moves a task (version 1 → 2), the coordinator’s stale update is a CONFLICT naming her change; nothing is written', async () => {
      const created = await as('coordinator@nl.test', CREATE, danubeTask('Search the Buzău recruitment office'));
      const id = created.data!.createTask.id;
      const moved = await as('liaison@ro.test', UPDATE, { input: { taskId: id, status: 'IN_PROGRESS', expectedVersion: 1 } });
      expect(moved.data).toEqual({ updateTaskStatus: { id, status: 'IN_PROGRESS', version: 2 } });
      const history = (await as('coordinator@nl.test', TASK_HISTORY, { id })).data!.task.history;
      const change = history.find((h: { action: string }) => h.action === 'STATUS_CHANGED');
      expect(change.actor).toEqual({ email: 'liaison@ro.test' });

      // a comment afterwards does not change the version, nor who made the version the coordinator missed
      expect((await as('coordinator@nl.test', COMMENT, { input: { taskId: id, body: 'Please keep me posted' } })).errors).toBeUndefined();

      const stale = await as('coordinator@nl.test', UPDATE, { input: { taskId: id, status: 'CANCELLED', expectedVersion: 1 } });
      expect(stale.data ?? null).toBeNull();
      expect(stale.errors).toHaveLength(1);
      expect(stale.errors![0].extensions).toEqual({
        code: 'CONFLICT',
        currentVersion: 2,
        currentStatus: 'IN_PROGRESS',
        changedBy: { displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' },
        changedAt: change.at,
        changeAction: 'STATUS_CHANGED',
      });
      expect(stale.errors![0].extensions!['changedAt']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect((await as('coordinator@nl.test', TASK_HISTORY, { id })).data!.task).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    });

    it('a task nobody moved yet: a wrong expectedVersion names its creation (the coordinator, NL-POL, OPEN, version 1)', async () => {
      const created = await as('coordinator@nl.test', CREATE, danubeTask('Search the Focșani recruitment office'));
      const id = created.data!.createTask.id;
      const history = (await as('coordinator@nl.test', TASK_HISTORY, { id })).data!.task.history;
      const res = await as('liaison@ro.test', UPDATE, { input: { taskId: id, status: 'IN_PROGRESS', expectedVersion: 3 } });
      expect(res.errors![0].extensions).toEqual({
        code: 'CONFLICT',
        currentVersion: 1,
        currentStatus: 'OPEN',
        changedBy: { displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' },
        changedAt: history[0].at,
        changeAction: 'CREATED',
      });
    });

    it('the stored leaflets task (DONE, version 2): a stale update names Carmen García of ES-BIP, who finished it', async () => {
      const [leaflets] = await t.db.query(`select id from tasks where title = 'Awareness leaflets at the Madrid bus terminal'`);
      const history = (await as('coordinator@nl.test', TASK_HISTORY, { id: leaflets.id })).data!.task.history;
      expect(history.map((h: any) => ({ action: h.action, actor: h.actor.email }))).toEqual([
        { action: 'CREATED', actor: 'coordinator@nl.test' },
        { action: 'STATUS_CHANGED', actor: 'liaison@es.test' },
      ]);
      const res = await as('coordinator@nl.test', UPDATE, { input: { taskId: leaflets.id, status: 'CANCELLED', expectedVersion: 1 } });
      expect(res.errors![0].extensions).toEqual({
        code: 'CONFLICT',
        currentVersion: 2,
        currentStatus: 'DONE',
        changedBy: { displayName: 'Carmen García', agencyAcronym: 'ES-BIP' },
        changedAt: history[1].at,
        changeAction: 'STATUS_CHANGED',
      });
    });
  });
});
