import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications about a lead name it (`notifications.lead_id`), so listing, counting and replaying them re-check that
 * the recipient's agency may still read the lead (a revoked or lapsed share takes its notification away). Existing
 * lead notifications get it from their link (`/leads/<id>`).
 */
export class NotificationLead1765330500000 implements MigrationInterface {
  name = 'NotificationLead1765330500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN lead_id uuid NULL`);
    await q.query(`UPDATE notifications n SET lead_id = l.id
      FROM leads l
      WHERE n.type::text LIKE 'LEAD\\_%' AND n.body = '/leads/' || l.id::text`);
    await q.query(`CREATE INDEX notifications_lead_idx ON notifications (lead_id) WHERE lead_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_lead_idx`);
    await q.query(`ALTER TABLE notifications DROP COLUMN lead_id`);
  }
}
