import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `evidence_files.integrity_failed_at` (UTC): since when the stored content is known to differ from the SHA-256
 * recorded at upload — set by the first check (`verifyFile`) that found it altered, cleared by a later check that
 * matches. Null for files never found altered.
 */
export class FileIntegrityFailedAt1766010000000 implements MigrationInterface {
  name = 'FileIntegrityFailedAt1766010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_files ADD COLUMN integrity_failed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_files DROP COLUMN integrity_failed_at`);
  }
}
