import { ThrottlerStorageService } from '@nestjs/throttler';
import { AppError, loadConfig } from '@taskforce/api-core';
import { LoginFailureBudget } from '../login-failure-budget';

describe('LoginFailureBudget (on the @nestjs/throttler in-memory storage)', () => {
  let storage: ThrottlerStorageService;
  let budget: LoginFailureBudget;
  beforeEach(() => {
    storage = new ThrottlerStorageService();
    budget = new LoginFailureBudget(loadConfig({ LOGIN_ADDRESS_RATE_LIMIT: '3', LOGIN_GLOBAL_RATE_LIMIT: '5', LOGIN_RATE_WINDOW_SECONDS: '60' }), storage);
  });
  afterEach(() => storage.onApplicationShutdown());

  /** Runs one attempt from `address`; `fails` says whether it is a failed login. */
  async function attempt(address: string, fails: boolean): Promise<'ok' | number> {
    try {
      const a = await budget.admit(address);
      if (fails) await a.failed();
      a.release();
      return 'ok';
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('TOO_MANY_REQUESTS');
      return (error as AppError).extensions['retryAfterSeconds'] as number;
    }
  }

  it('a peek records nothing: the storage answers a limit of 0 with the hits so far plus one', async () => {
    const peek = await storage.increment('k', 60_000, 0, 0, 'n');
    expect(peek).toMatchObject({ totalHits: 1, isBlocked: true });
    await storage.increment('k', 60_000, Number.MAX_SAFE_INTEGER, 0, 'n');
    const again = await storage.increment('k', 60_000, 0, 0, 'n');
    expect(again.totalHits).toBe(2);
    expect(again.timeToBlockExpire).toBeGreaterThan(58);
    expect(again.timeToBlockExpire).toBeLessThanOrEqual(60);
  });

  it('refuses an address after its budget of failures, not after successes; other addresses go on', async () => {
    for (let i = 0; i < 5; i++) expect(await attempt('10.0.0.1', false)).toBe('ok');
    for (let i = 0; i < 3; i++) expect(await attempt('10.0.0.1', true)).toBe('ok');
    const retry = await attempt('10.0.0.1', false);
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThanOrEqual(59);
    expect(await attempt('10.0.0.2', false)).toBe('ok');
  });

  it('refuses everyone once the overall budget of failures is spent', async () => {
    for (const address of ['10.0.0.1', '10.0.0.1', '10.0.0.2', '10.0.0.2', '10.0.0.3']) expect(await attempt(address, true)).toBe('ok');
    expect(typeof (await attempt('10.0.0.9', false))).toBe('number');
  });

  it('counts attempts still being checked, so parallel guesses cannot overshoot', async () => {
    const admitted = [await budget.admit('10.0.0.1'), await budget.admit('10.0.0.1'), await budget.admit('10.0.0.1')];
    await expect(budget.admit('10.0.0.1')).rejects.toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 } });
    admitted[0].release();
    const next = await budget.admit('10.0.0.1');
    next.release();
    admitted.slice(1).forEach((a) => a.release());
  });
});
