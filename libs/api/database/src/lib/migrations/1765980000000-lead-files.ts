import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files attached to a lead: the attachment kind LEAD, and no operation for the files of a lead recorded
 * outside any joint operation (their content is kept FILE_RETENTION_DAYS, the platform's default retention).
 */
export class LeadFiles1765980000000 implements MigrationInterface {
  name = 'LeadFiles1765980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE file_attachment_kind ADD VALUE IF NOT EXISTS 'LEAD'`);
    await q.query(`ALTER TABLE evidence_files ALTER COLUMN operation_id DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM evidence_files WHERE attached_kind = 'LEAD'`);
    await q.query(`ALTER TABLE evidence_files ALTER COLUMN operation_id SET NOT NULL`);
    // PostgreSQL cannot drop an enum value; LEAD stays unused in file_attachment_kind.
  }
}
