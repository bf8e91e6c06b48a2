import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agency admins manage their own agency's people: invited people have no password until they set one through a
 * one-time link (`one_time_links`: only the SHA-256 of the token is stored), `users.last_sign_in_at` records the
 * last successful sign-in (UTC), and agency acronyms are unique (case-insensitive) so new agencies cannot be
 * mistaken for existing ones.
 */
export class AgencyPeople1765310000000 implements MigrationInterface {
  name = 'AgencyPeople1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN last_sign_in_at timestamptz NULL`);
    await q.query(`CREATE TYPE one_time_link_purpose AS ENUM ('INVITATION','PASSWORD_RESET')`);
    await q.query(`CREATE TABLE one_time_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      purpose one_time_link_purpose NOT NULL,
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      created_by_id uuid NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz NULL,
      revoked_at timestamptz NULL
    )`);
    await q.query(`CREATE INDEX one_time_links_open_idx ON one_time_links (user_id) WHERE used_at IS NULL AND revoked_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX agencies_acronym_unique ON agencies (lower(acronym))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX agencies_acronym_unique`);
    await q.query(`DROP TABLE one_time_links`);
    await q.query(`DROP TYPE one_time_link_purpose`);
    await q.query(`ALTER TABLE users DROP COLUMN last_sign_in_at`);
    // People who never set a password keep no usable one: '!' is no argon2 hash, so every sign-in fails.
    await q.query(`UPDATE users SET password_hash = '!' WHERE password_hash IS NULL`);
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`);
  }
}
