import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `sessions.refresh_rotated_at` (UTC): when the refresh token was last rotated. The token rotated away from is then
 * accepted again for a short grace period (a refresh whose answer never reached the browser, e.g. cut off by a page
 * reload); after it, presenting that token ends the session as before. Sessions rotated before this migration have
 * none, so they get no grace.
 */
export class RefreshRotatedAt1766000000000 implements MigrationInterface {
  name = 'RefreshRotatedAt1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN refresh_rotated_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN refresh_rotated_at`);
  }
}
