import { randomUUID } from 'node:crypto';
import { OperationStatus, Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login as signIn, startTestApp, TestApp } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Need-to-know as a matrix of users × records × paths. Every expected value below is written out by hand from
 * the task force built in `beforeAll` (never computed by asking the API):
 *
 *   Joint Operation Danube Route    — participants NL-POL, RO-DIOC, BE-SIS, ES-BIP, SPF, Europol, IOM;
 *                                     coordinator coordinator@nl.test
 *   Joint Operation Coastal Harvest — participants TH-AHTD, NG-NATA, IOM; coordinator coordinator@th.test
 *
 * Platform admins (admin@jtf.test, JTF-SEC, in no operation) get no exception. RPSA takes part in no operation.
 */
const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

const DANUBE = 'Joint Operation Danube Route';
const COASTAL = 'Joint Operation Coastal Harvest';
type Op = 'danube' | 'coastal';
const OP_NAME: Record<Op, string> = { danube: DANUBE, coastal: COASTAL };

/** The tasks built here (title, operation, assignee agency, status). */
const TASK = {
  shelter: 'Coordinate victim reception at the Rotterdam shelter', // Danube, SPF, IN_PROGRESS
  bank: 'Request bank records of the recruitment agency', // Danube, RO-DIOC (+ liaison@ro.test), OPEN
  farms: 'Joint inspection of seasonal farms in West Flanders', // Danube, BE-SIS, OPEN
  leaflets: 'Awareness leaflets at the Madrid bus terminal', // Danube, ES-BIP, DONE
  europol: 'Cross-check suspects against the analysis project', // Danube, Europol, BLOCKED
  vessels: 'Identify vessels named in recruitment reports', // Coastal, TH-AHTD, OPEN
  reintegration: 'Return and reintegration support plan', // Coastal, IOM, OPEN
} as const;
type TaskKey = keyof typeof TASK;
const TASK_OP: Record<TaskKey, Op> = {
  shelter: 'danube',
  bank: 'danube',
  farms: 'danube',
  leaflets: 'danube',
  europol: 'danube',
  vessels: 'coastal',
  reintegration: 'coastal',
};
const DANUBE_TITLES = [TASK.shelter, TASK.bank, TASK.farms, TASK.leaflets, TASK.europol].sort();
const COASTAL_TITLES = [TASK.vessels, TASK.reintegration].sort();
const OP_TITLES: Record<Op, string[]> = { danube: DANUBE_TITLES, coastal: COASTAL_TITLES };

type Who = 'coordinator' | 'liaison' | 'outsider' | 'thCoordinator' | 'iom' | 'admin';
const EMAIL: Record<Who, string> = {
  coordinator: 'coordinator@nl.test', // NL-POL
  liaison: 'liaison@ro.test', // RO-DIOC
  outsider: 'member@ng.test', // NG-NATA
  thCoordinator: 'coordinator@th.test', // TH-AHTD
  iom: 'liaison@iom.test', // IOM
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
};
const WHO = Object.keys(EMAIL) as Who[];

/** Which operations each user's agency participates in (hand-derived from the participant lists). */
const SEES: Record<Who, Op[]> = {
  coordinator: ['danube'],
  liaison: ['danube'],
  outsider: ['coastal'],
  thCoordinator: ['coastal'],
  iom: ['danube', 'coastal'],
  admin: [],
};

/** Which operations each user coordinates (named coordinator + COORDINATOR role). */
const COORDINATES: Record<Who, Op[]> = {
  coordinator: ['danube'],
  liaison: [],
  outsider: [],
  thCoordinator: ['coastal'],
  iom: [],
  admin: [],
};

/** Tasks whose status each user may move: own agency is the assignee, or coordinator of the operation. */
const CAN_UPDATE: Record<Who, TaskKey[]> = {
  coordinator: ['shelter', 'bank', 'farms', 'leaflets', 'europol'],
  liaison: ['bank'],
  outsider: [],
  thCoordinator: ['vessels', 'reintegration'],
  iom: ['reintegration'],
  admin: [],
};

const OPERATION = `query($id: ID!) { operation(id: $id) { name viewerIsCoordinator participatingAgencies { acronym } tasks { title } } }`;
const TASKS = `query($id: ID!) { tasks(operationId: $id) { title } }`;
const TASK_Q = `query($id: ID!) { task(id: $id) { title viewerCanUpdateStatus operation { name } } }`;
const NOTIFICATIONS = `{ notifications { id type taskId operationId readAt } unreadNotificationCount }`;

const PARTICIPANTS: Record<Op, string[]> = {
  danube: ['BE-SIS', 'ES-BIP', 'Europol', 'IOM', 'NL-POL', 'RO-DIOC', 'SPF'],
  coastal: ['IOM', 'NG-NATA', 'TH-AHTD'],
};

/** Exactly one error: NOT_FOUND with the given message, and no data. */
function expectNotFound(res: GqlResponse, message: string): void {
  expect(res.errors?.map((e) => ({ code: e.extensions?.['code'], message: e.message }))).toEqual([{ code: 'NOT_FOUND', message }]);
  expect(res.data ?? null).toBeNull();
}

describe('need-to-know: users × records × paths', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const opId = {} as Record<Op, string>;
  const taskId = {} as Record<TaskKey, string>;
  const agencyId: Record<string, string> = {};
  const userId: Record<string, string> = {};
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[who]);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(...Object.values(AGENCIES));
    await f.person(...Object.values(PEOPLE));
    await f.operation({ name: DANUBE, lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF', 'Europol', 'IOM'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: COASTAL, lead: 'TH-AHTD', agencies: ['NG-NATA', 'IOM'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    const danube = { operation: DANUBE, by: 'coordinator@nl.test' };
    const coastal = { operation: COASTAL, by: 'coordinator@th.test' };
    await f.task(
      { ...danube, title: TASK.shelter, to: 'SPF', pillar: Pillar.PROTECTION, priority: TaskPriority.HIGH, status: TaskStatus.IN_PROGRESS, movedBy: 'liaison@spf.test' },
      { ...danube, title: TASK.bank, to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT },
      { ...danube, title: TASK.farms, to: 'BE-SIS', pillar: Pillar.PROSECUTION },
      { ...danube, title: TASK.leaflets, to: 'ES-BIP', pillar: Pillar.PREVENTION, priority: TaskPriority.LOW, status: TaskStatus.DONE, movedBy: 'liaison@es.test' },
      { ...danube, title: TASK.europol, to: 'Europol', pillar: Pillar.PARTNERSHIP, status: TaskStatus.BLOCKED, movedBy: 'analyst@europol.test' },
      { ...coastal, title: TASK.vessels, to: 'TH-AHTD', pillar: Pillar.PROSECUTION, priority: TaskPriority.HIGH },
      { ...coastal, title: TASK.reintegration, to: 'IOM', pillar: Pillar.PROTECTION },
    );
    for (const who of WHO) token[who] = await login(t.url, EMAIL[who]);
    opId.danube = f.operations[DANUBE];
    opId.coastal = f.operations[COASTAL];
    for (const key of Object.keys(TASK) as TaskKey[]) taskId[key] = f.tasks[TASK[key]];
    Object.assign(agencyId, f.agencies);
    Object.assign(userId, f.people);
    expect(Object.keys(opId)).toHaveLength(2);
  });
  afterAll(() => t.close());

  describe('query operations', () => {
    it.each<[Who, string[]]>([
      ['coordinator', [DANUBE]],
      ['liaison', [DANUBE]],
      ['outsider', [COASTAL]],
      ['thCoordinator', [COASTAL]],
      ['iom', [COASTAL, DANUBE]],
      ['admin', []],
    ])('%s sees exactly %j', async (who, names) => {
      const res = await as(who, '{ operations { name } }');
      expect(res.errors).toBeUndefined();
      expect(res.data!.operations.map((o: { name: string }) => o.name).sort()).toEqual(names);
    });

    it.each<[Who, Record<string, string[]>]>([
      ['coordinator', { [DANUBE]: DANUBE_TITLES }],
      ['liaison', { [DANUBE]: DANUBE_TITLES }],
      ['outsider', { [COASTAL]: COASTAL_TITLES }],
      ['thCoordinator', { [COASTAL]: COASTAL_TITLES }],
      ['iom', { [DANUBE]: DANUBE_TITLES, [COASTAL]: COASTAL_TITLES }],
      ['admin', {}],
    ])('%s: operations { tasks { title } } nests only visible tasks', async (who, expected) => {
      const res = await as(who, '{ operations { name tasks { title } } }');
      expect(res.errors).toBeUndefined();
      const got = Object.fromEntries(res.data!.operations.map((o: any) => [o.name, o.tasks.map((x: any) => x.title).sort()]));
      expect(got).toEqual(expected);
    });
  });

  // user × operation: 6 × 2 cells, expected visibility written out literally
  const OPERATION_CELLS: Array<[Who, Op, boolean]> = [
    ['coordinator', 'danube', true],
    ['coordinator', 'coastal', false],
    ['liaison', 'danube', true],
    ['liaison', 'coastal', false],
    ['outsider', 'danube', false],
    ['outsider', 'coastal', true],
    ['thCoordinator', 'danube', false],
    ['thCoordinator', 'coastal', true],
    ['iom', 'danube', true],
    ['iom', 'coastal', true],
    ['admin', 'danube', false],
    ['admin', 'coastal', false],
  ];

  it('the cell table agrees with the SEES table (guards the test data itself)', () => {
    for (const [who, op, visible] of OPERATION_CELLS) expect(SEES[who].includes(op)).toBe(visible);
  });

  describe('operation(id) with nested tasks', () => {
    it.each(OPERATION_CELLS)('%s × %s → visible: %s', async (who, op, visible) => {
      const res = await as(who, OPERATION, { id: opId[op] });
      if (!visible) return expectNotFound(res, 'Operation not found');
      expect(res.errors).toBeUndefined();
      const o = res.data!.operation;
      expect(o.name).toBe(OP_NAME[op]);
      expect(o.viewerIsCoordinator).toBe(COORDINATES[who].includes(op));
      expect(o.participatingAgencies.map((a: { acronym: string }) => a.acronym).sort()).toEqual(PARTICIPANTS[op]);
      expect(o.tasks.map((x: { title: string }) => x.title).sort()).toEqual(OP_TITLES[op]);
    });
  });

  describe('tasks(operationId)', () => {
    it.each(OPERATION_CELLS)('%s × %s → visible: %s', async (who, op, visible) => {
      const res = await as(who, TASKS, { id: opId[op] });
      if (!visible) return expectNotFound(res, 'Operation not found');
      expect(res.errors).toBeUndefined();
      expect(res.data!.tasks.map((x: { title: string }) => x.title).sort()).toEqual(OP_TITLES[op]);
    });
  });

  describe('task(id) { operation { name } } — every user × every task', () => {
    const cells: Array<[Who, TaskKey, boolean]> = [];
    for (const [who, op, visible] of OPERATION_CELLS) {
      for (const key of Object.keys(TASK_OP) as TaskKey[]) if (TASK_OP[key] === op) cells.push([who, key, visible]);
    }
    it('covers 6 users × 7 tasks', () => expect(cells).toHaveLength(42));

    it.each(cells)('%s × %s → visible: %s', async (who, key, visible) => {
      const res = await as(who, TASK_Q, { id: taskId[key] });
      if (!visible) return expectNotFound(res, 'Task not found');
      expect(res.errors).toBeUndefined();
      expect(res.data!.task).toEqual({ title: TASK[key], viewerCanUpdateStatus: CAN_UPDATE[who].includes(key), operation: { name: OP_NAME[TASK_OP[key]] } });
    });
  });

  describe('myTasks: unfinished tasks assigned to me or my agency', () => {
    it.each<[string, string[]]>([
      ['coordinator@nl.test', []], // NL-POL has no task
      ['member@nl.test', []], // NL-POL
      ['liaison@ro.test', [TASK.bank]], // RO-DIOC (and assigned in person)
      ['member@ro.test', [TASK.bank]], // RO-DIOC
      ['member@ng.test', []], // NG-NATA has no task
      ['coordinator@th.test', [TASK.vessels]], // TH-AHTD
      ['liaison@iom.test', [TASK.reintegration]], // IOM
      ['admin@jtf.test', []], // JTF-SEC
      ['liaison@be.test', [TASK.farms]], // BE-SIS
      ['liaison@es.test', []], // ES-BIP's only task is DONE
      ['liaison@spf.test', [TASK.shelter]], // SPF, IN_PROGRESS counts as unfinished
      ['analyst@europol.test', [TASK.europol]], // Europol, BLOCKED counts as unfinished
      ['liaison@rpsa.test', []], // RPSA, in no operation
    ])('%s → %j', async (email, titles) => {
      const res = await gql(t.url, '{ myTasks { title status operation { name } } }', {}, await login(t.url, email));
      expect(res.errors).toBeUndefined();
      expect(res.data!.myTasks.map((x: { title: string }) => x.title).sort()).toEqual([...titles].sort());
      for (const x of res.data!.myTasks) expect(['OPEN', 'IN_PROGRESS', 'BLOCKED']).toContain(x.status);
    });
  });

  describe('assignableUsers(operationId, agencyId)', () => {
    it.each<[Who, Op, string, string[] | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT']>([
      ['coordinator', 'danube', 'RO-DIOC', ['admin@ro.test', 'liaison@ro.test', 'member@ro.test']],
      ['coordinator', 'danube', 'NL-POL', ['analyst@nl.test', 'coordinator@nl.test', 'liaison@nl.test', 'member@nl.test']],
      ['coordinator', 'danube', 'NG-NATA', 'BAD_USER_INPUT'], // not a participant of Danube
      ['coordinator', 'coastal', 'TH-AHTD', 'NOT_FOUND'],
      ['liaison', 'danube', 'RO-DIOC', 'FORBIDDEN'], // sees it, does not coordinate it
      ['liaison', 'coastal', 'RO-DIOC', 'NOT_FOUND'],
      ['outsider', 'danube', 'NG-NATA', 'NOT_FOUND'],
      ['outsider', 'coastal', 'NG-NATA', 'FORBIDDEN'],
      ['thCoordinator', 'coastal', 'NG-NATA', ['member@ng.test']],
      ['thCoordinator', 'coastal', 'IOM', ['liaison@iom.test']],
      ['thCoordinator', 'danube', 'RO-DIOC', 'NOT_FOUND'],
      ['iom', 'danube', 'IOM', 'FORBIDDEN'],
      ['iom', 'coastal', 'IOM', 'FORBIDDEN'],
      ['admin', 'danube', 'RO-DIOC', 'NOT_FOUND'],
      ['admin', 'coastal', 'TH-AHTD', 'NOT_FOUND'],
    ])('%s × %s × %s → %j', async (who, op, agency, expected) => {
      const res = await as(who, 'query($o: ID!, $a: ID!) { assignableUsers(operationId: $o, agencyId: $a) { email } }', { o: opId[op], a: agencyId[agency] });
      if (Array.isArray(expected)) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.assignableUsers.map((u: { email: string }) => u.email).sort()).toEqual(expected);
        return;
      }
      expect(errorCode(res)).toBe(expected);
      expect(res.data ?? null).toBeNull();
      if (expected === 'NOT_FOUND') expect(res.errors![0].message).toBe('Operation not found');
      if (expected === 'BAD_USER_INPUT') expect((res.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual(['agencyId']);
    });
  });

  describe('forbidden, unknown and malformed ids are indistinguishable', () => {
    const UNKNOWN = randomUUID();
    type Probe = [string, string, (v: { op: string; task: string }) => Record<string, unknown>, string];
    const NEW_TASK = (operationId: string) => ({
      input: { operationId, title: 'Probe task', assigneeAgencyId: '00000000-0000-4000-8000-000000000000', pillar: 'PROTECTION', priority: 'LOW' },
    });
    const probes: Probe[] = [
      ['operation(id)', OPERATION, (v) => ({ id: v.op }), 'Operation not found'],
      ['tasks(operationId)', TASKS, (v) => ({ id: v.op }), 'Operation not found'],
      ['task(id) { operation }', TASK_Q, (v) => ({ id: v.task }), 'Task not found'],
      ['assignableUsers', 'query($id: ID!, $a: ID!) { assignableUsers(operationId: $id, agencyId: $a) { id } }', (v) => ({ id: v.op, a: randomUUID() }), 'Operation not found'],
      ['createTask', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', (v) => NEW_TASK(v.op), 'Operation not found'],
      ['updateTaskStatus', 'mutation($id: ID!) { updateTaskStatus(input: { taskId: $id, status: IN_PROGRESS, expectedVersion: 1 }) { id } }', (v) => ({ id: v.task }), 'Task not found'],
      ['addTaskComment', 'mutation($id: ID!) { addTaskComment(input: { taskId: $id, body: "probe" }) { id } }', (v) => ({ id: v.task }), 'Task not found'],
    ];

    it.each(probes)('%s: forbidden = unknown UUID = "abc" (coordinator probing Coastal Harvest)', async (_name, query, vars, message) => {
      const forbidden = await as('coordinator', query, vars({ op: opId.coastal, task: taskId.vessels }));
      const unknown = await as('coordinator', query, vars({ op: UNKNOWN, task: UNKNOWN }));
      const malformed = await as('coordinator', query, vars({ op: 'abc', task: 'abc' }));
      for (const res of [forbidden, unknown, malformed]) expectNotFound(res, message);
    });

    it('the platform admin probing Danube Route gets the same answer as for an unknown id', async () => {
      expectNotFound(await as('admin', OPERATION, { id: opId.danube }), 'Operation not found');
      expectNotFound(await as('admin', TASK_Q, { id: taskId.bank }), 'Task not found');
      expectNotFound(await as('admin', OPERATION, { id: UNKNOWN }), 'Operation not found');
    });

    it('disableUser: a user of another agency, an unknown UUID and "abc" give the same NOT_FOUND (agency admin and platform admin)', async () => {
      const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id disabled } }';
      const roAdmin = await login(t.url, 'admin@ro.test');
      // the RO-DIOC admin reaches RO-DIOC only: the ES-BIP liaison is out of reach
      for (const id of [userId['liaison@es.test'], UNKNOWN, 'abc']) {
        expectNotFound(await gql(t.url, DISABLE, { id }, roAdmin), 'User not found');
      }
      // the platform admin reaches everyone: unknown and malformed ids are both simply not found
      for (const id of [UNKNOWN, 'abc']) expectNotFound(await as('admin', DISABLE, { id }), 'User not found');
      expect(await t.db.query('select count(*)::int as n from users where disabled_at is not null')).toEqual([{ n: 0 }]);
    });

    it('nothing was changed by the probes', async () => {
      const rows = await t.db.query('select status, version from tasks where id = $1', [taskId.vessels]);
      expect(rows).toEqual([{ status: 'OPEN', version: 1 }]);
      expect(await t.db.query(`select count(*)::int as n from task_comments`)).toEqual([{ n: 0 }]);
      expect(await t.db.query(`select count(*)::int as n from tasks where title = 'Probe task'`)).toEqual([{ n: 0 }]);
    });
  });

  // Runs last: it creates tasks (and so changes myTasks for the assignees).
  describe('notifications follow need-to-know', () => {
    const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';
    const created: { iomTask?: string; liaisonTask?: string } = {};

    it('nobody has a notification before (the task force built here has none)', async () => {
      for (const who of WHO) {
        const res = await as(who, NOTIFICATIONS);
        expect(res.errors).toBeUndefined();
        expect({ who, ...res.data }).toEqual({ who, notifications: [], unreadNotificationCount: 0 });
      }
    });

    it('after tasks are created in Danube Route, only the addressees get one, each exactly one', async () => {
      const a = await as('coordinator', CREATE, {
        input: { operationId: opId.danube, title: 'Interview returnees at the IOM office', assigneeAgencyId: agencyId['IOM'], pillar: 'PROTECTION', priority: 'HIGH' },
      });
      expect(a.errors).toBeUndefined();
      created.iomTask = a.data!.createTask.id;
      const b = await as('coordinator', CREATE, {
        input: {
          operationId: opId.danube,
          title: 'Freeze accounts of the recruiters',
          assigneeAgencyId: agencyId['RO-DIOC'],
          assigneeUserId: userId['liaison@ro.test'],
          pillar: 'PROSECUTION',
          priority: 'URGENT',
        },
      });
      expect(b.errors).toBeUndefined();
      created.liaisonTask = b.data!.createTask.id;

      // IOM's liaison officer is told about the task for IOM; the RO liaison is told in person;
      // the coordinator (the actor) and everyone outside Danube Route get nothing.
      const expected: Record<Who, Array<{ type: string; taskId: string }>> = {
        coordinator: [],
        liaison: [{ type: 'TASK_ASSIGNED_TO_YOU', taskId: created.liaisonTask! }],
        outsider: [],
        thCoordinator: [],
        iom: [{ type: 'TASK_ASSIGNED_TO_AGENCY', taskId: created.iomTask! }],
        admin: [],
      };
      for (const who of WHO) {
        const res = await as(who, NOTIFICATIONS);
        expect(res.errors).toBeUndefined();
        const got = res.data!.notifications.map((n: any) => ({ type: n.type, taskId: n.taskId }));
        expect({ who, got, unread: res.data!.unreadNotificationCount }).toEqual({ who, got: expected[who], unread: expected[who].length });
        for (const n of res.data!.notifications) expect(n).toMatchObject({ operationId: opId.danube, readAt: null });
      }
    });

    it('markNotificationRead on someone else\'s notification is NOT_FOUND, exactly like an unknown or malformed id', async () => {
      const iomNotification = (await as('iom', NOTIFICATIONS)).data!.notifications[0].id as string;
      const MARK = 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }';
      for (const who of ['coordinator', 'liaison', 'outsider', 'thCoordinator', 'admin'] as Who[]) {
        expectNotFound(await as(who, MARK, { id: iomNotification }), 'Notification not found');
      }
      expectNotFound(await as('outsider', MARK, { id: randomUUID() }), 'Notification not found');
      expectNotFound(await as('outsider', MARK, { id: 'abc' }), 'Notification not found');
      // still unread for its owner
      expect(await t.db.query('select read_at from notifications where id = $1', [iomNotification])).toEqual([{ read_at: null }]);
      expect((await as('iom', '{ unreadNotificationCount }')).data).toEqual({ unreadNotificationCount: 1 });

      const own = await as('iom', MARK, { id: iomNotification });
      expect(own.errors).toBeUndefined();
      expect(own.data!.markNotificationRead.id).toBe(iomNotification);
      expect(typeof own.data!.markNotificationRead.readAt).toBe('string');
      expect((await as('iom', '{ unreadNotificationCount }')).data).toEqual({ unreadNotificationCount: 0 });
    });

    it('markAllNotificationsRead counts only the caller\'s own notifications', async () => {
      expect((await as('admin', 'mutation { markAllNotificationsRead }')).data).toEqual({ markAllNotificationsRead: 0 });
      expect((await as('outsider', 'mutation { markAllNotificationsRead }')).data).toEqual({ markAllNotificationsRead: 0 });
      expect((await as('liaison', '{ unreadNotificationCount }')).data).toEqual({ unreadNotificationCount: 1 });
      expect((await as('liaison', 'mutation { markAllNotificationsRead }')).data).toEqual({ markAllNotificationsRead: 1 });
      expect((await as('liaison', '{ unreadNotificationCount }')).data).toEqual({ unreadNotificationCount: 0 });
    });

    it('the new tasks show up only for users who see Danube Route', async () => {
      const titles = [...DANUBE_TITLES, 'Freeze accounts of the recruiters', 'Interview returnees at the IOM office'].sort();
      for (const [who, op, visible] of OPERATION_CELLS.filter(([, o]) => o === 'danube')) {
        const res = await as(who, TASKS, { id: opId[op] });
        if (!visible) expectNotFound(res, 'Operation not found');
        else expect(res.data!.tasks.map((x: { title: string }) => x.title).sort()).toEqual(titles);
      }
      expectNotFound(await as('outsider', TASK_Q, { id: created.iomTask }), 'Task not found');
      expectNotFound(await as('admin', TASK_Q, { id: created.liaisonTask }), 'Task not found');
    });
  });
});
