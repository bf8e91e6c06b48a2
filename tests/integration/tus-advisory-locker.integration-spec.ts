import { PgAdvisoryLocker } from '@taskforce/api-files';
import { ERRORS } from '@tus/server';
import { Client } from 'pg';
import { createTestDatabase } from '../support/test-app';

/**
 * The lock tus takes on an upload for each request, shared by API nodes through PostgreSQL advisory locks: each locker
 * here stands for one node (its own connections to one database).
 */
describe('upload locks across API nodes (PostgreSQL advisory locks)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const lockers: PgAdvisoryLocker[] = [];
  const node = (options: { acquireTimeoutMs?: number } = {}) => {
    const locker = new PgAdvisoryLocker({ connectionString: database.url, ...options });
    lockers.push(locker);
    return locker;
  };
  /** Advisory locks held in the test database, as PostgreSQL reports them. */
  const advisoryLocks = async () => {
    const c = new Client({ connectionString: database.url });
    await c.connect();
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`);
    await c.end();
    return rows[0].n as number;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const locker of lockers) await locker.close();
    await database?.drop();
  });

  it('a second node waits while the first holds the lock, asks the holder to let go, and gets the lock once it is released', async () => {
    const [a, b] = [node(), node()];
    let askedToRelease: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (askedToRelease = resolve));
    const first = a.newLock('upload-1');
    await first.lock(new AbortController().signal, () => askedToRelease());
    expect(await advisoryLocks()).toBe(1);

    let secondHolds = false;
    const second = b.newLock('upload-1');
    const acquired = second.lock(new AbortController().signal, () => undefined).then(() => (secondHolds = true));
    // The holder hears the request to let go (tus: it ends its request); until it unlocks, the second one waits.
    await asked;
    expect(secondHolds).toBe(false);
    await first.unlock();
    await acquired;
    expect(secondHolds).toBe(true);
    expect(await advisoryLocks()).toBe(1);
    await second.unlock();
    expect(await advisoryLocks()).toBe(0);
  });

  it('a request that cannot get the lock in time, or is aborted while waiting, is refused with tus\'s lock timeout', async () => {
    const holder = node().newLock('upload-2');
    await holder.lock(new AbortController().signal, () => undefined);
    await expect(node({ acquireTimeoutMs: 200 }).newLock('upload-2').lock(new AbortController().signal, () => undefined)).rejects.toBe(ERRORS.ERR_LOCK_TIMEOUT);
    const aborted = new AbortController();
    aborted.abort();
    await expect(node().newLock('upload-2').lock(aborted.signal, () => undefined)).rejects.toBe(ERRORS.ERR_LOCK_TIMEOUT);
    // Another upload is not held up by this one.
    const other = node().newLock('upload-3');
    await other.lock(new AbortController().signal, () => undefined);
    await other.unlock();
    await holder.unlock();
    await expect(holder.unlock()).rejects.toThrow('Releasing an unlocked lock!');
  });

  it('a lock goes with its connection: a node that closes releases the uploads it held', async () => {
    const dying = node();
    await dying.newLock('upload-4').lock(new AbortController().signal, () => undefined);
    await dying.close();
    lockers.splice(lockers.indexOf(dying), 1);
    const next = node().newLock('upload-4');
    await next.lock(new AbortController().signal, () => undefined);
    await next.unlock();
  });
});
