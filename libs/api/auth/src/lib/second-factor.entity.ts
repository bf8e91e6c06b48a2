import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One of a person's 10 single-use recovery codes: only its argon2id hash is kept. */
@Entity({ name: 'recovery_codes' })
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** argon2id hash (PHC string) of the code as `xxxxx-xxxxx` (lower case). */
  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it signed in or confirmed a step (UTC); a used code never works again. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/**
 * The first step of a two-step sign-in: the password was right and a second factor is expected. Bound to the person,
 * short-lived (LOGIN_CHALLENGE_TTL_SECONDS), single use; only the SHA-256 of its token is kept. It is no session: it
 * opens one only through loginSecondFactor.
 */
@Entity({ name: 'login_challenges' })
export class LoginChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** SHA-256 (hex) of the challenge token. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** End of its life (UTC). */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When it opened a session (UTC); then it is spent. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /**
   * The WebAuthn challenge (base64url) offered with it when the person has a passkey; an assertion for the second step
   * must answer this one. Spent with the login challenge.
   */
  @Column({ name: 'webauthn_challenge', type: 'text', nullable: true })
  webauthnChallenge: string | null;

  /** Wrong codes given for it; at LOGIN_CHALLENGE_MAX_FAILURES it is spent. */
  @Column({ name: 'failed_attempts', type: 'int', default: 0 })
  failedAttempts: number;
}

/** Platform-wide security settings: one row. */
@Entity({ name: 'security_settings' })
export class SecuritySettingsEntity {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  /** Set by platform admins: agency admins and platform admins must have a second factor. */
  @Column({ name: 'admins_second_factor_required', type: 'boolean', default: false })
  adminsSecondFactorRequired: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
