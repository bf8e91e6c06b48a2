import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operation channels: messages in threads with a TLP 2.0 label (default `TLP:AMBER`) and an optional handling code,
 * the earlier bodies of edited messages, and each person's read position per operation (unread markers). A mention
 * notifies with the new notification type `OPERATION_MENTION`.
 */
export class OperationChannel1765900000000 implements MigrationInterface {
  name = 'OperationChannel1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'OPERATION_MENTION'`);
    await q.query(`CREATE TABLE operation_messages (
      id uuid PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      operation_id uuid NOT NULL REFERENCES operations(id),
      thread_id uuid NULL REFERENCES operation_messages(id),
      author_id uuid NOT NULL REFERENCES users(id),
      author_agency_id uuid NOT NULL REFERENCES agencies(id),
      body text NULL,
      tlp tlp_label NOT NULL DEFAULT 'AMBER',
      handling_code handling_code NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      edited_at timestamptz NULL,
      deleted_at timestamptz NULL,
      deleted_by_id uuid NULL REFERENCES users(id),
      CHECK ((deleted_at IS NULL) = (body IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX operation_messages_channel_idx ON operation_messages (operation_id, seq)`);
    await q.query(`CREATE INDEX operation_messages_thread_idx ON operation_messages (thread_id, seq) WHERE thread_id IS NOT NULL`);
    await q.query(`CREATE TABLE operation_message_revisions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      message_id uuid NOT NULL REFERENCES operation_messages(id),
      body text NOT NULL,
      replaced_at timestamptz NOT NULL DEFAULT now(),
      replaced_by_id uuid NOT NULL REFERENCES users(id)
    )`);
    await q.query(`CREATE INDEX operation_message_revisions_message_idx ON operation_message_revisions (message_id)`);
    await q.query(`CREATE TABLE operation_channel_reads (
      operation_id uuid NOT NULL REFERENCES operations(id),
      user_id uuid NOT NULL REFERENCES users(id),
      last_read_seq bigint NOT NULL,
      PRIMARY KEY (operation_id, user_id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_channel_reads`);
    await q.query(`DROP TABLE operation_message_revisions`);
    await q.query(`DROP TABLE operation_messages`);
    // A value cannot leave a PostgreSQL enum; OPERATION_MENTION stays in notification_type.
  }
}
