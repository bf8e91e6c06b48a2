// Real-time benchmark (`npm run bench:realtime` = `npx nx run tests:bench-realtime`, which builds the API
// first). Not part of the test suite. See tests/load/README.md for what is measured and how.
//
// 1. Starts the built API (dist/api/apps/api/src/main.js) on a free port with a fresh temporary
//    TASKFORCE_DATA_DIR (it starts its own embedded PostgreSQL there and loads the demo task force), and a
//    bare socket.io server (bare-socketio-server.mjs) as the baseline, both as child processes.
// 2. For each server (API, then baseline) from this one client process: opens BENCH_CLIENTS (1,000)
//    socket.io-client connections (websocket transport, in batches) spread round-robin over all 14 demo users,
//    has every socket send `operation:watch` for Joint Operation Danube Route (participants expect ok: true,
//    the others ok: false). Then BENCH_WARMUP + BENCH_MUTATIONS rounds, the two servers' rounds interleaved:
//    `createTask` as coordinator@demo.test against the API, `POST /trigger` with the same audience against the
//    baseline. Assignees alternate between RO-DIOC and the other participating agencies.
// 3. Latency of a delivery = its receipt on the client − arrival of the HTTP response of the request that
//    caused it (for the API, the transaction has committed by then). Lost / duplicated / leaked are counted
//    against entitlements computed here from the demo roster (a copy of libs/api/setup/src/lib/demo-data.ts,
//    checked against what the API reports at login). Server memory per connection = growth of the server's
//    VmRSS (after a forced GC) from before connecting to after all sockets are connected and watching.
// 4. Writes tests/load/results/realtime.json and prints a table and whether the target was met
//    (p99 ≤ 2 × baseline p99, lost 0, leaked 0). Exits non-zero only when the benchmark itself fails.
// BENCH_EVENT=message (`npm run bench:messages`) measures channel messages instead: see message-mode.mjs.
import { spawn } from 'node:child_process';
import { createHmac, createSecretKey, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { io } from 'socket.io-client';
import { freePort } from '../support/node-helpers.mjs';
import { startDatabase } from './bench-database.mjs';
import { audienceOf, MESSAGE_AUTHOR, MESSAGE_EVENT, messageMethod, messageTriggers } from './message-mode.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { intEnv, round2, summarize } from './stats.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const BARE_SERVER = join(HERE, 'bare-socketio-server.mjs');
const MEMORY_PROBE = pathToFileURL(join(HERE, 'memory-probe.mjs')).href;
const RESULTS_DIR = join(HERE, 'results');
/**
 * Two API nodes (BENCH_NODES=2, `npm run bench:realtime:cluster`) share one PostgreSQL and talk through the socket.io
 * cluster adapter the API picks (PostgreSQL LISTEN/NOTIFY, or Redis Streams with BENCH_REDIS_URL); sockets alternate
 * between the nodes, and the baseline is two bare socket.io servers on the same adapter.
 */
const NODES = intEnv('BENCH_NODES', 1, 1);
if (NODES > 2) throw new Error('BENCH_NODES must be 1 or 2');
const CLUSTER = NODES > 1;
const REDIS_URL = process.env.BENCH_REDIS_URL || null;
/** People added to the demo roster (BENCH_PEOPLE; the sockets then belong to them alone): members and liaison officers of every agency. */
const PEOPLE = intEnv('BENCH_PEOPLE', 0, 0);
/** What is measured: `task` (createTask → task.changed + notification, the default) or `message` (message-mode.mjs). */
const EVENT = process.env.BENCH_EVENT || 'task';
if (EVENT !== 'task' && EVENT !== 'message') throw new Error(`BENCH_EVENT must be task or message, got "${EVENT}"`);
const MESSAGES = EVENT === 'message';
const RESULT_NAME = `${MESSAGES ? 'messages' : 'realtime'}${CLUSTER ? '-cluster' : ''}`;
const RESULT_FILE = join(RESULTS_DIR, `${RESULT_NAME}.json`);
const API_LOG = join(RESULTS_DIR, `${RESULT_NAME}-api.log`); // gitignored (*.log)

const CLIENTS = intEnv('BENCH_CLIENTS', 1000, 1);
const MUTATIONS = intEnv('BENCH_MUTATIONS', 200, 1);
const WARMUP = intEnv('BENCH_WARMUP', 5, 0);
const CONNECT_BATCH = intEnv('BENCH_CONNECT_BATCH', 50, 1);
const HEALTH_TIMEOUT_MS = 90_000;
const CONNECT_TIMEOUT_MS = 20_000;
const ACK_TIMEOUT_MS = 20_000;
/** How long one round waits for all its expected deliveries before triggering the next. */
const ROUND_TIMEOUT_MS = 2_000;
/** Deliveries not received this long after the last trigger's response are lost. */
const FINAL_TIMEOUT_MS = 10_000;
/** Quiet time after the last expected delivery, to catch late duplicates and leaks. */
const SETTLE_MS = 1_000;
/** Pause between rounds. */
const GAP_MS = 20;
/** Wait after connecting / disconnecting before reading memory. */
const MEMORY_SETTLE_MS = 2_000;

// ---------------------------------------------------------------------------------------------------------
// The demo roster (copied from libs/api/setup/src/lib/demo-data.ts; checked against the API at login).
// ---------------------------------------------------------------------------------------------------------
const PASSWORD = 'demo-pass-2026';
const DANUBE_NAME = 'Joint Operation Danube Route';
const DANUBE_AGENCIES = ['NL-POL', 'RO-DIOC', 'BE-SIS', 'ES-BIP', 'SPF', 'Europol', 'IOM'];
const USERS = [
  { email: 'coordinator@demo.test', agency: 'NL-POL', roles: ['COORDINATOR'] },
  { email: 'member@demo.test', agency: 'NL-POL', roles: ['MEMBER'] },
  { email: 'liaison@demo.test', agency: 'RO-DIOC', roles: ['LIAISON_OFFICER'] },
  { email: 'ro-member@demo.test', agency: 'RO-DIOC', roles: ['MEMBER'] },
  { email: 'ro-admin@demo.test', agency: 'RO-DIOC', roles: ['AGENCY_ADMIN'] },
  { email: 'be-liaison@demo.test', agency: 'BE-SIS', roles: ['LIAISON_OFFICER'] },
  { email: 'es-liaison@demo.test', agency: 'ES-BIP', roles: ['LIAISON_OFFICER'] },
  { email: 'ngo-liaison@demo.test', agency: 'SPF', roles: ['LIAISON_OFFICER'] },
  { email: 'iom-liaison@demo.test', agency: 'IOM', roles: ['LIAISON_OFFICER'] },
  { email: 'analyst@demo.test', agency: 'Europol', roles: ['ANALYST', 'LIAISON_OFFICER'] },
  { email: 'outsider@demo.test', agency: 'NG-NATA', roles: ['MEMBER'] },
  { email: 'th-coordinator@demo.test', agency: 'TH-AHTD', roles: ['COORDINATOR', 'LIAISON_OFFICER'] },
  { email: 'port-liaison@demo.test', agency: 'RPSA', roles: ['LIAISON_OFFICER'] },
  { email: 'admin@demo.test', agency: 'JTF-SEC', roles: ['PLATFORM_ADMIN'] },
];
/** Everyone the entitlements are computed over: the demo roster, plus the BENCH_PEOPLE people once added. */
const ROSTER = [...USERS];
/** The people whose sockets the benchmark opens: the demo roster, or the added people alone when there are any. */
let socketUsers = USERS;
const ACTOR = 'coordinator@demo.test';
/** Round i assigns to RO-DIOC when i is even, otherwise to the next of these (all participate in Danube). */
const OTHER_ASSIGNEES = ['BE-SIS', 'ES-BIP', 'SPF', 'IOM', 'Europol', 'NL-POL'];

function assigneeOf(round) {
  return round % 2 === 0 ? 'RO-DIOC' : OTHER_ASSIGNEES[((round - 1) / 2) % OTHER_ASSIGNEES.length];
}

/** Who is sent a live `notification` when a task is assigned to `agency` (no person) by ACTOR. */
function notificationRecipients(agency) {
  return ROSTER.filter((u) => u.agency === agency && u.roles.includes('LIAISON_OFFICER') && u.email !== ACTOR).map((u) => u.email);
}

/** Whose sockets watching Danube receive `task.changed`: users of the participating agencies. */
function isDanubeParticipant(user) {
  return DANUBE_AGENCIES.includes(user.agency);
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** POSTs JSON; resolves with status, parsed body, and the send and full-response-arrival times (performance.now()). */
function postJson(baseUrl, path, body, headers = {}) {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(path, baseUrl),
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const respondedAt = performance.now();
          let json = null;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            // Not JSON: reported by the caller through `json === null`.
          }
          resolve({ status: res.statusCode, json, sentAt, respondedAt });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`POST ${path} timed out`)));
    const sentAt = performance.now();
    req.end(payload);
  });
}

async function gql(baseUrl, query, variables, token) {
  const res = await postJson(baseUrl, '/graphql', { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  if (res.status !== 200 || !res.json?.data || res.json.errors?.length) {
    throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(res.json?.errors ?? res.json)}`);
  }
  return res;
}

/** VmRSS of a process, in bytes, from /proc/<pid>/status (null where /proc is not available). */
function vmRss(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Server child processes
// ---------------------------------------------------------------------------------------------------------
/**
 * Node flags of both servers: `--expose-gc` for the memory probe's forced GC; the young generation pinned at
 * 16 MiB per semi-space (what the API grows to by itself during start-up) so that the bare server's young
 * generation growing while the clients connect is not counted as memory per connection.
 */
const SERVER_NODE_FLAGS = ['--expose-gc', '--min-semi-space-size=16', '--max-semi-space-size=16'];

class ServerProcess {
  constructor(name, args, env, logStream) {
    this.name = name;
    this.recent = [];
    this.probeId = 0;
    this.pending = new Map();
    this.messageHandlers = new Set();
    this.child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', MEMORY_PROBE, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const remember = (chunk) => {
      logStream?.write(chunk);
      this.recent.push(...chunk.toString().split('\n'));
      this.recent.splice(0, Math.max(0, this.recent.length - 40));
    };
    this.child.stdout.on('data', remember);
    this.child.stderr.on('data', remember);
    this.child.on('message', (message) => {
      if (message?.type === 'memory-probe') {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      }
      for (const handler of this.messageHandlers) handler(message);
    });
  }

  get pid() {
    return this.child.pid;
  }

  get exited() {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  logTail() {
    return this.recent.join('\n');
  }

  /** Forces a full GC in the server (memory-probe.mjs), then reads its VmRSS; heap figures from the probe. */
  async memory() {
    const id = ++this.probeId;
    const answer = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: no answer from the memory probe`));
      }, 10_000);
      this.pending.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      this.child.send({ type: 'memory-probe', id });
    });
    await sleep(200);
    const rss = vmRss(this.pid) ?? answer.usage.rss;
    if (process.env.BENCH_DEBUG_MEMORY) console.log(`[${this.name}] memory`, rss, JSON.stringify(answer.usage), JSON.stringify(answer.spaces));
    return { rss, heapUsed: answer.usage.heapUsed, external: answer.usage.external, gc: answer.gc };
  }

  /** SIGTERM (the API then stops its embedded PostgreSQL), SIGKILL after 20 s. */
  async stop() {
    if (this.exited) return;
    const exited = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 20_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    this.child.kill('SIGTERM');
    if (!(await exited) && !this.exited) {
      this.child.kill('SIGKILL');
      await new Promise((resolve) => (this.exited ? resolve() : this.child.once('exit', resolve)));
    }
  }
}

/** The summed memory readings of one or more server processes (each after its own forced GC). */
async function memoryOf(servers) {
  const readings = await Promise.all(servers.map((server) => server.memory()));
  const sum = (key) => readings.reduce((total, reading) => total + reading[key], 0);
  return { rss: sum('rss'), heapUsed: sum('heapUsed'), external: sum('external'), gc: readings.every((reading) => reading.gc) };
}

/**
 * Starts one API node. Alone: on a fresh embedded PostgreSQL of its own in `dataDir` (never a DATABASE_URL from the
 * caller's environment). In a cluster (`shared` = { databaseUrl, secrets }): on the shared database, with the secrets
 * every node must share, and `name` in its log lines.
 */
async function startApi(dataDir, logStream, shared = null, name = 'API') {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    TASKFORCE_DATA_DIR: dataDir,
    NODE_ENV: 'development',
    DEMO_DATA: 'true',
    // One login per account is all the benchmark needs; the default limits (10 a minute per address and e-mail,
    // 1,000 a minute per node) would refuse the thousands of logins of the added people from one address.
    LOGIN_RATE_LIMIT: '100000',
    LOGIN_ADDRESS_RATE_LIMIT: '100000',
    LOGIN_GLOBAL_RATE_LIMIT: '100000',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  if (shared) Object.assign(env, { DATABASE_URL: shared.databaseUrl, ...shared.secrets, ...(REDIS_URL ? { REDIS_URL } : {}) });
  const prefixed = shared && logStream ? { write: (chunk) => logStream.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `)) } : logStream;
  const api = new ServerProcess(name, [API_MAIN], env, prefixed);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.exited) throw new Error(`The API exited during start-up (code ${api.child.exitCode ?? api.child.signalCode}):\n${api.logTail()}`);
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { api, baseUrl };
    } catch {
      // Not listening yet.
    }
    await sleep(300);
  }
  await api.stop();
  throw new Error(`GET ${baseUrl}/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${api.logTail()}`);
}

async function startBare(operationId, cluster = null, name = 'bare socket.io') {
  const watchers = ROSTER.filter(isDanubeParticipant).map((u) => u.email);
  const bare = new ServerProcess(name, [BARE_SERVER], { ...process.env, BARE_CONFIG: JSON.stringify({ operationId, watchers, ...(cluster ?? {}) }) }, null);
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bare socket.io server did not start:\n${bare.logTail()}`)), 15_000);
    bare.messageHandlers.add((message) => {
      if (message?.type === 'listening') {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
    bare.child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bare socket.io server exited (${code}):\n${bare.logTail()}`));
    });
  });
  return { bare, baseUrl: `http://127.0.0.1:${port}` };
}

// ---------------------------------------------------------------------------------------------------------
// Clients and deliveries
// ---------------------------------------------------------------------------------------------------------
const KIND_TASK = 0;
const KIND_NOTIFICATION = 1;
const KIND_MESSAGE = 2;
/** The events recorder.delivery() counts; any other is recorder.other(). */
const COUNTED_EVENTS = MESSAGES ? [MESSAGE_EVENT] : ['task.changed', 'notification'];

/** Everything the clients of one phase receive, timestamped on arrival. */
class Recorder {
  constructor(operationId) {
    this.operationId = operationId;
    this.times = [];
    this.clientIdx = [];
    this.kinds = [];
    /** What each delivery is about: the task id, or the message id. */
    this.keys = [];
    this.perKey = new Map();
    this.total = 0;
    this.waiters = new Set();
    this.otherEvents = {};
    this.otherLeaked = 0;
  }

  delivery(t, client, kind, key) {
    this.times.push(t);
    this.clientIdx.push(client);
    this.kinds.push(kind);
    this.keys.push(key);
    this.perKey.set(key, (this.perKey.get(key) ?? 0) + 1);
    this.total++;
    for (const waiter of this.waiters) waiter();
  }

  /** Any other server event: counted by name; a leak when it names Danube and the client may not see Danube. */
  other(name, client, payload, entitledToDanube) {
    this.otherEvents[name] = (this.otherEvents[name] ?? 0) + 1;
    if (!entitledToDanube && payload && typeof payload === 'object' && payload.operationId === this.operationId) this.otherLeaked++;
  }

  /** Resolves true once `predicate` holds (checked on every delivery), false after `timeoutMs`. */
  waitFor(predicate, timeoutMs) {
    return new Promise((resolve) => {
      if (predicate()) return resolve(true);
      const waiter = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(predicate());
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}

function openSocket(baseUrl, auth, autoConnect = true) {
  return io(baseUrl, { auth, transports: ['websocket'], reconnection: false, forceNew: true, autoConnect, timeout: CONNECT_TIMEOUT_MS });
}

function whenConnected(socket) {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', resolve);
    socket.once('connect_error', (err) => reject(new Error(`socket connect_error: ${err.message}`)));
  });
}

/** Runs `fn` over `items` CONNECT_BATCH at a time. */
async function inBatches(items, fn) {
  for (let i = 0; i < items.length; i += CONNECT_BATCH) await Promise.all(items.slice(i, i + CONNECT_BATCH).map((item, j) => fn(item, i + j)));
}

/**
 * Adds `count` people to the database the API nodes share, spread round-robin over every agency: every fifth one a
 * liaison officer, the others members; all with the demo password (its hash copied from member@demo.test). Returns
 * them as roster entries ({ email, agency, roles }).
 */
async function addPeople(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const agencies = (await client.query('SELECT acronym FROM agencies ORDER BY acronym')).rows.map((row) => row.acronym);
    const people = Array.from({ length: count }, (_, j) => ({
      email: `bench-person-${j + 1}@bench.test`,
      agency: agencies[j % agencies.length],
      roles: j % 5 === 0 ? ['LIAISON_OFFICER'] : ['MEMBER'],
    }));
    const inserted = await client.query(
      `INSERT INTO users (email, display_name, password_hash, agency_id, roles)
       SELECT p.email, 'Benchmark person ' || p.email, t.password_hash, a.id, p.roles::user_role[]
         FROM json_to_recordset($1::json) AS p(email text, agency text, roles text[])
         JOIN agencies a ON a.acronym = p.agency
        CROSS JOIN (SELECT password_hash FROM users WHERE email = 'member@demo.test') t`,
      [JSON.stringify(people)],
    );
    if (inserted.rowCount !== count) throw new Error(`added ${inserted.rowCount} of ${count} people`);
    return people;
  } finally {
    await client.end();
  }
}

/** Lifetime of an access token, as the API's default ACCESS_TOKEN_TTL_SECONDS. */
const ACCESS_TOKEN_TTL_SECONDS = 900;

/**
 * Opens a session for each person as `login` would (AuthService.openSession: a `sessions` row with a hashed random
 * refresh token, expiring after 7 days, activity and re-authentication now) and signs its access token as the API does
 * (HS256, `{ sub, sid, iat, exp }`, with the JWT_SECRET the nodes were given). Returns email → access token.
 */
async function openSessions(databaseUrl, people, jwtSecret) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (
      await client.query(
        `INSERT INTO sessions (user_id, refresh_token_hash, previous_refresh_token_hash, expires_at, revoked_at, reauthenticated_at, last_seen_at)
         SELECT u.id, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), NULL, now() + interval '7 days', NULL, now(), now()
           FROM users u WHERE u.email = ANY($1::text[])
         RETURNING id, user_id`,
        [people.map((p) => p.email)],
      )
    ).rows;
    if (rows.length !== people.length) throw new Error(`opened ${rows.length} sessions for ${people.length} people`);
    const emails = new Map((await client.query('SELECT id, email FROM users WHERE email = ANY($1::text[])', [people.map((p) => p.email)])).rows.map((r) => [r.id, r.email]));
    const key = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
    const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = b64({ alg: 'HS256', typ: 'JWT' });
    const iat = Math.floor(Date.now() / 1000);
    return Object.fromEntries(
      rows.map(({ id, user_id: userId }) => {
        const body = `${header}.${b64({ sub: userId, sid: id, iat, exp: iat + ACCESS_TOKEN_TTL_SECONDS })}`;
        return [emails.get(userId), `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`];
      }),
    );
  } finally {
    await client.end();
  }
}

/**
 * Connects BENCH_CLIENTS sockets to one server, has them watch Danube (task mode), and reads the server's memory before
 * and after. `target` = { name, baseUrl, server: ServerProcess, authFor(user), trigger(round, agency) →
 * { key (task or message id), sentAt, respondedAt } }. Returns the phase state used by runRound() and finishPhase().
 */
async function connectPhase(target, operationId) {
  const log = (msg) => console.log(`[${target.name}] ${msg}`);

  // Warm each server's connection path (lazy modules, JIT) before the memory baseline: one socket per user (the first
  // 14 socket users), spread over the nodes.
  const warm = socketUsers.slice(0, Math.max(USERS.length, target.baseUrls.length)).map((user, j) => openSocket(target.baseUrls[j % target.baseUrls.length], target.authFor(user)));
  await Promise.all(warm.map(whenConnected));
  if (!MESSAGES) await Promise.all(warm.map((s) => s.timeout(ACK_TIMEOUT_MS).emitWithAck('operation:watch', { operationId })));
  warm.forEach((s) => s.close());
  await sleep(MEMORY_SETTLE_MS);
  const memBefore = await memoryOf(target.servers);

  const phase = { target, log, recorder: new Recorder(operationId), clients: [], rounds: [], closing: false, disconnects: 0, disconnectReasons: {}, memBefore };
  for (let i = 0; i < CLIENTS; i++) {
    const user = socketUsers[i % socketUsers.length];
    const participant = isDanubeParticipant(user);
    const socket = openSocket(target.baseUrls[i % target.baseUrls.length], target.authFor(user), false);
    const { recorder } = phase;
    if (MESSAGES) {
      socket.on(MESSAGE_EVENT, (payload) => recorder.delivery(performance.now(), i, KIND_MESSAGE, payload?.id));
    } else {
      socket.on('task.changed', (payload) => recorder.delivery(performance.now(), i, KIND_TASK, payload?.taskId));
      socket.on('notification', (payload) => recorder.delivery(performance.now(), i, KIND_NOTIFICATION, payload?.taskId));
    }
    socket.onAny((name, payload) => {
      if (!COUNTED_EVENTS.includes(name)) recorder.other(name, i, payload, participant);
    });
    socket.on('disconnect', (reason) => {
      if (phase.closing) return;
      phase.disconnects++;
      phase.disconnectReasons[reason] = (phase.disconnectReasons[reason] ?? 0) + 1;
    });
    phase.clients.push({ i, user, participant, socket, watchOk: null });
  }

  const connectStart = performance.now();
  // Connect CONNECT_BATCH sockets at a time (no thundering herd on the handshake, which checks the token).
  await inBatches(phase.clients, (c) => {
    c.socket.connect();
    return whenConnected(c.socket);
  });
  phase.connectMs = performance.now() - connectStart;
  log(`${CLIENTS} sockets connected in ${(phase.connectMs / 1000).toFixed(1)} s`);

  const { clients } = phase;
  // Channel messages go to every socket of the participating agencies' people: nobody watches.
  if (!MESSAGES) {
    const watchStart = performance.now();
    await inBatches(clients, async (c) => {
      const ack = await c.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('operation:watch', { operationId });
      c.watchOk = ack?.ok === true;
    });
    phase.watchMs = performance.now() - watchStart;
    phase.watch = {
      participantsAllowed: clients.filter((c) => c.participant && c.watchOk).length,
      participantsRefused: clients.filter((c) => c.participant && !c.watchOk).length,
      nonParticipantsRefused: clients.filter((c) => !c.participant && !c.watchOk).length,
      nonParticipantsAllowed: clients.filter((c) => !c.participant && c.watchOk).length,
    };
    log(`operation:watch answered in ${(phase.watchMs / 1000).toFixed(1)} s: ${JSON.stringify(phase.watch)}`);
  }

  await sleep(MEMORY_SETTLE_MS);
  phase.memConnected = await memoryOf(target.servers);
  // task.changed (every participant's socket watches) and operation.message both go to every participant's socket.
  phase.expectedToParticipants = clients.filter((c) => c.participant).length;
  return phase;
}

/** One round: trigger, then wait for the round's expected deliveries (at most ROUND_TIMEOUT_MS). */
async function runRound(phase, r) {
  const agency = MESSAGES ? null : assigneeOf(r);
  const recipients = new Set(MESSAGES ? [] : notificationRecipients(agency));
  const expected = phase.expectedToParticipants + phase.clients.filter((c) => recipients.has(c.user.email)).length;
  const { key, sentAt, respondedAt } = await phase.target.trigger(r, agency);
  phase.rounds.push({ r, warmup: r < WARMUP, agency, recipients, expected, key, sentAt, respondedAt });
  await phase.recorder.waitFor(() => (phase.recorder.perKey.get(key) ?? 0) >= expected, ROUND_TIMEOUT_MS);
}

/** Waits for stragglers, closes the sockets, reads the memory once more and analyses the deliveries. */
async function finishPhase(phase) {
  const { target, recorder, clients, rounds, log } = phase;
  const totalExpected = rounds.reduce((sum, round) => sum + round.expected, 0);
  await recorder.waitFor(() => recorder.total >= totalExpected, FINAL_TIMEOUT_MS);
  await sleep(SETTLE_MS);

  phase.closing = true;
  clients.forEach((c) => c.socket.close());
  await sleep(MEMORY_SETTLE_MS);
  const memClosed = await memoryOf(target.servers);
  const { memBefore, memConnected } = phase;

  const roundByKey = new Map(rounds.map((round) => [round.key, round]));
  const seen = new Set();
  const received = new Map(rounds.map((round) => [round.key, 0]));
  const lastReceipt = new Map();
  const latencies = [];
  const latenciesByKind = [[], [], []];
  const sendToReceipt = [];
  let duplicated = 0;
  let leaked = recorder.otherLeaked;
  let unexpected = 0;
  let beforeResponse = 0;
  for (let k = 0; k < recorder.total; k++) {
    const round = roundByKey.get(recorder.keys[k]);
    if (!round) {
      unexpected++;
      continue;
    }
    const client = clients[recorder.clientIdx[k]];
    const kind = recorder.kinds[k];
    const entitled = kind === KIND_NOTIFICATION ? round.recipients.has(client.user.email) : client.participant;
    if (!entitled) {
      leaked++;
      continue;
    }
    const delivery = `${client.i}:${kind}:${round.key}`;
    if (seen.has(delivery)) {
      duplicated++;
      continue;
    }
    seen.add(delivery);
    received.set(round.key, received.get(round.key) + 1);
    lastReceipt.set(round.key, Math.max(lastReceipt.get(round.key) ?? -Infinity, recorder.times[k]));
    if (round.warmup) continue;
    const latency = recorder.times[k] - round.respondedAt;
    if (latency < 0) beforeResponse++;
    latencies.push(latency);
    latenciesByKind[kind].push(latency);
    sendToReceipt.push(recorder.times[k] - round.sentAt);
  }
  const lost = rounds.reduce((sum, round) => sum + (round.expected - received.get(round.key)), 0);
  const measured = rounds.filter((round) => !round.warmup);
  const complete = measured.filter((round) => received.get(round.key) === round.expected);
  const stats = summarize(latencies);
  const result = {
    clients: CLIENTS,
    connectSeconds: round2(phase.connectMs / 1000),
    ...(MESSAGES ? {} : { watchSeconds: round2(phase.watchMs / 1000), watch: phase.watch }),
    rounds: rounds.length,
    measuredRounds: measured.length,
    expectedDeliveries: totalExpected,
    measuredDeliveries: latencies.length,
    p50Ms: stats.p50,
    p90Ms: stats.p90,
    p99Ms: stats.p99,
    maxMs: stats.max,
    minMs: stats.min,
    meanMs: stats.mean,
    deliveredBeforeResponse: beforeResponse,
    ...(MESSAGES ? {} : { taskChangedLatencyMs: summarize(latenciesByKind[KIND_TASK]), notificationLatencyMs: summarize(latenciesByKind[KIND_NOTIFICATION]) }),
    roundCompletionMs: summarize(complete.map((round) => lastReceipt.get(round.key) - round.respondedAt)),
    sendToReceiptMs: summarize(sendToReceipt),
    requestMs: summarize(measured.map((round) => round.respondedAt - round.sentAt)),
    lost,
    duplicated,
    leaked,
    unexpected,
    disconnects: phase.disconnects,
    disconnectReasons: phase.disconnectReasons,
    otherEvents: recorder.otherEvents,
    rssBeforeBytes: memBefore.rss,
    rssConnectedBytes: memConnected.rss,
    rssAfterDisconnectBytes: memClosed.rss,
    bytesPerConnection: Math.round((memConnected.rss - memBefore.rss) / CLIENTS),
    heapBytesPerConnection: Math.round((memConnected.heapUsed + memConnected.external - memBefore.heapUsed - memBefore.external) / CLIENTS),
    heapRetainedAfterDisconnectBytes: memClosed.heapUsed + memClosed.external - memBefore.heapUsed - memBefore.external,
    gcForced: memBefore.gc && memConnected.gc,
  };
  log(`p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms; lost ${lost}, duplicated ${duplicated}, leaked ${leaked}; ${result.bytesPerConnection} B/connection`);
  return result;
}

/** This process's limit on open files (`ulimit -n`), from /proc/self/limits; null when unknown. */
function openFilesLimit() {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft && /^\d+$/.test(soft) ? Number(soft) : null;
  } catch {
    return null;
  }
}

/** File descriptors the client process needs besides its sockets (child processes' pipes, log, database, HTTP). */
const FD_MARGIN = 256;
const FD_LIMIT = openFilesLimit();
/**
 * Whether both servers' sockets can be open at once in this process (each is a file descriptor): when not, the two
 * servers are measured one after the other (`interleaved: false` in the results).
 */
const INTERLEAVED = FD_LIMIT === null || 2 * CLIENTS + FD_MARGIN <= FD_LIMIT;

/**
 * Connects both servers' clients (API first), then runs the rounds interleaved — API and baseline round r one
 * after the other, in alternating order — so that whatever else the machine is doing hits both alike. When this
 * process may not open enough files for both sets of sockets (INTERLEAVED false), the API's rounds run first with its
 * sockets, which are closed, then the baseline's.
 */
async function runBoth(apiTarget, bareTarget, operationId) {
  if (!INTERLEAVED) {
    console.log(`Open-file limit ${FD_LIMIT} < 2 × ${CLIENTS} sockets + ${FD_MARGIN}: the API and the baseline are measured one after the other, not interleaved`);
    const results = [];
    for (const target of [apiTarget, bareTarget]) {
      const phase = await connectPhase(target, operationId);
      const start = performance.now();
      for (let r = 0; r < WARMUP + MUTATIONS; r++) {
        await runRound(phase, r);
        await sleep(GAP_MS);
      }
      console.log(`[${target.name}] ${WARMUP + MUTATIONS} rounds in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      results.push(await finishPhase(phase));
    }
    return { apiResult: results[0], bareResult: results[1] };
  }
  const api = await connectPhase(apiTarget, operationId);
  const bare = await connectPhase(bareTarget, operationId);
  const start = performance.now();
  for (let r = 0; r < WARMUP + MUTATIONS; r++) {
    for (const phase of r % 2 === 0 ? [api, bare] : [bare, api]) {
      await runRound(phase, r);
      await sleep(GAP_MS);
    }
  }
  console.log(`${WARMUP + MUTATIONS} rounds on each server in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return { apiResult: await finishPhase(api), bareResult: await finishPhase(bare) };
}

// ---------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------
const cleanups = [];

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
    }
  }
}

async function main() {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${relative(ROOT, API_MAIN)} is missing: build it with \`npx nx run api:build\` (or run \`npm run bench:realtime\`).`);
  }
  requireWritableState();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const started = performance.now();
  const loadAtStart = os.loadavg().map(round2);

  const dataDir = mkdtempSync(join(os.tmpdir(), 'taskforce-bench-'));
  // mkdtemp makes the folder 0700; running as root, the embedded PostgreSQL runs as the `postgres` OS user and
  // must be able to reach its data directory inside it.
  chmodSync(dataDir, 0o755);
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const logStream = createWriteStream(API_LOG);
  cleanups.push(() => new Promise((resolve) => logStream.end(resolve)));

  // Alone: the API starts its own embedded PostgreSQL. In a cluster: one database (embedded, or a fresh one on
  // DATABASE_URL's server) for every node; the first node migrates it and loads the demo, then the second starts.
  let database = null;
  let shared = null;
  if (CLUSTER || PEOPLE > 0) {
    database = await startDatabase();
    cleanups.push(() => database.stop());
    shared = {
      databaseUrl: database.url,
      secrets: { JWT_SECRET: randomBytes(32).toString('hex'), LEAD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, MATCHING_KEY: `m1:${randomBytes(32).toString('base64')}` },
    };
    console.log(`Starting ${NODES} API nodes on ${database.kind}, socket.io adapter ${REDIS_URL ? `Redis Streams (${REDIS_URL})` : 'PostgreSQL'} (log in ${relative(ROOT, API_LOG)})…`);
  } else {
    console.log(`Starting the built API on a fresh embedded PostgreSQL (data in ${dataDir}; log in ${relative(ROOT, API_LOG)})…`);
  }
  const apis = [];
  for (let n = 0; n < NODES; n++) {
    const nodeDir = CLUSTER ? join(dataDir, `node-${n + 1}`) : dataDir;
    mkdirSync(nodeDir, { recursive: true });
    const node = await startApi(nodeDir, logStream, shared, CLUSTER ? `API-${n + 1}` : 'API');
    cleanups.push(() => node.api.stop());
    apis.push(node);
  }
  const baseUrl = apis[0].baseUrl;
  console.log(`API up at ${apis.map((a) => a.baseUrl).join(', ')} after ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // One login per demo account; check the roster against what the API says.
  const login = async (url, email) => {
    const res = await gql(url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { id email roles agency { id acronym } } } }', { input: { email, password: PASSWORD } });
    return res.json.data.login;
  };
  const tokens = {};
  const accounts = {};
  for (const user of USERS) {
    const { accessToken, user: me } = await login(baseUrl, user.email);
    accounts[user.email] = me;
    if (me.agency.acronym !== user.agency || [...me.roles].sort().join() !== [...user.roles].sort().join()) {
      throw new Error(`demo roster out of date: the API says ${user.email} is ${me.roles.join('+')} of ${me.agency.acronym}; update USERS in ${relative(ROOT, fileURLToPath(import.meta.url))}`);
    }
    tokens[user.email] = accessToken;
  }
  if (PEOPLE > 0) {
    const added = await addPeople(database?.url ?? null, PEOPLE);
    ROSTER.push(...added);
    socketUsers = added;
    // Each person gets a session as `login` opens one (a row in `sessions`, an HS256 access token naming it, signed
    // with the run's JWT_SECRET), made here in one statement: thousands of logins would mostly measure password
    // hashing, which is not what this benchmark is about (the demo accounts above still sign in through `login`).
    const loginStart = performance.now();
    Object.assign(tokens, await openSessions(database.url, added, shared.secrets.JWT_SECRET));
    console.log(`${PEOPLE} people added and given sessions in ${((performance.now() - loginStart) / 1000).toFixed(1)} s`);
  }
  const ops = await gql(baseUrl, '{ operations { id name participatingAgencies { id acronym } } }', {}, tokens[ACTOR]);
  const danube = ops.json.data.operations.find((o) => o.name === DANUBE_NAME);
  if (!danube) throw new Error(`${ACTOR} does not see "${DANUBE_NAME}"`);
  const participants = danube.participatingAgencies.map((a) => a.acronym).sort();
  if (participants.join() !== [...DANUBE_AGENCIES].sort().join()) {
    throw new Error(`demo roster out of date: Danube participants are ${participants.join(', ')}; update DANUBE_AGENCIES`);
  }
  const agencyId = Object.fromEntries(danube.participatingAgencies.map((a) => [a.acronym, a.id]));
  if (MESSAGES && !participants.includes(accounts[MESSAGE_AUTHOR].agency.acronym)) throw new Error(`${MESSAGE_AUTHOR}'s agency does not take part in Danube: the messages need an author who does`);

  // The baseline: as many bare socket.io servers as API nodes, on the same adapter as the API's.
  const bares = [];
  for (let n = 0; n < NODES; n++) {
    const cluster = CLUSTER ? (REDIS_URL ? { redisUrl: REDIS_URL, redisPrefix: `bench-bare-${randomBytes(4).toString('hex')}` } : { databaseUrl: database.url }) : null;
    const node = await startBare(danube.id, cluster, CLUSTER ? `bare socket.io ${n + 1}` : 'bare socket.io');
    cleanups.push(() => node.bare.stop());
    bares.push(node);
  }
  const bareUrl = bares[0].baseUrl;

  const createTask = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id status version } }`;
  const messages = MESSAGES
    ? messageTriggers({ gql, postJson, apiUrl: baseUrl, bareUrl, operationId: danube.id, token: tokens[MESSAGE_AUTHOR], author: accounts[MESSAGE_AUTHOR], agencies: DANUBE_AGENCIES })
    : null;
  const apiTarget = {
    name: 'API',
    baseUrls: apis.map((a) => a.baseUrl),
    servers: apis.map((a) => a.api),
    authFor: (user) => ({ token: tokens[user.email] }),
    async trigger(round, agency) {
      if (messages) return messages.api(round);
      const res = await gql(
        baseUrl,
        createTask,
        { input: { operationId: danube.id, title: `Benchmark task ${round + 1}`, assigneeAgencyId: agencyId[agency], pillar: 'PARTNERSHIP', priority: 'MEDIUM' } },
        tokens[ACTOR],
      );
      return { key: res.json.data.createTask.id, sentAt: res.sentAt, respondedAt: res.respondedAt };
    },
  };
  const bareTarget = {
    name: 'bare socket.io',
    baseUrls: bares.map((b) => b.baseUrl),
    servers: bares.map((b) => b.bare),
    authFor: (user) => (MESSAGES ? { user: user.email, agency: user.agency } : { user: user.email }),
    async trigger(round, agency) {
      if (messages) return messages.bare(round);
      const taskId = randomUUID();
      const res = await postJson(bareUrl, '/trigger', {
        operationId: danube.id,
        taskId,
        title: `Benchmark task ${round + 1}`,
        agency,
        recipients: notificationRecipients(agency),
      });
      if (res.status !== 200) throw new Error(`bare /trigger answered ${res.status}`);
      return { key: taskId, sentAt: res.sentAt, respondedAt: res.respondedAt };
    },
  };

  const { apiResult, bareResult } = await runBoth(apiTarget, bareTarget, danube.id);
  for (const { api: node } of apis) if (node.exited) throw new Error(`${node.name} exited during the run:\n${node.logTail()}`);


  const ratio = bareResult.p99Ms > 0 ? apiResult.p99Ms / bareResult.p99Ms : null;
  const target = {
    p99WithinTwiceBaseline: apiResult.p99Ms !== null && bareResult.p99Ms !== null && apiResult.p99Ms <= 2 * bareResult.p99Ms,
    zeroLost: apiResult.lost === 0,
    zeroLeaked: apiResult.leaked === 0,
  };
  target.met = target.p99WithinTwiceBaseline && target.zeroLost && target.zeroLeaked;
  // On several nodes the target is read on notifications (the deliveries that cross between nodes to a few people)
  // and on memory per connection as well.
  const notificationRatio = bareResult.notificationLatencyMs?.p99 > 0 ? apiResult.notificationLatencyMs.p99 / bareResult.notificationLatencyMs.p99 : null;
  const memoryRatio = bareResult.bytesPerConnection > 0 ? apiResult.bytesPerConnection / bareResult.bytesPerConnection : null;
  if (CLUSTER && !MESSAGES) {
    target.notificationP99WithinTwiceBaseline = notificationRatio !== null && notificationRatio <= 2;
    target.memoryWithinOneAndHalfBaseline = memoryRatio !== null && memoryRatio <= 1.5;
    target.met = target.notificationP99WithinTwiceBaseline && target.memoryWithinOneAndHalfBaseline && target.zeroLost && target.zeroLeaked;
  }

  const commonMethod = {
    usersConnected: socketUsers.length,
    socketsPerUser: round2(CLIENTS / socketUsers.length),
    addedPeople: PEOPLE > 0 ? `${PEOPLE} people added to the demo roster (SQL, the demo password), round-robin over every agency, every fifth a liaison officer, each given one session as the login mutation opens it (a sessions row and an HS256 access token, made by the script in SQL rather than through thousands of password checks); the sockets are theirs` : null,
    mutations: MUTATIONS,
    warmupMutations: WARMUP,
    connectBatch: CONNECT_BATCH,
  };
  const output = {
    nodes: NODES,
    interleaved: INTERLEAVED,
    openFilesLimit: FD_LIMIT,
    adapter: CLUSTER ? (REDIS_URL ? 'Redis Streams' : 'PostgreSQL') : null,
    database: database?.kind ?? 'embedded PostgreSQL started by the API',
    people: new Set(socketUsers.map((u) => u.email)).size,
    clients: CLIENTS,
    ...(MESSAGES ? audienceOf(socketUsers, CLIENTS, isDanubeParticipant) : {}),
    p50Ms: apiResult.p50Ms,
    p99Ms: apiResult.p99Ms,
    maxMs: apiResult.maxMs,
    lost: apiResult.lost,
    duplicated: apiResult.duplicated,
    leaked: apiResult.leaked,
    bytesPerConnection: apiResult.bytesPerConnection,
    baselineP50Ms: bareResult.p50Ms,
    baselineP99Ms: bareResult.p99Ms,
    baselineMaxMs: bareResult.maxMs,
    baselineLost: bareResult.lost,
    baselineDuplicated: bareResult.duplicated,
    baselineLeaked: bareResult.leaked,
    baselineBytesPerConnection: bareResult.bytesPerConnection,
    p99RatioToBaseline: round2(ratio),
    ...(MESSAGES
      ? {}
      : { notificationP99Ms: apiResult.notificationLatencyMs.p99, baselineNotificationP99Ms: bareResult.notificationLatencyMs.p99, notificationP99RatioToBaseline: round2(notificationRatio) }),
    bytesPerConnectionRatioToBaseline: round2(memoryRatio),
    target,
    method: MESSAGES ? messageMethod({ cluster: CLUSTER, nodes: NODES, finalTimeoutMs: FINAL_TIMEOUT_MS, ...commonMethod }) : {
      command: CLUSTER ? 'npm run bench:realtime:cluster' : 'npm run bench:realtime',
      nodes: CLUSTER
        ? `${NODES} API nodes on one database, sockets alternating between them (socket i to node i mod ${NODES}), mutations sent to node 1; the baseline is ${NODES} bare socket.io servers on the same adapter; memory per connection is the summed VmRSS growth of the nodes ÷ clients`
        : 'one API node',
      latency:
        'receipt on the client − arrival of the full HTTP response of the request that caused the delivery (API: the createTask GraphQL response, sent after the transaction committed; baseline: the /trigger response, sent after the broadcast); nearest-rank percentiles over every entitled first delivery of the measured rounds (task.changed and notification together)',
      entitlement:
        'task.changed: every socket of a user of an agency participating in Joint Operation Danube Route (all of them send operation:watch); notification: every socket of a liaison officer of the assignee agency other than the coordinator; computed from the demo roster in the script',
      lost: `expected deliveries (all rounds, warm-up included) not received ${FINAL_TIMEOUT_MS / 1000} s after the last trigger response`,
      duplicated: 'entitled deliveries received more than once by the same socket',
      leaked: 'deliveries to a socket that is not entitled to them (including any other event naming Danube sent to a non-participant)',
      memory:
        'growth of the server process VmRSS (/proc/<pid>/status, after a forced full GC; both servers run with the young generation pinned at 16 MiB per semi-space) from before connecting to after all sockets are connected and watching, divided by clients; heapBytesPerConnection is the same for V8 heapUsed + external; the embedded PostgreSQL is a separate process and not counted',
      ...commonMethod,
      assignees: 'alternately RO-DIOC and, in turn, BE-SIS, ES-BIP, SPF, IOM, Europol, NL-POL; no assignee person; priority MEDIUM',
    },
    environment: {
      generatedAt: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      totalMemoryMiB: Math.round(os.totalmem() / 1024 / 1024),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map(round2),
    },
    api: apiResult,
    baseline: bareResult,
    totalSeconds: null,
  };
  await cleanup();
  output.totalSeconds = round2((performance.now() - started) / 1000);

  writeResults(RESULT_FILE, output);

  const rows = [
    ['', 'API (NestJS)', 'bare socket.io'],
    ['clients', apiResult.clients, bareResult.clients],
    ['p50 ms', apiResult.p50Ms, bareResult.p50Ms],
    ['p99 ms', apiResult.p99Ms, bareResult.p99Ms],
    ...(MESSAGES ? [] : [['notification p99 ms', apiResult.notificationLatencyMs.p99, bareResult.notificationLatencyMs.p99]]),
    ['max ms', apiResult.maxMs, bareResult.maxMs],
    ['deliveries measured', apiResult.measuredDeliveries, bareResult.measuredDeliveries],
    ['lost', apiResult.lost, bareResult.lost],
    ['duplicated', apiResult.duplicated, bareResult.duplicated],
    ['leaked', apiResult.leaked, bareResult.leaked],
    ['bytes/connection (RSS)', apiResult.bytesPerConnection, bareResult.bytesPerConnection],
    ['heap bytes/connection', apiResult.heapBytesPerConnection, bareResult.heapBytesPerConnection],
  ];
  console.log('');
  for (const [label, a, b] of rows) console.log(`  ${String(label).padEnd(24)}${String(a).padStart(14)}${String(b).padStart(16)}`);
  console.log('');
  const yes = (ok) => (ok ? 'yes' : 'NO');
  const times = (r) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);
  console.log(
    CLUSTER && !MESSAGES
      ? `Target: notification p99 ≤ 2× baseline (${times(notificationRatio)}): ${yes(target.notificationP99WithinTwiceBaseline)}; memory/connection ≤ 1.5× baseline (${times(memoryRatio)}): ${yes(target.memoryWithinOneAndHalfBaseline)}; lost 0: ${yes(target.zeroLost)}; leaked 0: ${yes(target.zeroLeaked)} → ${target.met ? 'MET' : 'NOT MET'}`
      : `Target: p99 ≤ 2× baseline (${times(ratio)}): ${yes(target.p99WithinTwiceBaseline)}; lost 0: ${yes(target.zeroLost)}; leaked 0: ${yes(target.zeroLeaked)} → ${target.met ? 'MET' : 'NOT MET'}`,
  );
  console.log(`Wrote ${relative(ROOT, RESULT_FILE)} (${output.totalSeconds} s).`);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the servers…`);
    cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(() => {
    agent.destroy();
    process.exit(0);
  })
  .catch(async (error) => {
    console.error(`Benchmark failed: ${error instanceof Error ? error.stack : error}`);
    await cleanup();
    agent.destroy();
    process.exit(1);
  });
