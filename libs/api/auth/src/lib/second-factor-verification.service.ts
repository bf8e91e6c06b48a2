import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AppConfig, AuthUser, badInput, STEP_UP_WINDOW_SECONDS, unauthenticated } from '@taskforce/api-core';
import * as argon2 from 'argon2';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { LoginFailureBudget } from './login-failure-budget';
import { SecondFactorMethod } from './passkey.model';
import { AssertionCheck, PasskeyService } from './passkey.service';
import { enrolmentRequiredSql, secondFactorRequirementOf } from './second-factor-requirement';
import { RecoveryCodeEntity } from './second-factor.entity';
import { matchTotpStep, normalizeRecoveryCode } from './totp';
import { TotpSecretCipher } from './totp-secret-cipher';
import { UserEntity } from './user.entity';
import { challengeOf, parseAuthenticationResponse } from './webauthn-json';

/** A second factor as given: a TOTP code, a recovery code or a passkey's assertion (AuthenticationResponseJSON as JSON). */
export interface FactorProof {
  code?: string | null;
  recoveryCode?: string | null;
  passkeyResponse?: string | null;
}

/** A session ended while its step-up was being recorded: refused like a wrong secret. */
class SessionGone extends Error {}

/**
 * Checking a second factor when one is given: at sign-in (`useFactor`, `methodsOf`, `mustEnrol`), when TOTP is turned
 * off, and for step-up (`reauthenticate`, which records the proof on the session); `enrolmentRequiredSql` for the
 * per-request session check. A TOTP code (RFC 6238, through `otpauth`) is
 * accepted once: its 30-second step must be later than the last one accepted for the person
 * (`users.totp_last_used_step`, updated with a compare-and-set), so the same code cannot serve twice within its window,
 * not even in parallel requests; a recovery code (argon2id hash) serves once; passkey assertions are checked by
 * PasskeyService. Enrolment and removal of factors are SecondFactorService's.
 */
@Injectable()
export class SecondFactorVerificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly cipher: TotpSecretCipher,
    private readonly audit: AuditService,
    private readonly failures: LoginFailureBudget,
    private readonly passkeys: PasskeyService,
  ) {}

  /**
   * SQL (over `users u` joined to `agencies a`) that is true when the person must have a second factor and has none.
   * Agency requirement, the platform setting for admins, or ADMIN_SECOND_FACTOR_REQUIRED.
   */
  enrolmentRequiredSql(): string {
    return enrolmentRequiredSql(this.config);
  }

  /** Whether `row` must enrol a second factor now (has neither TOTP nor a passkey, and agency or admin role requires one). */
  async mustEnrol(row: UserEntity): Promise<boolean> {
    if (row.totpEnabledAt || (await this.passkeys.count(row.id)) > 0) return false;
    const { requiredByAgency, requiredForAdmins } = await secondFactorRequirementOf(this.db.manager, this.config, row);
    return requiredByAgency || requiredForAdmins;
  }

  /**
   * Step-up: checks the password or (for a person with a factor) a TOTP code, a recovery code or a passkey's assertion
   * again and records it on the session (`reauthenticatedAt`, UTC); sensitive actions are then allowed for
   * STEP_UP_WINDOW_SECONDS (300 s). A passkey answers a challenge from `beginPasskeyReauthentication` of this session,
   * spent by the attempt whatever its outcome. Failures count in the failed-login budgets; a correctly signed assertion
   * whose counter did not move forward is refused and audited (PASSKEY_COUNTER_REGRESSED).
   * @returns when it was recorded and until when it counts (UTC).
   * @throws BAD_USER_INPUT when not exactly one of password, code, recoveryCode and passkeyResponse is given, or
   *   passkeyResponse is not an assertion's JSON (naming the field); UNAUTHENTICATED "Wrong password or code" (a wrong,
   *   replayed or foreign assertion alike); TOO_MANY_REQUESTS when a failed-login budget is spent.
   */
  async reauthenticate(user: AuthUser, input: { password?: string | null } & FactorProof, clientAddress: string | null): Promise<{ reauthenticatedAt: Date; validUntil: Date }> {
    const given = [input.password, input.code, input.recoveryCode, input.passkeyResponse].filter((v) => v !== undefined && v !== null && v !== '');
    if (given.length !== 1) throw badInput([{ field: 'password', message: 'give either your password, a code or a passkey' }]);
    const assertion = input.passkeyResponse ? parseAuthenticationResponse(input.passkeyResponse, 'passkeyResponse') : null;
    const attempt = await this.failures.admit(clientAddress, input.password ? undefined : user.userId);
    try {
      const row = await this.requireUser(this.db.manager, user.userId);
      let check: AssertionCheck | null = null;
      if (assertion) {
        const challenge = challengeOf(assertion);
        const spent = !!challenge && (await this.passkeys.spendChallenge(user, 'REAUTHENTICATION', challenge));
        check = spent && challenge ? await this.passkeys.checkAssertion(row.id, assertion, challenge) : { kind: 'refused' };
        if (check.kind === 'counter-regressed') await this.passkeys.auditCounterRegression(user, check, 'REAUTHENTICATE');
      }
      const at = await this.db.transaction(async (m) => {
        let ok: boolean;
        if (check) ok = check.kind === 'ok' && (await this.passkeys.recordUse(m, check));
        else if (input.password) ok = !!row.passwordHash && (await argon2.verify(row.passwordHash, input.password).catch(() => false));
        else ok = await this.useFactor(m, row, input, 'REAUTHENTICATE', user);
        if (!ok) return null;
        // TypeORM answers an UPDATE with [rows, affected count].
        const [rows] = (await m.query('UPDATE sessions SET reauthenticated_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING reauthenticated_at', [user.sessionId])) as [Array<{ reauthenticated_at: Date }>, number];
        if (!rows[0]) throw new SessionGone();
        return rows[0].reauthenticated_at;
      }).catch((error: unknown) => {
        if (error instanceof SessionGone) return null;
        throw error;
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
   * The second factors `row` can give at sign-in: TOTP (and RECOVERY_CODE while unused ones are left) when TOTP is on,
   * PASSKEY with `passkeyCount` > 0; empty when they have none.
   */
  async methodsOf(row: UserEntity, passkeyCount: number): Promise<SecondFactorMethod[]> {
    const methods: SecondFactorMethod[] = [];
    if (row.totpEnabledAt) {
      methods.push(SecondFactorMethod.TOTP);
      if (await this.db.getRepository(RecoveryCodeEntity).exists({ where: { userId: row.id, usedAt: IsNull() } })) methods.push(SecondFactorMethod.RECOVERY_CODE);
    }
    if (passkeyCount > 0) methods.push(SecondFactorMethod.PASSKEY);
    return methods;
  }

  /** @throws UNAUTHENTICATED when the person is unknown or disabled. */
  private async requireUser(m: EntityManager, userId: string): Promise<UserEntity> {
    const row = await m.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!row || row.disabledAt) throw unauthenticated();
    return row;
  }
}
