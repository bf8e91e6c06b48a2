import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Record keys for cell-key perturbation (libs/domain `cell-key.ts`, docs/disclosure-control.md): every case record
 * gets a random whole number 0 … 2³² − 1, drawn once (from `gen_random_uuid()`, PostgreSQL's strong random source)
 * when the record is stored and never shown. Existing records get one each. A figure's noise is a function of the
 * sum of the keys of the records other agencies recorded in it.
 */
export class CaseRecordKeys1765650000000 implements MigrationInterface {
  name = 'CaseRecordKeys1765650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records
      ADD COLUMN record_key bigint NOT NULL DEFAULT (('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8))::bit(32)::bigint)
      CHECK (record_key >= 0 AND record_key < 4294967296)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records DROP COLUMN record_key`);
  }
}
