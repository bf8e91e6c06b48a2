import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, Role } from '@taskforce/domain';

/** The authenticated caller of a request or socket: who, in which agency, with which roles, in which session. */
export interface AuthUser extends Actor {
  userId: string;
  agencyId: string;
  roles: Role[];
  sessionId: string;
  /**
   * When the session last proved who is there (UTC): the sign-in, or the last `reauthenticate`. Null for sessions
   * opened before step-up existed.
   */
  reauthenticatedAt?: Date | null;
  /** True when the caller must have a second factor (role or agency requires it) and has not enrolled one. */
  secondFactorEnrolmentRequired?: boolean;
  /** Set by the auth guard on a request to a @RequireRecentAuthentication() action that passed the step-up check. */
  steppedUp?: boolean;
}

/** How long a sign-in or `reauthenticate` counts as recent for sensitive actions: 300 seconds (5 minutes). */
export const STEP_UP_WINDOW_SECONDS = 300;

export const REQUIRES_RECENT_AUTHENTICATION = 'taskforce:requiresRecentAuthentication';
export const ADMIN_ACTION = 'taskforce:adminAction';

/**
 * Marks a sensitive action (revealing a victim's identity, roles, invitations, agreements and rules, imports, audit
 * verification…): the session must have given the password or a TOTP code within STEP_UP_WINDOW_SECONDS, otherwise the
 * auth guard refuses it with REAUTHENTICATION_REQUIRED before the resolver runs; a caller who must enrol a second
 * factor first gets SECOND_FACTOR_ENROLMENT_REQUIRED. Audit entries written by the action carry `details.steppedUp: true`.
 */
export const RequireRecentAuthentication = () => SetMetadata(REQUIRES_RECENT_AUTHENTICATION, true);

/**
 * Marks an admin action that does not need a step-up but is closed to a caller who must enrol a second factor and has
 * not (SECOND_FACTOR_ENROLMENT_REQUIRED).
 */
export const AdminAction = () => SetMetadata(ADMIN_ACTION, true);

export const IS_PUBLIC = 'taskforce:isPublic';

/** Marks a resolver as reachable without a token (login, refresh). Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ACCEPTS_DOWNLOAD_TICKET = 'taskforce:acceptsDownloadTicket';

/**
 * Marks an HTTP handler that a GET request may reach with a `ticket` query parameter (one value) instead of
 * credentials: the guard then lets it through without a user, and the handler must redeem the ticket itself, answering
 * 404 for any it does not accept (FilesController.download). Every other request to it needs credentials as usual.
 */
export const AcceptsDownloadTicket = () => SetMetadata(ACCEPTS_DOWNLOAD_TICKET, true);

/** The request object of an HTTP or GraphQL execution context. */
export function requestOf(context: ExecutionContext): { user?: AuthUser; headers: Record<string, string | string[] | undefined>; ip?: string } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

/** Resolver parameter: the AuthUser set by the auth guard. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new Error('CurrentUser used on a public resolver');
  return user;
});

/** The GraphQL context of a request (`{ req }`), as graphql-js hands it to a resolver. */
export interface GqlRequestContext {
  req?: { user?: AuthUser };
}

/**
 * The AuthUser set by the auth guard, read from the GraphQL context: for field resolvers that take graphql-js's own
 * arguments `(source, args, context)` instead of parameter decorators (Nest then calls them directly, without a
 * promise of its own).
 * @throws Error when the request has no user (a public resolver).
 */
export function userOfContext(context: GqlRequestContext): AuthUser {
  const user = context.req?.user;
  if (!user) throw new Error('userOfContext used on a public resolver');
  return user;
}
