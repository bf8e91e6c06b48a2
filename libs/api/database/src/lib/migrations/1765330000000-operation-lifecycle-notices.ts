import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more facts of a joint operation's life: the closing evaluation is reopened when a PARTY joins after it was
 * finalised (`operation_event_action` EVALUATION_REOPENED), and the invited agency is told when its pending
 * invitation is withdrawn (`notification_type` OPERATION_INVITATION_WITHDRAWN). `down` cannot remove enum values
 * (PostgreSQL has no DROP VALUE); it leaves them unused.
 */
export class OperationLifecycleNotices1765330000000 implements MigrationInterface {
  name = 'OperationLifecycleNotices1765330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE operation_event_action ADD VALUE IF NOT EXISTS 'EVALUATION_REOPENED'`);
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'OPERATION_INVITATION_WITHDRAWN'`);
  }

  async down(): Promise<void> {
    // Enum values stay (see above).
  }
}
