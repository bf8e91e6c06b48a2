import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ADMIN_ACTION,
  IS_PUBLIC,
  reauthenticationRequired,
  REQUIRES_RECENT_AUTHENTICATION,
  requestOf,
  secondFactorEnrolmentRequired,
  STEP_UP_WINDOW_SECONDS,
  unauthenticated,
} from '@taskforce/api-core';
import { AuthService } from './auth.service';
import { isRecent } from './second-factor.service';

/**
 * Global guard: every resolver and controller requires `Authorization: Bearer <accessToken>` unless marked
 * @Public(). A request without a valid token is refused, never served as a default user.
 *
 * Then, before the resolver runs (so nothing is read or written): a @RequireRecentAuthentication() or @AdminAction()
 * handler is refused with SECOND_FACTOR_ENROLMENT_REQUIRED to a caller who must have a second factor and has none, and
 * a @RequireRecentAuthentication() handler with REAUTHENTICATION_REQUIRED (extensions.stepUpWindowSeconds = 300)
 * unless the session signed in or called `reauthenticate` within the last 300 seconds; when it passes,
 * `user.steppedUp` is set so that the audit entries of the action record it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const req = requestOf(context);
    const header = req.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    const match = value?.match(/^Bearer\s+(\S+)$/i);
    if (!match) throw unauthenticated();
    const user = await this.auth.authenticate(match[1]);
    req.user = user;
    const targets = [context.getHandler(), context.getClass()];
    const stepUp = this.reflector.getAllAndOverride<boolean>(REQUIRES_RECENT_AUTHENTICATION, targets) === true;
    const admin = this.reflector.getAllAndOverride<boolean>(ADMIN_ACTION, targets) === true;
    if ((stepUp || admin) && user.secondFactorEnrolmentRequired) throw secondFactorEnrolmentRequired();
    if (stepUp) {
      if (!isRecent(user.reauthenticatedAt)) throw reauthenticationRequired(STEP_UP_WINDOW_SECONDS);
      user.steppedUp = true;
    }
    return true;
  }
}
