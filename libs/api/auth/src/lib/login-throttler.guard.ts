import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { normalizeEmail, tooManyRequests } from '@taskforce/api-core';

/**
 * Rate limit for `login`: LOGIN_RATE_LIMIT attempts per LOGIN_RATE_WINDOW_SECONDS for one client address and
 * e-mail (so one office behind a shared address does not lock everybody out). The e-mail is keyed as `normalizeEmail`
 * spells it, the spelling sign-in looks up, so " Member@demo.test" spends the same budget as "member@demo.test".
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const { req, res } = gql.getContext();
    const email = normalizeEmail(String(gql.getArgs<{ input?: { email?: string } }>().input?.email ?? ''));
    return { req: { ...req, ip: req.ip, loginEmail: email }, res: res ?? req.res };
  }

  /** @throws TOO_MANY_REQUESTS with `extensions.retryAfterSeconds` (integer seconds until the next attempt may pass). */
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw tooManyRequests(detail.timeToBlockExpire);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return `${String(req['ip'])}|${String(req['loginEmail'])}`;
  }
}
