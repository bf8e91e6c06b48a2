import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { OperationStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, gql, login as signIn, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Real socket.io clients against the real API. Who should receive what is derived by hand from the task force
 * built below:
 *   Danube Route participants: NL-POL, RO-DIOC, BE-SIS (not NG-NATA).
 *   coordinator@nl.test (NL-POL) coordinates it; liaison@ro.test is RO-DIOC's only liaison officer;
 *   member@nl.test (NL-POL MEMBER) is entitled to see Danube but is addressed by nothing here;
 *   member@ng.test (NG-NATA) is not entitled; NG-NATA takes part in Coastal Harvest.
 */

/** After an entitled client got its event, how long we keep listening for events that must not arrive. */
const GRACE_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id status version } }';
const UPDATE = 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id status version } }';

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

async function connectError(url: string, token?: string): Promise<Error> {
  try {
    const socket = await connectSocket(url, token);
    socket.close();
  } catch (err) {
    return err as Error;
  }
  throw new Error('the connection was accepted');
}

function watch(socket: Socket, event: string, operationId: unknown): Promise<unknown> {
  return socket.timeout(5000).emitWithAck(event, { operationId });
}

describe('socket.io: handshake, notifications, operation boards', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  const userId: Record<string, string> = {};
  let danubeId: string;
  let coastalId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['coordinator@th.test'], PEOPLE['member@ng.test']);
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    for (const email of ['coordinator@nl.test', 'liaison@ro.test', 'member@ng.test', 'member@nl.test', 'liaison@be.test']) {
      token[email] = await login(t.url, email);
    }
    Object.assign(agencyId, f.agencies);
    Object.assign(userId, f.people);
    danubeId = f.operations['Danube Route'];
    coastalId = f.operations['Coastal Harvest'];
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  describe('handshake', () => {
    it('a valid token connects', async () => {
      const socket = await connectSocket(t.url, token['member@nl.test']);
      expect(socket.connected).toBe(true);
      socket.close();
    });

    it('no token is refused with UNAUTHENTICATED', async () => {
      expect((await connectError(t.url)).message).toBe('UNAUTHENTICATED');
    });

    it('a garbage token and a token with a forged signature are refused with UNAUTHENTICATED', async () => {
      expect((await connectError(t.url, 'garbage')).message).toBe('UNAUTHENTICATED');
      const [header, payload] = token['member@nl.test'].split('.');
      expect((await connectError(t.url, `${header}.${payload}.forgedsignature`)).message).toBe('UNAUTHENTICATED');
    });

    it('a token whose session was logged out is refused with UNAUTHENTICATED', async () => {
      const session = await login(t.url, 'member@ro.test');
      const before = await connectSocket(t.url, session); // accepted while the session lives
      before.close();
      expect((await gql(t.url, 'mutation { logout }', {}, session)).data).toEqual({ logout: true });
      expect((await connectError(t.url, session)).message).toBe('UNAUTHENTICATED');
    });
  });

  describe('events (one sequence of changes in Danube Route)', () => {
    type Seen = Array<{ name: string; payload: any }>;
    const seen: Record<string, Seen> = {};
    const socket: Record<string, Socket> = {};
    const taskIds: { personal?: string; agency?: string } = {};
    const ofTask = (list: Seen, name: string, id: string | undefined) => list.filter((e) => e.name === name && e.payload.taskId === id);

    beforeAll(async () => {
      for (const email of ['coordinator@nl.test', 'liaison@ro.test', 'member@ng.test', 'member@nl.test', 'liaison@be.test']) {
        socket[email] = await connectSocket(t.url, token[email]);
        sockets.push(socket[email]);
        seen[email] = recordEvents(socket[email], ['notification', 'task.changed']);
      }
    });

    it('operation:watch acks { ok: true } for participants and { ok: false } for others, unknown and malformed ids', async () => {
      expect(await watch(socket['coordinator@nl.test'], 'operation:watch', danubeId)).toEqual({ ok: true });
      expect(await watch(socket['liaison@be.test'], 'operation:watch', danubeId)).toEqual({ ok: true });
      expect(await watch(socket['member@ng.test'], 'operation:watch', danubeId)).toEqual({ ok: false });
      expect(await watch(socket['member@ng.test'], 'operation:watch', randomUUID())).toEqual({ ok: false });
      expect(await watch(socket['member@ng.test'], 'operation:watch', 'abc')).toEqual({ ok: false });
      expect(await watch(socket['member@ng.test'], 'operation:watch', { $ne: null })).toEqual({ ok: false });
      // the outsider may watch its own operation (so the "false" above is a real decision, not a broken handler)
      expect(await watch(socket['member@ng.test'], 'operation:watch', coastalId)).toEqual({ ok: true });
    });

    it('a client cannot join rooms by emitting arbitrary events', async () => {
      const outsider = socket['member@ng.test'];
      outsider.emit('join', `operation:${danubeId}`);
      outsider.emit('join', { room: `operation:${danubeId}` });
      outsider.emit('subscribe', `operation:${danubeId}`);
      outsider.emit('operation:join', { operationId: danubeId });
      outsider.emit('join', `agency:${agencyId['RO-DIOC']}`);
      outsider.emit('join', `user:${userId['liaison@ro.test']}`);
      // the events of the next tests must still not reach the outsider (checked there)
      expect(outsider.connected).toBe(true);
    });

    it('a task for RO-DIOC assigned to the liaison in person: the liaison gets TASK_ASSIGNED_TO_YOU with the id of its notifications query; watchers get CREATED', async () => {
      const res = await gql(
        t.url,
        CREATE,
        {
          input: {
            operationId: danubeId,
            title: 'Question the driver of the Constanța minibus',
            assigneeAgencyId: agencyId['RO-DIOC'],
            assigneeUserId: userId['liaison@ro.test'],
            pillar: 'PROSECUTION',
            priority: 'HIGH',
          },
        },
        token['coordinator@nl.test'],
      );
      expect(res.errors).toBeUndefined();
      const id = (taskIds.personal = res.data!.createTask.id as string);

      await waitFor(() => ofTask(seen['liaison@ro.test'], 'notification', id).length > 0, 5000, 'liaison notification');
      await waitFor(() => ofTask(seen['coordinator@nl.test'], 'task.changed', id).length > 0, 5000, 'coordinator task.changed');
      await waitFor(() => ofTask(seen['liaison@be.test'], 'task.changed', id).length > 0, 5000, 'be-liaison task.changed');
      await sleep(GRACE_MS);

      const listed = await gql(t.url, '{ notifications { id type title body textValues { name value } operationId taskId leadId urgent createdAt } }', {}, token['liaison@ro.test']);
      expect(listed.data!.notifications).toHaveLength(1);
      const [pushed] = ofTask(seen['liaison@ro.test'], 'notification', id);
      expect(pushed.payload).toEqual(listed.data!.notifications[0]);
      expect(pushed.payload).toMatchObject({ type: 'TASK_ASSIGNED_TO_YOU', operationId: danubeId, taskId: id });
      // The values the title and body are written from, sorted by name, for the client to write them in its language.
      expect(pushed.payload.textValues).toEqual([
        { name: 'priority', value: 'HIGH' },
        { name: 'task', value: 'Question the driver of the Constanța minibus' },
      ]);
      expect(pushed.payload).toMatchObject({ title: 'Task assigned to you: Question the driver of the Constanța minibus', body: 'High priority' });
      expect(seen['liaison@ro.test'].filter((e) => e.name === 'notification')).toHaveLength(1); // not also TASK_ASSIGNED_TO_AGENCY

      const created = { operationId: danubeId, taskId: id, change: 'CREATED', status: 'OPEN', version: 1 };
      expect(seen['coordinator@nl.test']).toEqual([{ name: 'task.changed', payload: created }]); // the actor gets no notification
      expect(seen['liaison@be.test']).toEqual([{ name: 'task.changed', payload: created }]);
      expect(seen['liaison@ro.test'].filter((e) => e.name === 'task.changed')).toEqual([]); // did not watch
      expect(seen['member@nl.test']).toEqual([]); // entitled, but neither addressed nor watching
      expect(seen['member@ng.test']).toEqual([]);
    });

    it('a task for RO-DIOC without a person: the liaison officer gets TASK_ASSIGNED_TO_AGENCY', async () => {
      const res = await gql(
        t.url,
        CREATE,
        { input: { operationId: danubeId, title: 'Identify the recruiters in Craiova', assigneeAgencyId: agencyId['RO-DIOC'], pillar: 'PROSECUTION', priority: 'MEDIUM' } },
        token['coordinator@nl.test'],
      );
      expect(res.errors).toBeUndefined();
      const id = (taskIds.agency = res.data!.createTask.id as string);
      await waitFor(() => ofTask(seen['liaison@ro.test'], 'notification', id).length > 0, 5000, 'liaison notification');
      await waitFor(() => ofTask(seen['liaison@be.test'], 'task.changed', id).length > 0, 5000, 'be-liaison task.changed');
      await sleep(GRACE_MS);

      const listed = await gql(t.url, '{ notifications { id type taskId } }', {}, token['liaison@ro.test']);
      const [pushed] = ofTask(seen['liaison@ro.test'], 'notification', id);
      expect(pushed.payload).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', taskId: id, operationId: danubeId });
      expect(listed.data!.notifications.filter((n: { taskId: string }) => n.taskId === id)).toEqual([{ id: pushed.payload.id, type: 'TASK_ASSIGNED_TO_AGENCY', taskId: id }]);
      expect(ofTask(seen['liaison@ro.test'], 'notification', id)).toHaveLength(1);
      expect(seen['member@nl.test']).toEqual([]);
      expect(seen['member@ng.test']).toEqual([]);
    });

    it('a status change reaches the watchers as STATUS_CHANGED after CREATED, and the coordinator as a notification', async () => {
      const id = taskIds.personal!;
      const res = await gql(t.url, UPDATE, { input: { taskId: id, status: 'IN_PROGRESS', expectedVersion: 1 } }, token['liaison@ro.test']);
      expect(res.data!.updateTaskStatus).toEqual({ id, status: 'IN_PROGRESS', version: 2 });
      await waitFor(() => ofTask(seen['coordinator@nl.test'], 'task.changed', id).length === 2, 5000, 'coordinator STATUS_CHANGED');
      await waitFor(() => ofTask(seen['liaison@be.test'], 'task.changed', id).length === 2, 5000, 'be-liaison STATUS_CHANGED');
      await waitFor(() => ofTask(seen['coordinator@nl.test'], 'notification', id).length === 1, 5000, 'coordinator notification');
      await sleep(GRACE_MS);

      for (const email of ['coordinator@nl.test', 'liaison@be.test']) {
        expect(ofTask(seen[email], 'task.changed', id).map((e) => e.payload)).toEqual([
          { operationId: danubeId, taskId: id, change: 'CREATED', status: 'OPEN', version: 1 },
          { operationId: danubeId, taskId: id, change: 'STATUS_CHANGED', status: 'IN_PROGRESS', version: 2 },
        ]);
      }
      expect(ofTask(seen['coordinator@nl.test'], 'notification', id).map((e) => e.payload.type)).toEqual(['TASK_STATUS_CHANGED']);
      expect(ofTask(seen['liaison@ro.test'], 'notification', id)).toHaveLength(1); // only the assignment; the actor is not told of its own change
      expect(seen['liaison@ro.test'].filter((e) => e.name === 'task.changed')).toEqual([]);
      expect(seen['member@nl.test']).toEqual([]);
      expect(seen['member@ng.test']).toEqual([]);
    });

    it('after operation:unwatch a socket receives no more task.changed', async () => {
      expect(await watch(socket['liaison@be.test'], 'operation:unwatch', danubeId)).toEqual({ ok: true });
      const id = taskIds.agency!;
      const beBefore = seen['liaison@be.test'].length;
      const res = await gql(t.url, UPDATE, { input: { taskId: id, status: 'BLOCKED', expectedVersion: 1 } }, token['liaison@ro.test']);
      expect(res.errors).toBeUndefined();
      await waitFor(() => ofTask(seen['coordinator@nl.test'], 'task.changed', id).length === 2, 5000, 'coordinator STATUS_CHANGED');
      await sleep(GRACE_MS);
      expect(ofTask(seen['coordinator@nl.test'], 'task.changed', id).map((e) => e.payload.change)).toEqual(['CREATED', 'STATUS_CHANGED']);
      expect(seen['liaison@be.test'].slice(beBefore)).toEqual([]);
      expect(seen['member@ng.test']).toEqual([]);
      expect(seen['member@nl.test']).toEqual([]);
    });
  });
});
