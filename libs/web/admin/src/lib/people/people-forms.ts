import { Role as RoleEnum } from '@taskforce/domain';
import type { Role } from '@taskforce/web-data-access';

/** Every role, in the order of the domain's Role enum (which the schema's Role is printed from). */
const ALL_ROLES: readonly Role[] = Object.values(RoleEnum);

/** Roles an admin may hand out in the people screen: PLATFORM_ADMIN only for platform admins. */
export function grantableRoles(viewerRoles: readonly Role[]): Role[] {
  return viewerRoles.includes('PLATFORM_ADMIN') ? [...ALL_ROLES] : ALL_ROLES.filter((role) => role !== 'PLATFORM_ADMIN');
}

/** `roles` with `role` added or removed, in the order of the Role enum. */
export function toggleRole(roles: readonly Role[], role: Role): Role[] {
  const next = roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role];
  return ALL_ROLES.filter((r) => next.includes(r));
}

/** The full address of a one-time link path (`/set-password?token=…`) on this web origin. */
export function absoluteLink(path: string, origin: string): string {
  return new URL(path, origin).toString();
}
