import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, Role } from '@taskforce/domain';

/** The authenticated caller of a request or socket: who, in which agency, with which roles, in which session. */
export interface AuthUser extends Actor {
  userId: string;
  agencyId: string;
  roles: Role[];
  sessionId: string;
}

export const IS_PUBLIC = 'taskforce:isPublic';

/** Marks a resolver as reachable without a token (login, refresh). Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

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
