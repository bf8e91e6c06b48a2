import { Role } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person with an account; belongs to exactly one agency. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id hash (PHC string); null until an invited person sets a password through a one-time link. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true })
  roles: Role[];

  /** When set (UTC), the account can neither sign in nor keep a session. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Last successful sign-in (UTC); null when never signed in. */
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  /** The language chosen for the web client (`LANGUAGES` of libs/domain: en, fr, es, ar); null = follow the browser. */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The TOTP secret (base32), sealed with SecretCipher (AES-256-GCM, context `totp-secret`); null without a factor. */
  @Column({ name: 'totp_secret_ciphertext', type: 'text', nullable: true })
  totpSecretCiphertext: string | null;

  @Column({ name: 'totp_secret_key_id', type: 'text', nullable: true })
  totpSecretKeyId: string | null;

  /** When the second factor was turned on (UTC); null = none. */
  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** A secret offered by beginTotpEnrolment and not yet confirmed (sealed like the active one). */
  @Column({ name: 'totp_pending_ciphertext', type: 'text', nullable: true })
  totpPendingCiphertext: string | null;

  @Column({ name: 'totp_pending_key_id', type: 'text', nullable: true })
  totpPendingKeyId: string | null;

  /** The 30-second time step of the last TOTP code accepted; codes of this step or earlier are refused (no reuse). */
  @Column({ name: 'totp_last_used_step', type: 'bigint', nullable: true })
  totpLastUsedStep: string | null;
}
