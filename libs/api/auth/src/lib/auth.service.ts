import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, AuthUser, EventBus, normalizeEmail, unauthenticated } from '@taskforce/api-core';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { LoginFailureBudget } from './login-failure-budget';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';
import { AuthPayloadModel } from './user.model';

interface AccessClaims {
  sub: string;
  sid: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Sign-in, sessions and tokens. Access tokens are JWTs (HS256, ACCESS_TOKEN_TTL_SECONDS) naming a session;
 * every use re-reads the session and the user, so logout and disabling act at once.
 */
@Injectable()
export class AuthService {
  /** Hash verified when the e-mail is unknown, so a wrong e-mail costs the same time as a wrong password. */
  private dummyHash?: Promise<string>;

  constructor(
    private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly users: UserService,
    private readonly bus: EventBus,
    private readonly failures: LoginFailureBudget,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly userRows: Repository<UserEntity>,
  ) {}

  /** argon2id hash of a password (library defaults: 64 MiB, 3 passes). */
  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Checks e-mail (any spelling `normalizeEmail` maps to the stored one) and password and opens a session. Failed
   * logins count against the client address's and the overall budgets (LoginFailureBudget).
   * @param clientAddress the request's client address (`req.ip`), for the per-address budget.
   * @throws TOO_MANY_REQUESTS with `extensions.retryAfterSeconds` (integer seconds) when a failed-login budget is
   *   spent — before any password is checked, so no session is opened, for known and unknown e-mails alike.
   * @throws UNAUTHENTICATED "Wrong e-mail or password" for an unknown e-mail, a wrong password or a disabled account alike.
   */
  async login(email: string, password: string, clientAddress?: string | null): Promise<AuthPayloadModel> {
    const attempt = await this.failures.admit(clientAddress);
    try {
      const user = await this.userRows.findOne({ where: { email: normalizeEmail(email) } });
      this.dummyHash ??= AuthService.hashPassword(randomBytes(16).toString('hex'));
      const hash = user?.passwordHash ?? (await this.dummyHash);
      const ok = await argon2.verify(hash, password).catch(() => false);
      if (!user || !ok || user.disabledAt) {
        await attempt.failed();
        throw unauthenticated('Wrong e-mail or password');
      }
      return await this.openSession(user);
    } finally {
      attempt.release();
    }
  }

  private async openSession(user: UserEntity): Promise<AuthPayloadModel> {
    await this.userRows.update({ id: user.id }, { lastSignInAt: new Date() });
    const refreshToken = randomBytes(32).toString('base64url');
    const session = await this.sessions.save(
      this.sessions.create({
        userId: user.id,
        refreshTokenHash: sha256(refreshToken),
        previousRefreshTokenHash: null,
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        revokedAt: null,
      }),
    );
    return this.payload(user, session.id, refreshToken);
  }

  /**
   * Exchanges a refresh token for new tokens, rotating the refresh token. Presenting an already-rotated token
   * revokes the session (it was copied).
   * @throws UNAUTHENTICATED when the token is unknown, expired, revoked or its user disabled.
   */
  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    const hash = sha256(refreshToken);
    const session = await this.sessions.findOne({ where: { refreshTokenHash: hash } });
    if (!session) {
      const copied = await this.sessions.findOne({ where: { previousRefreshTokenHash: hash, revokedAt: IsNull() } });
      if (copied) {
        await this.sessions.update({ id: copied.id }, { revokedAt: new Date() });
        this.bus.publish('session.revoked', { sessionId: copied.id });
      }
      throw unauthenticated();
    }
    if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) throw unauthenticated();
    const user = await this.userRows.findOne({ where: { id: session.userId } });
    if (!user || user.disabledAt) throw unauthenticated();
    const next = randomBytes(32).toString('base64url');
    const rotated = await this.sessions.update(
      { id: session.id, refreshTokenHash: session.refreshTokenHash, revokedAt: IsNull() },
      { refreshTokenHash: sha256(next), previousRefreshTokenHash: session.refreshTokenHash },
    );
    if (!rotated.affected) throw unauthenticated();
    return this.payload(user, session.id, next);
  }

  /** Ends the session and (through the event bus) its sockets. Returns true. */
  async logout(auth: AuthUser): Promise<boolean> {
    await this.sessions.update({ id: auth.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.bus.publish('session.revoked', { sessionId: auth.sessionId });
    return true;
  }

  /** Ends every session of a user and disconnects their sockets (used when the user is disabled or sets a new password). */
  async revokeAllSessions(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.bus.publish('user.disabled', { userId });
  }

  /**
   * Resolves an access token to its caller, re-reading session and user.
   * @throws UNAUTHENTICATED when the token is malformed, expired, or its session or user is no longer active.
   */
  async authenticate(accessToken: string): Promise<AuthUser> {
    return (await this.authenticateSession(accessToken)).user;
  }

  /**
   * Like `authenticate`, and also says when the session ends: its absolute expiry (UTC; the refresh token's end,
   * REFRESH_TOKEN_TTL_SECONDS after login, never extended by refreshing). The socket gateway disconnects a socket
   * at that instant.
   * @throws UNAUTHENTICATED as `authenticate` does.
   */
  async authenticateSession(accessToken: string): Promise<{ user: AuthUser; sessionExpiresAt: Date }> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'] });
    } catch {
      throw unauthenticated();
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw unauthenticated();
    const row = await this.sessions
      .createQueryBuilder('s')
      .innerJoin(UserEntity, 'u', 'u.id = s.user_id')
      .select(['u.id AS user_id', 'u.agency_id AS agency_id', 'u.roles AS roles', 's.expires_at AS expires_at'])
      .where('s.id = :sid AND s.user_id = :sub', { sid: claims.sid, sub: claims.sub })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL')
      .getRawOne<{ user_id: string; agency_id: string; roles: string | string[]; expires_at: Date | string }>();
    if (!row) throw unauthenticated();
    return {
      user: { userId: row.user_id, agencyId: row.agency_id, roles: parsePgArray(row.roles) as AuthUser['roles'], sessionId: claims.sid },
      sessionExpiresAt: new Date(row.expires_at),
    };
  }

  private async payload(user: UserEntity, sessionId: string, refreshToken: string): Promise<AuthPayloadModel> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, sid: sessionId } satisfies AccessClaims, {
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      algorithm: 'HS256',
    });
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000),
      user: UserService.toModel(user),
    };
  }
}

/** Raw enum arrays come back from pg as '{A,B}' strings (pg has no parser for custom enum array types). */
function parsePgArray(value: string | string[]): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}
