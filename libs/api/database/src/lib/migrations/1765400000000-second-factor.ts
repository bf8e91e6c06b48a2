import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Second factor and step-up: a TOTP secret per person (sealed with AES-256-GCM under LEAD_ENCRYPTION_KEYS, never in
 * clear), the last 30-second step used (no code twice), single-use recovery codes (argon2id hashes), login challenges
 * (first step of a two-step sign-in; SHA-256 of the token only), `sessions.reauthenticated_at` (step-up), and who must
 * have a second factor: `agencies.second_factor_required` (agency admins) and `security_settings` (platform admins,
 * for every admin). Sessions opened before this migration have no step-up yet: their sensitive actions ask for one.
 */
export class SecondFactor1765400000000 implements MigrationInterface {
  name = 'SecondFactor1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users
      ADD COLUMN totp_secret_ciphertext text NULL,
      ADD COLUMN totp_secret_key_id text NULL,
      ADD COLUMN totp_enabled_at timestamptz NULL,
      ADD COLUMN totp_pending_ciphertext text NULL,
      ADD COLUMN totp_pending_key_id text NULL,
      ADD COLUMN totp_last_used_step bigint NULL,
      ADD CONSTRAINT users_totp_secret_pair CHECK ((totp_secret_ciphertext IS NULL) = (totp_secret_key_id IS NULL)),
      ADD CONSTRAINT users_totp_pending_pair CHECK ((totp_pending_ciphertext IS NULL) = (totp_pending_key_id IS NULL)),
      ADD CONSTRAINT users_totp_enabled_has_secret CHECK (totp_enabled_at IS NULL OR totp_secret_ciphertext IS NOT NULL)`);
    await q.query(`ALTER TABLE sessions ADD COLUMN reauthenticated_at timestamptz NULL`);
    await q.query(`ALTER TABLE agencies ADD COLUMN second_factor_required boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TABLE recovery_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz NULL
    )`);
    await q.query(`CREATE INDEX recovery_codes_unused_idx ON recovery_codes (user_id) WHERE used_at IS NULL`);
    await q.query(`CREATE TABLE login_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz NULL,
      failed_attempts integer NOT NULL DEFAULT 0
    )`);
    await q.query(`CREATE TABLE security_settings (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      admins_second_factor_required boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO security_settings DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE security_settings`);
    await q.query(`DROP TABLE login_challenges`);
    await q.query(`DROP TABLE recovery_codes`);
    await q.query(`ALTER TABLE agencies DROP COLUMN second_factor_required`);
    await q.query(`ALTER TABLE sessions DROP COLUMN reauthenticated_at`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_totp_enabled_has_secret, DROP CONSTRAINT users_totp_pending_pair,
      DROP CONSTRAINT users_totp_secret_pair, DROP COLUMN totp_last_used_step, DROP COLUMN totp_pending_key_id,
      DROP COLUMN totp_pending_ciphertext, DROP COLUMN totp_enabled_at, DROP COLUMN totp_secret_key_id, DROP COLUMN totp_secret_ciphertext`);
  }
}
