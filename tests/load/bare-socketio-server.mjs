// Baseline for realtime-bench.mjs: a bare socket.io server (plain `new Server(httpServer)`, no auth, no
// database, no access checks) run in its own process so that its memory can be measured like the API's.
//
// It mirrors the API's audience pattern with rooms and nothing else:
//   - handshake `auth: { user }` puts the socket in the room `user:<user>`;
//   - `operation:watch { operationId }` (ack `{ ok }`) joins `operation:<operationId>` when <user> is one of the
//     watchers listed in BARE_CONFIG (the benchmark passes the users of the participating agencies);
//   - `POST /trigger { operationId, taskId, title, agency, recipients }` emits, like the API after a committed
//     createTask, one `notification` per recipient to `user:<recipient>` and then one `task.changed` to
//     `operation:<operationId>`, with the API's payload shapes. As in the API (whose event bus runs the socket
//     handlers on a later microtask than the one that publishes), the broadcast is queued and the request is
//     answered (200, JSON) in the same turn.
//   - with `auth: { user, agency }` (the message mode, see message-mode.mjs) the socket joins `agency:<agency>` too,
//     and `POST /trigger { event: 'operation.message', operationId, id, body, authorId, authorAgencyId, agencies }`
//     emits one `operation.message` with the API's payload shape (OperationMessageEvent) to the rooms
//     `agency:<acronym>` of `agencies`, queued and answered the same way.
// On several nodes (BARE_CONFIG `databaseUrl` or `redisUrl`), it uses socket.io's official cluster adapter as the API
// does — `@socket.io/postgres-adapter` on a pg pool, or `@socket.io/redis-streams-adapter` on a `redis` client —
// and nothing more: the same rooms, the same emits.
// It prints nothing; it tells the benchmark its port over IPC: `{ type: 'listening', port }`.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import pg from 'pg';
import { createClient } from 'redis';
import { Server } from 'socket.io';

const config = JSON.parse(process.env.BARE_CONFIG || '{}');
const watchers = new Set(Array.isArray(config.watchers) ? config.watchers : []);

function trigger(t) {
  const createdAt = new Date();
  for (const recipient of t.recipients) {
    io.to(`user:${recipient}`).emit('notification', {
      id: randomUUID(),
      type: 'TASK_ASSIGNED_TO_AGENCY',
      title: `New task for ${t.agency}: ${t.title}`,
      body: 'Medium priority',
      operationId: t.operationId,
      taskId: t.taskId,
      createdAt,
    });
  }
  io.to(`operation:${t.operationId}`).emit('task.changed', { operationId: t.operationId, taskId: t.taskId, change: 'CREATED', status: 'OPEN', version: 1 });
}

let seq = 0;

/** Like the API after a committed postOperationMessage: one broadcast to the participating agencies' rooms. */
function postMessage(m) {
  const event = {
    id: m.id,
    operationId: m.operationId,
    threadId: null,
    change: 'POSTED',
    seq: ++seq,
    body: m.body,
    tlp: 'AMBER',
    handlingCode: null,
    authorId: m.authorId,
    authorAgencyId: m.authorAgencyId,
    createdAt: new Date().toISOString(),
    editedAt: null,
    deletedAt: null,
  };
  io.to(m.agencies.map((agency) => `agency:${agency}`)).emit('operation.message', event);
}

/** Whether a /trigger body is a channel message (message mode) that can be emitted. */
const isMessage = (t) => t?.event === 'operation.message' && typeof t.operationId === 'string' && typeof t.id === 'string' && typeof t.body === 'string' && Array.isArray(t.agencies);

const httpServer = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/trigger') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    let t;
    try {
      t = JSON.parse(body);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (isMessage(t)) {
      queueMicrotask(() => postMessage(t));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { postOperationMessage: { id: t.id } } }));
      return;
    }
    if (typeof t?.operationId !== 'string' || typeof t.taskId !== 'string' || !Array.isArray(t.recipients)) {
      res.writeHead(400).end();
      return;
    }
    // Like the API's event bus (publish after commit, handlers run on a later microtask) and then answer.
    queueMicrotask(() => trigger(t));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { trigger: { id: t.taskId } } }));
  });
});

/** The cluster adapter BARE_CONFIG asks for, or none (socket.io's in-memory adapter). */
async function clusterAdapter() {
  // Its own channel: on the API's database, the default one would join the bare servers to the API nodes' cluster.
  if (typeof config.databaseUrl === 'string') return createPostgresAdapter(new pg.Pool({ connectionString: config.databaseUrl, max: 2 }), { channelPrefix: 'bench_bare' });
  if (typeof config.redisUrl === 'string') {
    const client = createClient({ url: config.redisUrl });
    await client.connect();
    const prefix = config.redisPrefix ?? 'bench-bare';
    return createRedisStreamsAdapter(client, { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` });
  }
  return undefined;
}

const adapter = await clusterAdapter();
const io = new Server(httpServer, adapter ? { adapter } : {});
io.on('connection', (socket) => {
  const user = socket.handshake.auth?.user;
  if (typeof user === 'string') socket.join(`user:${user}`);
  const agency = socket.handshake.auth?.agency;
  if (typeof agency === 'string') socket.join(`agency:${agency}`);
  socket.on('operation:watch', (body, ack) => {
    const operationId = body && typeof body === 'object' ? body.operationId : undefined;
    const ok = typeof operationId === 'string' && watchers.has(user);
    if (ok) socket.join(`operation:${operationId}`);
    if (typeof ack === 'function') ack({ ok });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: httpServer.address().port });
});
