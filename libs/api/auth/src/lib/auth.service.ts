import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, AuthUser, badInput, EventBus, normalizeEmail, unauthenticated } from '@taskforce/api-core';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { LoginFailureBudget } from './login-failure-budget';
import { AssertionCheck, PasskeyService } from './passkey.service';
import { FactorProof, SecondFactorVerificationService } from './second-factor-verification.service';
import { LoginChallengeEntity } from './second-factor.entity';
import { LoginResultModel } from './second-factor.model';
import { AccessClaims, SessionCheckService } from './session-check.service';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';
import { UserModel } from './user.model';
import { parseAuthenticationResponse } from './webauthn-json';


/** A session just opened or refreshed: the tokens and person for the answer, and what the session cookies need. */
export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (UTC). */
  accessTokenExpiresAt: Date;
  user: UserModel;
  sessionId: string;
  /** The session's absolute end (UTC), REFRESH_TOKEN_TTL_SECONDS after sign-in. */
  sessionExpiresAt: Date;
}

/** The answer to the first sign-in step: what LoginResult shows, and the session when one was opened. */
export type LoginOutcome = Omit<LoginResultModel, 'accessToken' | 'refreshToken' | 'accessTokenExpiresAt' | 'user'> & { session: IssuedSession | null };




const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * How long (seconds) after a rotation the refresh token rotated away from is still taken as a retry of that refresh
 * rather than as a copy: 30 s, the default of Okta's refresh-token rotation grace period (0–60 s), long enough for
 * a reload or a retried request, short enough that a copy used later still ends the session.
 */
export const REFRESH_RETRY_GRACE_SECONDS = 30;

const withinRetryGrace = (session: Pick<SessionEntity, 'refreshRotatedAt'>, now = Date.now()) =>
  session.refreshRotatedAt !== null && now - session.refreshRotatedAt.getTime() <= REFRESH_RETRY_GRACE_SECONDS * 1000;

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
    private readonly bus: EventBus,
    private readonly failures: LoginFailureBudget,
    private readonly secondFactor: SecondFactorVerificationService,
    private readonly passkeys: PasskeyService,
    private readonly sessionCheck: SessionCheckService,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly userRows: Repository<UserEntity>,
  ) {}

  /** argon2id hash of a password (library defaults: 64 MiB, 3 passes). */
  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * Checks e-mail (any spelling `normalizeEmail` maps to the stored one) and password and opens a session — or, for a
   * person with a second factor (TOTP or a passkey), opens none and answers `secondFactorRequired` with a challenge
   * token (32 random bytes, base64url; single use, LOGIN_CHALLENGE_TTL_SECONDS = 300 s) for loginSecondFactor, the
   * methods they have, and for a person with passkeys the WebAuthn request options (their passkeys, a random challenge
   * stored with the login challenge). Failed logins count against
   * the client address's and the overall budgets (LoginFailureBudget). A session opened here counts as a step-up
   * (`reauthenticatedAt` = now).
   * @param clientAddress the request's client address (`req.ip`), for the per-address budget.
   * @throws TOO_MANY_REQUESTS with `extensions.retryAfterSeconds` (integer seconds) when a failed-login budget is
   *   spent — before any password is checked, so no session is opened, for known and unknown e-mails alike.
   * @throws UNAUTHENTICATED "Wrong e-mail or password" for an unknown e-mail, a wrong password or a disabled account alike.
   */
  async login(email: string, password: string, clientAddress?: string | null): Promise<LoginOutcome> {
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
      const passkeyCount = await this.passkeys.count(user.id);
      if (user.totpEnabledAt || passkeyCount > 0) {
        const passkeyOptions = passkeyCount > 0 ? await this.passkeys.requestOptions(user.id) : null;
        const challengeToken = randomBytes(32).toString('base64url');
        const challengeExpiresAt = new Date(Date.now() + LOGIN_CHALLENGE_TTL_SECONDS * 1000);
        const challenges = this.userRows.manager.getRepository(LoginChallengeEntity);
        // Challenges are worth nothing after they expire: drop the person's old ones (kept a day for inquiries).
        await challenges.createQueryBuilder().delete().where("user_id = :id AND expires_at < now() - interval '1 day'", { id: user.id }).execute();
        await challenges.insert({
          userId: user.id,
          tokenHash: sha256(challengeToken),
          expiresAt: challengeExpiresAt,
          usedAt: null,
          failedAttempts: 0,
          webauthnChallenge: passkeyOptions?.challenge ?? null,
        });
        return {
          secondFactorRequired: true,
          secondFactorMethods: await this.secondFactor.methodsOf(user, passkeyCount),
          passkeyOptions: passkeyOptions ? JSON.stringify(passkeyOptions) : null,
          challengeToken,
          challengeExpiresAt,
          secondFactorEnrolmentRequired: false,
          session: null,
        };
      }
      const session = await this.openSession(this.userRows.manager, user);
      return {
        session,
        secondFactorRequired: false,
        secondFactorMethods: [],
        passkeyOptions: null,
        challengeToken: null,
        challengeExpiresAt: null,
        secondFactorEnrolmentRequired: await this.secondFactor.mustEnrol(user),
      };
    } finally {
      attempt.release();
    }
  }

  /**
   * Second step of a two-step sign-in: a TOTP code (once per 30-second step), a recovery code (once) or a passkey's
   * assertion (answering the WebAuthn challenge of this login challenge; see PasskeyService.checkAssertion) for a
   * challenge from `login`. In one transaction the challenge is spent, the code used up (or the passkey's counter
   * moved on) and the session opened, so a replayed challenge, a reused code or a replayed assertion opens nothing.
   * Wrong codes and assertions count in the failed-login budgets (address, overall, and the person's
   * SECOND_FACTOR_PERSON_FAILURE_LIMIT = 10 per LOGIN_RATE_WINDOW_SECONDS), and a challenge takes at most
   * LOGIN_CHALLENGE_MAX_FAILURES (5) of them. A correctly signed assertion whose counter did not move forward (a cloned
   * authenticator) is refused the same way and audited (PASSKEY_COUNTER_REGRESSED).
   * @throws UNAUTHENTICATED "Wrong or expired code: sign in again if it keeps failing" for an unknown, expired, used or
   *   worn-out challenge and a wrong or reused code or assertion alike (another person's passkey included);
   *   BAD_USER_INPUT when not exactly one of code, recoveryCode and passkeyResponse is given, or passkeyResponse is not
   *   an assertion's JSON (naming the field); TOO_MANY_REQUESTS (extensions.retryAfterSeconds) when a failed-login
   *   budget is spent.
   */
  async loginSecondFactor(challengeToken: string, proof: FactorProof, clientAddress?: string | null): Promise<IssuedSession> {
    if ([proof.code, proof.recoveryCode, proof.passkeyResponse].filter(Boolean).length !== 1) {
      throw badInput([{ field: 'code', message: 'give either a code from your authenticator app, a recovery code or a passkey' }]);
    }
    const assertion = proof.passkeyResponse ? parseAuthenticationResponse(proof.passkeyResponse, 'passkeyResponse') : null;
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
      let check: AssertionCheck | null = null;
      if (assertion) {
        check = challenge.webauthnChallenge ? await this.passkeys.checkAssertion(user.id, assertion, challenge.webauthnChallenge) : { kind: 'refused' };
        if (check.kind === 'counter-regressed') await this.passkeys.auditCounterRegression({ userId: user.id, agencyId: user.agencyId }, check, 'SIGN_IN');
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
        const used = check ? check.kind === 'ok' && (await this.passkeys.recordUse(m, check)) : await this.secondFactor.useFactor(m, user, proof, 'SIGN_IN');
        if (!used) throw wrong;
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

  private async openSession(m: EntityManager, user: UserEntity): Promise<IssuedSession> {
    await m.getRepository(UserEntity).update({ id: user.id }, { lastSignInAt: new Date() });
    const refreshToken = randomBytes(32).toString('base64url');
    const sessions = m.getRepository(SessionEntity);
    const now = new Date();
    const session = await sessions.save(
      sessions.create({
        userId: user.id,
        refreshTokenHash: sha256(refreshToken),
        previousRefreshTokenHash: null,
        expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        revokedAt: null,
        reauthenticatedAt: now,
        lastSeenAt: now,
      }),
    );
    return this.issue(user, session, refreshToken);
  }

  /**
   * The id of the session a refresh token names — its current token or the one rotated away from — whatever the
   * session's state; null when none. Reads only: the refresh cookie's CSRF check needs the session id before anything
   * is written.
   */
  async sessionIdOfRefreshToken(refreshToken: string): Promise<string | null> {
    const hash = sha256(refreshToken);
    const session = await this.sessions.findOne({ where: [{ refreshTokenHash: hash }, { previousRefreshTokenHash: hash }], select: { id: true } });
    return session?.id ?? null;
  }

  /**
   * Exchanges a refresh token for new tokens, rotating the refresh token. The token rotated away from, presented
   * again within REFRESH_RETRY_GRACE_SECONDS of the rotation, is a retry whose answer was lost (a page reloaded while
   * its refresh was under way, two requests racing): it gets new tokens too, and the lost successor becomes the one
   * whose later use gives a copy away. Presented after the grace period, it revokes the session (it was copied).
   * Refreshing is not activity: it neither renews the idle timeout nor revives a session that idled out.
   * @throws UNAUTHENTICATED when the token is unknown, expired, revoked or its user disabled; for a session that idled
   *   out, with reason SESSION_IDLE (`sessionIdle`).
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const hash = sha256(refreshToken);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const session = await this.sessions.findOne({ where: [{ refreshTokenHash: hash }, { previousRefreshTokenHash: hash }] });
      if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) throw unauthenticated();
      if (session.refreshTokenHash !== hash && !withinRetryGrace(session)) {
        await this.sessions.update({ id: session.id }, { revokedAt: new Date() });
        this.bus.publish('session.revoked', { sessionId: session.id });
        throw unauthenticated();
      }
      const user = await this.userRows.findOne({ where: { id: session.userId } });
      if (!user || user.disabledAt) throw unauthenticated();
      if (this.sessionCheck.idleEndOf(session.lastSeenAt).getTime() <= Date.now()) throw this.sessionCheck.sessionIdle();
      const next = randomBytes(32).toString('base64url');
      // Conditional on the row as read: of two refreshes racing on one token, the second reads the row again and is
      // then a retry within the grace period.
      const rotated = await this.sessions.update(
        { id: session.id, refreshTokenHash: session.refreshTokenHash, revokedAt: IsNull() },
        { refreshTokenHash: sha256(next), previousRefreshTokenHash: session.refreshTokenHash, refreshRotatedAt: new Date() },
      );
      if (rotated.affected) return this.issue(user, session, next);
    }
    throw unauthenticated();
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

  private async issue(user: UserEntity, session: Pick<SessionEntity, 'id' | 'expiresAt'>, refreshToken: string): Promise<IssuedSession> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, sid: session.id } satisfies AccessClaims, {
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      algorithm: 'HS256',
    });
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000),
      user: UserService.toModel(user),
      sessionId: session.id,
      sessionExpiresAt: session.expiresAt,
    };
  }
}
