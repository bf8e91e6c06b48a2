import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idle timeout: `sessions.last_seen_at` (UTC), the last authenticated request of the session as the API recorded it
 * (written at most once a minute per session). A session with no activity for SESSION_IDLE_MINUTES ends. Sessions open
 * when this migration runs count as seen at that moment.
 */
export class SessionActivity1765500000000 implements MigrationInterface {
  name = 'SessionActivity1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN last_seen_at`);
  }
}
