import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What request an idempotency key was first used for: `request_sha256`, the SHA-256 (hex) of the request's canonical
 * JSON, so that the key reused with a different request is refused (IDEMPOTENCY_KEY_REUSED) instead of answering the
 * first result. Keys claimed before this migration have none and are not compared.
 */
export class IdempotencyRequestFingerprints1766050001000 implements MigrationInterface {
  name = 'IdempotencyRequestFingerprints1766050001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN request_sha256 text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN request_sha256`);
  }
}
