import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Creating, assigning and moving tasks (cross-agency actions), their history, comments and notifications, and
 * creating joint operations. Expected values come from the task force built below and
 * libs/domain/src/lib/task-rules.ts:
 *   Danube Route: participants NL-POL, RO-DIOC, BE-SIS, ES-BIP, SPF; coordinator coordinator@nl.test. NG-NATA is not in it.
 *   RO-DIOC people: liaison@ro.test (LIAISON_OFFICER), member@ro.test (MEMBER), admin@ro.test (AGENCY_ADMIN).
 */

const DANUBE = 'Joint Operation Danube Route';
const LEAFLETS = 'Awareness leaflets at the Madrid bus terminal'; // ES-BIP, DONE, version 2
const BANK = 'Request bank records of the recruitment agency'; // RO-DIOC + liaison@ro.test, OPEN
const SHELTER = 'Coordinate victim reception at the Rotterdam shelter'; // SPF, IN_PROGRESS, moved by liaison@spf.test

const CREATE = `mutation($input: CreateTaskInput!) {
  createTask(input: $input) {
    id title status version priority pillar
    assigneeAgency { acronym } assigneeUser { email } createdBy { email } operation { name }
    viewerCanUpdateStatus
  }
}`;
const UPDATE = 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id status version } }';
const COMMENT = 'mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id body author { email } } }';
const TASK = `query($id: ID!) { task(id: $id) {
  status version
  history { action fromStatus toStatus actor { email } }
  comments { body author { email displayName } }
} }`;
const NOTIFICATIONS = '{ notifications { id type taskId operationId readAt } unreadNotificationCount }';
const CREATE_OPERATION = `mutation($input: CreateOperationInput!) {
  createOperation(input: $input) {
    id name status countries formsOfExploitation viewerIsCoordinator
    leadAgency { acronym } participatingAgencies { acronym } coordinators { email }
  }
}`;

function fieldsOf(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
}

describe('tasks: create, assign, status flow, history, comments', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  const userId: Record<string, string> = {};
  let danubeId: string;
  let taskId: string;
  const as = (email: string, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[email]);
  const taskCount = async () => (await t.db.query('select count(*)::int as n from tasks'))[0].n as number;
  const row = (id: string) => t.db.query('select status, version from tasks where id = $1', [id]);
  const newTask = (extra: Record<string, unknown> = {}) => ({
    input: { operationId: danubeId, title: 'Trace money transfers to Constanța', assigneeAgencyId: agencyId['RO-DIOC'], pillar: 'PROSECUTION', priority: 'HIGH', ...extra },
  });

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['NG-NATA']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], PEOPLE['admin@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test'], PEOPLE['liaison@spf.test'], PEOPLE['member@ng.test']);
    await f.operation({ name: DANUBE, lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF'], coordinators: ['coordinator@nl.test'] });
    await f.task(
      { title: SHELTER, operation: DANUBE, by: 'coordinator@nl.test', to: 'SPF', pillar: Pillar.PROTECTION, priority: TaskPriority.HIGH, status: TaskStatus.IN_PROGRESS, movedBy: 'liaison@spf.test' },
      { title: BANK, operation: DANUBE, by: 'coordinator@nl.test', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT },
      { title: LEAFLETS, operation: DANUBE, by: 'coordinator@nl.test', to: 'ES-BIP', pillar: Pillar.PREVENTION, priority: TaskPriority.LOW, status: TaskStatus.DONE, movedBy: 'liaison@es.test' },
    );
    for (const email of ['coordinator@nl.test', 'member@nl.test', 'liaison@ro.test', 'member@ro.test', 'admin@ro.test', 'liaison@be.test', 'member@ng.test']) {
      token[email] = await login(t.url, email, FIXTURE_PASSWORD);
    }
    // agency ids through the directory query, as a client would: the six agencies built above
    const agencies = await as('coordinator@nl.test', '{ agencies { id acronym } }');
    for (const a of agencies.data!.agencies) agencyId[a.acronym] = a.id;
    expect(Object.keys(agencyId).sort()).toEqual(['BE-SIS', 'ES-BIP', 'NG-NATA', 'NL-POL', 'RO-DIOC', 'SPF']);
    Object.assign(userId, f.people);
    danubeId = f.operations[DANUBE];
  });
  afterAll(() => t.close());

  it('the coordinator creates a task for RO-DIOC, in person for liaison@ro.test: OPEN, version 1', async () => {
    const before = await taskCount();
    const res = await as('coordinator@nl.test', CREATE, newTask({ assigneeUserId: userId['liaison@ro.test'] }));
    expect(res.errors).toBeUndefined();
    const task = res.data!.createTask;
    taskId = task.id;
    expect(task).toEqual({
      id: expect.any(String),
      title: 'Trace money transfers to Constanța',
      status: 'OPEN',
      version: 1,
      priority: 'HIGH',
      pillar: 'PROSECUTION',
      assigneeAgency: { acronym: 'RO-DIOC' },
      assigneeUser: { email: 'liaison@ro.test' },
      createdBy: { email: 'coordinator@nl.test' },
      operation: { name: DANUBE },
      viewerCanUpdateStatus: true,
    });
    expect(await taskCount()).toBe(before + 1);
    expect(await row(taskId)).toEqual([{ status: 'OPEN', version: 1 }]);
  });

  it('notifies the liaison exactly once, in person (TASK_ASSIGNED_TO_YOU, not also TASK_ASSIGNED_TO_AGENCY); markNotificationRead clears it', async () => {
    // who was notified at all: RO-DIOC's only liaison officer is the assignee, so one row in total
    const rows = await t.db.query('select recipient_user_id, type from notifications where task_id = $1', [taskId]);
    expect(rows).toEqual([{ recipient_user_id: userId['liaison@ro.test'], type: 'TASK_ASSIGNED_TO_YOU' }]);

    const res = await as('liaison@ro.test', NOTIFICATIONS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.unreadNotificationCount).toBe(1); // the task force built here holds no notifications
    expect(res.data!.notifications.map((n: any) => ({ type: n.type, taskId: n.taskId, operationId: n.operationId, readAt: n.readAt }))).toEqual([
      { type: 'TASK_ASSIGNED_TO_YOU', taskId, operationId: danubeId, readAt: null },
    ]);
    for (const other of ['member@ro.test', 'admin@ro.test', 'coordinator@nl.test', 'member@nl.test']) {
      expect((await as(other, '{ unreadNotificationCount }')).data).toEqual({ unreadNotificationCount: 0 });
    }

    const mark = await as('liaison@ro.test', 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }', { id: res.data!.notifications[0].id });
    expect(mark.errors).toBeUndefined();
    expect(mark.data!.markNotificationRead.readAt).toEqual(expect.any(String));
    expect((await as('liaison@ro.test', '{ unreadNotificationCount }')).data).toEqual({ unreadNotificationCount: 0 });
  });

  it('a task for the agency alone notifies its liaison officer with TASK_ASSIGNED_TO_AGENCY (members and admins are not liaison officers)', async () => {
    const res = await as('coordinator@nl.test', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', newTask({ title: 'Hear the recruiter witnesses' }));
    expect(res.errors).toBeUndefined();
    const rows = await t.db.query('select recipient_user_id, type from notifications where task_id = $1', [res.data!.createTask.id]);
    expect(rows).toEqual([{ recipient_user_id: userId['liaison@ro.test'], type: 'TASK_ASSIGNED_TO_AGENCY' }]);
  });

  it('the RO liaison sees the new task in tasks(operationId) and in myTasks', async () => {
    const list = await as('liaison@ro.test', 'query($id: ID!) { tasks(operationId: $id) { id title } }', { id: danubeId });
    expect(list.data!.tasks.map((x: { id: string }) => x.id)).toContain(taskId);
    const mine = await as('liaison@ro.test', '{ myTasks { title } }');
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myTasks.map((x: { title: string }) => x.title).sort()).toEqual([BANK, 'Hear the recruiter witnesses', 'Trace money transfers to Constanța'].sort());
  });

  it('the liaison moves it to IN_PROGRESS with expectedVersion 1 → version 2', async () => {
    const res = await as('liaison@ro.test', UPDATE, { input: { taskId, status: 'IN_PROGRESS', expectedVersion: 1 } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTaskStatus).toEqual({ id: taskId, status: 'IN_PROGRESS', version: 2 });
    expect(await row(taskId)).toEqual([{ status: 'IN_PROGRESS', version: 2 }]);
  });

  it('a stale expectedVersion is a CONFLICT naming the current version, and nothing is written', async () => {
    const eventsBefore = (await t.db.query('select count(*)::int as n from task_events where task_id = $1', [taskId]))[0].n;
    const res = await as('liaison@ro.test', UPDATE, { input: { taskId, status: 'BLOCKED', expectedVersion: 1 } });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions!['currentVersion']).toBe(2);
    expect(res.data ?? null).toBeNull();
    expect(await row(taskId)).toEqual([{ status: 'IN_PROGRESS', version: 2 }]);
    expect((await t.db.query('select count(*)::int as n from task_events where task_id = $1', [taskId]))[0].n).toBe(eventsBefore);
  });

  it('history shows CREATED then STATUS_CHANGED, oldest first, with the actors', async () => {
    const res = await as('coordinator@nl.test', TASK, { id: taskId });
    expect(res.errors).toBeUndefined();
    expect(res.data!.task.history).toEqual([
      { action: 'CREATED', fromStatus: null, toStatus: 'OPEN', actor: { email: 'coordinator@nl.test' } },
      { action: 'STATUS_CHANGED', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', actor: { email: 'liaison@ro.test' } },
    ]);
  });

  it('a stored task\'s history: CREATED by the coordinator, then STATUS_CHANGED by the assignee agency (SPF)', async () => {
    const id = (await t.db.query('select id from tasks where title = $1', [SHELTER]))[0].id;
    const res = await as('coordinator@nl.test', TASK, { id });
    expect(res.data!.task).toMatchObject({ status: 'IN_PROGRESS', version: 2, comments: [] });
    expect(res.data!.task.history).toEqual([
      { action: 'CREATED', fromStatus: null, toStatus: 'OPEN', actor: { email: 'coordinator@nl.test' } },
      { action: 'STATUS_CHANGED', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', actor: { email: 'liaison@spf.test' } },
    ]);
  });

  it('the status change notifies the coordinator (creator and coordinator, once) with TASK_STATUS_CHANGED', async () => {
    const rows = await t.db.query(`select recipient_user_id, type from notifications where task_id = $1 and type = 'TASK_STATUS_CHANGED'`, [taskId]);
    expect(rows).toEqual([{ recipient_user_id: userId['coordinator@nl.test'], type: 'TASK_STATUS_CHANGED' }]);
  });

  it('a MEMBER of the lead agency (not a coordinator) cannot create a task: FORBIDDEN, nothing created', async () => {
    const before = await taskCount();
    const res = await as('member@nl.test', CREATE, newTask({ title: 'Member tries to assign' }));
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data ?? null).toBeNull();
    expect(await taskCount()).toBe(before);
  });

  it('a participating agency that is not the assignee cannot move the task: FORBIDDEN, nothing written', async () => {
    const res = await as('liaison@be.test', UPDATE, { input: { taskId, status: 'BLOCKED', expectedVersion: 2 } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await row(taskId)).toEqual([{ status: 'IN_PROGRESS', version: 2 }]);
  });

  it('an outsider (agency not in the operation) gets NOT_FOUND for the task and for creating in the operation', async () => {
    const before = await taskCount();
    const moved = await as('member@ng.test', UPDATE, { input: { taskId, status: 'BLOCKED', expectedVersion: 2 } });
    expect(errorCode(moved)).toBe('NOT_FOUND');
    expect(moved.errors![0].message).toBe('Task not found');
    const commented = await as('member@ng.test', COMMENT, { input: { taskId, body: 'hello' } });
    expect(errorCode(commented)).toBe('NOT_FOUND');
    const created = await as('member@ng.test', CREATE, newTask({ title: 'Outsider tries to assign' }));
    expect(errorCode(created)).toBe('NOT_FOUND');
    expect(created.errors![0].message).toBe('Operation not found');
    expect(await row(taskId)).toEqual([{ status: 'IN_PROGRESS', version: 2 }]);
    expect(await taskCount()).toBe(before);
  });

  describe('input validation (BAD_USER_INPUT naming the field; nothing created)', () => {
    let before: number;
    beforeEach(async () => {
      before = await taskCount();
    });
    afterEach(async () => {
      expect(await taskCount()).toBe(before);
    });

    it('an assignee agency that does not participate (NG-NATA) → assigneeAgencyId', async () => {
      const res = await as('coordinator@nl.test', CREATE, newTask({ assigneeAgencyId: agencyId['NG-NATA'] }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!['fields']).toEqual([{ field: 'assigneeAgencyId', message: expect.any(String) }]);
    });

    it('an assignee person from another agency (BE-SIS person on a RO-DIOC task) → assigneeUserId', async () => {
      const res = await as('coordinator@nl.test', CREATE, newTask({ assigneeUserId: userId['liaison@be.test'] }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['assigneeUserId']);
    });

    it("a title of 2 characters ('ab') → title", async () => {
      const res = await as('coordinator@nl.test', CREATE, newTask({ title: 'ab' }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['title']);
    });

    it('a title of spaces only → title (it would be stored as an empty title)', async () => {
      const res = await as('coordinator@nl.test', CREATE, newTask({ title: '      ' }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['title']);
    });

    it('an invalid pillar enum written in the query is refused by GraphQL validation, as BAD_USER_INPUT naming pillar', async () => {
      const literal = await as(
        'coordinator@nl.test',
        `mutation($op: ID!, $ag: ID!) { createTask(input: { operationId: $op, title: "Literal enum", assigneeAgencyId: $ag, pillar: NOPE, priority: LOW }) { id } }`,
        { op: danubeId, ag: agencyId['RO-DIOC'] },
      );
      expect(errorCode(literal)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(literal)).toEqual(['pillar']);
      expect(literal.errors![0].message).toContain('Pillar');
      expect(literal.data ?? null).toBeNull();
    });

    it('an invalid pillar enum sent as a variable is refused by GraphQL variable coercion (BAD_USER_INPUT, not a server error)', async () => {
      const viaVariable = await as('coordinator@nl.test', CREATE, newTask({ pillar: 'PROSECUTIONS' }));
      expect(viaVariable.data ?? null).toBeNull();
      expect(viaVariable.errors).toHaveLength(1);
      expect(errorCode(viaVariable)).toBe('BAD_USER_INPUT');
      expect(viaVariable.errors![0].message).toContain('Pillar');
    });
  });

  describe('status rules', () => {
    it('a task is never moved out of DONE (a stored task, and a task finished here)', async () => {
      const leaflets = (await t.db.query('select id, status, version from tasks where title = $1', [LEAFLETS]))[0];
      expect({ status: leaflets.status, version: leaflets.version }).toEqual({ status: 'DONE', version: 2 });
      const reopen = await as('coordinator@nl.test', UPDATE, { input: { taskId: leaflets.id, status: 'OPEN', expectedVersion: 2 } });
      expect(errorCode(reopen)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(reopen)).toEqual(['status']);
      expect(await row(leaflets.id)).toEqual([{ status: 'DONE', version: 2 }]);

      const created = await as('coordinator@nl.test', CREATE, newTask({ title: 'Short-lived action' }));
      const id = created.data!.createTask.id;
      expect((await as('member@ro.test', UPDATE, { input: { taskId: id, status: 'DONE', expectedVersion: 1 } })).data!.updateTaskStatus).toEqual({ id, status: 'DONE', version: 2 });
      const back = await as('member@ro.test', UPDATE, { input: { taskId: id, status: 'IN_PROGRESS', expectedVersion: 2 } });
      expect(errorCode(back)).toBe('BAD_USER_INPUT');
      expect(await row(id)).toEqual([{ status: 'DONE', version: 2 }]);
    });

    it('moving to the same status is BAD_USER_INPUT', async () => {
      const res = await as('liaison@ro.test', UPDATE, { input: { taskId, status: 'IN_PROGRESS', expectedVersion: 2 } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(await row(taskId)).toEqual([{ status: 'IN_PROGRESS', version: 2 }]);
    });

    it('the coordinator may move a task of another agency (e.g. cancel it)', async () => {
      const created = await as('coordinator@nl.test', CREATE, newTask({ title: 'Action to cancel' }));
      const id = created.data!.createTask.id;
      const res = await as('coordinator@nl.test', UPDATE, { input: { taskId: id, status: 'CANCELLED', expectedVersion: 1 } });
      expect(res.data!.updateTaskStatus).toEqual({ id, status: 'CANCELLED', version: 2 });
    });
  });

  describe('comments', () => {
    it('the assignee agency and the coordinator comment; another participating agency is FORBIDDEN; oldest first with author', async () => {
      const first = await as('liaison@ro.test', COMMENT, { input: { taskId, body: 'Bank request sent to BCR.' } });
      expect(first.errors).toBeUndefined();
      expect(first.data!.addTaskComment).toEqual({ id: expect.any(String), body: 'Bank request sent to BCR.', author: { email: 'liaison@ro.test' } });
      const second = await as('coordinator@nl.test', COMMENT, { input: { taskId, body: 'Thanks — please share by Friday.' } });
      expect(second.errors).toBeUndefined();
      const third = await as('member@ro.test', COMMENT, { input: { taskId, body: 'Partial records received.' } });
      expect(third.errors).toBeUndefined();

      const refused = await as('liaison@be.test', COMMENT, { input: { taskId, body: 'Can we see this too?' } });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const refusedMember = await as('member@nl.test', COMMENT, { input: { taskId, body: 'NL member, not coordinator' } });
      expect(errorCode(refusedMember)).toBe('FORBIDDEN');

      const task = await as('liaison@be.test', TASK, { id: taskId }); // BE-SIS may still read it
      expect(task.errors).toBeUndefined();
      expect(task.data!.task.comments).toEqual([
        { body: 'Bank request sent to BCR.', author: { email: 'liaison@ro.test', displayName: 'Ioana Popescu' } },
        { body: 'Thanks — please share by Friday.', author: { email: 'coordinator@nl.test', displayName: 'Anna de Vries' } },
        { body: 'Partial records received.', author: { email: 'member@ro.test', displayName: 'Andrei Ionescu' } },
      ]);
      expect(task.data!.task.history.map((h: { action: string }) => h.action)).toEqual(['CREATED', 'STATUS_CHANGED', 'COMMENTED', 'COMMENTED', 'COMMENTED']);
      expect(await t.db.query('select count(*)::int as n from task_comments where task_id = $1', [taskId])).toEqual([{ n: 3 }]);
    });

    it('a comment of spaces only is refused (body must not be empty)', async () => {
      const before = (await t.db.query('select count(*)::int as n from task_comments'))[0].n;
      const res = await as('liaison@ro.test', COMMENT, { input: { taskId, body: '   ' } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['body']);
      expect((await t.db.query('select count(*)::int as n from task_comments'))[0].n).toBe(before);
    });
  });

  describe('createOperation', () => {
    const input = (extra: Record<string, unknown> = {}) => ({
      input: {
        name: 'Joint Operation North Sea Nets',
        description: 'Forced labour on North Sea trawlers.',
        countries: ['NL', 'RO'],
        formsOfExploitation: ['FORCED_LABOUR'],
        ...extra,
      },
    });
    const count = async () => (await t.db.query('select count(*)::int as n from operations'))[0].n as number;

    it('offers no way to pull another agency in: participatingAgencyIds is not an input field', async () => {
      const res = await as('coordinator@nl.test', CREATE_OPERATION, input({ participatingAgencyIds: [agencyId['RO-DIOC']] }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });

    it('a coordinator creates one: led by their agency, PLANNED, themselves as coordinator', async () => {
      const before = await count();
      const res = await as('coordinator@nl.test', CREATE_OPERATION, input());
      expect(res.errors).toBeUndefined();
      const op = res.data!.createOperation;
      expect({ ...op, participatingAgencies: op.participatingAgencies.map((a: { acronym: string }) => a.acronym).sort() }).toEqual({
        id: expect.any(String),
        name: 'Joint Operation North Sea Nets',
        status: 'PLANNED',
        countries: ['NL', 'RO'],
        formsOfExploitation: ['FORCED_LABOUR'],
        viewerIsCoordinator: true,
        leadAgency: { acronym: 'NL-POL' },
        participatingAgencies: ['NL-POL'],
        coordinators: [{ email: 'coordinator@nl.test' }],
      });
      expect(await count()).toBe(before + 1);
      // only the creator's agency takes part: a colleague sees it, other agencies are not pulled in without consent
      expect((await as('member@nl.test', 'query($id: ID!) { operation(id: $id) { name } }', { id: op.id })).data).toEqual({ operation: { name: 'Joint Operation North Sea Nets' } });
      expect(errorCode(await as('liaison@ro.test', 'query($id: ID!) { operation(id: $id) { name } }', { id: op.id }))).toBe('NOT_FOUND');
      expect(errorCode(await as('member@ng.test', 'query($id: ID!) { operation(id: $id) { name } }', { id: op.id }))).toBe('NOT_FOUND');
    });

    it('a MEMBER cannot: FORBIDDEN, nothing created', async () => {
      const before = await count();
      const res = await as('member@nl.test', CREATE_OPERATION, input({ name: 'Member operation' }));
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(await count()).toBe(before);
    });

    it('a name of spaces only → BAD_USER_INPUT naming name (it would be stored as an empty name)', async () => {
      const before = await count();
      const res = await as('coordinator@nl.test', CREATE_OPERATION, input({ name: '     ' }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['name']);
      expect(await count()).toBe(before);
    });

    it("an unassigned country code ('XX') → BAD_USER_INPUT naming countries", async () => {
      const before = await count();
      const res = await as('coordinator@nl.test', CREATE_OPERATION, input({ name: 'Operation Nowhere', countries: ['NL', 'XX'] }));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['countries']);
      expect(await count()).toBe(before);
    });
  });
});
