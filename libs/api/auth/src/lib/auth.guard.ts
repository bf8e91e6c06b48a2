import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ACCEPTS_DOWNLOAD_TICKET,
  ADMIN_ACTION,
  IS_PUBLIC,
  reauthenticationRequired,
  REQUIRES_RECENT_AUTHENTICATION,
  requestOf,
  secondFactorEnrolmentRequired,
  STEP_UP_WINDOW_SECONDS,
  unauthenticated,
  type AuthUser,
} from '@taskforce/api-core';
import { SessionCheckService } from './session-check.service';
import { isRecent } from './step-up';
import { IDLE_SECONDS_HEADER, RequestHeaders, SessionCookies } from './session-cookies';

/** Per-request memo of the authentication (GraphQL runs the guard once per top-level field of one request). */
const AUTHENTICATED = Symbol('taskforce.authenticated');
type Memo = { [AUTHENTICATED]?: Promise<AuthUser> };

/**
 * Global guard: every resolver and controller requires credentials unless marked @Public(): `Authorization: Bearer
 * <accessToken>` (API clients), or the web client's access cookie (see SessionCookies) — which must come with the CSRF
 * token in `X-CSRF-Token` and, when the request has an Origin header, from this site (else FORBIDDEN, reason CSRF,
 * before anything is read or written). A request without valid credentials is refused (UNAUTHENTICATED), never
 * served as a default user; a session idle for SESSION_IDLE_MINUTES is refused the same way (reason SESSION_IDLE).
 * A request that passes counts as the session's activity, at the time the web client's X-Taskforce-Idle-Seconds says
 * the person last used the page (now when absent).
 *
 * Then, before the resolver runs (so nothing is read or written): a @RequireRecentAuthentication() or @AdminAction()
 * handler is refused with SECOND_FACTOR_ENROLMENT_REQUIRED to a caller who must have a second factor and has none, and
 * a @RequireRecentAuthentication() handler with REAUTHENTICATION_REQUIRED (extensions.stepUpWindowSeconds = 300)
 * unless the session signed in or called `reauthenticate` within the last 300 seconds; when it passes,
 * `user.steppedUp` is set so that the audit entries of the action record it.
 *
 * A GET with one `ticket` query parameter to an @AcceptsDownloadTicket() handler passes without credentials and
 * without a user: that handler redeems the ticket (a file download from a browser, FileDownloadTickets).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: SessionCheckService,
    private readonly cookies: SessionCookies,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (this.reflector.getAllAndOverride<boolean>(ACCEPTS_DOWNLOAD_TICKET, [context.getHandler(), context.getClass()]) === true && carriesTicket(context)) return true;
    const req = requestOf(context) as ReturnType<typeof requestOf> & Memo;
    req[AUTHENTICATED] ??= this.authenticateRequest(req.headers);
    const user = { ...(await req[AUTHENTICATED]) };
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

  private async authenticateRequest(headers: RequestHeaders): Promise<AuthUser> {
    const credentials = this.cookies.credentials(headers);
    if (credentials.kind === 'none') throw unauthenticated();
    const claims = await this.auth.verifyAccessToken(credentials.token);
    if (credentials.kind === 'cookie') this.cookies.assertSameSiteProof(headers, claims.sid, this.cookies.csrfHeader(headers));
    const session = await this.auth.liveSession(claims.sid, claims.sub);
    await this.auth.recordActivity(session, activityInstant(headers));
    return session.user;
  }
}

/** A GET request with exactly one `ticket` query parameter. */
function carriesTicket(context: ExecutionContext): boolean {
  if (context.getType() !== 'http') return false;
  const req = context.switchToHttp().getRequest<{ method?: string; query?: Record<string, unknown> }>();
  return req.method === 'GET' && typeof req.query?.['ticket'] === 'string';
}

/**
 * When the person behind a request was last active: now, less the whole seconds of X-Taskforce-Idle-Seconds (the web
 * client's time since the person last used the page). Absent or malformed: now. A client can only make its activity
 * older this way, never newer.
 */
export function activityInstant(headers: RequestHeaders, now = Date.now()): Date {
  const raw = headers[IDLE_SECONDS_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const seconds = value !== undefined && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : 0;
  return new Date(now - seconds * 1000);
}
