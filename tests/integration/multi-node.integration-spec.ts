import { migrate } from '@taskforce/api-setup';
import { AgencyKind, OperationStatus, Role } from '@taskforce/domain';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createClient } from 'redis';
import { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { PRESENCE_EVENTS, presenceOf } from '../support/presence';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, createTestDatabase, gql, login as signIn, recordEvents, waitFor } from '../support/test-app';

/**
 * Horizontal scaling: two real API processes (the built `dist/api/apps/api/src/main.js`, as in production) on
 * one database. A client connected to node A receives what is caused through node B, and the other way round;
 * a logout through B disconnects that session's socket on A. Once with the PostgreSQL adapter (no REDIS_URL),
 * once with the Redis Streams adapter when a Redis answers (TEST_REDIS_URL, default redis://127.0.0.1:6379).
 *
 * The build comes first: `npm test` (nx run tests:test) builds the API; with plain `npx jest`, run
 * `npx nx run api:build` before. Who receives what follows tests/integration/realtime.integration-spec.ts, on the
 * same task force: Danube Route of NL-POL (coordinator@nl.test), RO-DIOC and BE-SIS; liaison@ro.test is RO-DIOC's
 * liaison officer, liaison@be.test (BE-SIS) participates in Danube Route, member@ng.test (NG-NATA) does not and
 * takes part in Coastal Harvest.
 */
const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const GRACE_MS = 300;
/** PostgreSQL's NOTIFY payload limit; cluster messages must stay well under it. */
const NOTIFY_LIMIT = 8000;
const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id status version } }';
const UPDATE = 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id status version } }';
const NOTIFICATION_FIELDS = ['id', 'type', 'title', 'body', 'operationId', 'taskId', 'createdAt'] as const;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Whether a Redis answers PING at `url` (synchronously, so the suite can be skipped at collection time). */
function redisAnswers(url: string): boolean {
  const probe = `
    const u = new URL(process.argv[1]);
    const s = require('node:net').connect(Number(u.port || 6379), u.hostname);
    s.setTimeout(1500, () => process.exit(1));
    s.on('error', () => process.exit(1));
    s.on('connect', () => s.write('PING\\r\\n'));
    s.on('data', (d) => process.exit(/PONG|NOAUTH/.test(String(d)) ? 0 : 1));`;
  if (!url.startsWith('redis://')) return false;
  return spawnSync(process.execPath, ['-e', probe, url], { timeout: 3000 }).status === 0;
}

/** One API process. Its output is kept and shown when something fails. */
interface ApiNode {
  name: string;
  url: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

async function startNode(name: string, env: Record<string, string>): Promise<ApiNode> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  // Never leave a process behind, even when Jest itself stops.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      process.removeListener('exit', killOnExit);
      done(code);
    }),
  );
  const node: ApiNode = { name, url: `http://127.0.0.1:${port}`, child, output, exited };
  let gone = false;
  void exited.then(() => (gone = true));
  const start = Date.now();
  for (;;) {
    if (gone) throw new Error(`node ${name} exited during start-up:\n${output.join('')}`);
    // Generous: on a loaded 2-core machine two Nest processes may take long to start; a healthy node answers in seconds.
    if (Date.now() - start > 90000) {
      child.kill('SIGKILL');
      throw new Error(`node ${name} did not answer /health within 90 s:\n${output.join('')}`);
    }
    const ok = await fetch(`${node.url}/health`).then((r) => r.ok, () => false);
    if (ok) return node;
    await sleep(100);
  }
}

/** SIGTERM (the process closes the app, so the adapter tells the other nodes it leaves), SIGKILL after 5 s. */
async function stopNode(node: ApiNode | undefined): Promise<void> {
  if (!node || node.child.exitCode !== null || node.child.signalCode !== null) return;
  node.child.kill('SIGTERM');
  const killer = setTimeout(() => node.child.kill('SIGKILL'), 5000);
  await node.exited;
  clearTimeout(killer);
}

/** Cluster messages seen on the wire (NOTIFY payloads, Redis pub/sub messages and stream entries). */
interface Wire {
  messages: Array<{ at: number; bytes: number; raw: Buffer; uid?: string; type?: number }>;
  /** Resolves once every node listens and each has been heard by the others (heartbeats or subscriptions). */
  clusterReady(nodes: number): Promise<void>;
  /** Stream entries etc. read at the end (Redis); call before asserting on `messages`. */
  collect(): Promise<void>;
  /** Rows left in socket_io_attachments (PostgreSQL), else 0. */
  attachments(): Promise<number>;
  /** Cuts every connection of the nodes' adapters on the server side (as a database or Redis restart would). */
  cut(): Promise<number>;
  close(): Promise<void>;
}

/** Listens on the adapter's channel of the test database, as a third node would. */
async function postgresWire(databaseUrl: string): Promise<Wire> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const messages: Wire['messages'] = [];
  client.on('notification', (n) => {
    const raw = Buffer.from(n.payload ?? '');
    const parsed = JSON.parse(raw.toString()) as { uid?: string; type?: number };
    messages.push({ at: Date.now(), bytes: raw.length, raw, uid: parsed.uid, type: parsed.type });
  });
  await client.query('LISTEN "socket.io#/"');
  return {
    messages,
    clusterReady: async (nodes) => {
      // Each node holds one connection for LISTEN (application_name set by libs/api/realtime socket-cluster.ts).
      const listening = async () =>
        Number(
          (
            await client.query(
              `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'taskforce-socket.io' AND query LIKE 'LISTEN %'`,
            )
          ).rows[0].n,
        );
      const start = Date.now();
      while ((await listening()) < nodes) {
        if (Date.now() - start > 20000) throw new Error('the nodes did not LISTEN within 20 s');
        await sleep(50);
      }
      // A node learns of another from its heartbeats (every 5 s). Two heartbeats of each node sent after all
      // listen mean every node has heard every other.
      const since = Date.now();
      const heardTwice = () => {
        const count = new Map<string, number>();
        for (const m of messages) if (m.at > since && m.uid) count.set(m.uid, (count.get(m.uid) ?? 0) + 1);
        return [...count.values()].filter((n) => n >= 2).length >= nodes;
      };
      await waitFor(heardTwice, 20000, 'heartbeats of every node');
    },
    collect: async () => undefined,
    attachments: async () => Number((await client.query('SELECT count(*) AS n FROM socket_io_attachments')).rows[0].n),
    cut: async () =>
      (
        await client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'taskforce-socket.io'`,
        )
      ).rowCount ?? 0,
    close: () => client.end(),
  };
}

/** Subscribes to the adapter's channels and reads its stream at the end, as a third node would. */
async function redisWire(url: string, prefix: string): Promise<Wire> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  const sub = client.duplicate();
  sub.on('error', () => undefined);
  await sub.connect();
  const messages: Wire['messages'] = [];
  await sub.pSubscribe(`${prefix}#*`, (raw: Buffer) => messages.push({ at: Date.now(), bytes: raw.length, raw }), true);
  return {
    messages,
    clusterReady: async (nodes) => {
      // Ready when every node subscribes to the public channel and has a reader blocked on the stream.
      const ready = async () => {
        const subscribed = Number((await client.sendCommand(['PUBSUB', 'NUMSUB', `${prefix}#/#`]) as unknown[])[1]);
        const list = String(await client.sendCommand(['CLIENT', 'LIST']));
        const readers = list.split('\n').filter((l) => l.includes(` name=${prefix} `) && / cmd=xread /.test(` ${l} `)).length;
        return subscribed >= nodes && readers >= nodes;
      };
      const start = Date.now();
      while (!(await ready())) {
        if (Date.now() - start > 20000) throw new Error('the nodes did not subscribe and read the stream within 20 s');
        await sleep(50);
      }
    },
    collect: async () => {
      for (const entry of await client.xRange(prefix, '-', '+')) {
        const raw = Buffer.from(Object.entries(entry.message).map(([k, v]) => `${k}${v}`).join(''));
        messages.push({ at: Date.now(), bytes: raw.length, raw, type: Number(entry.message['type']) });
      }
    },
    attachments: async () => 0,
    cut: async () => {
      const ids = String(await client.sendCommand(['CLIENT', 'LIST']))
        .split('\n')
        .filter((l) => l.includes(` name=${prefix} `))
        .map((l) => /^id=(\d+)/.exec(l)?.[1])
        .filter((id): id is string => !!id);
      for (const id of ids) await client.sendCommand(['CLIENT', 'KILL', 'ID', id]);
      return ids.length;
    },
    close: async () => {
      await client.del(prefix).catch(() => undefined);
      await sub.close().catch(() => undefined);
      await client.close().catch(() => undefined);
    },
  };
}

function multiNodeSuite(adapter: 'postgres' | 'redis-streams') {
  const label = adapter === 'postgres' ? 'PostgreSQL adapter' : 'Redis Streams adapter';
  const prefix = `taskforce-test-${randomBytes(4).toString('hex')}`;
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;
  let wire: Wire | undefined;
  let dataDir: string;
  const nodes: { A?: ApiNode; B?: ApiNode } = {};
  const token: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  let danubeId: string;
  let coastalId: string;
  const sockets: Socket[] = [];
  type Seen = Array<{ name: string; payload: any }>;
  const seen: Record<string, Seen> = {};
  const socket: Record<string, Socket> = {};
  let taskId: string;
  let failed = false;

  const A = () => nodes.A!;
  const B = () => nodes.B!;
  const ofTask = (list: Seen, name: string) => list.filter((e) => e.name === name && e.payload.taskId === taskId);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await migrate(database.url);
    const f = new FixtureBuilder(db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
      { acronym: 'TH-AHTD', country: 'TH' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'liaison@be.test', name: 'Lucas Peeters', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
      { email: 'coordinator@th.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
      { email: 'member@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    Object.assign(agencyId, f.agencies);
    danubeId = f.operations['Danube Route'];
    coastalId = f.operations['Coastal Harvest'];
    wire = adapter === 'postgres' ? await postgresWire(database.url) : await redisWire(TEST_REDIS_URL, prefix);

    dataDir = mkdtempSync(join(tmpdir(), 'taskforce-multi-node-'));
    const env: Record<string, string> = {
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LEAD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      MATCHING_KEY: `m1:${randomBytes(32).toString('base64')}`,
      DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      TASKFORCE_DATA_DIR: dataDir,
      LOGIN_RATE_LIMIT: '1000',
      ...(adapter === 'redis-streams' ? { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix } : {}),
    };
    try {
      await Promise.all([startNode('A', env).then((n) => (nodes.A = n)), startNode('B', env).then((n) => (nodes.B = n))]);
      await wire.clusterReady(2);
    } catch (error) {
      failed = true; // afterAll shows the nodes' output and stops them
      throw error;
    }

    token['liaison@ro.test'] = await login(A().url, 'liaison@ro.test');
    token['member@ng.test'] = await login(A().url, 'member@ng.test');
    token['coordinator@nl.test'] = await login(B().url, 'coordinator@nl.test');
    token['liaison@be.test'] = await login(B().url, 'liaison@be.test');
    const connect = async (email: string, node: ApiNode) => {
      socket[email] = await connectSocket(node.url, token[email]);
      sockets.push(socket[email]);
      seen[email] = recordEvents(socket[email], ['notification', 'task.changed', ...PRESENCE_EVENTS, 'session.revoked']);
      socket[email].on('disconnect', (reason) => seen[email].push({ name: 'disconnect', payload: reason }));
    };
    await connect('liaison@ro.test', A());
    await connect('coordinator@nl.test', A());
    await connect('member@ng.test', A());
    await connect('liaison@be.test', B());
  }, 240000);

  /** `it`, remembering a failure so that afterAll shows the nodes' output. */
  const step = (name: string, fn: () => void | Promise<void>) =>
    it(name, async () => {
      try {
        await fn();
      } catch (error) {
        failed = true;
        throw error;
      }
    });

  afterAll(async () => {
    for (const s of sockets) s.close();
    if (failed) for (const node of [nodes.A, nodes.B]) if (node) console.log(`output of node ${node.name}:\n${node.output.join('')}`);
    await Promise.all([stopNode(nodes.A), stopNode(nodes.B)]);
    await wire?.close();
    await db?.destroy();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30000);

  describe(`two API processes on one database, ${label}`, () => {
    step('each node logs the adapter it uses at start-up', () => {
      const expected = adapter === 'postgres' ? 'socket.io uses the PostgreSQL adapter' : `socket.io uses the Redis Streams adapter (stream "${prefix}"`;
      for (const node of [A(), B()]) expect(node.output.join('')).toContain(expected);
    });

    step('watchers on node A see a viewer who joined on node B (presence gathered from both nodes)', async () => {
      const viewers = (p: any) => (p?.viewers ?? []).map((v: { agencyAcronym: string }) => v.agencyAcronym).sort();
      const coordinator = seen['coordinator@nl.test'];
      expect(await socket['coordinator@nl.test'].timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
      expect(await socket['liaison@be.test'].timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
      expect(await socket['member@ng.test'].timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: false });
      expect(await socket['member@ng.test'].timeout(5000).emitWithAck('operation:watch', { operationId: coastalId })).toEqual({ ok: true });
      // A hears of the viewer who joined on B; B's newcomer holds both: the list B keeps of both nodes (a change on A
      // still on its way when the list was sent follows as presence.joined).
      await waitFor(() => viewers(presenceOf(coordinator, danubeId)).length === 2, 10000, 'presence of both viewers on A');
      expect(viewers(presenceOf(coordinator, danubeId))).toEqual(['BE-SIS', 'NL-POL']);
      await waitFor(() => viewers(presenceOf(seen['liaison@be.test'], danubeId)).length === 2, 10000, 'presence of both viewers on B');
      expect(viewers(presenceOf(seen['liaison@be.test'], danubeId))).toEqual(['BE-SIS', 'NL-POL']);
      expect(seen['liaison@be.test'].filter((e) => e.name === 'presence')).toHaveLength(1);
    });

    step('a task created through node B: the liaison on node A gets the notification its notifications query on A lists, the watcher on A gets task.changed, the outsider nothing', async () => {
      const res = await gql(
        B().url,
        CREATE,
        { input: { operationId: danubeId, title: 'Trace the Constanța recruiters across both nodes', assigneeAgencyId: agencyId['RO-DIOC'], pillar: 'PROSECUTION', priority: 'HIGH' } },
        token['coordinator@nl.test'],
      );
      expect(res.errors).toBeUndefined();
      taskId = res.data!.createTask.id;

      await waitFor(() => ofTask(seen['liaison@ro.test'], 'notification').length > 0, 10000, 'notification on A');
      await waitFor(() => ofTask(seen['coordinator@nl.test'], 'task.changed').length > 0, 10000, 'task.changed on A');
      await waitFor(() => ofTask(seen['liaison@be.test'], 'task.changed').length > 0, 10000, 'task.changed on B');
      await sleep(GRACE_MS);

      const listed = await gql(A().url, `{ notifications { ${NOTIFICATION_FIELDS.join(' ')} } }`, {}, token['liaison@ro.test']);
      const [pushed] = ofTask(seen['liaison@ro.test'], 'notification');
      const mine = listed.data!.notifications.filter((n: { taskId: string }) => n.taskId === taskId);
      expect(mine).toHaveLength(1);
      expect(Object.fromEntries(NOTIFICATION_FIELDS.map((k) => [k, pushed.payload[k]]))).toEqual(mine[0]);
      expect(pushed.payload).toMatchObject({ type: 'TASK_ASSIGNED_TO_AGENCY', operationId: danubeId, taskId });
      expect(ofTask(seen['liaison@ro.test'], 'notification')).toHaveLength(1);

      const created = { operationId: danubeId, taskId, change: 'CREATED', status: 'OPEN', version: 1 };
      expect(ofTask(seen['coordinator@nl.test'], 'task.changed').map((e) => e.payload)).toEqual([created]);
      expect(ofTask(seen['liaison@be.test'], 'task.changed').map((e) => e.payload)).toEqual([created]);
      expect(seen['member@ng.test'].filter((e) => !PRESENCE_EVENTS.includes(e.name))).toEqual([]);
      expect(seen['member@ng.test'].filter((e) => PRESENCE_EVENTS.includes(e.name)).every((e) => e.payload.operationId === coastalId)).toBe(true);
    });

    step('a status change through node A reaches the watcher on node B, and the coordinator as a notification', async () => {
      const res = await gql(A().url, UPDATE, { input: { taskId, status: 'IN_PROGRESS', expectedVersion: 1 } }, token['liaison@ro.test']);
      expect(res.data?.updateTaskStatus).toEqual({ id: taskId, status: 'IN_PROGRESS', version: 2 });
      await waitFor(() => ofTask(seen['liaison@be.test'], 'task.changed').length === 2, 10000, 'STATUS_CHANGED on B');
      await waitFor(() => ofTask(seen['coordinator@nl.test'], 'notification').length === 1, 10000, 'coordinator notification on A');
      await sleep(GRACE_MS);
      expect(ofTask(seen['liaison@be.test'], 'task.changed').map((e) => e.payload.change)).toEqual(['CREATED', 'STATUS_CHANGED']);
      expect(ofTask(seen['coordinator@nl.test'], 'task.changed').map((e) => e.payload.change)).toEqual(['CREATED', 'STATUS_CHANGED']);
      expect(ofTask(seen['coordinator@nl.test'], 'notification').map((e) => e.payload.type)).toEqual(['TASK_STATUS_CHANGED']);
      expect(seen['member@ng.test'].filter((e) => !PRESENCE_EVENTS.includes(e.name))).toEqual([]);
    });

    step('a logout through node B disconnects that session’s socket on node A (session.revoked first), and only that one', async () => {
      const res = await gql(B().url, 'mutation { logout }', {}, token['liaison@ro.test']);
      expect(res.data).toEqual({ logout: true });
      await waitFor(() => seen['liaison@ro.test'].some((e) => e.name === 'disconnect'), 10000, 'disconnect on A');
      expect(seen['liaison@ro.test'].filter((e) => e.name === 'session.revoked' || e.name === 'disconnect')).toEqual([
        { name: 'session.revoked', payload: { reason: 'ENDED' } },
        { name: 'disconnect', payload: 'io server disconnect' },
      ]);
      await sleep(GRACE_MS);
      for (const email of ['coordinator@nl.test', 'member@ng.test', 'liaison@be.test']) expect(socket[email].connected).toBe(true);
    });

    step('after the server cuts the adapters’ connections (a restart), the nodes reconnect and events flow again', async () => {
      const cut = await wire!.cut();
      expect(cut).toBeGreaterThanOrEqual(adapter === 'postgres' ? 2 : 6); // per node: LISTEN + sender, or publisher + reader + subscriber
      await sleep(200);
      await wire!.clusterReady(2);
      const res = await gql(B().url, UPDATE, { input: { taskId, status: 'BLOCKED', expectedVersion: 2 } }, token['coordinator@nl.test']);
      expect(res.data?.updateTaskStatus).toEqual({ id: taskId, status: 'BLOCKED', version: 3 });
      await waitFor(() => ofTask(seen['coordinator@nl.test'], 'task.changed').length === 3, 15000, 'STATUS_CHANGED on A after the cut');
      expect(ofTask(seen['coordinator@nl.test'], 'task.changed').at(-1)!.payload).toMatchObject({ change: 'STATUS_CHANGED', status: 'BLOCKED', version: 3 });
    });

    step(`cluster messages stay well under PostgreSQL's ${NOTIFY_LIMIT}-byte NOTIFY limit and carry no bearer token`, async () => {
      await wire!.collect();
      const messages = wire!.messages;
      expect(messages.length).toBeGreaterThan(5);
      if (adapter === 'postgres') {
        // the observation is real: broadcasts (3) and answers to fetchSockets (8) went through NOTIFY
        expect(messages.some((m) => m.type === 3)).toBe(true);
        expect(messages.some((m) => m.type === 8)).toBe(true);
      }
      const largest = Math.max(...messages.map((m) => m.bytes));
      expect(largest).toBeLessThan(NOTIFY_LIMIT / 2);
      expect(await wire!.attachments()).toBe(0);
      for (const t of Object.values(token)) expect(messages.filter((m) => m.raw.includes(t))).toEqual([]);
    });
  });
}

if (!existsSync(MAIN)) {
  throw new Error(`${MAIN} is missing: build the API first (npx nx run api:build; npm test does it)`);
}

describe('multi-node, PostgreSQL adapter (no REDIS_URL)', () => multiNodeSuite('postgres'));

const redisUp = redisAnswers(TEST_REDIS_URL);
if (!redisUp) {
  console.warn(`multi-node Redis Streams tests skipped: no Redis answers at ${TEST_REDIS_URL} (set TEST_REDIS_URL)`);
}
(redisUp ? describe : describe.skip)(`multi-node, Redis Streams adapter (REDIS_URL=${TEST_REDIS_URL})`, () => multiNodeSuite('redis-streams'));
