// Drops any database this run left behind (a test file that crashed) and stops the embedded PostgreSQL.
import pg from 'pg';

export default async function globalTeardown() {
  const adminUrl = process.env.TASKFORCE_TEST_ADMIN_URL;
  const runId = process.env.TASKFORCE_TEST_RUN_ID;
  if (adminUrl && runId) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`taskforce_test_${runId}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  }
  if (globalThis.__TASKFORCE_PG__) await globalThis.__TASKFORCE_PG__.stop();
}
