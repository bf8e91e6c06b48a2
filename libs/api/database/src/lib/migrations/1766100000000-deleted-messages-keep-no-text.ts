import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deleted channel message keeps its marking (TLP label, handling code) but none of what its author wrote: the
 * restriction of an H3 message (`handling_condition`) goes with the body. Clears it on messages deleted before, and
 * a check keeps it so.
 */
export class DeletedMessagesKeepNoText1766100000000 implements MigrationInterface {
  name = 'DeletedMessagesKeepNoText1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE operation_messages SET handling_condition = NULL, body = NULL WHERE deleted_at IS NOT NULL`);
    await q.query(
      `ALTER TABLE operation_messages ADD CONSTRAINT operation_messages_deleted_keep_no_text
         CHECK (deleted_at IS NULL OR (body IS NULL AND handling_condition IS NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE operation_messages DROP CONSTRAINT operation_messages_deleted_keep_no_text`);
  }
}
