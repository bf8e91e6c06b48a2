import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passkeys (W3C Web Authentication) as a second factor beside TOTP:
 * - `passkeys`: a person's registered credentials — credential id (base64url, unique), COSE public key, signature
 *   counter (a counter that goes backwards is refused), transports, a name the person gave, creation and last use (UTC).
 * - `webauthn_challenges`: the random challenges of registrations and step-ups, bound to the person and the session,
 *   single use, short-lived.
 * - `login_challenges.webauthn_challenge`: the WebAuthn challenge offered with the second step of a sign-in; it lives
 *   and dies with its login challenge.
 */
export class Passkeys1765600000000 implements MigrationInterface {
  name = 'Passkeys1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE passkeys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      credential_id text NOT NULL UNIQUE CHECK (credential_id ~ '^[A-Za-z0-9_-]+$' AND char_length(credential_id) <= 1366),
      public_key bytea NOT NULL,
      counter bigint NOT NULL DEFAULT 0 CHECK (counter >= 0 AND counter <= 4294967295),
      transports text[] NOT NULL DEFAULT '{}',
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
      device_type text NOT NULL CHECK (device_type IN ('singleDevice', 'multiDevice')),
      backed_up boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz NULL
    )`);
    await q.query(`CREATE INDEX passkeys_user_idx ON passkeys (user_id)`);
    await q.query(`CREATE TABLE webauthn_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('REGISTRATION', 'REAUTHENTICATION')),
      challenge text NOT NULL UNIQUE CHECK (challenge ~ '^[A-Za-z0-9_-]{43,}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz NULL
    )`);
    await q.query(`CREATE INDEX webauthn_challenges_user_idx ON webauthn_challenges (user_id)`);
    await q.query(`ALTER TABLE login_challenges ADD COLUMN webauthn_challenge text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_challenges DROP COLUMN webauthn_challenge`);
    await q.query(`DROP TABLE webauthn_challenges`);
    await q.query(`DROP TABLE passkeys`);
  }
}
