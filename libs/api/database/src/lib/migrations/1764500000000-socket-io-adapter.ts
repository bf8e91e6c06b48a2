import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The table of socket.io's PostgreSQL adapter (@socket.io/postgres-adapter, used when REDIS_URL is not set):
 * a cluster message over its 8000-byte NOTIFY threshold, or holding binary data, is stored here and only its id
 * is sent with NOTIFY. The adapter deletes rows older than 30 s. Column names and types are the adapter's.
 */
export class SocketIoAdapter1764500000000 implements MigrationInterface {
  name = 'SocketIoAdapter1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE socket_io_attachments (
      id bigserial PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now(),
      payload bytea NOT NULL
    )`);
    await q.query(`CREATE INDEX socket_io_attachments_created_at_idx ON socket_io_attachments (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE socket_io_attachments`);
  }
}
