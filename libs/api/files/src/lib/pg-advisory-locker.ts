import { Logger } from '@nestjs/common';
import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/server';
import { Client, Pool, type PoolClient } from 'pg';

/** First key of every upload lock (`pg_try_advisory_lock(key1, key2)`): "tus\0", so other advisory locks never collide. */
const NAMESPACE = 0x74757300;
/** Channel on which a waiting request asks the holder of an upload's lock, on whichever node, to let go. */
const RELEASE_CHANNEL = 'taskforce_tus_lock_release';

/** Options of PgAdvisoryLocker. */
export interface PgAdvisoryLockerOptions {
  /** postgres:// URL of the database every API node shares. */
  connectionString: string;
  /** Milliseconds a request waits for a lock before tus answers 500 "failed to acquire lock before timeout"; default 30000 (as tus's MemoryLocker). */
  acquireTimeoutMs?: number;
  /** Milliseconds between two attempts while the lock is held elsewhere; default 50. */
  retryMs?: number;
  /** Most locks this node holds at once (one database connection each); default 20. */
  maxLocks?: number;
}

/**
 * tus's Locker (`@tus/utils` Locker and Lock) across API nodes, with PostgreSQL session advisory locks: a lock on upload
 * `id` is `pg_try_advisory_lock(NAMESPACE, hashtext(id))` on a connection of its own, held for as long as the lock is and
 * unlocked (or closed, which releases it too) by `unlock()`. As the tus interface defines it, a request that finds the
 * lock taken asks its holder to let go (the holder's `requestRelease`, on whichever node: a NOTIFY on RELEASE_CHANNEL,
 * which every locker LISTENs to) and tries again every `retryMs` until it gets the lock, its request is aborted or
 * `acquireTimeoutMs` passes (then it fails with tus's ERR_LOCK_TIMEOUT). Two ids whose hashes collide only wait for
 * each other.
 */
export class PgAdvisoryLocker implements Locker {
  private readonly logger = new Logger(PgAdvisoryLocker.name);
  private readonly pool: Pool;
  private listener?: Promise<Client>;
  /** Whom to ask to let go, for each upload whose lock this node holds. */
  private readonly held = new Map<string, RequestRelease>();
  /** Connections checked out for a lock, each with the handler that reports its loss. */
  private readonly checkedOut = new Map<PoolClient, (error: Error) => void>();
  readonly acquireTimeoutMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: PgAdvisoryLockerOptions) {
    this.acquireTimeoutMs = options.acquireTimeoutMs ?? 30_000;
    this.retryMs = options.retryMs ?? 50;
    this.pool = new Pool({ connectionString: options.connectionString, max: options.maxLocks ?? 20, connectionTimeoutMillis: this.acquireTimeoutMs, application_name: 'taskforce-tus-locks' });
    this.pool.on('error', (error) => this.logger.warn(`idle lock connection failed: ${error.message}`));
  }

  newLock(id: string): Lock {
    return new PgAdvisoryLock(id, this);
  }

  /**
   * Takes the lock on `id` on a connection of its own and returns that connection (the lock lives as long as its
   * session). @throws ERRORS.ERR_LOCK_TIMEOUT when `signal` aborts or acquireTimeoutMs passes first; the database's error.
   */
  async acquire(id: string, signal: AbortSignal, requestRelease: RequestRelease): Promise<PoolClient> {
    await this.listen();
    const deadline = Date.now() + this.acquireTimeoutMs;
    const client = await this.pool.connect().catch(() => Promise.reject(ERRORS.ERR_LOCK_TIMEOUT));
    // A connection lost while checked out takes its lock with it; say so rather than crash the process.
    const lost = (error: Error) => this.logger.warn(`lock connection for upload ${id} lost: ${error.message}`);
    client.on('error', lost);
    this.checkedOut.set(client, lost);
    try {
      for (;;) {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [NAMESPACE, id]);
        if (rows[0].locked) {
          this.held.set(id, requestRelease);
          return client;
        }
        if (signal.aborted || Date.now() >= deadline) throw ERRORS.ERR_LOCK_TIMEOUT;
        await client.query('SELECT pg_notify($1, $2)', [RELEASE_CHANNEL, id]);
        await pause(this.retryMs, signal);
      }
    } catch (error) {
      this.giveBack(client);
      throw error;
    }
  }

  /** Unlocks `id` and returns its connection to the pool; a failed unlock closes the connection, which unlocks too. */
  async release(id: string, client: PoolClient): Promise<void> {
    this.held.delete(id);
    try {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [NAMESPACE, id]);
      this.giveBack(client);
    } catch (error) {
      this.giveBack(client, error as Error);
    }
  }

  /** Returns a connection to the pool, or closes it when `error` is given (its session's locks go with it). */
  private giveBack(client: PoolClient, error?: Error): void {
    const lost = this.checkedOut.get(client);
    if (!lost) return;
    this.checkedOut.delete(client);
    client.release(error);
    client.off('error', lost);
  }

  /** Closes the listening connection and every connection of the pool: locks still held are released with their sessions. */
  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    await listener?.then((c) => c.end()).catch(() => undefined);
    this.held.clear();
    for (const client of [...this.checkedOut.keys()]) this.giveBack(client, new Error('locker closed'));
    await this.pool.end();
  }

  /** The connection that LISTENs for release requests, opened once (again after it failed). */
  private listen(): Promise<Client> {
    if (!this.listener) {
      const client = new Client({ connectionString: this.options.connectionString, application_name: 'taskforce-tus-locks' });
      client.on('notification', (message) => {
        if (message.payload) void Promise.resolve(this.held.get(message.payload)?.()).catch(() => undefined);
      });
      client.on('error', (error) => {
        this.logger.warn(`lock release channel failed: ${error.message}`);
        if (this.listener === started) this.listener = undefined;
      });
      const started: Promise<Client> = client
        .connect()
        .then(() => client.query(`LISTEN ${RELEASE_CHANNEL}`))
        .then(() => client)
        .catch((error: unknown) => {
          if (this.listener === started) this.listener = undefined;
          void client.end().catch(() => undefined);
          throw error;
        });
      this.listener = started;
    }
    return this.listener;
  }
}

/** One upload's lock (tus Lock): `lock` then `unlock`, once each. */
class PgAdvisoryLock implements Lock {
  private client?: PoolClient;

  constructor(
    private readonly id: string,
    private readonly locker: PgAdvisoryLocker,
  ) {}

  /** Resolves once this request holds the lock. @throws ERRORS.ERR_LOCK_TIMEOUT (see PgAdvisoryLocker.acquire). */
  async lock(signal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
    if (this.client) throw new Error(`lock on upload ${this.id} is already held`);
    this.client = await this.locker.acquire(this.id, signal, requestRelease);
  }

  /** Lets the lock go. @throws Error when it is not held. */
  async unlock(): Promise<void> {
    const client = this.client;
    if (!client) throw new Error('Releasing an unlocked lock!');
    this.client = undefined;
    await this.locker.release(this.id, client);
  }
}

/** Waits `ms` milliseconds, less if `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
