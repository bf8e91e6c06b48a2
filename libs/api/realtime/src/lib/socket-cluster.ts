import { Logger } from '@nestjs/common';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import { Pool, PoolClient } from 'pg';
import { createClient } from 'redis';
import { Adapter, BroadcastOptions, ClusterAdapter, ClusterMessage, ClusterResponse, MessageType, Room } from 'socket.io-adapter';

/** Where a socket.io cluster message travels between API nodes. */
export type SocketClusterKind = 'redis-streams' | 'postgres';

/** Options of {@link connectSocketCluster}, taken from AppConfig. */
export interface SocketClusterOptions {
  /** The API's PostgreSQL (LISTEN/NOTIFY channel `socket.io#/`, table `socket_io_attachments`). */
  databaseUrl: string;
  /** When set, Redis Streams carry the messages instead of PostgreSQL. */
  redisUrl?: string;
  /** Stream name, pub/sub channel prefix and client name in Redis. */
  redisKeyPrefix?: string;
}

/**
 * The socket.io adapter shared by every API node of one deployment, and the connections it runs on. Both kinds
 * are socket.io's official ClusterAdapter implementations, so `fetchSockets()` (with per-socket `emit`/`leave`),
 * `disconnectSockets()`, room broadcasts and `serverSideEmit()` reach sockets held by any node.
 */
export interface SocketCluster {
  kind: SocketClusterKind;
  /** Human-readable, without credentials (for the start-up log). */
  description: string;
  /** socket.io `adapter` option; call once per socket.io server. */
  adapter(): (nsp: unknown) => ClusterAdapter;
  /** Closes the pool or Redis client; the socket.io server must be closed first. Never hangs. */
  close(): Promise<void>;
}

const logger = new Logger('SocketCluster');
/** app.close() waits at most this long for the adapter's connections to end. */
const CLOSE_TIMEOUT_MS = 3000;
/** Attempts to reach Redis at start-up before start-up fails. */
const REDIS_STARTUP_ATTEMPTS = 3;

/**
 * Connects the adapter chosen by configuration: Redis Streams when `redisUrl` is set, else PostgreSQL
 * LISTEN/NOTIFY on a dedicated pool to `databaseUrl` (the `socket_io_attachments` table comes from the
 * migrations). Fails when Redis cannot be reached at start-up; afterwards both kinds reconnect by themselves.
 */
export async function connectSocketCluster(options: SocketClusterOptions): Promise<SocketCluster> {
  return options.redisUrl ? connectRedis(options.redisUrl, options.redisKeyPrefix ?? 'taskforce:socket.io') : connectPostgres(options.databaseUrl);
}

function connectPostgres(databaseUrl: string): SocketCluster {
  let closing = false;
  // Two connections: one held for LISTEN, one that sends every NOTIFY. A single sending connection keeps
  // NOTIFY order equal to emit order (session.revoked before the disconnect, CREATED before STATUS_CHANGED).
  const pool = new Pool({ connectionString: databaseUrl, max: 2, application_name: 'taskforce-socket.io' });
  const onError = (err: Error) => {
    if (!closing) logger.warn(`PostgreSQL adapter: ${err.message}`);
  };
  pool.on('error', onError); // an idle connection was cut: the pool replaces it
  pool.on('connect', (client) => client.on('error', onError)); // the LISTEN connection was cut: the adapter reconnects
  // What the adapter sees of the pool. The adapter has no closed state: a LISTEN connection it receives while
  // or after it closes would be kept (and pool.end() wait for it), and a failed one retried every 2 s for ever.
  // So once closing, connections it asks for are handed back and its request never settles, and the one it
  // holds is handed back once its pending query (LISTEN) is done. It also never releases a connection that was
  // cut: that one is released here.
  const never = () => new Promise<never>(() => undefined);
  const held = new Set<PoolClient>();
  const adapterPool = {
    connect: async () => {
      if (closing) return never();
      const client = await pool.connect();
      if (closing) {
        client.release();
        return never();
      }
      const release = client.release;
      client.release = (err?: Error | boolean) => {
        held.delete(client);
        release(err);
      };
      held.add(client);
      // Cut (e.g. a database restart): the adapter asks for a new connection but never releases this one, which
      // would keep its place in the pool (after two cuts, no NOTIFY could be sent). Release it as broken.
      client.once('end', () => held.has(client) && client.release(new Error('connection ended')));
      return client;
    },
    query: (text: string, values?: unknown[]) => pool.query(text, values),
  };
  const handBack = () => {
    for (const client of held) {
      client.removeAllListeners('end'); // as the adapter's own close does: no reconnection
      void client
        .query('SELECT 1') // queued behind the LISTEN in progress, if any
        .catch(() => undefined)
        .then(() => {
          if (held.has(client)) client.release();
        })
        .catch(onError);
    }
  };
  let created = false;
  return {
    kind: 'postgres',
    description: `PostgreSQL adapter (LISTEN/NOTIFY on ${safeUrl(databaseUrl)})`,
    adapter: () => {
      if (created) throw new Error('the PostgreSQL adapter serves one socket.io server');
      created = true;
      const factory = createPostgresAdapter(adapterPool as unknown as Pool, { errorHandler: onError }) as (nsp: unknown) => ClusterAdapter;
      return clustered(function createClosingAdapter(nsp: unknown) {
        const adapter = factory(nsp);
        const close = adapter.close.bind(adapter);
        adapter.close = () => {
          closing = true;
          const closed = close();
          handBack();
          return closed;
        };
        return adapter;
      });
    },
    close: async () => {
      closing = true;
      handBack();
      await withTimeout(pool.end(), 'PostgreSQL adapter pool');
    },
  };
}

async function connectRedis(redisUrl: string, prefix: string): Promise<SocketCluster> {
  let ready = false;
  let healthy = true;
  let closing = false;
  const client = createClient({
    url: redisUrl,
    name: prefix,
    socket: {
      connectTimeout: 5000,
      // At start-up, give up after a few attempts (start-up fails with the reason); later, retry for ever.
      reconnectStrategy: (retries: number, cause: Error) =>
        ready ? Math.min(100 * 2 ** retries, 5000) : retries + 1 >= REDIS_STARTUP_ATTEMPTS ? new Error(`cannot reach Redis at ${safeUrl(redisUrl)}: ${cause.message}`) : 500,
    },
  });
  client.on('error', (err: Error) => {
    if (ready && healthy && !closing) logger.warn(`Redis adapter: ${err.message}`);
    healthy = false;
  });
  client.on('ready', () => {
    if (!healthy && ready) logger.log('Redis adapter: connection restored');
    healthy = true;
  });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`REDIS_URL: cannot connect to ${safeUrl(redisUrl)} (${err instanceof Error ? err.message : String(err)})`);
  }
  ready = true;
  guardAdapterClient(client);
  let created = false;
  return {
    kind: 'redis-streams',
    description: `Redis Streams adapter (stream "${prefix}" on ${safeUrl(redisUrl)})`,
    adapter: () => {
      if (created) throw new Error('the Redis Streams adapter serves one socket.io server');
      created = true;
      return clustered(createRedisStreamsAdapter(client, { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` }) as (nsp: unknown) => ClusterAdapter);
    },
    close: async () => {
      closing = true;
      // The adapter's own reading connections end with the socket.io server (the blocking one within its
      // 5 s XREAD timeout); this is the publishing connection.
      await withTimeout(
        client.close().catch(() => client.destroy()),
        'Redis adapter client',
      ).finally(() => {
        if (client.isOpen) client.destroy();
      });
    },
  };
}

/**
 * Two rough edges of @socket.io/redis-streams-adapter 0.3.1, smoothed on the client handed to it:
 * - when the socket.io server closes, it calls `disconnect()` (an immediate destroy) on its subscriber
 *   connection, which rejects a SUBSCRIBE still in flight with nobody listening (the process crashes when a
 *   node is stopped during start-up): its connections end with `close()` instead, after pending commands;
 * - it leaves some PUBLISH promises without a handler (ephemeral requests), so one failing while the client
 *   closes would crash the process: they get a handler (callers that await them still see the failure).
 */
function guardAdapterClient(client: ReturnType<typeof createClient>): void {
  const duplicate = client.duplicate.bind(client);
  client.duplicate = ((...args: Parameters<typeof client.duplicate>) => {
    const copy = duplicate(...args);
    copy.disconnect = () => copy.close().catch(() => copy.destroy());
    return copy;
  }) as typeof client.duplicate;
  const publish = client.publish.bind(client);
  (client as { publish: typeof client.publish }).publish = ((...args: Parameters<typeof client.publish>) => {
    const sent = publish(...args);
    sent.catch(() => undefined);
    return sent;
  }) as typeof client.publish;
}

/**
 * A remote socket as another node sees it (socket.io's FETCH_SOCKETS_RESPONSE): id, rooms, `data` and the
 * handshake. Bearer tokens must not travel between nodes nor land in `socket_io_attachments`, and payloads
 * stay small (ids): the handshake loses `auth` (the access or CSRF token) and `headers` (cookies, authorization),
 * `data` loses `token`. Remote sockets keep `data.auth` (user, agency, roles, session ids), which the gateway
 * re-checks access with.
 */
export function redactRemoteSocket(socket: { id: string; rooms: string[]; data: unknown; handshake: Record<string, unknown> }) {
  const { auth: _auth, headers: _headers, ...handshake } = socket.handshake ?? {};
  let data = socket.data;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const { token: _token, ...rest } = data as Record<string, unknown>;
    data = rest;
  }
  return { id: socket.id, rooms: socket.rooms, data, handshake };
}

/**
 * Wraps an adapter factory (a plain function, not an arrow: socket.io calls it with `new`) so that its
 * adapters act locally first and redact what they tell other nodes about their sockets.
 */
export function clustered(factory: (nsp: unknown) => ClusterAdapter): (nsp: unknown) => ClusterAdapter {
  return function createClusteredAdapter(nsp: unknown) {
    const adapter = factory(nsp);
    requireInternals(adapter);
    localFirst(adapter);
    redactFetchSocketsResponses(adapter);
    return adapter;
  };
}

/** The protected ClusterAdapter members used here (socket.io-adapter 2.5, pinned). */
interface AdapterInternals {
  publish(message: DistributiveOmit<ClusterMessage, 'nsp' | 'uid'>): void;
  publishResponse(requesterUid: string, response: Omit<ClusterResponse, 'nsp' | 'uid'>): void;
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Fails at start-up, not at the first broadcast, when a socket.io-adapter release no longer has the protected members
 * this file relies on (`publish`, `publishResponse`, and the in-memory `Adapter` methods it calls first).
 * @throws Error naming the missing members and the pinned version.
 */
function requireInternals(adapter: ClusterAdapter): void {
  const internals = adapter as unknown as Record<string, unknown>;
  const local = Adapter.prototype as unknown as Record<string, unknown>;
  const missing = [
    ...['publish', 'publishResponse'].filter((name) => typeof internals[name] !== 'function'),
    ...['broadcast', 'addSockets', 'delSockets', 'disconnectSockets'].filter((name) => typeof local[name] !== 'function').map((name) => `Adapter.${name}`),
  ];
  if (missing.length) {
    throw new Error(`socket.io-adapter lacks ${missing.join(', ')}: the cluster wrapper in socket-cluster.ts is written for socket.io-adapter 2.5 (pinned in package.json)`);
  }
}

const encodeOptions = (opts: BroadcastOptions) => ({ rooms: [...opts.rooms], except: [...(opts.except ?? [])], flags: opts.flags ?? {} });

/**
 * socket.io's ClusterAdapter applies a room broadcast, `socketsJoin`, `socketsLeave` or `disconnectSockets` to
 * this node's own sockets only after the message is published (a database or Redis round trip), whereas the
 * in-memory adapter does it at once: `in(room).socketsLeave(…)` followed by `fetchSockets()` would still see
 * the sockets, and a direct `socket.emit` could overtake an earlier room broadcast. Here they act on local
 * sockets at once, as on a single node, and are then published; the other nodes apply them in the order they
 * were called, since every message of a node goes out through one connection.
 */
function localFirst(adapter: ClusterAdapter): void {
  const internals = adapter as unknown as AdapterInternals;
  const local = Adapter.prototype;
  const remote = (opts: BroadcastOptions) => !opts.flags?.local;
  // async only for the typings: the body runs synchronously (nothing is awaited).
  adapter.broadcast = async (packet: unknown, opts: BroadcastOptions) => {
    local.broadcast.call(adapter, packet, opts);
    if (remote(opts)) internals.publish({ type: MessageType.BROADCAST, data: { packet, opts: encodeOptions(opts) } });
  };
  adapter.addSockets = async (opts: BroadcastOptions, rooms: Room[]) => {
    local.addSockets.call(adapter, opts, rooms);
    if (remote(opts)) internals.publish({ type: MessageType.SOCKETS_JOIN, data: { opts: encodeOptions(opts), rooms } });
  };
  adapter.delSockets = async (opts: BroadcastOptions, rooms: Room[]) => {
    local.delSockets.call(adapter, opts, rooms);
    if (remote(opts)) internals.publish({ type: MessageType.SOCKETS_LEAVE, data: { opts: encodeOptions(opts), rooms } });
  };
  adapter.disconnectSockets = async (opts: BroadcastOptions, close: boolean) => {
    local.disconnectSockets.call(adapter, opts, close);
    if (remote(opts)) internals.publish({ type: MessageType.DISCONNECT_SOCKETS, data: { opts: encodeOptions(opts), close } });
  };
}

type FetchSocketsResponse = Extract<ClusterResponse, { type: MessageType.FETCH_SOCKETS_RESPONSE }>;

/** This node's answers to other nodes' fetchSockets() go out through redactRemoteSocket. */
function redactFetchSocketsResponses(adapter: ClusterAdapter): void {
  // publishResponse is the one path every ClusterAdapter answers through.
  const internals = adapter as unknown as AdapterInternals;
  const publishResponse = internals.publishResponse.bind(adapter);
  internals.publishResponse = (requesterUid, response) => {
    if (response.type === MessageType.FETCH_SOCKETS_RESPONSE) {
      const r = response as FetchSocketsResponse;
      response = { ...r, data: { ...r.data, sockets: r.data.sockets.map((s) => redactRemoteSocket(s as Parameters<typeof redactRemoteSocket>[0])) } } as typeof response;
    }
    publishResponse(requesterUid, response);
  };
}

/** The URL without user name and password. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

async function withTimeout(promise: Promise<unknown>, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      logger.warn(`${what} did not close within ${CLOSE_TIMEOUT_MS} ms; leaving it`);
      resolve();
    }, CLOSE_TIMEOUT_MS);
    timer.unref();
  });
  await Promise.race([promise.then(() => undefined, () => undefined), timeout]);
  clearTimeout(timer);
}
