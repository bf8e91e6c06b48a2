import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Rate limit for `login`: LOGIN_RATE_LIMIT attempts per LOGIN_RATE_WINDOW_SECONDS for one client address and
 * e-mail (so one office behind a shared address does not lock everybody out).
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const { req, res } = gql.getContext();
    const email = String(gql.getArgs<{ input?: { email?: string } }>().input?.email ?? '').toLowerCase();
    return { req: { ...req, ip: req.ip, loginEmail: email }, res: res ?? req.res };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return `${String(req['ip'])}|${String(req['loginEmail'])}`;
  }
}
