import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Message positions (`operation_messages.seq`) counted per joint operation (1, 2, 3… in each channel) instead of
 * across all of them, so that a member cannot count what other operations post. `operation_message_counters` holds
 * each operation's last position; a post takes the next one under that row's lock (distinct, gap-free, ascending in
 * commit order). Existing messages are renumbered in their order and read positions move with them.
 */
export class PerOperationMessageSeq1766050000000 implements MigrationInterface {
  name = 'PerOperationMessageSeq1766050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE operation_messages ALTER COLUMN seq DROP IDENTITY`);
    await q.query(`ALTER TABLE operation_messages ADD COLUMN new_seq bigint`);
    await q.query(`UPDATE operation_messages m SET new_seq = n.rank FROM (
      SELECT id, row_number() OVER (PARTITION BY operation_id ORDER BY seq) AS rank FROM operation_messages) n WHERE n.id = m.id`);
    // A read position becomes the new position of the last message it covered (0 when none).
    await q.query(`UPDATE operation_channel_reads r SET last_read_seq = COALESCE(
      (SELECT max(m.new_seq) FROM operation_messages m WHERE m.operation_id = r.operation_id AND m.seq <= r.last_read_seq), 0)`);
    await this.replaceSeq(q);
    await q.query(`CREATE TABLE operation_message_counters (
      operation_id uuid PRIMARY KEY REFERENCES operations(id),
      last_seq bigint NOT NULL
    )`);
    await q.query(`INSERT INTO operation_message_counters (operation_id, last_seq) SELECT operation_id, max(seq) FROM operation_messages GROUP BY operation_id`);
    await q.query(`ALTER TABLE operation_messages ADD CONSTRAINT operation_messages_operation_seq_key UNIQUE (operation_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_message_counters`);
    await q.query(`ALTER TABLE operation_messages DROP CONSTRAINT operation_messages_operation_seq_key`);
    await q.query(`ALTER TABLE operation_messages ADD COLUMN new_seq bigint`);
    await q.query(`UPDATE operation_messages m SET new_seq = n.rank FROM (
      SELECT id, row_number() OVER (ORDER BY created_at, seq, id) AS rank FROM operation_messages) n WHERE n.id = m.id`);
    await q.query(`UPDATE operation_channel_reads r SET last_read_seq = COALESCE(
      (SELECT max(m.new_seq) FROM operation_messages m WHERE m.operation_id = r.operation_id AND m.seq <= r.last_read_seq), 0)`);
    await this.replaceSeq(q);
    await q.query(`ALTER TABLE operation_messages ADD CONSTRAINT operation_messages_seq_key UNIQUE (seq)`);
    await q.query(`ALTER TABLE operation_messages ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY`);
    await q.query(`SELECT setval(pg_get_serial_sequence('operation_messages', 'seq'), COALESCE((SELECT max(seq) FROM operation_messages), 0) + 1, false)`);
  }

  /** Moves `new_seq` into `seq` and rebuilds the indexes over it. */
  private async replaceSeq(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE operation_messages DROP COLUMN seq`);
    await q.query(`ALTER TABLE operation_messages RENAME COLUMN new_seq TO seq`);
    await q.query(`ALTER TABLE operation_messages ALTER COLUMN seq SET NOT NULL`);
    await q.query(`CREATE INDEX operation_messages_channel_idx ON operation_messages (operation_id, seq)`);
    await q.query(`CREATE INDEX operation_messages_thread_idx ON operation_messages (thread_id, seq) WHERE thread_id IS NOT NULL`);
  }
}
