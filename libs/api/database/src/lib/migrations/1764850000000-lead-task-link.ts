import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lead → task link: a task may be the action taken on a lead (`tasks.lead_id`). The link is
 * readable only by those who may read both the task and the lead; the lead's deletion keeps the task.
 * The median time from a lead to its first action is measured from `leads.created_at` to the first linked
 * task's `created_at`.
 */
export class LeadTaskLink1764850000000 implements MigrationInterface {
  name = 'LeadTaskLink1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks ADD COLUMN lead_id uuid NULL REFERENCES leads(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX tasks_lead_id_idx ON tasks (lead_id) WHERE lead_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tasks_lead_id_idx`);
    await q.query(`ALTER TABLE tasks DROP COLUMN lead_id`);
  }
}
