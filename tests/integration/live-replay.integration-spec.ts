import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@taskforce/api-core';
import { migrate } from '@taskforce/api-setup';
import { OperationStatus } from '@taskforce/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
// The restart scenario boots the real API host twice on one database, as startTestApp does once.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../apps/api/src/app/create-app';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { createTestDatabase, gql, login as signIn, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Replay on reconnect (docs/api-contract.md, "Live coordination that loses nothing" → Replay on reconnect):
 * a socket opened with `auth: { token, lastNotificationId }` first receives, in order, every notification of
 * the caller newer than that one, skipping those about operations the caller can no longer see; without a
 * valid id of one's own notifications nothing is replayed.
 *
 * The task force (built by `taskForce` below): coordinator@nl.test (NL-POL) coordinates Danube Route, whose
 * participants are NL-POL, RO-DIOC and BE-SIS; liaison@ro.test (Ioana Popescu) is RO-DIOC's only liaison officer,
 * liaison@be.test BE-SIS's. A task for an agency without a person notifies exactly its liaison officers
 * (TASK_ASSIGNED_TO_AGENCY), so every Danube task for RO-DIOC below gives the liaison exactly one notification
 * and a task for BE-SIS gives her none. coordinator@th.test coordinates Coastal Harvest (TH-AHTD, NG-NATA; not
 * RO-DIOC). It holds no notifications.
 */

/** Builds the task force described above in `db`; returns the builder, holding the ids. */
async function taskForce(db: DataSource): Promise<FixtureBuilder> {
  const f = new FixtureBuilder(db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA']);
  await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['coordinator@th.test']);
  await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS'], coordinators: ['coordinator@nl.test'] });
  await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
  return f;
}

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

const GRACE_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }';
/** The fields of the socket `notification` payload (docs/api-contract.md, socket.io → Server → client). */
const NOTIFICATION_FIELDS = 'id type title body textValues { name value } operationId taskId leadId urgent createdAt';
const NOTIFICATIONS = `{ notifications { ${NOTIFICATION_FIELDS} } }`;

interface Notice {
  id: string;
  type: string;
  title: string;
  body: string | null;
  operationId: string | null;
  taskId: string | null;
  urgent: boolean;
  createdAt: string;
}

/**
 * Opens a socket with `auth: { token, lastNotificationId }` (the key left out when undefined), recording every
 * `notification` from the very first packet on (replayed ones may arrive right after the handshake).
 */
function openSocket(url: string, token: string, lastNotificationId?: unknown): Promise<{ socket: Socket; seen: Notice[] }> {
  return new Promise((resolve, reject) => {
    const auth = lastNotificationId === undefined ? { token } : { token, lastNotificationId };
    const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
    const seen: Notice[] = [];
    socket.on('notification', (n: Notice) => seen.push(n));
    socket.once('connect', () => resolve({ socket, seen }));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Closes a socket and gives the server a moment to see it go. */
async function closeSocket(socket: Socket): Promise<void> {
  socket.close();
  await sleep(50);
}

describe('replay of missed notifications on reconnect', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  let danubeId: string;
  let coastalId: string;
  const sockets: Socket[] = [];
  const as = (email: string, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[email]);
  const open = async (email: string, lastNotificationId?: unknown) => {
    const s = await openSocket(t.url, token[email], lastNotificationId);
    sockets.push(s.socket);
    return s;
  };
  const createTask = async (by: string, operationId: string, agency: string, title: string): Promise<string> => {
    const res = await as(by, CREATE, { input: { operationId, title, assigneeAgencyId: agencyId[agency], pillar: 'PROSECUTION', priority: 'MEDIUM' } });
    expect(res.errors).toBeUndefined();
    return res.data!.createTask.id;
  };
  /** The liaison's notifications as her `notifications` query lists them (newest first). */
  const listed = async (email = 'liaison@ro.test'): Promise<Notice[]> => {
    const res = await as(email, NOTIFICATIONS);
    expect(res.errors).toBeUndefined();
    return res.data!.notifications;
  };

  // notifications of liaison@ro.test, in creation order, and the tasks they are about
  const n: Record<string, Notice> = {};
  const task: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    const f = await taskForce(t.db);
    for (const email of ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test', 'coordinator@th.test']) {
      token[email] = await login(t.url, email);
    }
    Object.assign(agencyId, f.agencies);
    danubeId = f.operations['Danube Route'];
    coastalId = f.operations['Coastal Harvest'];
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('online: N1 (a Danube task for RO-DIOC) is pushed live with the id of her notifications query', async () => {
    const { socket, seen } = await open('liaison@ro.test');
    task['1'] = await createTask('coordinator@nl.test', danubeId, 'RO-DIOC', 'Interview the Iași bus driver');
    await waitFor(() => seen.length === 1, 5000, 'N1');
    await sleep(GRACE_MS);
    const list = await listed();
    expect(list).toHaveLength(1);
    n['1'] = list[0];
    expect(n['1']).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', operationId: danubeId, taskId: task['1'] });
    expect(seen).toEqual([n['1']]);
    await closeSocket(socket);
  });

  it('offline: two more tasks for RO-DIOC (N2, N3) and one for BE-SIS; reconnecting with lastNotificationId = N1 replays exactly N2 then N3', async () => {
    task['2'] = await createTask('coordinator@nl.test', danubeId, 'RO-DIOC', 'Freeze the recruiter accounts in Cluj');
    task['3'] = await createTask('coordinator@nl.test', danubeId, 'RO-DIOC', 'Locate the Brașov safe house');
    task['be'] = await createTask('coordinator@nl.test', danubeId, 'BE-SIS', 'Inspect the Roeselare greenhouses');

    const list = await listed();
    expect(list.map((x) => x.taskId)).toEqual([task['3'], task['2'], task['1']]); // newest first
    [n['3'], n['2']] = list;
    expect(list[2]).toEqual(n['1']);

    const { socket, seen } = await open('liaison@ro.test', n['1'].id);
    await waitFor(() => seen.length >= 2, 5000, 'the replay of N2 and N3');
    await sleep(GRACE_MS);
    expect(seen).toEqual([n['2'], n['3']]); // in order, no duplicates, nothing else (not N1, not the BE-SIS task)
    await closeSocket(socket);
  });

  it('with lastNotificationId = N2 only N3 is replayed', async () => {
    const { socket, seen } = await open('liaison@ro.test', n['2'].id);
    await waitFor(() => seen.length >= 1, 5000, 'the replay of N3');
    await sleep(GRACE_MS);
    expect(seen).toEqual([n['3']]);
    await closeSocket(socket);
  });

  it('nothing is replayed with no lastNotificationId, with someone else’s notification id, a garbage id, an unknown uuid or a non-string; the newest id replays nothing either', async () => {
    const [beNotice] = await listed('liaison@be.test');
    expect(beNotice).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', taskId: task['be'] }); // a real id, but not hers

    const variants: Array<[string, unknown]> = [
      ['no lastNotificationId', undefined],
      ['someone else’s notification', beNotice.id],
      ['garbage', 'not-a-notification-id'],
      ['unknown uuid', randomUUID()],
      ['a number', 42],
      ['an object', { $gt: '' }],
      ['her newest (N3)', n['3'].id],
    ];
    const opened: Array<{ name: string; seen: Notice[]; socket: Socket }> = [];
    for (const [name, last] of variants) opened.push({ name, ...(await open('liaison@ro.test', last)) });

    // the entitled receipt: a new task for RO-DIOC, pushed live to every socket of hers
    task['5'] = await createTask('coordinator@nl.test', danubeId, 'RO-DIOC', 'Trace the Timișoara money transfers');
    await waitFor(() => opened.every((o) => o.seen.some((x) => x.taskId === task['5'])), 5000, 'N5 on every socket');
    await sleep(GRACE_MS);
    [n['5']] = await listed();
    expect(n['5'].taskId).toBe(task['5']);

    for (const o of opened) {
      // a notification may arrive twice around a reconnect (the contract asks clients to de-duplicate by id)
      const unique = [...new Map(o.seen.map((x) => [x.id, x])).values()];
      expect({ socket: o.name, received: unique }).toEqual({ socket: o.name, received: [n['5']] });
    }
    for (const o of opened) await closeSocket(o.socket);
  });

  it('items about an operation her agency can no longer see are skipped by the replay, by notifications and by unreadNotificationCount', async () => {
    // RO-DIOC joins Coastal Harvest (a direct database change standing in for "agency added to the operation")
    await t.db.query('insert into operation_agencies (operation_id, agency_id) values ($1, $2)', [coastalId, agencyId['RO-DIOC']]);
    task['c'] = await createTask('coordinator@th.test', coastalId, 'RO-DIOC', 'Check the Constanța crewing agency');
    task['6'] = await createTask('coordinator@nl.test', danubeId, 'RO-DIOC', 'Hear the Galați witnesses');
    const before = await listed();
    expect(before.map((x) => x.taskId)).toEqual([task['6'], task['c'], task['5'], task['3'], task['2'], task['1']]);
    [n['6'], n['c']] = before;
    expect(n['c']).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', operationId: coastalId, taskId: task['c'] });

    // still in both operations: from N5 she gets NC then N6
    {
      const { socket, seen } = await open('liaison@ro.test', n['5'].id);
      await waitFor(() => seen.length >= 2, 5000, 'the replay of NC and N6');
      await sleep(GRACE_MS);
      expect(seen).toEqual([n['c'], n['6']]);
      await closeSocket(socket);
    }

    // the coordinator removes RO-DIOC from Danube Route
    const removed = await as('coordinator@nl.test', 'mutation($op: ID!, $agency: ID!) { removeAgencyFromOperation(operationId: $op, agencyId: $agency) { id } }', {
      op: danubeId,
      agency: agencyId['RO-DIOC'],
    });
    expect(removed.errors).toBeUndefined();
    expect(await t.db.query('select 1 from operation_agencies where operation_id = $1 and agency_id = $2', [danubeId, agencyId['RO-DIOC']])).toEqual([]);

    const { socket, seen } = await open('liaison@ro.test', n['1'].id);
    await waitFor(() => seen.length >= 1, 5000, 'the replay of NC');
    await sleep(GRACE_MS);
    expect(seen).toEqual([n['c']]); // N2, N3, N5 and N6 are about Danube Route: skipped
    await closeSocket(socket);

    expect(await listed()).toEqual([n['c']]);
    expect((await as('liaison@ro.test', '{ unreadNotificationCount }')).data).toEqual({ unreadNotificationCount: 1 });
    // still stored: six notifications of hers in the database
    const stored = await t.db.query('select count(*)::int as n from notifications where recipient_user_id = (select id from users where email = $1)', ['liaison@ro.test']);
    expect(stored).toEqual([{ n: 6 }]);
  });
});

describe('replay after an API restart (same database, same JWT secret)', () => {
  const jwtSecret = randomBytes(32).toString('hex');
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;
  let app: INestApplication | undefined;
  const sockets: Socket[] = [];

  async function start(): Promise<{ app: INestApplication; url: string }> {
    const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: jwtSecret, WEB_DIST_DIR: '/nonexistent', LOGIN_RATE_LIMIT: '1000', ESCALATION_CHECK_SECONDS: '0' });
    const started = await createApp(config, database.url, ['error']);
    await started.listen(0, '127.0.0.1');
    const address = started.getHttpServer().address() as AddressInfo;
    return { app: started, url: `http://127.0.0.1:${address.port}` };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await migrate(database.url);
    await taskForce(db);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await app?.close();
    await db.destroy();
    await database.drop();
  });

  it('N1 seen on app A, N2 created while disconnected, A stops, B starts: reconnecting to B with lastNotificationId = N1 replays N2', async () => {
    const a = await start();
    app = a.app;
    const liaison = await login(a.url, 'liaison@ro.test');
    const coordinator = await login(a.url, 'coordinator@nl.test');
    const danubeId = (await db.query(`select id from operations where name = 'Danube Route'`))[0].id;
    const roDioc = (await db.query(`select id from agencies where acronym = 'RO-DIOC'`))[0].id;
    const create = async (url: string, title: string) => {
      const res = await gql(url, CREATE, { input: { operationId: danubeId, title, assigneeAgencyId: roDioc, pillar: 'PROTECTION', priority: 'HIGH' } }, coordinator);
      expect(res.errors).toBeUndefined();
      return res.data!.createTask.id as string;
    };

    const first = await openSocket(a.url, liaison);
    sockets.push(first.socket);
    const task1 = await create(a.url, 'Arrange shelter places in Bucharest');
    await waitFor(() => first.seen.length === 1, 5000, 'N1 on app A');
    const n1 = first.seen[0];
    expect(n1.taskId).toBe(task1);
    await closeSocket(first.socket);

    const task2 = await create(a.url, 'Arrange interpreters for the Ghent hearing');
    await a.app.close();
    app = undefined;

    const b = await start();
    app = b.app;
    const listedOnB = await gql(b.url, NOTIFICATIONS, {}, liaison); // the token issued by A is still valid on B
    expect(listedOnB.errors).toBeUndefined();
    const [n2, n1Again] = listedOnB.data!.notifications as Notice[];
    expect(n1Again).toEqual(n1);
    expect(n2).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', taskId: task2, operationId: danubeId });

    const again = await openSocket(b.url, liaison, n1.id);
    sockets.push(again.socket);
    await waitFor(() => again.seen.length >= 1, 5000, 'the replay of N2 on app B');
    await sleep(GRACE_MS);
    expect(again.seen).toEqual([n2]);
  });
});
