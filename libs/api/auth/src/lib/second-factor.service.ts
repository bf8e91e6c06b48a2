import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import {
  AppConfig,
  AuthUser,
  badInput,
  failedPrecondition,
  forbidden,
  reauthenticationRequired,
  SecretCipher,
  STEP_UP_WINDOW_SECONDS,
  unauthenticated,
} from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import * as argon2 from 'argon2';
import { toString as qrSvg } from 'qrcode';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { LoginFailureBudget } from './login-failure-budget';
import { RecoveryCodeEntity, SecuritySettingsEntity } from './second-factor.entities';
import { SessionEntity } from './session.entity';
import { matchTotpStep, newRecoveryCode, newTotpSecret, normalizeRecoveryCode, RECOVERY_CODE_COUNT, totpUri } from './totp';
import { UserEntity } from './user.entity';

/** A second factor as given: a TOTP code or a recovery code. */
export interface FactorProof {
  code?: string | null;
  recoveryCode?: string | null;
}

/** What beginTotpEnrolment hands back: the secret in the three forms authenticator apps take. */
export interface TotpEnrolmentOffer {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

/** A person's second factor as they see it. */
export interface SecondFactorState {
  enabled: boolean;
  enabledAt: Date | null;
  enrolmentRequired: boolean;
  requiredByAgency: boolean;
  requiredForAdmins: boolean;
  recoveryCodesLeft: number;
  reauthenticatedAt: Date | null;
}

/** The sealing of TOTP secrets: SecretCipher under LEAD_ENCRYPTION_KEYS, bound to the context `totp-secret`. */
@Injectable()
export class TotpSecretCipher extends SecretCipher {
  constructor(config: AppConfig) {
    super(config, { failureMessage: 'second factor cannot be decrypted', context: 'totp-secret' });
  }
}

const ADMIN_ROLES = [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN];

/**
 * argon2id cost for recovery codes: OWASP's minimum (19 MiB, 2 passes, 1 lane) rather than the password defaults (64 MiB,
 * 3 passes) — a code is 50 random bits, not a human choice, and up to 10 are checked per attempt.
 */
const RECOVERY_CODE_HASH: argon2.HashOptions & { raw?: false } = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Second factor (TOTP, RFC 6238, through `otpauth`) and single-use recovery codes (argon2id hashes), who must have
 * one, and step-up (`reauthenticate`). A TOTP code is accepted once: its 30-second step must be later than the last
 * one accepted for the person (`users.totp_last_used_step`, updated with a compare-and-set), so the same code cannot
 * serve twice within its window, not even in parallel requests.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly cipher: TotpSecretCipher,
    private readonly audit: AuditService,
    private readonly failures: LoginFailureBudget,
  ) {}

  /**
   * SQL (over `users u` joined to `agencies a`) that is true when the person must have a second factor and has none.
   * Agency requirement, the platform setting for admins, or ADMIN_SECOND_FACTOR_REQUIRED.
   */
  enrolmentRequiredSql(): string {
    const adminsRequired = this.config.adminSecondFactorRequired ? 'true' : '(SELECT admins_second_factor_required FROM security_settings LIMIT 1)';
    return `(u.totp_enabled_at IS NULL AND (a.second_factor_required OR (u.roles && ARRAY['AGENCY_ADMIN','PLATFORM_ADMIN']::user_role[] AND COALESCE(${adminsRequired}, false))))`;
  }

  private async adminsRequired(m: EntityManager = this.db.manager): Promise<boolean> {
    if (this.config.adminSecondFactorRequired) return true;
    const row = await m.getRepository(SecuritySettingsEntity).findOne({ where: { id: true } });
    return row?.adminsSecondFactorRequired ?? false;
  }

  /** The caller's second factor: on or off, whether they must enrol and why, recovery codes left, last step-up (UTC). */
  async state(user: Pick<AuthUser, 'userId' | 'sessionId'>): Promise<SecondFactorState> {
    const row = await this.requireUser(this.db.manager, user.userId);
    const agency = await this.db.getRepository(AgencyEntity).findOne({ where: { id: row.agencyId } });
    const isAdmin = row.roles.some((r) => ADMIN_ROLES.includes(r));
    const requiredForAdmins = isAdmin && (await this.adminsRequired());
    const requiredByAgency = agency?.secondFactorRequired ?? false;
    const left = await this.db.getRepository(RecoveryCodeEntity).count({ where: { userId: row.id, usedAt: IsNull() } });
    const session = await this.db.getRepository(SessionEntity).findOne({ where: { id: user.sessionId } });
    return {
      enabled: row.totpEnabledAt !== null,
      enabledAt: row.totpEnabledAt,
      enrolmentRequired: row.totpEnabledAt === null && (requiredByAgency || requiredForAdmins),
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
   * Turns the second factor off after checking the password and a TOTP or recovery code. Failures count in the
   * failed-login budgets.
   * @throws UNAUTHENTICATED "Wrong password or code"; FAILED_PRECONDITION when the person has no factor, or when their
   *   agency or role requires one; TOO_MANY_REQUESTS when a failed-login budget is spent.
   */
  async disable(user: AuthUser, password: string, proof: FactorProof, clientAddress: string | null): Promise<boolean> {
    const row = await this.requireUser(this.db.manager, user.userId);
    if (!row.totpEnabledAt) throw failedPrecondition('No second factor is set up');
    const state = await this.state(user);
    if (state.requiredByAgency || state.requiredForAdmins) throw failedPrecondition('Your agency or role requires a second factor: it cannot be turned off');
    const attempt = await this.failures.admit(clientAddress, row.id);
    try {
      const passwordOk = !!row.passwordHash && (await argon2.verify(row.passwordHash, password).catch(() => false));
      const ok = await this.db.transaction(async (m) => passwordOk && (await this.useFactor(m, row, proof, 'DISABLE')));
      if (!ok) {
        await attempt.failed();
        throw unauthenticated('Wrong password or code');
      }
      await this.db.transaction(async (m) => {
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
   * Step-up: checks the password or (for a person with a factor) a TOTP or recovery code again and records it on the
   * session (`reauthenticatedAt`, UTC); sensitive actions are then allowed for STEP_UP_WINDOW_SECONDS (300 s).
   * Failures count in the failed-login budgets.
   * @returns when it was recorded and until when it counts (UTC).
   * @throws BAD_USER_INPUT when neither or both of password and code are given; UNAUTHENTICATED "Wrong password or
   *   code"; TOO_MANY_REQUESTS when a failed-login budget is spent.
   */
  async reauthenticate(user: AuthUser, input: { password?: string | null } & FactorProof, clientAddress: string | null): Promise<{ reauthenticatedAt: Date; validUntil: Date }> {
    const given = [input.password, input.code, input.recoveryCode].filter((v) => v !== undefined && v !== null && v !== '');
    if (given.length !== 1) throw badInput([{ field: 'password', message: 'give either your password or a code' }]);
    const attempt = await this.failures.admit(clientAddress, input.password ? undefined : user.userId);
    try {
      const row = await this.requireUser(this.db.manager, user.userId);
      const at = await this.db.transaction(async (m) => {
        let ok: boolean;
        if (input.password) ok = !!row.passwordHash && (await argon2.verify(row.passwordHash, input.password).catch(() => false));
        else ok = await this.useFactor(m, row, input, 'REAUTHENTICATE', user);
        if (!ok) return null;
        // TypeORM answers an UPDATE with [rows, affected count].
        const [rows] = (await m.query('UPDATE sessions SET reauthenticated_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING reauthenticated_at', [user.sessionId])) as [Array<{ reauthenticated_at: Date }>, number];
        return rows[0]?.reauthenticated_at ?? null;
      });
      if (!at) {
        await attempt.failed();
        throw unauthenticated('Wrong password or code');
      }
      const reauthenticatedAt = new Date(at);
      return { reauthenticatedAt, validUntil: new Date(reauthenticatedAt.getTime() + STEP_UP_WINDOW_SECONDS * 1000) };
    } finally {
      attempt.release();
    }
  }

  /**
   * Checks a TOTP code or a recovery code of `row` inside transaction `m` and uses it up: a TOTP step must be later
   * than the last accepted one (compare-and-set), a recovery code is marked used. False when it does not match or was
   * used already. Writes RECOVERY_CODE_USED to the audit log when a recovery code serves.
   */
  async useFactor(m: EntityManager, row: UserEntity, proof: FactorProof, purpose: 'SIGN_IN' | 'REAUTHENTICATE' | 'DISABLE', actor?: AuthUser): Promise<boolean> {
    if (!row.totpEnabledAt || !row.totpSecretCiphertext || !row.totpSecretKeyId) return false;
    if (proof.code && !proof.recoveryCode) {
      const secret = this.cipher.open({ keyId: row.totpSecretKeyId, ciphertext: row.totpSecretCiphertext });
      const step = matchTotpStep(secret, proof.code);
      if (step === null) return false;
      const [, affected] = (await m.query(
        'UPDATE users SET totp_last_used_step = $2 WHERE id = $1 AND (totp_last_used_step IS NULL OR totp_last_used_step < $2)',
        [row.id, step],
      )) as [unknown, number];
      return affected === 1;
    }
    if (proof.recoveryCode && !proof.code) {
      const code = normalizeRecoveryCode(proof.recoveryCode);
      if (!code) return false;
      const unused = await m.getRepository(RecoveryCodeEntity).find({ where: { userId: row.id, usedAt: IsNull() } });
      for (const candidate of unused) {
        if (!(await argon2.verify(candidate.codeHash, code).catch(() => false))) continue;
        const used = await m.createQueryBuilder().update(RecoveryCodeEntity).set({ usedAt: () => 'now()' }).where('id = :id AND used_at IS NULL', { id: candidate.id }).execute();
        if (!used.affected) return false;
        await this.audit.record(actor ?? { userId: row.id, agencyId: row.agencyId }, {
          action: AuditAction.RECOVERY_CODE_USED,
          subjectType: AuditSubject.PERSON,
          subjectId: row.id,
          details: { purpose, recoveryCodesLeft: unused.length - 1 },
        }, m);
        return true;
      }
    }
    return false;
  }

  /**
   * An agency admin requires (or stops requiring) a second factor of every person of their own agency; people without
   * one are told at their next sign-in and cannot use admin or step-up actions until they enrol.
   * @throws FORBIDDEN for anyone but an agency admin of the agency; FAILED_PRECONDITION when requiring it without
   *   having a second factor oneself (it would lock the admin out of admin actions).
   */
  async setAgencyRequired(actor: AuthUser, required: boolean): Promise<boolean> {
    if (!actor.roles.includes(Role.AGENCY_ADMIN)) throw forbidden("Only the agency's admins require a second factor of its people");
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
   * @throws FORBIDDEN for anyone but platform admins; FAILED_PRECONDITION when requiring it without having a second
   *   factor oneself.
   */
  async setAdminsRequired(actor: AuthUser, required: boolean): Promise<boolean> {
    if (!actor.roles.includes(Role.PLATFORM_ADMIN)) throw forbidden('Only platform admins require a second factor of admins');
    if (required) await this.requireOwnFactor(actor);
    await this.db.transaction(async (m) => {
      await m.getRepository(SecuritySettingsEntity).update({ id: true }, { adminsSecondFactorRequired: required, updatedAt: new Date() });
      await this.audit.record(actor, { action: AuditAction.ADMIN_SECOND_FACTOR_REQUIREMENT_CHANGED, subjectType: AuditSubject.SECURITY_SETTINGS, subjectId: 'platform', details: { required } }, m);
    });
    return required;
  }

  /** Whether `row` must enrol a second factor now (has none, and agency or admin role requires one). */
  async mustEnrol(row: UserEntity): Promise<boolean> {
    if (row.totpEnabledAt) return false;
    const agency = await this.db.getRepository(AgencyEntity).findOne({ where: { id: row.agencyId } });
    if (agency?.secondFactorRequired) return true;
    return row.roles.some((r) => ADMIN_ROLES.includes(r)) && (await this.adminsRequired());
  }

  /** @throws FAILED_PRECONDITION when the caller has no second factor. */
  private async requireOwnFactor(actor: AuthUser): Promise<void> {
    const row = await this.requireUser(this.db.manager, actor.userId);
    if (!row.totpEnabledAt) throw failedPrecondition('Set up your own second factor first (Settings → Security)');
  }

  private async requireUser(m: EntityManager, userId: string): Promise<UserEntity> {
    const row = await m.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!row || row.disabledAt) throw unauthenticated();
    return row;
  }
}

/** True when `at` (UTC) lies within the last STEP_UP_WINDOW_SECONDS (300 s). */
export function isRecent(at: Date | null | undefined, nowMs = Date.now()): boolean {
  return !!at && nowMs - at.getTime() < STEP_UP_WINDOW_SECONDS * 1000;
}
