import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AppConfig, AuthUser, badInput, EventBus, normalizeEmail, unauthenticated } from '@taskforce/api-core';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { LoginFailureBudget } from './login-failure-budget';
import { FactorProof, SecondFactorService } from './second-factor.service';
import { LoginChallengeEntity } from './second-factor.entities';
import { LoginResultModel } from './second-factor.model';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';
import { AuthPayloadModel } from './user.model';

interface AccessClaims {
  sub: string;
  sid: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** How long the first step of a two-step sign-in waits for the second: 300 seconds. */
export const LOGIN_CHALLENGE_TTL_SECONDS = 300;
/** Wrong codes a login challenge takes before it is spent (the failed-login budgets count each one too). */
export const LOGIN_CHALLENGE_MAX_FAILURES = 5;

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
    private readonly secondFactor: SecondFactorService,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly userRows: Repository<UserEntity>,
  ) {}

  /** argon2id hash of a password (library defaults: 64 MiB, 3 passes). */
  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Checks e-mail (any spelling `normalizeEmail` maps to the stored one) and password and opens a session — or, for a
   * person with a second factor, opens none and answers `secondFactorRequired` with a challenge token (32 random bytes,
   * base64url; single use, LOGIN_CHALLENGE_TTL_SECONDS = 300 s) for loginSecondFactor. Failed logins count against
   * the client address's and the overall budgets (LoginFailureBudget). A session opened here counts as a step-up
   * (`reauthenticatedAt` = now).
   * @param clientAddress the request's client address (`req.ip`), for the per-address budget.
   * @throws TOO_MANY_REQUESTS with `extensions.retryAfterSeconds` (integer seconds) when a failed-login budget is
   *   spent — before any password is checked, so no session is opened, for known and unknown e-mails alike.
   * @throws UNAUTHENTICATED "Wrong e-mail or password" for an unknown e-mail, a wrong password or a disabled account alike.
   */
  async login(email: string, password: string, clientAddress?: string | null): Promise<LoginResultModel> {
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
      if (user.totpEnabledAt) {
        const challengeToken = randomBytes(32).toString('base64url');
        const challengeExpiresAt = new Date(Date.now() + LOGIN_CHALLENGE_TTL_SECONDS * 1000);
        const challenges = this.userRows.manager.getRepository(LoginChallengeEntity);
        // Challenges are worth nothing after they expire: drop the person's old ones (kept a day for inquiries).
        await challenges.createQueryBuilder().delete().where("user_id = :id AND expires_at < now() - interval '1 day'", { id: user.id }).execute();
        await challenges.insert({ userId: user.id, tokenHash: sha256(challengeToken), expiresAt: challengeExpiresAt, usedAt: null, failedAttempts: 0 });
        return { secondFactorRequired: true, challengeToken, challengeExpiresAt, accessToken: null, refreshToken: null, accessTokenExpiresAt: null, user: null, secondFactorEnrolmentRequired: false };
      }
      const payload = await this.openSession(this.userRows.manager, user);
      return { ...payload, secondFactorRequired: false, challengeToken: null, challengeExpiresAt: null, secondFactorEnrolmentRequired: await this.secondFactor.mustEnrol(user) };
    } finally {
      attempt.release();
    }
  }

  /**
   * Second step of a two-step sign-in: a TOTP code (once per 30-second step) or a recovery code (once) for a challenge
   * from `login`. In one transaction the challenge is spent, the code used up and the session opened, so a replayed
   * challenge or a reused code opens nothing. Wrong codes count in the failed-login budgets (address, overall, and the
   * person's SECOND_FACTOR_PERSON_FAILURE_LIMIT = 10 per LOGIN_RATE_WINDOW_SECONDS), and a challenge takes at most
   * LOGIN_CHALLENGE_MAX_FAILURES (5) of them.
   * @throws UNAUTHENTICATED "Wrong or expired code: sign in again if it keeps failing" for an unknown, expired, used or
   *   worn-out challenge and a wrong or reused code alike; BAD_USER_INPUT when neither or both of code and recoveryCode
   *   are given; TOO_MANY_REQUESTS (extensions.retryAfterSeconds) when a failed-login budget is spent.
   */
  async loginSecondFactor(challengeToken: string, proof: FactorProof, clientAddress?: string | null): Promise<AuthPayloadModel> {
    if (!proof.code === !proof.recoveryCode) throw badInput([{ field: 'code', message: 'give either a code from your authenticator app or a recovery code' }]);
    const challenges = this.userRows.manager.getRepository(LoginChallengeEntity);
    const challenge = await challenges.findOne({ where: { tokenHash: sha256(challengeToken) } });
    const attempt = await this.failures.admit(clientAddress, challenge?.userId);
    const refused = () => unauthenticated('Wrong or expired code: sign in again if it keeps failing');
    try {
      const user = challenge ? await this.userRows.findOne({ where: { id: challenge.userId } }) : null;
      const live = !!challenge && !challenge.usedAt && challenge.expiresAt.getTime() > Date.now() && challenge.failedAttempts < LOGIN_CHALLENGE_MAX_FAILURES;
      if (!challenge || !user || !live || user.disabledAt) {
        await attempt.failed();
        throw refused();
      }
      // A wrong code rolls the whole transaction back (the challenge stays usable until its failures run out).
      const wrong = new Error('second factor refused');
      const payload = await this.userRows.manager
        .transaction(async (m) => {
        const spent = await m
          .createQueryBuilder()
          .update(LoginChallengeEntity)
          .set({ usedAt: () => 'now()' })
          .where('id = :id AND used_at IS NULL AND expires_at > now() AND failed_attempts < :max', { id: challenge.id, max: LOGIN_CHALLENGE_MAX_FAILURES })
          .execute();
        if (!spent.affected) throw wrong;
        if (!(await this.secondFactor.useFactor(m, user, proof, 'SIGN_IN'))) throw wrong;
        return this.openSession(m, user);
      })
        .catch((error: unknown) => {
          if (error === wrong) return null;
          throw error;
        });
      if (!payload) {
        await challenges.increment({ id: challenge.id, usedAt: IsNull() }, 'failedAttempts', 1);
        await attempt.failed();
        throw refused();
      }
      return payload;
    } finally {
      attempt.release();
    }
  }

  private async openSession(m: EntityManager, user: UserEntity): Promise<AuthPayloadModel> {
    await m.getRepository(UserEntity).update({ id: user.id }, { lastSignInAt: new Date() });
    const refreshToken = randomBytes(32).toString('base64url');
    const sessions = m.getRepository(SessionEntity);
    const session = await sessions.save(
      sessions.create({
        userId: user.id,
        refreshTokenHash: sha256(refreshToken),
        previousRefreshTokenHash: null,
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        revokedAt: null,
        reauthenticatedAt: new Date(),
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
    // The user also carries `reauthenticatedAt` (step-up) and `secondFactorEnrolmentRequired`.
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
      .innerJoin(AgencyEntity, 'a', 'a.id = u.agency_id')
      .select(['u.id AS user_id', 'u.agency_id AS agency_id', 'u.roles AS roles', 's.expires_at AS expires_at', 's.reauthenticated_at AS reauthenticated_at'])
      .addSelect(this.secondFactor.enrolmentRequiredSql(), 'must_enrol')
      .where('s.id = :sid AND s.user_id = :sub', { sid: claims.sid, sub: claims.sub })
      .andWhere('s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL')
      .getRawOne<{ user_id: string; agency_id: string; roles: string | string[]; expires_at: Date | string; reauthenticated_at: Date | string | null; must_enrol: boolean }>();
    if (!row) throw unauthenticated();
    return {
      user: {
        userId: row.user_id,
        agencyId: row.agency_id,
        roles: parsePgArray(row.roles) as AuthUser['roles'],
        sessionId: claims.sid,
        reauthenticatedAt: row.reauthenticated_at ? new Date(row.reauthenticated_at) : null,
        secondFactorEnrolmentRequired: row.must_enrol === true,
      },
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
