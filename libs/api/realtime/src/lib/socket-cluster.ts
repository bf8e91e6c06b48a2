import { Logger } from '@nestjs/common';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import { Pool, PoolClient } from 'pg';
import { createClient } from 'redis';
import { ClusterAdapter, ClusterResponse, MessageType } from 'socket.io-adapter';

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
  // holds is handed back once its pending query (LISTEN) is done.
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
      return client;
    },
    query: (text: string, values?: unknown[]) => pool.query(text, values),
  };
  const handBack = () => {
    for (const client of held) {
      client.removeAllListeners('end');
      void client
        .query('SELECT 1') // queued behind the LISTEN in progress, if any
        .catch(() => undefined)
        .finally(() => held.has(client) && client.release());
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
      return withoutSecrets(function createClosingAdapter(nsp: unknown) {
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
  let created = false;
  return {
    kind: 'redis-streams',
    description: `Redis Streams adapter (stream "${prefix}" on ${safeUrl(redisUrl)})`,
    adapter: () => {
      if (created) throw new Error('the Redis Streams adapter serves one socket.io server');
      created = true;
      return withoutSecrets(createRedisStreamsAdapter(client, { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` }) as (nsp: unknown) => ClusterAdapter);
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
 * A remote socket as another node sees it (socket.io's FETCH_SOCKETS_RESPONSE): id, rooms, `data` and the
 * handshake. Bearer tokens must not travel between nodes nor land in `socket_io_attachments`, and payloads
 * stay small (ids): the handshake loses `auth` (the access token) and `headers` (cookies, authorization),
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

type FetchSocketsResponse = Extract<ClusterResponse, { type: MessageType.FETCH_SOCKETS_RESPONSE }>;

/**
 * Wraps an adapter factory so that this node's answers to fetchSockets() requests go out redacted. A plain
 * function, not an arrow: socket.io calls the factory with `new`.
 */
function withoutSecrets(factory: (nsp: unknown) => ClusterAdapter): (nsp: unknown) => ClusterAdapter {
  return function createRedactingAdapter(nsp: unknown) {
    const adapter = factory(nsp);
    // publishResponse is protected in the typings; it is the one path every ClusterAdapter answers through.
    const internals = adapter as unknown as { publishResponse(requesterUid: string, response: Omit<ClusterResponse, 'nsp' | 'uid'>): void };
    const publishResponse = internals.publishResponse.bind(adapter);
    internals.publishResponse = (requesterUid, response) => {
      if (response.type === MessageType.FETCH_SOCKETS_RESPONSE) {
        const r = response as FetchSocketsResponse;
        response = { ...r, data: { ...r.data, sockets: r.data.sockets.map((s) => redactRemoteSocket(s as Parameters<typeof redactRemoteSocket>[0])) } } as typeof response;
      }
      publishResponse(requesterUid, response);
    };
    return adapter;
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
