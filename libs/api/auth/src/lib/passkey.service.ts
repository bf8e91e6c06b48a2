import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AppConfig, AuthUser, badInput, failedPrecondition, reauthenticationRequired, STEP_UP_WINDOW_SECONDS, unauthenticated } from '@taskforce/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { PasskeyEntity, WebauthnChallengeEntity, type WebauthnChallengePurpose } from './passkey.entity';
import { isRecent } from './step-up';
import { UserEntity } from './user.entity';
import { challengeOf, parseRegistrationResponse } from './webauthn-json';

/** How long a WebAuthn challenge (registration, step-up) may be answered: 300 seconds, like a login challenge. */
export const WEBAUTHN_CHALLENGE_TTL_SECONDS = 300;
/** The longest credential id accepted (W3C WebAuthn Level 3 §7.1); base64url makes at most 1366 characters of it. */
const MAX_CREDENTIAL_ID_BYTES = 1023;
/** Passkeys one person may register. */
export const MAX_PASSKEYS_PER_PERSON = 20;
/** The relying party's name shown by authenticators (WebAuthn `rp.name`). */
export const WEBAUTHN_RP_NAME = 'Task-force workspace';
/**
 * Public-key algorithms accepted for new passkeys (COSE ids, IANA registry): ES256 (-7), EdDSA (-8), RS256 (-257) —
 * the ones every current authenticator offers.
 */
export const PASSKEY_ALGORITHMS = [-7, -8, -257];

/** A WebAuthn challenge handed to the client: the options as JSON and when they expire. */
export interface PasskeyChallengeOffer {
  /** PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON (WebAuthn Level 3 §5.4, §5.5). */
  optionsJson: string;
  /** UTC. */
  expiresAt: Date;
}

/** What checking an assertion against a person's passkeys found. */
export type AssertionCheck =
  /** Signed by one of the person's passkeys for the expected challenge, origin and RP id, counter moving forward. */
  | { kind: 'ok'; passkey: PasskeyEntity; newCounter: number }
  /** Correctly signed, but the signature counter did not move past the stored one: a cloned authenticator. */
  | { kind: 'counter-regressed'; passkey: PasskeyEntity; newCounter: number }
  /** Anything else: unknown credential, another person's passkey, wrong challenge, origin, RP id or signature. */
  | { kind: 'refused' };

/**
 * The WebAuthn user handle of a person: the 16 bytes of their id (a random UUID — no personal data, W3C WebAuthn
 * Level 3 §14.6.1), the same for all their passkeys.
 */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId.replace(/-/g, ''), 'hex'));
}

/**
 * Passkeys (W3C Web Authentication Level 3, through @simplewebauthn/server) as a second factor: the registration
 * ceremony, the options of sign-in and step-up assertions, checking an assertion, and the signature counter.
 * Challenges are 32 random bytes, single use, WEBAUTHN_CHALLENGE_TTL_SECONDS long: registration and step-up ones are
 * stored bound to the person and session (`webauthn_challenges`), sign-in ones on the login challenge. Answers must come
 * from one of WEBAUTHN_ORIGINS for WEBAUTHN_RP_ID. User presence is required, user verification preferred but not
 * required (the password is the first factor; the passkey proves possession).
 */
@Injectable()
export class PasskeyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** A person's passkeys, oldest first. */
  list(userId: string, m: EntityManager = this.db.manager): Promise<PasskeyEntity[]> {
    return m.getRepository(PasskeyEntity).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** How many passkeys a person has. */
  count(userId: string, m: EntityManager = this.db.manager): Promise<number> {
    return m.getRepository(PasskeyEntity).count({ where: { userId } });
  }

  /**
   * Starts registering a passkey: creation options for `navigator.credentials.create` (attestation `none`, the person's
   * passkeys excluded so one authenticator is not registered twice) with a new challenge bound to this session.
   * @throws REAUTHENTICATION_REQUIRED when the session has not given the password or a factor within 300 seconds;
   *   FAILED_PRECONDITION when the person has MAX_PASSKEYS_PER_PERSON (20) already.
   */
  async beginRegistration(user: AuthUser): Promise<PasskeyChallengeOffer> {
    if (!isRecent(user.reauthenticatedAt)) throw reauthenticationRequired(STEP_UP_WINDOW_SECONDS);
    const row = await this.db.getRepository(UserEntity).findOne({ where: { id: user.userId } });
    if (!row || row.disabledAt) throw unauthenticated();
    const existing = await this.list(user.userId);
    if (existing.length >= MAX_PASSKEYS_PER_PERSON) throw failedPrecondition(`You have ${MAX_PASSKEYS_PER_PERSON} passkeys, the most one person may have: remove one first`);
    const options: PublicKeyCredentialCreationOptionsJSON = await generateRegistrationOptions({
      rpName: WEBAUTHN_RP_NAME,
      rpID: this.config.webauthnRpId,
      userName: row.email,
      userDisplayName: row.displayName,
      userID: userHandleOf(row.id),
      timeout: WEBAUTHN_CHALLENGE_TTL_SECONDS * 1000,
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
    });
    const expiresAt = await this.storeChallenge(user, 'REGISTRATION', options.challenge);
    return { optionsJson: JSON.stringify(options), expiresAt };
  }

  /**
   * Finishes a registration begun in this session: checks the authenticator's answer (challenge, origin, RP id, user
   * presence, a supported algorithm) and stores the passkey under `name`. The challenge is spent by the attempt,
   * whatever its outcome.
   * @param responseText the RegistrationResponseJSON (field `response`).
   * @throws BAD_USER_INPUT naming `name` (1–60 characters, one line) or `response` (not a registration's JSON; no live
   *   registration of this session; not verifiable; a passkey registered already).
   */
  async finishRegistration(user: AuthUser, name: string, responseText: string): Promise<PasskeyEntity> {
    const cleanName = validName(name);
    const response = parseRegistrationResponse(responseText, 'response');
    const challenge = challengeOf(response);
    if (!challenge || !(await this.spendChallenge(user, 'REGISTRATION', challenge))) {
      throw badInput([{ field: 'response', message: 'does not answer a passkey registration begun in this session in the last 5 minutes: add the passkey again' }]);
    }
    let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: this.config.webauthnOrigins,
        expectedRPID: this.config.webauthnRpId,
        requireUserPresence: true,
        requireUserVerification: false,
        supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
      });
    } catch {
      verified = { verified: false };
    }
    if (!verified.verified) throw badInput([{ field: 'response', message: 'the passkey could not be verified for this site: add it again' }]);
    const info = verified.registrationInfo;
    // WebAuthn Level 3 §7.1 step 17: credential ids longer than 1023 bytes are refused.
    if (Buffer.from(info.credential.id, 'base64url').length > MAX_CREDENTIAL_ID_BYTES) throw badInput([{ field: 'response', message: 'the credential id is longer than 1023 bytes' }]);
    return this.db.transaction(async (m) => {
      const inserted = (await m.query(
        `INSERT INTO passkeys (user_id, credential_id, public_key, counter, transports, name, device_type, backed_up)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (credential_id) DO NOTHING RETURNING id`,
        [user.userId, info.credential.id, Buffer.from(info.credential.publicKey), info.credential.counter, response.response.transports ?? [], cleanName, info.credentialDeviceType, info.credentialBackedUp],
      )) as Array<{ id: string }>;
      const id = inserted[0]?.id;
      if (!id) throw badInput([{ field: 'response', message: 'this passkey is registered already' }]);
      await this.audit.record(user, { action: AuditAction.PASSKEY_REGISTERED, subjectType: AuditSubject.PERSON, subjectId: user.userId, details: { passkeyId: id, transports: response.response.transports ?? [] } }, m);
      return m.getRepository(PasskeyEntity).findOneOrFail({ where: { id } });
    });
  }

  /**
   * Request options for `navigator.credentials.get` naming the person's passkeys, with a new random challenge; null when
   * the person has none. The caller stores the challenge (a login challenge, or `webauthn_challenges`).
   */
  async requestOptions(userId: string): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
    const passkeys = await this.list(userId);
    if (!passkeys.length) return null;
    return generateAuthenticationOptions({
      rpID: this.config.webauthnRpId,
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
      userVerification: 'preferred',
      timeout: WEBAUTHN_CHALLENGE_TTL_SECONDS * 1000,
    });
  }

  /**
   * Starts a step-up with a passkey: request options with a challenge bound to this session (purpose
   * REAUTHENTICATION), answered through `reauthenticate(passkeyResponse)`.
   * @throws FAILED_PRECONDITION when the person has no passkey.
   */
  async beginReauthentication(user: AuthUser): Promise<PasskeyChallengeOffer> {
    const options = await this.requestOptions(user.userId);
    if (!options) throw failedPrecondition('You have no passkey: confirm with your password or a code');
    const expiresAt = await this.storeChallenge(user, 'REAUTHENTICATION', options.challenge);
    return { optionsJson: JSON.stringify(options), expiresAt };
  }

  /**
   * Spends a live challenge of `purpose` that this session of the person was given (compare-and-set: one answer only,
   * also under parallel requests). False when there is none: unknown, another session's or person's, expired or used.
   */
  async spendChallenge(user: Pick<AuthUser, 'userId' | 'sessionId'>, purpose: WebauthnChallengePurpose, challenge: string): Promise<boolean> {
    const spent = await this.db
      .createQueryBuilder()
      .update(WebauthnChallengeEntity)
      .set({ usedAt: () => 'now()' })
      .where('challenge = :challenge AND user_id = :userId AND session_id = :sessionId AND purpose = :purpose AND used_at IS NULL AND expires_at > now()', {
        challenge,
        userId: user.userId,
        sessionId: user.sessionId,
        purpose,
      })
      .execute();
    return spent.affected === 1;
  }

  /**
   * Checks an assertion against the person's passkeys: the credential must be theirs (and the user handle, when given,
   * theirs), and @simplewebauthn/server must verify the challenge, origin (WEBAUTHN_ORIGINS), RP id hash
   * (WEBAUTHN_RP_ID), user presence and the signature over authenticatorData ‖ SHA-256(clientDataJSON). The counter is
   * judged here rather than by the library, so a correctly signed assertion with a counter that did not move forward
   * can be told apart (and audited) from a wrong one: it must exceed the stored value unless both are 0 (authenticators
   * without a counter; W3C WebAuthn Level 3 §6.1.1). Writes nothing.
   */
  async checkAssertion(userId: string, assertion: AuthenticationResponseJSON, expectedChallenge: string): Promise<AssertionCheck> {
    const passkey = await this.db.getRepository(PasskeyEntity).findOne({ where: { credentialId: assertion.id, userId } });
    if (!passkey) return { kind: 'refused' };
    const handle = assertion.response.userHandle;
    if (handle !== undefined && handle !== Buffer.from(userHandleOf(userId)).toString('base64url')) return { kind: 'refused' };
    let newCounter: number;
    try {
      const result = await verifyAuthenticationResponse({
        response: assertion,
        expectedChallenge,
        expectedOrigin: this.config.webauthnOrigins,
        expectedRPID: this.config.webauthnRpId,
        // Counter 0 here turns the library's own counter check off: it is judged below.
        credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: 0, transports: passkey.transports },
        requireUserVerification: false,
      });
      if (!result.verified) return { kind: 'refused' };
      newCounter = result.authenticationInfo.newCounter;
    } catch {
      return { kind: 'refused' };
    }
    const stored = Number(passkey.counter);
    if ((newCounter > 0 || stored > 0) && newCounter <= stored) return { kind: 'counter-regressed', passkey, newCounter };
    return { kind: 'ok', passkey, newCounter };
  }

  /**
   * Records the use of a passkey found `ok` inside transaction `m`: the new counter and `last_used_at`, with a
   * compare-and-set on the counter, so two uses carrying one counter value cannot both pass. False when the counter
   * moved meanwhile.
   */
  async recordUse(m: EntityManager, check: Extract<AssertionCheck, { kind: 'ok' }>): Promise<boolean> {
    const [, affected] = (await m.query(
      'UPDATE passkeys SET counter = $2, last_used_at = now() WHERE id = $1 AND (counter < $2 OR (counter = 0 AND $2 = 0))',
      [check.passkey.id, check.newCounter],
    )) as [unknown, number];
    return affected === 1;
  }

  /** Writes PASSKEY_COUNTER_REGRESSED to the audit log (in a transaction of its own: the refusal rolls back the rest). */
  async auditCounterRegression(actor: Pick<AuthUser, 'userId' | 'agencyId'>, check: Extract<AssertionCheck, { kind: 'counter-regressed' }>, purpose: 'SIGN_IN' | 'REAUTHENTICATE'): Promise<void> {
    await this.audit.record(actor, {
      action: AuditAction.PASSKEY_COUNTER_REGRESSED,
      subjectType: AuditSubject.PERSON,
      subjectId: actor.userId,
      details: { passkeyId: check.passkey.id, storedCounter: Number(check.passkey.counter), receivedCounter: check.newCounter, purpose },
    });
  }

  private async storeChallenge(user: Pick<AuthUser, 'userId' | 'sessionId'>, purpose: WebauthnChallengePurpose, challenge: string): Promise<Date> {
    const expiresAt = new Date(Date.now() + WEBAUTHN_CHALLENGE_TTL_SECONDS * 1000);
    const challenges = this.db.getRepository(WebauthnChallengeEntity);
    // Spent or expired challenges are worth nothing: drop the person's old ones (kept a day for inquiries).
    await challenges.createQueryBuilder().delete().where("user_id = :id AND expires_at < now() - interval '1 day'", { id: user.userId }).execute();
    await challenges.insert({ userId: user.userId, sessionId: user.sessionId, purpose, challenge, expiresAt, usedAt: null });
    return expiresAt;
  }
}

/**
 * A passkey's name as stored: trimmed, one line of 1–60 characters.
 * @throws BAD_USER_INPUT naming `name`.
 */
export function validName(name: string): string {
  const trimmed = name.replace(/^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g, '');
  if (!trimmed) throw badInput([{ field: 'name', message: 'name the passkey, e.g. "Work laptop"' }]);
  if ([...trimmed].length > 60) throw badInput([{ field: 'name', message: 'name must be at most 60 characters' }]);
  if (/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(trimmed)) throw badInput([{ field: 'name', message: 'name must be one line, without line breaks, tabs or other control characters' }]);
  return trimmed;
}
