import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `notifications.text_values`: the values a notification's title and body are written from (a JSON object of
 * strings: the task's title, the agency's acronym, a status code …), so the web client writes them in the reader's
 * language from the notification's type. `title` and `body` stay, in English, for e-mails and older clients; rows
 * written before this column have `{}` and are shown with their English title.
 */
export class NotificationTextValues1766090000000 implements MigrationInterface {
  name = 'NotificationTextValues1766090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN text_values jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_text_values_object CHECK (jsonb_typeof(text_values) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN text_values`);
  }
}
