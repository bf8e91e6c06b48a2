import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A passkey (WebAuthn public-key credential) a person registered as a second factor. */
@Entity({ name: 'passkeys' })
export class PasskeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The credential id as the authenticator made it, base64url without padding; unique over all people. */
  @Column({ name: 'credential_id', type: 'text', unique: true })
  credentialId: string;

  /** The credential's public key as a COSE_Key (RFC 9052 §7), as it came in the attested credential data. */
  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  /** The signature counter last accepted (0 for authenticators that keep none); bigint comes back as a string. */
  @Column({ name: 'counter', type: 'bigint' })
  counter: string;

  /** How the browser may reach the authenticator (`internal`, `usb`, `nfc`, `ble`, `hybrid`, …), as it reported. */
  @Column({ type: 'text', array: true })
  transports: string[];

  /** What the person called it ("Work laptop"), one line of 1–60 characters. */
  @Column({ type: 'text' })
  name: string;

  /** `singleDevice`, or `multiDevice` when the passkey may be synced between devices (backup eligible). */
  @Column({ name: 'device_type', type: 'text' })
  deviceType: 'singleDevice' | 'multiDevice';

  /** Whether the authenticator said it is backed up (synced) at registration. */
  @Column({ name: 'backed_up', type: 'boolean' })
  backedUp: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Last sign-in or step-up with it (UTC); null when never used since registration. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}

/** What a stored WebAuthn challenge is for (sign-in challenges live on `login_challenges`). */
export type WebauthnChallengePurpose = 'REGISTRATION' | 'REAUTHENTICATION';

/**
 * A WebAuthn challenge handed out for a registration or a step-up: 32 random bytes (base64url), bound to the person and
 * the session that asked, single use, valid WEBAUTHN_CHALLENGE_TTL_SECONDS.
 */
@Entity({ name: 'webauthn_challenges' })
export class WebauthnChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'text' })
  purpose: WebauthnChallengePurpose;

  /** The challenge, base64url as in the options and in the browser's clientDataJSON. */
  @Column({ type: 'text', unique: true })
  challenge: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** End of its life (UTC). */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** When an answer to it was checked (UTC), whatever the outcome; then it is spent. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
