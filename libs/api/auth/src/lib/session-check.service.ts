import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AppConfig, AppError, AuthUser, isUuid, unauthenticated } from '@taskforce/api-core';
import { describeIdleLimit } from '@taskforce/domain';
import DataLoader from 'dataloader';
import { Repository } from 'typeorm';
import { SecondFactorVerificationService } from './second-factor-verification.service';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** The claims of an access token: the person (`sub`) and the session (`sid`). */
export interface AccessClaims {
  sub: string;
  sid: string;
}

/** A session that is live now, with what its sockets need to know. */
export interface LiveSession {
  user: AuthUser;
  /** Absolute end (UTC). */
  expiresAt: Date;
  /** Last recorded activity (UTC; see SessionEntity.lastSeenAt). */
  lastSeenAt: Date;
  /** When it idles out unless there is activity first: lastSeenAt + SESSION_IDLE_MINUTES (UTC). */
  idleEndsAt: Date;
}

/** A session to check: its id and its person's. */
interface SessionKey {
  sessionId: string;
  userId: string;
}

/** One row of the live-session check. */
interface LiveSessionRow {
  session_id: string;
  user_id: string;
  agency_id: string;
  roles: string | string[];
  expires_at: Date | string;
  reauthenticated_at: Date | string | null;
  last_seen_at: Date | string;
  must_enrol: boolean;
  idle: boolean;
}

/** Why a session a client held is no longer live: ended (logout, revoked, person disabled), EXPIRED (absolute), IDLE. */
export type SessionEndReason = 'ENDED' | 'EXPIRED' | 'IDLE';

/** Longest gap between two writes of a session's last activity: 60 seconds (shorter for idle limits under 10 minutes). */
export const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

/**
 * Is this session live, and who is it? Every request, socket handshake and push asks here: the access token's
 * signature and expiry, then the session re-read (not revoked, before its absolute end, active within
 * SESSION_IDLE_MINUTES, its person enabled), and the person's activity recorded. Signing in, refreshing and ending
 * sessions: AuthService.
 */
@Injectable()
export class SessionCheckService {
  constructor(
    private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly secondFactor: SecondFactorVerificationService,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  private readonly live = new DataLoader<SessionKey, LiveSession, string>((keys) => this.loadLive(keys), { cache: false, maxBatchSize: 500, batchScheduleFn: (run) => setImmediate(run) });

  /** The idle limit, SESSION_IDLE_MINUTES, in milliseconds. */
  get idleLimitMs(): number {
    return Math.round(this.config.SESSION_IDLE_MINUTES * 60_000);
  }

  /**
   * UNAUTHENTICATED for a session that idled out: "Your session ended after 30 minutes without activity; sign in
   * again", with extensions `reason: 'SESSION_IDLE'` and `idleMinutes` (SESSION_IDLE_MINUTES).
   */
  sessionIdle(): AppError {
    const minutes = this.config.SESSION_IDLE_MINUTES;
    return unauthenticated(`Your session ended after ${describeIdleLimit(minutes)} without activity; sign in again`, { reason: 'SESSION_IDLE', idleMinutes: minutes });
  }

  /**
   * Records activity of a live session at `at` (UTC; the request's time less the idle seconds the web client reported),
   * writing `last_seen_at` only when it moves forward by ACTIVITY_WRITE_INTERVAL_MS (60 s; a tenth of the idle limit
   * when that is shorter), so a busy session costs one small UPDATE a minute. The write only ever moves it forward.
   */
  async recordActivity(session: Pick<LiveSession, 'user' | 'lastSeenAt'>, at: Date): Promise<void> {
    const interval = Math.min(ACTIVITY_WRITE_INTERVAL_MS, this.idleLimitMs / 10);
    if (at.getTime() - session.lastSeenAt.getTime() < interval) return;
    await this.sessions
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ lastSeenAt: at })
      .where('id = :id AND last_seen_at < :at AND revoked_at IS NULL', { id: session.user.sessionId, at })
      .execute();
  }

  idleEndOf(lastSeenAt: Date): Date {
    return new Date(lastSeenAt.getTime() + this.idleLimitMs);
  }

  /**
   * The person an access token was issued to (its `sub`) when its signature and expiry are valid, else null —
   * without reading the session: for charging a request to its person before it runs (the GraphQL cost budget).
   * A token of a session ended since still names its person; the request is then refused by `authenticate`.
   */
  async accessTokenSubject(accessToken: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'] });
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }

  /**
   * Resolves an access token to its caller, re-reading session and user.
   * @throws UNAUTHENTICATED when the token is malformed, expired, or its session or user is no longer active (idle
   *   sessions with reason SESSION_IDLE).
   */
  async authenticate(accessToken: string): Promise<AuthUser> {
    return (await this.authenticateSession(accessToken)).user;
  }

  /**
   * Like `authenticate`, and also says when the session ends: its absolute expiry (UTC; the refresh token's end,
   * REFRESH_TOKEN_TTL_SECONDS after login, never extended by refreshing) and when it idles out. The socket gateway
   * disconnects a socket then. Records no activity (see recordActivity).
   * @throws UNAUTHENTICATED as `authenticate` does.
   */
  async authenticateSession(accessToken: string): Promise<LiveSession> {
    const claims = await this.verifyAccessToken(accessToken);
    return this.liveSession(claims.sid, claims.sub);
  }

  /**
   * Checks an access token's signature (HS256) and lifetime; reads nothing.
   * @throws UNAUTHENTICATED when it is malformed, forged or expired.
   */
  async verifyAccessToken(accessToken: string): Promise<AccessClaims> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'] });
    } catch {
      throw unauthenticated();
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw unauthenticated();
    return claims;
  }

  /**
   * The session `sessionId` of person `userId` if it is live now: not revoked, before its absolute end, active within
   * SESSION_IDLE_MINUTES, its person enabled. Re-read on every call (roles, step-up and second-factor duty included).
   * @throws UNAUTHENTICATED otherwise; for an idle session with reason SESSION_IDLE (`sessionIdle`).
   */
  async liveSession(sessionId: string, userId: string): Promise<LiveSession> {
    if (!isUuid(sessionId) || !isUuid(userId)) throw unauthenticated();
    return this.live.load({ sessionId, userId });
  }

  /**
   * The checks asked within one turn of the event loop (DataLoader scheduled with setImmediate, so the requests and
   * socket messages read in one poll phase go together; nothing cached between turns) in one statement: a thousand
   * sockets watching an operation at once cost a handful of statements, not a thousand. Answers in the order of `keys`.
   */
  private async loadLive(keys: readonly SessionKey[]): Promise<Array<LiveSession | Error>> {
    const rows = await this.sessions
      .createQueryBuilder('s')
      .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
      .innerJoin(AgencyEntity, 'a', 'a.id = u.agency_id')
      .select(['s.id AS session_id', 'u.id AS user_id', 'u.agency_id AS agency_id', 'u.roles AS roles', 's.expires_at AS expires_at', 's.reauthenticated_at AS reauthenticated_at', 's.last_seen_at AS last_seen_at'])
      .addSelect(this.secondFactor.enrolmentRequiredSql(), 'must_enrol')
      .addSelect('s.last_seen_at <= now() - make_interval(secs => :idleSeconds)', 'idle')
      .where('(s.id, s.user_id) IN (SELECT * FROM unnest(CAST(:sids AS uuid[]), CAST(:subs AS uuid[])))', {
        sids: keys.map((k) => k.sessionId),
        subs: keys.map((k) => k.userId),
        idleSeconds: this.idleLimitMs / 1000,
      })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL')
      .getRawMany<LiveSessionRow>();
    const byKey = new Map(rows.map((row) => [`${row.session_id}|${row.user_id}`, row]));
    return keys.map(({ sessionId, userId }) => {
      const row = byKey.get(`${sessionId}|${userId}`);
      if (!row) return unauthenticated();
      if (row.idle) return this.sessionIdle();
      const lastSeenAt = new Date(row.last_seen_at);
      return {
        user: {
          userId: row.user_id,
          agencyId: row.agency_id,
          roles: parsePgArray(row.roles) as AuthUser['roles'],
          sessionId,
          reauthenticatedAt: row.reauthenticated_at ? new Date(row.reauthenticated_at) : null,
          secondFactorEnrolmentRequired: row.must_enrol === true,
        },
        expiresAt: new Date(row.expires_at),
        lastSeenAt,
        idleEndsAt: this.idleEndOf(lastSeenAt),
      };
    });
  }

  /**
   * Why the session `sessionId` is not live, for a client being told its session ended: IDLE when it idled out (and is
   * otherwise live), EXPIRED when its absolute end has passed, ENDED otherwise (logout, revoked, person disabled, unknown).
   */
  async endReason(sessionId: string): Promise<SessionEndReason> {
    const session = await this.sessions.findOne({ where: { id: sessionId } });
    if (!session || session.revokedAt) return 'ENDED';
    if (session.expiresAt.getTime() <= Date.now()) return 'EXPIRED';
    return this.idleEndOf(session.lastSeenAt).getTime() <= Date.now() ? 'IDLE' : 'ENDED';
  }
}

/** Raw enum arrays come back from pg as '{A,B}' strings (pg has no parser for custom enum array types). */
function parsePgArray(value: string | string[]): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}
