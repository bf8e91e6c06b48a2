import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@taskforce/domain';
import { forbidden, unauthenticated } from './app-error';
import { requestOf } from './auth-user';

export const REQUIRED_ROLES = 'taskforce:requiredRoles';

/** What `@RequireRoles` stores on a handler: the roles that let a caller in and the refusal message otherwise. */
export interface RoleRequirement {
  /** The caller needs at least one of these. */
  roles: readonly Role[];
  /** The FORBIDDEN message for everyone else (says who may, never anything about a record). */
  refusal: string;
}

/** True when `roles` hold at least one of `required`. */
export function holdsAnyRole(roles: readonly Role[] | undefined, required: readonly Role[]): boolean {
  return !!roles && roles.some((r) => required.includes(r));
}

/**
 * Guard for pure role checks on a resolver (or controller) handler marked with `@RequireRoles`: runs after the
 * global auth guard (which set the caller), before arguments are validated and before the resolver, so nothing is
 * read or written for a caller without the role. Handlers without the mark pass.
 * @throws FORBIDDEN with the handler's refusal message when the caller holds none of its roles; UNAUTHENTICATED when
 *   no caller was set (a handler marked both public and role-bound).
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const requirement = this.reflector.getAllAndOverride<RoleRequirement | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!requirement) return true;
    const user = requestOf(context).user;
    if (!user) throw unauthenticated();
    if (!holdsAnyRole(user.roles, requirement.roles)) throw forbidden(requirement.refusal);
    return true;
  }
}

/**
 * Marks a resolver method (or class) as open only to callers holding at least one of `roles`; anyone else gets
 * FORBIDDEN `refusal` from RolesGuard before the method runs. For pure role checks only: a check that depends on a
 * record (coordinator of this operation, liaison officer of the assignee agency) stays in that record kind's policy.
 */
export const RequireRoles = (roles: Role | readonly Role[], refusal: string) =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, { roles: typeof roles === 'string' ? [roles] : [...roles], refusal } satisfies RoleRequirement), UseGuards(RolesGuard));
