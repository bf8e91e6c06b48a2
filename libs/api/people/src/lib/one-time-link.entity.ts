import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Why a one-time link was issued. */
export enum OneTimeLinkPurpose {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A one-time link to set a password (`/set-password?token=…`): the token is 32 random bytes (base64url) given
 * once to the admin who asked for it; only its SHA-256 is stored. Valid until expiresAt, once.
 */
@Entity({ name: 'one_time_links' })
export class OneTimeLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'enum', enum: OneTimeLinkPurpose, enumName: 'one_time_link_purpose' })
  purpose: OneTimeLinkPurpose;

  /** SHA-256 (hex) of the token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** The admin who issued it. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** UTC; 72 h after creation. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When the person set their password with it (UTC). */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** When a newer link, or disabling the account, made it unusable (UTC). */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
