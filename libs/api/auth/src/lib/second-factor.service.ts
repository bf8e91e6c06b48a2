import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AppConfig, AuthUser, badInput, failedPrecondition, isUuid, notFound, reauthenticationRequired, STEP_UP_WINDOW_SECONDS, unauthenticated } from '@taskforce/api-core';
import * as argon2 from 'argon2';
import { toString as qrSvg } from 'qrcode';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { LoginFailureBudget } from './login-failure-budget';
import { PasskeyEntity } from './passkey.entity';
import { PasskeyService } from './passkey.service';
import { FactorProof, SecondFactorVerificationService } from './second-factor-verification.service';
import { secondFactorRequirementOf } from './second-factor-requirement';
import { RecoveryCodeEntity, SecuritySettingsEntity } from './second-factor.entity';
import { SessionEntity } from './session.entity';
import { isRecent } from './step-up';
import { matchTotpStep, newRecoveryCode, newTotpSecret, RECOVERY_CODE_COUNT, totpUri } from './totp';
import { TotpSecretCipher } from './totp-secret-cipher';
import { UserEntity } from './user.entity';

/** What beginTotpEnrolment hands back: the secret in the three forms authenticator apps take. */
export interface TotpEnrolmentOffer {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

/** A person's second factor as they see it. */
export interface SecondFactorState {
  /** TOTP or at least one passkey. */
  enabled: boolean;
  totpEnabled: boolean;
  /** When TOTP was turned on (UTC). */
  enabledAt: Date | null;
  passkeys: PasskeyEntity[];
  enrolmentRequired: boolean;
  requiredByAgency: boolean;
  requiredForAdmins: boolean;
  recoveryCodesLeft: number;
  reauthenticatedAt: Date | null;
}

/**
 * argon2id cost for recovery codes: OWASP's minimum (19 MiB, 2 passes, 1 lane) rather than the password defaults (64 MiB,
 * 3 passes) — a code is 50 random bits, not a human choice, and up to 10 are checked per attempt.
 */
const RECOVERY_CODE_HASH: argon2.HashOptions & { raw?: false } = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Enrolment and management of second factors — TOTP (RFC 6238, through `otpauth`) with single-use recovery codes
 * (argon2id hashes), and passkeys (WebAuthn, registered through PasskeyService; removed here) — and the settings that
 * require one (second-factor-requirement.ts). Either kind satisfies a requirement; the last factor cannot be removed
 * while one applies. Checking a factor when it is given (sign-in, step-up) is SecondFactorVerificationService's.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly cipher: TotpSecretCipher,
    private readonly audit: AuditService,
    private readonly failures: LoginFailureBudget,
    private readonly passkeys: PasskeyService,
    private readonly verification: SecondFactorVerificationService,
  ) {}

  /**
   * The caller's second factors: TOTP on or off, their passkeys, whether they must enrol and why, recovery codes left,
   * last step-up (UTC).
   */
  async state(user: Pick<AuthUser, 'userId' | 'sessionId'>): Promise<SecondFactorState> {
    const row = await this.requireUser(this.db.manager, user.userId);
    const { requiredByAgency, requiredForAdmins } = await secondFactorRequirementOf(this.db.manager, this.config, row);
    const left = await this.db.getRepository(RecoveryCodeEntity).count({ where: { userId: row.id, usedAt: IsNull() } });
    const session = await this.db.getRepository(SessionEntity).findOne({ where: { id: user.sessionId } });
    const passkeys = await this.passkeys.list(row.id);
    const enabled = row.totpEnabledAt !== null || passkeys.length > 0;
    return {
      enabled,
      totpEnabled: row.totpEnabledAt !== null,
      enabledAt: row.totpEnabledAt,
      passkeys,
      enrolmentRequired: !enabled && (requiredByAgency || requiredForAdmins),
      requiredByAgency,
      requiredForAdmins,
      recoveryCodesLeft: row.totpEnabledAt ? left : 0,
      reauthenticatedAt: session?.reauthenticatedAt ?? null,
    };
  }

  /**
   * Starts (or restarts) enrolment: a new secret, kept sealed as pending until confirmed; the active factor, if any,
   * keeps working until then.
   * @throws REAUTHENTICATION_REQUIRED when the session has not given the password or a code within 300 seconds.
   */
  async begin(user: AuthUser): Promise<TotpEnrolmentOffer> {
    if (!isRecent(user.reauthenticatedAt)) throw reauthenticationRequired(STEP_UP_WINDOW_SECONDS);
    const row = await this.requireUser(this.db.manager, user.userId);
    const secret = newTotpSecret();
    const sealed = this.cipher.seal(secret);
    await this.db.getRepository(UserEntity).update({ id: row.id }, { totpPendingCiphertext: sealed.ciphertext, totpPendingKeyId: sealed.keyId });
    const otpauthUri = totpUri(secret, row.email);
    return { secret, otpauthUri, qrCodeSvg: await qrSvg(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /**
   * Confirms enrolment with a code of the pending secret: the factor is on, earlier recovery codes are replaced by
   * RECOVERY_CODE_COUNT (10) new ones, returned here once (only their argon2id hashes are kept).
   * @throws FAILED_PRECONDITION when no enrolment was begun; BAD_USER_INPUT naming `code` when it does not match.
   */
  async confirm(user: AuthUser, code: string): Promise<string[]> {
    const row = await this.requireUser(this.db.manager, user.userId);
    if (!row.totpPendingCiphertext || !row.totpPendingKeyId) throw failedPrecondition('Start the set-up first (beginTotpEnrolment)');
    const secret = this.cipher.open({ keyId: row.totpPendingKeyId, ciphertext: row.totpPendingCiphertext });
    const step = matchTotpStep(secret, code);
    if (step === null) throw badInput([{ field: 'code', message: 'this code does not match: check the time on your device and try the next code' }]);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const hashes = await Promise.all(codes.map((c) => argon2.hash(c, RECOVERY_CODE_HASH)));
    await this.db.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(UserEntity)
        .set({
          totpSecretCiphertext: row.totpPendingCiphertext,
          totpSecretKeyId: row.totpPendingKeyId,
          totpPendingCiphertext: null,
          totpPendingKeyId: null,
          totpEnabledAt: () => 'now()',
          totpLastUsedStep: String(step),
        })
        .where('id = :id AND totp_pending_ciphertext = :pending', { id: row.id, pending: row.totpPendingCiphertext })
        .execute();
      if (!done.affected) throw failedPrecondition('Start the set-up first (beginTotpEnrolment)');
      await m.getRepository(RecoveryCodeEntity).delete({ userId: row.id });
      await m.getRepository(RecoveryCodeEntity).insert(hashes.map((codeHash) => ({ userId: row.id, codeHash, usedAt: null })));
      await this.audit.record(user, { action: AuditAction.SECOND_FACTOR_ENABLED, subjectType: AuditSubject.PERSON, subjectId: row.id, details: { recoveryCodes: codes.length } }, m);
    });
    return codes;
  }

  /**
   * Turns TOTP off (with its recovery codes) after checking the password and a TOTP or recovery code. Failures count in
   * the failed-login budgets.
   * @throws UNAUTHENTICATED "Wrong password or code"; FAILED_PRECONDITION when TOTP is off, or when it is the person's
   *   last second factor (no passkey) and their agency or role requires one; TOO_MANY_REQUESTS when a failed-login
   *   budget is spent.
   */
  async disable(user: AuthUser, password: string, proof: FactorProof, clientAddress: string | null): Promise<boolean> {
    const row = await this.requireUser(this.db.manager, user.userId);
    if (!row.totpEnabledAt) throw failedPrecondition('No second factor is set up');
    await this.refuseRemovingLastFactor(this.db.manager, row, 0);
    const attempt = await this.failures.admit(clientAddress, row.id);
    try {
      const passwordOk = !!row.passwordHash && (await argon2.verify(row.passwordHash, password).catch(() => false));
      const ok = await this.db.transaction(async (m) => passwordOk && (await this.verification.useFactor(m, row, proof, 'DISABLE')));
      if (!ok) {
        await attempt.failed();
        throw unauthenticated('Wrong password or code');
      }
      await this.db.transaction(async (m) => {
        // Checked again under the person's row lock: a passkey removed in parallel must not leave them with nothing.
        await m.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [row.id]);
        await this.refuseRemovingLastFactor(m, row, 0);
        await m.getRepository(UserEntity).update(
          { id: row.id },
          { totpSecretCiphertext: null, totpSecretKeyId: null, totpEnabledAt: null, totpPendingCiphertext: null, totpPendingKeyId: null, totpLastUsedStep: null },
        );
        await m.getRepository(RecoveryCodeEntity).delete({ userId: row.id });
        await this.audit.record(user, { action: AuditAction.SECOND_FACTOR_DISABLED, subjectType: AuditSubject.PERSON, subjectId: row.id }, m);
      });
      return true;
    } finally {
      attempt.release();
    }
  }

  /**
   * An agency admin requires (or stops requiring) a second factor of every person of their own agency; people without
   * one are told at their next sign-in and cannot use admin or step-up actions until they enrol.
   * Only agency admins (the role, checked by the resolver's @RequireRoles) set it, for their own agency.
   * @throws FAILED_PRECONDITION when requiring it without having a second factor oneself (it would lock the admin out
   *   of admin actions).
   */
  async setAgencyRequired(actor: AuthUser, required: boolean): Promise<boolean> {
    if (required) await this.requireOwnFactor(actor);
    await this.db.transaction(async (m) => {
      await m.getRepository(AgencyEntity).update({ id: actor.agencyId }, { secondFactorRequired: required });
      await this.audit.record(actor, { action: AuditAction.AGENCY_SECOND_FACTOR_REQUIREMENT_CHANGED, subjectType: AuditSubject.AGENCY, subjectId: actor.agencyId, details: { required } }, m);
    });
    return required;
  }

  /**
   * A platform admin requires (or stops requiring) a second factor of every agency admin and platform admin.
   * ADMIN_SECOND_FACTOR_REQUIRED=true (the production default) requires it whatever this setting says.
   * Only platform admins (the role, checked by the resolver's @RequireRoles) set it.
   * @throws FAILED_PRECONDITION when requiring it without having a second factor oneself.
   */
  async setAdminsRequired(actor: AuthUser, required: boolean): Promise<boolean> {
    if (required) await this.requireOwnFactor(actor);
    await this.db.transaction(async (m) => {
      await m.getRepository(SecuritySettingsEntity).update({ id: true }, { adminsSecondFactorRequired: required, updatedAt: new Date() });
      await this.audit.record(actor, { action: AuditAction.ADMIN_SECOND_FACTOR_REQUIREMENT_CHANGED, subjectType: AuditSubject.SECURITY_SETTINGS, subjectId: 'platform', details: { required } }, m);
    });
    return required;
  }

  /**
   * Removes one of the caller's passkeys.
   * @throws REAUTHENTICATION_REQUIRED when the session has not given the password or a factor within 300 seconds;
   *   NOT_FOUND ("Passkey not found") for an unknown id and another person's alike; FAILED_PRECONDITION when it is the
   *   caller's last second factor (no TOTP, no other passkey) and their agency or role requires one.
   */
  async removePasskey(user: AuthUser, passkeyId: string): Promise<boolean> {
    if (!isRecent(user.reauthenticatedAt)) throw reauthenticationRequired(STEP_UP_WINDOW_SECONDS);
    if (!isUuid(passkeyId)) throw notFound('Passkey');
    await this.db.transaction(async (m) => {
      // The person's row lock serialises removals of their factors, so two parallel ones cannot both remove "not the last".
      await m.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [user.userId]);
      const row = await this.requireUser(m, user.userId);
      const passkey = await m.getRepository(PasskeyEntity).findOne({ where: { id: passkeyId, userId: user.userId } });
      if (!passkey) throw notFound('Passkey');
      await this.refuseRemovingLastFactor(m, row, 1);
      await m.getRepository(PasskeyEntity).delete({ id: passkey.id });
      const left = await this.passkeys.count(user.userId, m);
      await this.audit.record(user, { action: AuditAction.PASSKEY_REMOVED, subjectType: AuditSubject.PERSON, subjectId: user.userId, details: { passkeyId: passkey.id, passkeysLeft: left, totpEnabled: row.totpEnabledAt !== null } }, m);
    });
    return true;
  }

  /**
   * @param removingPasskeys how many of the person's passkeys are being removed (0 when TOTP is being turned off).
   * @throws FAILED_PRECONDITION when what stays (TOTP unless it is being turned off, the other passkeys) is no factor at
   *   all and the person's agency or role requires one.
   */
  private async refuseRemovingLastFactor(m: EntityManager, row: UserEntity, removingPasskeys: number): Promise<void> {
    const totpStays = removingPasskeys > 0 && row.totpEnabledAt !== null;
    const passkeysStay = (await this.passkeys.count(row.id, m)) - removingPasskeys > 0;
    if (totpStays || passkeysStay) return;
    const { requiredByAgency, requiredForAdmins } = await secondFactorRequirementOf(m, this.config, row);
    if (requiredByAgency || requiredForAdmins) {
      throw failedPrecondition(`Your ${requiredByAgency ? 'agency' : 'role'} requires a second factor and this is your last one: add another (a passkey or an authenticator app) before removing it`);
    }
  }

  /** @throws FAILED_PRECONDITION when the caller has no second factor (neither TOTP nor a passkey). */
  private async requireOwnFactor(actor: AuthUser): Promise<void> {
    const row = await this.requireUser(this.db.manager, actor.userId);
    if (!row.totpEnabledAt && (await this.passkeys.count(row.id)) === 0) throw failedPrecondition('Set up your own second factor first (Settings → Security)');
  }

  /** @throws UNAUTHENTICATED when the person is unknown or disabled. */
  private async requireUser(m: EntityManager, userId: string): Promise<UserEntity> {
    const row = await m.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!row || row.disabledAt) throw unauthenticated();
    return row;
  }
}
