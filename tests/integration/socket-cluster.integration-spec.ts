import { ConfigError, loadConfig } from '@taskforce/api-core';
import { migrate } from '@taskforce/api-setup';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
// The integration tests boot the real API host, which lives in the app project.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../apps/api/src/app/create-app';
import { createTestDatabase } from '../support/test-app';

/**
 * The socket.io cluster adapter inside one process: configuration, start-up without Redis, and closing.
 * Two processes exchanging events: multi-node.integration-spec.ts.
 */

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('socket.io cluster adapter configuration', () => {
  it('REDIS_URL is optional and must be a redis:// or rediss:// URL', () => {
    expect(loadConfig({}).REDIS_URL).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(loadConfig({ REDIS_URL: 'rediss://user:secret@cache.example:6380/2' }).REDIS_URL).toBe('rediss://user:secret@cache.example:6380/2');
    for (const bad of ['127.0.0.1:6379', 'http://cache.example', 'redis://', 'postgres://x/y']) {
      expect(problemsOf({ REDIS_URL: bad })).toEqual(['REDIS_URL: REDIS_URL must be a redis:// or rediss:// URL']);
    }
  });

  it('REDIS_KEY_PREFIX defaults to taskforce:socket.io and refuses spaces and other characters', () => {
    expect(loadConfig({}).REDIS_KEY_PREFIX).toBe('taskforce:socket.io');
    expect(loadConfig({ REDIS_KEY_PREFIX: 'prod-eu_1:sio' }).REDIS_KEY_PREFIX).toBe('prod-eu_1:sio');
    for (const bad of ['with space', 'a#b', 'x'.repeat(101)]) {
      expect(problemsOf({ REDIS_KEY_PREFIX: bad })).toEqual(['REDIS_KEY_PREFIX: REDIS_KEY_PREFIX must be 1-100 letters, digits or : . _ -']);
    }
  });
});

describe('socket.io cluster adapter in one process', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await migrate(database.url);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const config = (env: Record<string, string> = {}) =>
    loadConfig({ NODE_ENV: 'test', JWT_SECRET: randomBytes(32).toString('hex'), WEB_DIST_DIR: '/nonexistent', ...env });

  it('the migrations create the PostgreSQL adapter table socket_io_attachments (id, created_at, payload)', async () => {
    const columns = await db.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'socket_io_attachments' ORDER BY ordinal_position`);
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'bigint' },
      { column_name: 'created_at', data_type: 'timestamp with time zone' },
      { column_name: 'payload', data_type: 'bytea' },
    ]);
  });

  it('an unreachable REDIS_URL stops start-up with a message naming REDIS_URL (without the password)', async () => {
    const started = Date.now();
    const failure = await createApp(config({ REDIS_URL: 'redis://:s3cret@127.0.0.1:1' }), database.url, ['error']).then(
      () => new Error('start-up succeeded'),
      (error: Error) => error,
    );
    expect(failure.message).toMatch(/^REDIS_URL: cannot connect to redis:\/\/127\.0\.0\.1:1 /);
    expect(failure.message).not.toContain('s3cret');
    expect(Date.now() - started).toBeLessThan(10000);
  });

  it('app.close() returns whenever it comes, even right after start-up, and releases every adapter connection', async () => {
    // A close that waited on the adapter (a listener still starting, a reconnect) would hang here and fail by the
    // test's timeout; no wall-clock bound, which a busy machine would break.
    for (const waitMs of [0, 30, 120, 400]) {
      const app = await createApp(config(), database.url, ['error']);
      await app.listen(0, '127.0.0.1');
      await new Promise((r) => setTimeout(r, waitMs));
      await expect(app.close()).resolves.toBeUndefined();
    }
    const left = async () =>
      Number((await db.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'taskforce-socket.io'`))[0].n);
    const until = Date.now() + 3000;
    while ((await left()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(await left()).toBe(0);
  });
});
