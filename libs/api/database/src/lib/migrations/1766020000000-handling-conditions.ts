import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['operation_messages', 'information_requests', 'evidence_files'] as const;

/**
 * `handling_condition` on channel messages, requests for information and evidence files: the restriction handling
 * code H3 ("other restrictions, stated by the provider") stands for, at most 500 characters. Held only with H3 (a
 * check); required with H3 for what is written from now on (the API's rule: rows marked H3 before this have none).
 */
export class HandlingConditions1766020000000 implements MigrationInterface {
  name = 'HandlingConditions1766020000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN handling_condition text`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_handling_condition_check
           CHECK (handling_condition IS NULL OR (handling_code = 'H3' AND char_length(handling_condition) BETWEEN 1 AND 500))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN handling_condition`);
  }
}
