import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in session: access tokens name it (`sid`) and are refused once it is revoked or expired, so logout
 * and disabling a user take effect on the next request and socket check.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** SHA-256 (hex) of the current refresh token; the token itself is never stored. */
  @Column({ name: 'refresh_token_hash', type: 'text' })
  refreshTokenHash: string;

  /**
   * SHA-256 of the refresh token rotated away from; seeing it again after the retry grace period ends the session (it
   * was copied).
   */
  @Column({ name: 'previous_refresh_token_hash', type: 'text', nullable: true })
  previousRefreshTokenHash: string | null;

  /**
   * When the refresh token was last rotated (UTC). For REFRESH_RETRY_GRACE_SECONDS after it, the token rotated away
   * from is taken as a retry whose answer was lost rather than as a copy (AuthService.refresh).
   */
  @Column({ name: 'refresh_rotated_at', type: 'timestamptz', nullable: true })
  refreshRotatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** End of the refresh token's life (UTC). */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /**
   * When the person last proved who they are in this session (UTC): at sign-in, then at each `reauthenticate`.
   * Sensitive actions need it within STEP_UP_WINDOW_SECONDS (300 s); refreshing tokens never renews it.
   */
  @Column({ name: 'reauthenticated_at', type: 'timestamptz', nullable: true })
  reauthenticatedAt: Date | null;

  /**
   * The session's last activity as recorded (UTC): sign-in, then authenticated requests, written at most once a
   * minute (AuthService.recordActivity). The session ends SESSION_IDLE_MINUTES after it. Refreshing tokens, socket
   * connections and requests the web client marks as made without the person (X-Taskforce-Idle-Seconds) do not move it.
   */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;
}
