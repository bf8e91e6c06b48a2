import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alert e-mails: when a notification was included in one (`notifications.emailed_at`), and when a person was last
 * sent one (`users.alert_emailed_at`), so that nobody gets the same notification twice or more than one e-mail per
 * delay.
 */
export class AlertEmails1765960000000 implements MigrationInterface {
  name = 'AlertEmails1765960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN emailed_at timestamptz NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN alert_emailed_at timestamptz NULL`);
    await q.query(`CREATE INDEX notifications_to_email_idx ON notifications (created_at) WHERE read_at IS NULL AND emailed_at IS NULL AND held_back = false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_to_email_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN alert_emailed_at`);
    await q.query(`ALTER TABLE notifications DROP COLUMN emailed_at`);
  }
}
