import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig, tooManyRequests } from '@taskforce/api-core';

/** Name of the @nestjs/throttler records kept for failed logins (apart from the guard's `login` throttler). */
const THROTTLER_NAME = 'login-failures';

interface Budget {
  key: string;
  limit: number;
}

/**
 * Wrong second-factor codes (loginSecondFactor, reauthenticate, disableTotp) allowed for one person within
 * LOGIN_RATE_WINDOW_SECONDS, from any addresses: then their second step is refused like a spent budget. A 6-digit code
 * guessed from many addresses would otherwise only meet the overall budget.
 */
export const SECOND_FACTOR_PERSON_FAILURE_LIMIT = 10;

/** What `admit` hands back for one login attempt: report a failure, and always release. */
export interface LoginAttempt {
  /** Counts this attempt as failed against every budget it was admitted under. */
  failed(): Promise<void>;
  /** Ends the attempt (call in `finally`, whether it succeeded or not). */
  release(): void;
}

/**
 * Budgets on **failed** logins, kept in the @nestjs/throttler storage the login guard uses (sliding window of
 * LOGIN_RATE_WINDOW_SECONDS, per API node): LOGIN_ADDRESS_RATE_LIMIT per client address (`req.ip`, so
 * X-Forwarded-For counts only behind TRUST_PROXY) and LOGIN_GLOBAL_RATE_LIMIT over all addresses. A budget that is
 * spent refuses every login — right password included, before any password is checked, so no session is opened —
 * with TOO_MANY_REQUESTS and `retryAfterSeconds` (seconds until its oldest failure leaves the window). Known and
 * unknown e-mails count and are refused alike, so a refusal says nothing about an account. Successful logins cost
 * nothing (an office behind one address is not locked out by signing in); attempts still being checked count as
 * possible failures, so a burst of parallel guesses cannot overshoot a budget.
 */
@Injectable()
export class LoginFailureBudget {
  /** Attempts admitted and not yet released, per budget key. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
  ) {}

  private get windowMs(): number {
    return this.config.LOGIN_RATE_WINDOW_SECONDS * 1000;
  }

  private budgets(clientAddress: string | null | undefined, personId?: string): Budget[] {
    return [
      { key: `login-failures:address:${clientAddress ?? 'unknown'}`, limit: this.config.LOGIN_ADDRESS_RATE_LIMIT },
      { key: 'login-failures:all', limit: this.config.LOGIN_GLOBAL_RATE_LIMIT },
      ...(personId ? [{ key: `login-failures:second-factor:${personId}`, limit: SECOND_FACTOR_PERSON_FAILURE_LIMIT }] : []),
    ];
  }

  /**
   * Admits one login attempt from `clientAddress`, or refuses it. With `secondFactorOf` (a person's id) the attempt is a
   * second-factor code of that person and also counts against their SECOND_FACTOR_PERSON_FAILURE_LIMIT.
   * @throws TOO_MANY_REQUESTS (`extensions.retryAfterSeconds`, integer ≥ 1) when the address's, the overall or the
   *   person's budget of failures is spent, counting the attempts still being checked.
   */
  async admit(clientAddress: string | null | undefined, secondFactorOf?: string): Promise<LoginAttempt> {
    const budgets = this.budgets(clientAddress, secondFactorOf);
    for (const b of budgets) this.inFlight.set(b.key, (this.inFlight.get(b.key) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      for (const b of budgets) {
        const left = (this.inFlight.get(b.key) ?? 1) - 1;
        if (left > 0) this.inFlight.set(b.key, left);
        else this.inFlight.delete(b.key);
      }
    };
    try {
      for (const b of budgets) {
        const { failures, retryAfterSeconds } = await this.peek(b.key);
        const othersInFlight = (this.inFlight.get(b.key) ?? 1) - 1;
        if (failures + othersInFlight >= b.limit) throw tooManyRequests(failures >= b.limit ? retryAfterSeconds : 1);
      }
    } catch (error) {
      release();
      throw error;
    }
    return {
      failed: async () => {
        for (const b of budgets) await this.storage.increment(b.key, this.windowMs, Number.MAX_SAFE_INTEGER, 0, THROTTLER_NAME);
      },
      release,
    };
  }

  /**
   * Failures recorded under `key` in the window, without recording one: the throttler storage's increment with a
   * limit of 0 (and no block) is refused at once, so it adds no hit and reports the hits so far plus this refused
   * one, and the seconds until the oldest hit leaves the window (see login-failure-budget.spec.ts).
   */
  private async peek(key: string): Promise<{ failures: number; retryAfterSeconds: number }> {
    const record = await this.storage.increment(key, this.windowMs, 0, 0, THROTTLER_NAME);
    return { failures: Math.max(0, record.totalHits - 1), retryAfterSeconds: record.timeToBlockExpire };
  }
}
