import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications link to what they are about through their ids (`operation_id`, `task_id`, `lead_id`) or their type
 * (an invitation leads to the invited agency's list), never through a path written in their text: the bodies that
 * were only such a path (`/leads/<id>`, `/invitations`) become empty. `down` writes the paths back.
 */
export class NotificationLinks1765340000000 implements MigrationInterface {
  name = 'NotificationLinks1765340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE notifications SET body = NULL WHERE lead_id IS NOT NULL AND body = '/leads/' || lead_id::text`);
    await q.query(`UPDATE notifications SET body = NULL WHERE type::text LIKE 'OPERATION_INVITATION_%' AND body = '/invitations'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE notifications SET body = '/leads/' || lead_id::text WHERE lead_id IS NOT NULL AND body IS NULL`);
    await q.query(`UPDATE notifications SET body = '/invitations' WHERE type::text = 'OPERATION_INVITATION_RECEIVED' AND body IS NULL`);
  }
}
